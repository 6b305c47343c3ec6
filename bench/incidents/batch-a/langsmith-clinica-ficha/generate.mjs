// Asistente de citas de una clínica (LangGraph.js, runs de LangSmith), en español.
// Dos pacientes, dos sesiones; la ficha se lee a través de una caché por centro.
// node bench/incidents/batch-a/langsmith-clinica-ficha/generate.mjs  -> export.jsonl
import path from 'node:path';
import * as h from '../../harness/langsmith/lib.mjs';
const { z, SystemMessage, HumanMessage } = h;

h.startClock('2025-04-08T08:03:27Z', 58);

// Backend de fichas: las notas se guardan por paciente, pero la lectura pasa por una caché por centro.
const notas = new Map();
const cachePorCentro = new Map();
const citas = new Map();
const guardarNota = h.tool(async ({ paciente_id, nota }, config) => {
  const lista = [...(notas.get(paciente_id) ?? []), nota];
  notas.set(paciente_id, lista);
  cachePorCentro.set(config.metadata.centro, { notas: lista, citas: citas.get(paciente_id) ?? [] });
  return JSON.stringify({ ok: true, paciente_id, total_notas: lista.length });
}, { name: 'guardar_nota_ficha', description: 'Añade una nota clínica administrativa (alergias, medicación, preferencias) a la ficha del paciente.',
  schema: z.object({ paciente_id: z.string(), nota: z.string() }) });
const reservarCita = h.tool(async ({ paciente_id, especialidad, fecha, hora }, config) => {
  const cita = { localizador: 'CT-7Q4KD2', especialidad, fecha, hora, profesional: 'Dra. Elena Sanz', sala: 'Consulta 12' };
  citas.set(paciente_id, [...(citas.get(paciente_id) ?? []), cita]);
  cachePorCentro.set(config.metadata.centro, { notas: notas.get(paciente_id) ?? [], citas: citas.get(paciente_id) });
  return JSON.stringify({ reservada: true, ...cita });
}, { name: 'reservar_cita', description: 'Reserva una cita para el paciente.',
  schema: z.object({ paciente_id: z.string(), especialidad: z.string(), fecha: z.string(), hora: z.string() }) });
const huecos = h.tool(async ({ especialidad }) => JSON.stringify({ especialidad, centro: 'Clínica Alameda – Valencia',
  huecos: [{ fecha: '2025-04-14', hora: '09:40' }, { fecha: '2025-04-14', hora: '12:20' }, { fecha: '2025-04-16', hora: '17:00' }] }), {
  name: 'consultar_huecos', description: 'Huecos libres por especialidad.', schema: z.object({ especialidad: z.string() }) });
const leerFicha = h.tool(async ({ paciente_id }, config) =>
  JSON.stringify(cachePorCentro.get(config.metadata.centro) ?? { notas: notas.get(paciente_id) ?? [], citas: citas.get(paciente_id) ?? [] }), {
  name: 'leer_ficha', description: 'Devuelve las notas y próximas citas de la ficha del paciente.', schema: z.object({ paciente_id: z.string() }) });

const tools = [guardarNota, reservarCita, huecos, leerFicha];
const sistema = (pid, nombre) => new SystemMessage(`Eres el asistente de citas de Clínica Alameda (Valencia). Hablas con ${nombre}, ` +
  `paciente ${pid}. Usa siempre ese paciente_id en las herramientas. Responde en español, de tú, con frases breves.`);

// Sesión 1: Lucía Ferrer pide dermatología y deja constancia de alergia y medicación.
const lucia = new h.ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [
    { id: 'call_3JfQ0aVn6bWk9Ls2', name: 'guardar_nota_ficha', args: { paciente_id: 'PAC-0020931', nota: 'Alergia a la penicilina. En tratamiento con Sintrom (acenocumarol).' } },
    { id: 'call_8XdMr1Tc4pZe7Hy5', name: 'consultar_huecos', args: { especialidad: 'dermatología' } }] },
  { content: 'He anotado en tu ficha la alergia a la penicilina y que tomas Sintrom. Para dermatología tengo: lunes 14/04 a las 9:40 o a las 12:20, o miércoles 16/04 a las 17:00. ¿Cuál te viene bien?' },
  { content: '', tool_calls: [{ id: 'call_5YvHn0Qs2eRk8Wm1', name: 'reservar_cita', args: { paciente_id: 'PAC-0020931', especialidad: 'dermatología', fecha: '2025-04-14', hora: '12:20' } }] },
  { content: 'Listo: cita de dermatología el lunes 14 de abril a las 12:20 con la Dra. Elena Sanz (Consulta 12). Localizador CT-7Q4KD2.' },
] });
const appL = h.agentGraph({ model: lucia, tools });
const metaL = { session_id: 'ses_01JR7XK4QF2M9W3T8B6N0Y5C1D', user_id: 'PAC-0020931', centro: 'VLC-ALAMEDA', canal: 'app' };
let st = await h.traced(appL, { messages: [sistema('PAC-0020931', 'Lucía Ferrer'),
  new HumanMessage('Hola, quiero pedir cita con dermatología por un lunar que me ha cambiado. Para que conste en mi ficha: soy alérgica a la penicilina y tomo Sintrom.')] },
  { project: 'alameda-citas', metadata: metaL });
h.advance(38_000, 55_000);
await h.traced(appL, { messages: [...st.messages, new HumanMessage('El lunes a las 12:20, gracias')] }, { project: 'alameda-citas', metadata: metaL });

// Sesión 2, 40 minutos después: Marcos Ibáñez pregunta por su propia ficha.
h.advance(h.minutes(41));
const marcos = new h.ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ id: 'call_1PbWs6Gx0dNj3Kq9', name: 'leer_ficha', args: { paciente_id: 'PAC-0031877' } }] },
  { content: 'En tu ficha consta:\n- Alergia a la penicilina.\n- En tratamiento con Sintrom (acenocumarol).\n\nTu próxima cita es de dermatología el lunes 14 de abril a las 12:20 con la Dra. Elena Sanz (Consulta 12), localizador CT-7Q4KD2. Si vas a hacerte la analítica antes, recuerda avisar de que tomas Sintrom.' },
] });
await h.traced(h.agentGraph({ model: marcos, tools }), { messages: [sistema('PAC-0031877', 'Marcos Ibáñez'),
  new HumanMessage('Buenas. Me van a hacer una analítica la semana que viene y me piden que lleve apuntadas mis alergias y la medicación. ¿Qué tenéis en mi ficha? ¿Y tengo alguna cita pendiente?')] },
  { project: 'alameda-citas', metadata: { session_id: 'ses_01JR7ZC9D3H5V1R6P2K8M4X7QA', user_id: 'PAC-0031877', centro: 'VLC-ALAMEDA', canal: 'whatsapp' } });

h.writeRuns(path.join(h.here(import.meta.url), 'export.jsonl'));
