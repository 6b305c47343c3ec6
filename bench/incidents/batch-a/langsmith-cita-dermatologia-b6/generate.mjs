// Asistente de citas de una red de clínicas (LangGraph, agente con herramientas). La agenda responde
// con un timeout la primera vez; el agente repite la consulta y sigue con los huecos reales. El copago
// de la póliza es 0 € según la aseguradora. Dos turnos en la misma conversación.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-10-06T08:17:02.000Z', 3131);
const dir = here(import.meta.url);

let agendaCalls = 0;
const buscarHuecos = tool(async ({ especialidad, centro, desde, hasta }) => {
  agendaCalls += 1;
  if (agendaCalls === 1) {
    advance(10_000); // el cliente HTTP espera 10 s
    throw new Error('agenda-svc: GET /v2/huecos?esp=DERMA&centro=MAD-CHAMBERI timed out after 10000 ms (ETIMEDOUT 10.40.2.17:8443)');
  }
  return JSON.stringify({ especialidad, centro, desde, hasta, huecos: [
    { id: 'HQ-88213', fecha: '2025-10-14', hora: '10:40', profesional: 'Dra. Inés Olmedo', sala: 'C-2' },
    { id: 'HQ-88241', fecha: '2025-10-15', hora: '17:20', profesional: 'Dr. Tomás Prieto', sala: 'C-4' },
    { id: 'HQ-88307', fecha: '2025-10-17', hora: '09:00', profesional: 'Dra. Inés Olmedo', sala: 'C-2' },
  ] });
}, { name: 'buscar_huecos', latency: [350, 900], description: 'Huecos libres de una especialidad en un centro entre dos fechas.',
  schema: z.object({ especialidad: z.string(), centro: z.string(), desde: z.string(), hasta: z.string() }) });

const consultarCopago = tool(async ({ num_poliza, acto }) => JSON.stringify({ num_poliza, aseguradora: 'Mapfre Salud',
  producto: 'Salud Integral Plus', acto, codigo_acto: 'CONS-DER-01', cubierto: true, copago_eur: 0.0,
  limite_anual_actos: 6, usados_2025: 1, autorizacion_previa: false }), {
  name: 'consultar_copago', description: 'Cobertura y copago de un acto médico para una póliza.',
  schema: z.object({ num_poliza: z.string(), acto: z.string() }) });

const reservarCita = tool(async ({ hueco_id, paciente_id }) => JSON.stringify({ estado: 'confirmada', localizador: 'CLN-4F7K-2210',
  hueco_id, paciente_id, fecha: '2025-10-14', hora: '10:40', profesional: 'Dra. Inés Olmedo', centro: 'Clínica Chamberí, C/ Santa Engracia 88, Madrid',
  recordatorio_sms: '2025-10-13T18:00:00+02:00' }), {
  name: 'reservar_cita', latency: [400, 1100], description: 'Reserva un hueco para un paciente.',
  schema: z.object({ hueco_id: z.string(), paciente_id: z.string() }) });

const args = { especialidad: 'dermatologia', centro: 'MAD-CHAMBERI', desde: '2025-10-13', hasta: '2025-10-17' };
const replies = [
  { tool_calls: [
    { id: 'c0a8e3f2-5d1b-4e6a-9b7c-2f4d8e1a6b30', name: 'buscar_huecos', args },
    { id: '7e2b9c41-0f3a-4d85-a6e1-b3c5d7f90a12', name: 'consultar_copago', args: { num_poliza: 'MS-0093318472', acto: 'consulta dermatología' } }] },
  { tool_calls: [{ id: '4b6d1e8a-92c3-47f0-b5a8-e1d3c6f2a784', name: 'buscar_huecos', args }] },
  { content: 'Hola, Lucía. Para dermatología en la Clínica Chamberí la semana que viene hay estos huecos:\n'
      + '1. Martes 14/10 a las 10:40 — Dra. Inés Olmedo\n2. Miércoles 15/10 a las 17:20 — Dr. Tomás Prieto\n3. Viernes 17/10 a las 09:00 — Dra. Inés Olmedo\n\n'
      + 'Sobre el coste: con tu póliza Salud Integral Plus de Mapfre la consulta de dermatología está cubierta y el copago es de 0 €, '
      + 'sin autorización previa (llevas 1 de 6 consultas este año). ¿Cuál te reservo?' },
  { tool_calls: [{ id: 'e91f07c3-6a2d-4b8e-8c5f-0d7a3b9e1c56', name: 'reservar_cita', args: { hueco_id: 'HQ-88213', paciente_id: 'PAC-2207754' } }] },
  { content: '¡Listo! Cita confirmada con la Dra. Inés Olmedo el martes 14/10 a las 10:40 en la Clínica Chamberí (C/ Santa Engracia 88). '
      + 'Localizador: CLN-4F7K-2210. Te llegará un SMS de recordatorio el lunes 13 a las 18:00. No tendrás que pagar nada en recepción.' },
];

const SYSTEM = 'Eres el asistente de citas de Clínicas Vitalia. Tuteas al paciente. Paciente identificado: Lucía Ferrer Gil, '
  + 'id PAC-2207754, póliza MS-0093318472. Si una herramienta falla por un problema temporal, vuelve a intentarlo antes de responder.';
const model = new ScriptedChatModel({ replies, model: 'gemini-1.5-pro-002', provider: 'google_genai' });
const app = agentGraph({ model, tools: [buscarHuecos, consultarCopago, reservarCita], checkpointer: new MemorySaver() });

const thread = 'wa:34611208947:20251006';
const cfg = { project: 'vitalia-citas', metadata: { thread_id: thread, user_id: 'PAC-2207754', canal: 'whatsapp' }, configurable: { thread_id: thread } };
await traced(app, { messages: [new SystemMessage(SYSTEM), new HumanMessage(
  'Hola! Necesito cita con dermatología en Chamberí la semana que viene, cualquier día. ¿Me cuesta algo con mi seguro?')] }, cfg);
advance(minutes(6), minutes(11));
await traced(app, { messages: [new HumanMessage('El martes a las 10:40 me va perfecto')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
