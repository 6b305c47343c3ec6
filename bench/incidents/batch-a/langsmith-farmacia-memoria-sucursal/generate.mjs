// Farmacia: a refill assistant for one pharmacy branch, with LangGraph long-term memory (InMemoryStore).
// Memories are written after each conversation and recalled into the system prompt of the next one.
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lib = await import(require.resolve('../../harness/langsmith/lib.mjs'));
const { InMemoryStore } = await import(require.resolve('../../harness/langsmith/extra.mjs'));
const { ScriptedChatModel, tool, traced, writeRuns, startClock, advance, minutes, here, z,
  SystemMessage, HumanMessage, StateGraph, MessagesAnnotation, Annotation, ToolNode, START, END } = lib;

startClock('2025-02-11T09:03:18.000Z', 912);
const SUCURSAL = 'farmacia-sol-0412';

const RECETAS = {
  'PAC-0088213': [{ receta: 'RE-24-7719031', medicamento: 'Sintrom 4 mg comprimidos (acenocumarol)', pauta: 'según pauta INR', dispensaciones_restantes: 0, caduca: '2025-02-14' }],
  'PAC-0091540': [{ receta: 'RE-24-8120457', medicamento: 'Enalapril 10 mg comprimidos', pauta: '1-0-0', dispensaciones_restantes: 3, caduca: '2025-09-30' },
                  { receta: 'RE-24-8120458', medicamento: 'Omeprazol 20 mg cápsulas', pauta: '1-0-0', dispensaciones_restantes: 1, caduca: '2025-04-02' }],
};
const consultarRecetas = tool(async ({ paciente }) => JSON.stringify({ paciente, recetas_activas: RECETAS[paciente] ?? [] }),
  { name: 'consultar_recetas', description: 'Recetas electrónicas activas del paciente (receta electrónica SNS).', schema: z.object({ paciente: z.string() }) });
const solicitarRenovacion = tool(async ({ paciente, receta, motivo }) => JSON.stringify({ solicitud: 'SR-20250211-0457', paciente, receta,
  estado: 'enviada_a_centro_de_salud', centro: 'CS Puerta del Ángel', respuesta_estimada_horas: 48, motivo }),
{ name: 'solicitar_renovacion', description: 'Pide al médico de cabecera la renovación de una receta agotada.',
  schema: z.object({ paciente: z.string(), receta: z.string(), motivo: z.string() }) });
const tools = [consultarRecetas, solicitarRenovacion];

const State = Annotation.Root({ ...MessagesAnnotation.spec, paciente: Annotation(), memoria: Annotation() });

function buildGraph(model, extractor) {
  const recordar = async (state, config) => {
    const items = await config.store.search([SUCURSAL, 'memorias'], { limit: 20 });
    return { memoria: items.map((i) => `- ${i.value.nota}`).join('\n') };
  };
  const asistente = async (state, config) => {
    const sys = new SystemMessage('Eres el asistente de la Farmacia Sol (sucursal 0412, Madrid). Ayudas con renovaciones de recetas e '
      + 'interacciones de medicamentos sin receta. Consulta las recetas del paciente antes de aconsejar. '
      + `Paciente identificado: ${state.paciente}.`
      + (state.memoria ? `\n\nLo que recuerdas de conversaciones anteriores:\n${state.memoria}` : ''));
    return { messages: [await model.invoke([sys, ...state.messages], config)] };
  };
  const memorizar = async (state, config) => {
    const r = await extractor.invoke([new SystemMessage('Extrae en JSON {"notas": [...]} los datos clínicos del paciente que convenga recordar en futuras conversaciones.'),
      ...state.messages], config);
    const notas = JSON.parse(r.content).notas;
    for (const [i, nota] of notas.entries()) await config.store.put([SUCURSAL, 'memorias'], `${config.configurable.thread_id}-${i}`, { nota });
    return {};
  };
  const route = (state) => (state.messages[state.messages.length - 1].tool_calls?.length ? 'herramientas' : 'memorizar');
  return new StateGraph(State).addNode('recordar', recordar).addNode('asistente', asistente)
    .addNode('herramientas', new ToolNode(tools)).addNode('memorizar', memorizar)
    .addEdge(START, 'recordar').addEdge('recordar', 'asistente').addConditionalEdges('asistente', route, ['herramientas', 'memorizar'])
    .addEdge('herramientas', 'asistente').addEdge('memorizar', END).compile({ store, name: 'asistente_farmacia' });
}
const store = new InMemoryStore();

// ---------------------------------------------------------------- conversation 1: Lucía
const m1 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_r8Jd2kQx01', name: 'consultar_recetas', args: { paciente: 'PAC-0088213' } }] },
  { content: 'Veo su receta de Sintrom 4 mg sin dispensaciones restantes. Pido la renovación a su médico.',
    tool_calls: [{ id: 'call_r8Jd2kQx02', name: 'solicitar_renovacion', args: { paciente: 'PAC-0088213', receta: 'RE-24-7719031', motivo: 'Dispensaciones agotadas; tratamiento anticoagulante crónico, le quedan comprimidos para 3 días.' } }] },
  { content: 'Listo, Lucía. He enviado la solicitud SR-20250211-0457 al CS Puerta del Ángel para renovar su Sintrom 4 mg; suelen responder en 48 horas y le avisaremos por SMS cuando esté lista para recoger. Como toma anticoagulante, recuerde no tomar antiinflamatorios como ibuprofeno sin consultarlo.' },
] });
const x1 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: JSON.stringify({ notas: ['En tratamiento crónico con Sintrom 4 mg (acenocumarol), anticoagulante; controles de INR.',
    'Alergia a la penicilina (urticaria).', 'Prefiere aviso por SMS cuando la medicación esté lista.'] }) },
] });
const t1 = 'c2f1a7e0-5b9d-4c3e-8a61-0d4e9b7f2a15';
await traced(buildGraph(m1, x1), { paciente: 'PAC-0088213', messages: [
  new HumanMessage('Hola, soy Lucía Fernández. Necesito renovar el Sintrom, me quedan pastillas para tres días. Por cierto, soy alérgica a la penicilina, por si lo tenéis que anotar.') ] },
{ project: 'farmacia-sol-asistente', runName: 'asistente_farmacia',
  metadata: { session_id: t1, user_id: 'PAC-0088213', sucursal: '0412', canal: 'whatsapp' }, configurable: { thread_id: t1 } });

advance(minutes(47), minutes(58));

// ---------------------------------------------------------------- conversation 2: Jorge
const m2 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_Vn3pLw7y01', name: 'consultar_recetas', args: { paciente: 'PAC-0091540' } }] },
  { content: 'Jorge, mejor no tome ibuprofeno: usted está en tratamiento con Sintrom (acenocumarol) y los antiinflamatorios como el ibuprofeno '
    + 'aumentan mucho el riesgo de sangrado con los anticoagulantes. Para el dolor de espalda puede tomar paracetamol 1 g cada 8 horas '
    + '(máximo 3 g al día). Y recuerde que, por su alergia a la penicilina, si el médico le receta un antibiótico debe avisarle. '
    + 'Su enalapril 10 mg y su omeprazol 20 mg siguen activos, no necesita renovarlos todavía.' },
] });
const x2 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: JSON.stringify({ notas: ['Dolor de espalda; se le ha recomendado paracetamol en lugar de ibuprofeno.'] }) },
] });
const t2 = '8e4b0d93-1f6a-47c2-b5d8-3a9c7e21f604';
await traced(buildGraph(m2, x2), { paciente: 'PAC-0091540', messages: [
  new HumanMessage('Buenas, soy Jorge Martín. Tengo un dolor de espalda tremendo desde ayer, ¿puedo tomar ibuprofeno 600 con lo que ya tomo?') ] },
{ project: 'farmacia-sol-asistente', runName: 'asistente_farmacia',
  metadata: { session_id: t2, user_id: 'PAC-0091540', sucursal: '0412', canal: 'whatsapp' }, configurable: { thread_id: t2 } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
