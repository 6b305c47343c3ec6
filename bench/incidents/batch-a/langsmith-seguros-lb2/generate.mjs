// Asistente de pólizas (Spanish): a RAG graph (retrieve -> responder) over the policy knowledge base.
import path from 'node:path';
import { startClock, ScriptedChatModel, FnRetriever, traced, writeRuns, here, Document,
  HumanMessage, SystemMessage, StateGraph, Annotation, START, END } from '../../harness/langsmith/lib.mjs';

startClock('2025-09-22T17:03:48Z', 2207);

const kb = [
  new Document({ pageContent: 'Póliza Auto Terceros Ampliado (AUT-TA-2024): asistencia en carretera desde el km 0. Franquicia de lunas: 0 €. Vehículo de sustitución hasta 7 días por avería.', metadata: { doc_id: 'kb-aut-0113', producto: 'AUT-TA-2024', seccion: 'coberturas' } }),
  new Document({ pageContent: 'Póliza Auto Todo Riesgo con franquicia (AUT-TRF-2024): franquicia de 300 € por siniestro con culpa. Bonificación del 5 % por cada año sin partes, máximo 50 %.', metadata: { doc_id: 'kb-aut-0140', producto: 'AUT-TRF-2024', seccion: 'franquicias' } }),
];
// The vector index for the health line was rebuilt overnight; filters on producto now match only the auto line.
const retriever = new FnRetriever({ name: 'kb_polizas', search: async () => kb });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Con tu póliza Salud Plus Familia (SPF-2023-448817) el parto está cubierto tras un período de carencia de 8 meses desde el alta. La hospitalización tiene un copago de 0 € y las consultas de ginecología, 9 € por visita. Si das a luz en un centro fuera del cuadro médico, te reembolsamos el 80 % de la factura hasta 4.500 €. Tu alta fue el 3 de febrero de 2025, así que desde el 3 de octubre ya no aplica carencia.' },
] });

const State = Annotation.Root({ pregunta: Annotation(), poliza: Annotation(), docs: Annotation(), respuesta: Annotation() });
const app = new StateGraph(State)
  .addNode('recuperar', async (s, config) => ({ docs: await retriever.invoke(`${s.poliza} carencia parto hospitalización reembolso`, config) }))
  .addNode('responder', async (s, config) => {
    const ctx = s.docs.map((d) => `[${d.metadata.doc_id}] ${d.pageContent}`).join('\n');
    const msg = await model.invoke([
      new SystemMessage(`Eres el asistente de clientes de Seguros Alborán. Responde solo con la información de las condiciones recuperadas.\n\nCondiciones recuperadas:\n${ctx}`),
      new HumanMessage(s.pregunta)], config);
    return { respuesta: msg.content };
  })
  .addEdge(START, 'recuperar').addEdge('recuperar', 'responder').addEdge('responder', END).compile();

await traced(app, { poliza: 'SPF-2023-448817', pregunta: 'Hola, estoy embarazada de 5 meses. ¿Mi póliza Salud Plus Familia cubre el parto? ¿Hay carencia, copagos o reembolso si elijo una clínica privada fuera del cuadro? Me di de alta el 3 de febrero de 2025.' },
  { project: 'alboran-atencion', metadata: { conversation_id: 'conv_9d2e61b0', user_id: 'cli-0448817' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
