// Asistente de WhatsApp de una clínica dental: reserva citas y guarda notas previas a la visita en la
// memoria a largo plazo de LangGraph (InMemoryStore). Dos pacientes, dos conversaciones, un día de diferencia.
// Offline: @langchain/langgraph + @langchain/core reales, modelo guionizado, runs de LangSmith capturados.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, here, agentGraph,
  SystemMessage, HumanMessage, z,
} from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

const dir = here(import.meta.url);
startClock('2024-11-18T09:12:40.000Z', 58);

const store = new InMemoryStore();
const CLINICA = 'clinica-sonrisa-valencia';
const agenda = {
  'PAC-04471': [{ cita: 'CT-88120', fecha: '2024-11-26', hora: '17:00', tratamiento: 'empaste pieza 36', doctor: 'Dra. Ferrer' }],
  'PAC-05520': [{ cita: 'CT-88203', fecha: '2024-11-21', hora: '10:30', tratamiento: 'limpieza + revisión', doctor: 'Dr. Llorens' }],
};
let notaN = 0;

const consultarCitas = tool(async ({ paciente_id }) => JSON.stringify({ paciente_id, citas: agenda[paciente_id] ?? [] }),
  { name: 'consultar_citas', description: 'Citas futuras de un paciente.', schema: z.object({ paciente_id: z.string() }) });
const reservarCita = tool(async ({ paciente_id, fecha, hora, tratamiento }) => {
  const c = { cita: 'CT-88120', fecha, hora, tratamiento, doctor: 'Dra. Ferrer' };
  agenda[paciente_id] = [c];
  return JSON.stringify({ ok: true, ...c });
}, { name: 'reservar_cita', description: 'Reserva una cita.',
  schema: z.object({ paciente_id: z.string(), fecha: z.string(), hora: z.string(), tratamiento: z.string() }) });
const guardarNota = tool(async ({ texto }) => {
  const key = `nota-${String(++notaN).padStart(4, '0')}`;
  await store.put([CLINICA, 'notas_previas'], key, { texto, origen: 'whatsapp', fecha: new Date().toISOString().slice(0, 10) });
  return JSON.stringify({ guardada: key });
}, { name: 'guardar_nota', description: 'Guarda una nota clínica previa a la visita (alergias, embarazo, medicación, preferencias).',
  schema: z.object({ texto: z.string() }) });
const leerNotas = tool(async () => {
  const items = await store.search([CLINICA, 'notas_previas']);
  return JSON.stringify(items.map((i) => ({ id: i.key, ...i.value })));
}, { name: 'leer_notas', description: 'Notas previas a la visita guardadas para el paciente de esta conversación.',
  schema: z.object({}) });

const tools = [consultarCitas, reservarCita, guardarNota, leerNotas];
const SYSTEM = (pac) => `Eres Sonia, la asistente de WhatsApp de Clínica Dental Sonrisa (Valencia). Paciente identificado: ${pac}. `
  + 'Tutea solo si el paciente lo hace. Antes de una visita, revisa las notas previas y avisa de lo relevante para el tratamiento.';

// Conversación 1: Lucía (PAC-04471)
const m1 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_a1Yd83LkQ0vN5mRt', name: 'reservar_cita', args: { paciente_id: 'PAC-04471', fecha: '2024-11-26', hora: '17:00', tratamiento: 'empaste pieza 36' } }] },
  { tool_calls: [{ id: 'call_a2Pw61ZsX9cB4hGu', name: 'guardar_nota', args: { texto: 'Alergia a la penicilina (urticaria). Embarazada de 14 semanas. Prefiere citas de tarde.' } }] },
  { content: '¡Hecho, Lucía! Tienes cita el martes 26/11 a las 17:00 con la Dra. Ferrer para el empaste (pieza 36), referencia CT-88120. '
    + 'He dejado anotado lo de la penicilina y el embarazo para que la doctora lo tenga en cuenta con la anestesia. ¡Hasta pronto!' },
] });
advance(minutes(2));
await traced(agentGraph({ model: m1, tools, name: 'asistente-whatsapp' }), { messages: [new SystemMessage(SYSTEM('PAC-04471')),
  new HumanMessage('Hola! Soy Lucía Navarro. Necesito una cita para el empaste que me dijo la doctora, mejor por la tarde, el martes 26 si puede ser. '
    + 'Os aviso que soy alérgica a la penicilina y estoy embarazada de 14 semanas, por si afecta a la anestesia.')] },
{ project: 'sonrisa-whatsapp', metadata: { session_id: 'wa_conv_7f3a9c21d4', user_id: 'PAC-04471', canal: 'whatsapp' },
  configurable: { thread_id: 'wa_conv_7f3a9c21d4' } });

// Conversación 2, al día siguiente: Marcos (PAC-05520)
advance(minutes(60 * 25 + 17));
const m2 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_b1Kq20TeW7sJ3nHd', name: 'consultar_citas', args: { paciente_id: 'PAC-05520' } },
    { id: 'call_b2Vm95RaC4yF8pLx', name: 'leer_notas', args: {} }] },
  { content: 'Buenos días, Marcos. Le confirmo su cita del jueves 21/11 a las 10:30 con el Dr. Llorens (limpieza y revisión, ref. CT-88203). '
    + 'Según las notas de su ficha tiene alergia a la penicilina y está embarazada de 14 semanas: para la limpieza no hace falta anestesia, '
    + 'pero si el doctor viera necesario algún antibiótico le pautará una alternativa sin penicilina, y evitaremos radiografías por el embarazo. '
    + 'Como prefiere las tardes, si quiere le busco un hueco a partir de las 16:00. ¿Algo más?' },
] });
await traced(agentGraph({ model: m2, tools, name: 'asistente-whatsapp' }), { messages: [new SystemMessage(SYSTEM('PAC-05520')),
  new HumanMessage('Buenos días, soy Marcos Gil. Me confirman la cita del jueves? Y si tengo que hacer algo antes de la limpieza')] },
{ project: 'sonrisa-whatsapp', metadata: { session_id: 'wa_conv_81d0e442b7', user_id: 'PAC-05520', canal: 'whatsapp' },
  configurable: { thread_id: 'wa_conv_81d0e442b7' } });

writeRuns(path.join(dir, 'runs.jsonl'));
