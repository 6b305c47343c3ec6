// HR policy assistant (Spanish), retrieve-then-answer graph over the employee handbook index.
// A Madrid employee asks about birth leave; the handbook search filtered to Spain returns nothing
// (the 2024 ES handbook was never re-indexed after the index migration) and the follow-up search
// returns the Mexico handbook's chunks. The answers still quote durations, percentages and
// deadlines.
//   node bench/incidents/batch-a/langsmith-rrhh-permiso-nacimiento/generate.mjs
import path from 'node:path';
import { ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, Document, StateGraph, Annotation, MessagesAnnotation, MemorySaver, START, END } from '../../harness/langsmith/lib.mjs';

const out = here(import.meta.url);

const indice = [
  new Document({ pageContent: 'Licencia de paternidad. Los trabajadores tienen derecho a un permiso de paternidad de cinco días '
    + 'laborables con goce de sueldo por el nacimiento de sus hijos (LFT, art. 132, fracc. XXVII Bis).',
    metadata: { fuente: 'manual-empleado-MX-2024.pdf', pais: 'MX', pagina: 31, chunk_id: 'mx-2024-0412' } }),
  new Document({ pageContent: 'Los días de licencia deberán solicitarse a través del Portal Colaborador con la constancia de '
    + 'nacimiento expedida por el Registro Civil.',
    metadata: { fuente: 'manual-empleado-MX-2024.pdf', pais: 'MX', pagina: 31, chunk_id: 'mx-2024-0413' } }),
];
let llamada = 0;
const manual = new FnRetriever({ name: 'buscar_manual_empleado', latency: [90, 260], search: async () => {
  llamada += 1;
  return llamada === 1 ? [] : indice; // 1st: filter pais=ES -> no hits; 2nd: broadened query
} });

const State = Annotation.Root({ ...MessagesAnnotation.spec, documentos: Annotation() });
const buscar = async (state, config) => {
  const pregunta = state.messages.filter((m) => m.getType() === 'human').at(-1).content;
  return { documentos: await manual.invoke(pregunta, config) };
};
const modelo = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: 'Enhorabuena! En España el permiso por nacimiento para el otro progenitor es de 16 semanas retribuidas al 100 % '
    + 'de la base reguladora. Las 6 primeras semanas son obligatorias e ininterrumpidas tras el parto. Además, Grupo Atalaya '
    + 'complementa con 2 semanas adicionales de permiso retribuido. Debes comunicarlo a RR. HH. con al menos 15 días de antelación '
    + 'desde el Portal Persona, adjuntando el certificado de nacimiento.' },
  { content: 'Sí. Las 10 semanas restantes puedes disfrutarlas en periodos semanales, de forma acumulada o interrumpida, hasta que '
    + 'tu hijo cumpla 12 meses, y también a jornada parcial del 50 % si lo acuerdas con tu responsable. Cada periodo debe '
    + 'solicitarse con 15 días de antelación.' },
] });
const redactar = async (state, config) => {
  const contexto = state.documentos.length
    ? state.documentos.map((d) => `[${d.metadata.fuente} p.${d.metadata.pagina}] ${d.pageContent}`).join('\n')
    : '(sin resultados)';
  const sistema = new SystemMessage('Eres el asistente de RR. HH. de Grupo Atalaya. Responde solo con la información del manual '
    + `del empleado que aparece en el contexto. Si no está en el contexto, dilo.\n\nContexto:\n${contexto}`);
  return { messages: [await modelo.invoke([sistema, ...state.messages], config)] };
};
const app = new StateGraph(State).addNode('buscar', buscar).addNode('redactar', redactar)
  .addEdge(START, 'buscar').addEdge('buscar', 'redactar').addEdge('redactar', END)
  .compile({ checkpointer: new MemorySaver(), name: 'asistente-rrhh' });

const hilo = '5b0f2c9e-8d4a-4f6e-9a51-3c7e2d18b6f4';
const meta = { user_id: 'E-20931', oficina: 'Madrid - Castellana 81', pais: 'ES', idioma: 'es-ES' };
startClock('2024-11-27T10:04:33.000Z', 19);
await traced(app, { messages: [new HumanMessage('Hola, voy a ser padre en febrero. ¿Cuántas semanas de permiso me corresponden y '
  + 'cómo lo pido?')] }, { project: 'rrhh-asistente-prod', metadata: meta, configurable: { thread_id: hilo } });
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Genial, gracias. ¿Y puedo repartir esas semanas a lo largo del año?')] },
  { project: 'rrhh-asistente-prod', metadata: meta, configurable: { thread_id: hilo } });
writeRuns(path.join(out, 'runs.jsonl'));
