// Asistente de WhatsApp de Farmacias Roble (LangGraph.js, runs de LangSmith). Dos pacientes, dos
// conversaciones; las notas de perfil viven en un InMemoryStore compartido por todo el proceso.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-04-02T09:41:27.000Z', 4021);

const store = new InMemoryStore();
// The profile tools key the namespace on configurable.id_paciente; the WhatsApp gateway sends user_id.
const espacio = (config) => ['ficha_paciente', config?.configurable?.id_paciente ?? 'anonimo'];

const guardarNota = tool(async ({ clave, valor }, config) => {
  await store.put(espacio(config), clave, { valor, actualizado: new Date().toISOString() });
  return JSON.stringify({ ok: true, clave });
}, { name: 'guardar_nota_ficha', description: 'Guarda un dato clínico relevante del paciente en su ficha (medicación, alergias, nombre).',
  schema: z.object({ clave: z.enum(['nombre', 'medicacion_habitual', 'alergias', 'otros']), valor: z.string() }) });

const consultarFicha = tool(async (_args, config) => {
  const items = await store.search(espacio(config));
  return JSON.stringify({ ficha: Object.fromEntries(items.map((i) => [i.key, i.value.valor])) });
}, { name: 'consultar_ficha', description: 'Devuelve la ficha del paciente con el que se está hablando.',
  schema: z.object({}) });

const interacciones = tool(async ({ farmaco_a, farmaco_b }) => {
  const par = [farmaco_a, farmaco_b].map((s) => s.toLowerCase()).sort().join('+');
  const tabla = {
    'acenocumarol+ibuprofeno': { nivel: 'grave', nota: 'Los AINE aumentan el riesgo de hemorragia con anticoagulantes cumarínicos. Evitar; alternativa: paracetamol ≤ 3 g/día.' },
    'amoxicilina+omeprazol': { nivel: 'ninguna relevante', nota: 'Sin interacción clínicamente significativa. Pueden tomarse juntos.' },
    'acenocumarol+amoxicilina': { nivel: 'moderada', nota: 'Puede aumentar el INR. Control de INR a los 3-5 días de iniciar el antibiótico.' },
  };
  return JSON.stringify({ farmacos: [farmaco_a, farmaco_b], ...(tabla[par] ?? { nivel: 'sin datos', nota: 'No hay registro para este par.' }) });
}, { name: 'consultar_interacciones', description: 'Consulta la base de interacciones entre dos principios activos.',
  schema: z.object({ farmaco_a: z.string(), farmaco_b: z.string() }) });

const tools = [guardarNota, consultarFicha, interacciones];
const sistema = new SystemMessage('Eres el asistente de WhatsApp de Farmacias Roble. Responde en español, con frases cortas. '
  + 'Consulta siempre la ficha del paciente antes de aconsejar y guarda en ella la medicación habitual y las alergias que te cuente. '
  + 'No sustituyes al médico ni al farmacéutico.');

// ---- paciente 1: Lucía
const modeloA = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_pQ1xAv7Lk2', name: 'consultar_ficha', args: {} }] },
  { tool_calls: [
    { id: 'call_rT5mWc0Zb9', name: 'guardar_nota_ficha', args: { clave: 'nombre', valor: 'Lucía Ferrer Albiol' } },
    { id: 'call_sY8nEd3Hu4', name: 'guardar_nota_ficha', args: { clave: 'medicacion_habitual', valor: 'Sintrom (acenocumarol) 4 mg, pauta según control de INR' } },
    { id: 'call_tU2oFg6Jv1', name: 'guardar_nota_ficha', args: { clave: 'alergias', valor: 'penicilina (urticaria en 2019)' } },
    { id: 'call_uI4pGh9Kw7', name: 'consultar_interacciones', args: { farmaco_a: 'acenocumarol', farmaco_b: 'ibuprofeno' } }] },
  { content: 'Gracias, Lucía. Con Sintrom no debe tomar ibuprofeno: aumenta el riesgo de sangrado. '
    + 'Para el dolor de muelas puede tomar paracetamol (máximo 3 g al día) y pida cita con su dentista. '
    + 'He anotado en su ficha el Sintrom y su alergia a la penicilina.' },
] });
const appA = agentGraph({ model: modeloA, tools, checkpointer: new MemorySaver() });
const sA = 'wa:+34611230987:20250402';
await traced(appA, { messages: [sistema, new HumanMessage('Hola, soy Lucía Ferrer. Tomo Sintrom 4 mg y soy alérgica a la penicilina '
  + '(me dio urticaria hace unos años). Tengo un dolor de muelas horrible, ¿puedo tomarme un ibuprofeno?')] },
  { project: 'roble-whatsapp-prod', configurable: { thread_id: sA, user_id: 'pac-88213' },
    metadata: { session_id: sA, user_id: 'pac-88213', canal: 'whatsapp', farmacia: 'FR-017 Castellón' } });

advance(minutes(47), minutes(63));

// ---- paciente 2: otra persona, otra conversación
const modeloB = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_vO6qHj1Lx3', name: 'consultar_ficha', args: {} }] },
  { tool_calls: [{ id: 'call_wP9rJk4Mz8', name: 'consultar_interacciones', args: { farmaco_a: 'acenocumarol', farmaco_b: 'amoxicilina' } }] },
  { content: 'Hola, Lucía. Mejor no empiece la amoxicilina todavía: en su ficha consta alergia a la penicilina (urticaria en 2019) y la amoxicilina '
    + 'es una penicilina. Además, con su Sintrom 4 mg podría subirle el INR. Llame a su médico para que le cambie el antibiótico '
    + '(por ejemplo, un macrólido) antes de tomar nada. Con el omeprazol no habría problema.' },
] });
const appB = agentGraph({ model: modeloB, tools, checkpointer: new MemorySaver() });
const sB = 'wa:+34644918502:20250402';
await traced(appB, { messages: [sistema, new HumanMessage('Buenas tardes. El médico me ha recetado amoxicilina 500 mg cada 8 horas para una otitis. '
  + '¿La puedo tomar junto con el omeprazol que tomo por las mañanas?')] },
  { project: 'roble-whatsapp-prod', configurable: { thread_id: sB, user_id: 'pac-90457' },
    metadata: { session_id: sB, user_id: 'pac-90457', canal: 'whatsapp', farmacia: 'FR-017 Castellón' } });

writeRuns(out);
