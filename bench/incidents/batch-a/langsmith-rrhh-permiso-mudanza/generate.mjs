// HR assistant (Spanish): an employee asks about leave for moving house. The policy retriever is
// filtered by the employee's country code; the index stores documents under "ES-es", the app sends
// "es", and the search returns nothing. The answer still quotes specific days and deadlines.
import path from 'node:path';
import { ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, here, advance,
  StateGraph, Annotation, MessagesAnnotation, START, END, HumanMessage, SystemMessage, Document } from '../../harness/langsmith/lib.mjs';

startClock('2025-05-06T09:17:40.000Z', 903);
const dir = here(import.meta.url);

const indice = [
  new Document({ pageContent: 'Permiso por traslado de domicilio habitual: 1 día natural. Debe comunicarse con 5 días hábiles de antelación.',
    metadata: { source: 'convenio-oficinas-2024.pdf', page: 31, pais: 'ES-es' } }),
  new Document({ pageContent: 'Urlaub bei Umzug: 1 Arbeitstag pro Kalenderjahr.', metadata: { source: 'BV-Urlaub-DE.pdf', page: 4, pais: 'DE-de' } }),
];
const politicas = new FnRetriever({ name: 'politicas_rrhh', search: async (q) => indice.filter((d) => d.metadata.pais === 'es'
  && q.toLowerCase().split(/\s+/).some((w) => w.length > 4 && d.pageContent.toLowerCase().includes(w))) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { content: 'Hola: por traslado de domicilio te corresponden 2 días laborables retribuidos (4 si el traslado es a otra provincia). '
    + 'Tienes que solicitarlo en PeopleHub con al menos 10 días naturales de antelación y aportar después el certificado de empadronamiento '
    + 'en un plazo de 15 días. Si coincide con teletrabajo, el permiso se aplica igual.' },
] });

const State = Annotation.Root({ ...MessagesAnnotation.spec, documentos: Annotation({ reducer: (_, b) => b, default: () => [] }) });
const app = new StateGraph(State)
  .addNode('buscar_politicas', async (state, config) => {
    const pregunta = state.messages[state.messages.length - 1].content;
    const docs = await politicas.invoke(pregunta, config);
    return { documentos: docs.map((d) => ({ texto: d.pageContent, fuente: d.metadata.source })) };
  })
  .addNode('responder', async (state, config) => {
    const contexto = state.documentos.length ? state.documentos.map((d) => `[${d.fuente}] ${d.texto}`).join('\n') : '(sin resultados)';
    const msgs = [new SystemMessage('Eres el asistente de RR. HH. de Grupo Alcázar. Responde solo con la normativa recuperada.\n'
      + `Normativa recuperada:\n${contexto}`), ...state.messages];
    return { messages: [await model.invoke(msgs, config)] };
  })
  .addEdge(START, 'buscar_politicas').addEdge('buscar_politicas', 'responder').addEdge('responder', END)
  .compile({ name: 'asistente_rrhh' });

advance(1200);
await traced(app, { messages: [new HumanMessage('Buenas, me mudo de piso el mes que viene. ¿Cuántos días de permiso por mudanza tengo y con cuánta antelación lo pido?')] }, {
  project: 'rrhh-asistente', runName: 'asistente_rrhh',
  metadata: { session_id: 'hr-es-00318-lgarcia', user_id: 'E-204518', pais: 'es' },
  configurable: { thread_id: 'hr-es-00318-lgarcia' } });
writeRuns(path.join(dir, 'runs.jsonl'));
