// Insurance help desk (Spanish): retrieve policy clauses, then answer. A retrieve -> responder graph.
import path from 'node:path';
import { ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, here, StateGraph, Annotation, START, END,
  HumanMessage, SystemMessage, Document } from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-04-22T17:41:05Z', 12);

// the clause index: product filter comes from the customer's contract list
const clausulas = [
  new Document({ pageContent: 'Hogar Plus, art. 14: Joyas y objetos de valor dentro de la vivienda, límite 600 € por siniestro; robo fuera de la vivienda excluido.',
    metadata: { producto: 'HOGAR-PLUS', poliza: 'HP-2291-44817', articulo: '14' } }),
  new Document({ pageContent: 'Hogar Plus, art. 22: Daños por agua, franquicia de 150 €. Comunicación del siniestro en un plazo de 7 días.',
    metadata: { producto: 'HOGAR-PLUS', poliza: 'HP-2291-44817', articulo: '22' } }),
  new Document({ pageContent: 'Viaje Anual Europa, art. 5: Gastos de anulación hasta 1.500 € por asegurado, causas tasadas (enfermedad grave, fallecimiento de familiar, despido). Aviso a la aseguradora en 48 horas.',
    metadata: { producto: 'VIAJE-ANUAL', poliza: 'VA-0087-10233', articulo: '5' } }),
];
const contratos = { 'cli-7730192': ['HOGAR-PLUS'] }; // travel policy VA-0087-10233 not yet linked to the customer record
const retriever = new FnRetriever({ name: 'clausulas_poliza', search: (q) => {
  const prods = contratos['cli-7730192'];
  return clausulas.filter((d) => prods.includes(d.metadata.producto)).slice(0, 2); // top-k = 2
} });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Sí, su seguro de viaje cubre la anulación por enfermedad grave de un familiar directo. Le reembolsamos hasta 3.000 € por asegurado, '
    + 'con una franquicia del 10 %, siempre que nos comunique la anulación en un plazo de 72 horas desde que conozca la causa. '
    + 'Adjunte el informe médico y las facturas del viaje a Lisboa en el área de clientes.' },
] });

const State = Annotation.Root({ pregunta: Annotation(), documentos: Annotation(), respuesta: Annotation() });
const g = new StateGraph(State)
  .addNode('recuperar', async (s, config) => ({ documentos: await retriever.invoke(s.pregunta, config) }))
  .addNode('responder', async (s, config) => {
    const ctx = s.documentos.map((d) => `[${d.metadata.poliza} art. ${d.metadata.articulo}] ${d.pageContent}`).join('\n');
    const msg = await model.invoke([new SystemMessage('Eres el asistente de atención al cliente de Seguros Alba. Responde solo con lo que dicen las cláusulas.\nCláusulas:\n' + ctx),
      new HumanMessage(s.pregunta)], config);
    return { respuesta: msg.content };
  })
  .addEdge(START, 'recuperar').addEdge('recuperar', 'responder').addEdge('responder', END).compile();

await traced(g, { pregunta: 'Mi madre ha sido ingresada y tengo que anular el viaje a Lisboa del 3 de mayo. ¿Me cubre el seguro de viaje la anulación? ¿Cuánto me devuelven y qué plazo tengo para avisar?' },
  { project: 'alba-atencion', metadata: { session_id: 'conv_01JSDX4K8M2Q7V', user_id: 'cli-7730192', canal: 'web' } });
writeRuns(out);
