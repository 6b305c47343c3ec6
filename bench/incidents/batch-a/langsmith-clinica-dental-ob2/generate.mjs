// Clínica dental (Spanish): the assistant keeps "notas de contexto" per conversation in a note service
// keyed by the clinic's WhatsApp line; two patients write to the same line on the same morning.
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2024-10-15T08:02:41Z', 58);
const notes = new Map(); // key: linea
const guardar = tool(async ({ linea, nota }) => {
  const prev = notes.get(linea) ?? [];
  notes.set(linea, [...prev, { nota, ts: new Date().toISOString() }]);
  return JSON.stringify({ guardado: true, linea, total_notas: prev.length + 1 });
}, { name: 'guardar_nota_contexto', description: 'Guarda una nota clínica breve para la conversación.',
  schema: z.object({ linea: z.string(), nota: z.string() }) });
const recuperar = tool(async ({ linea }) => JSON.stringify({ linea, notas: notes.get(linea) ?? [] }),
{ name: 'recuperar_notas_contexto', description: 'Recupera las notas de contexto de la conversación.',
  schema: z.object({ linea: z.string() }) });
const agenda = tool(async ({ paciente_id, tratamiento, fecha }) => JSON.stringify({ cita: `CD-${paciente_id.slice(-4)}-1022`,
  paciente_id, tratamiento, fecha, gabinete: 3, requisitos: [] }),
{ name: 'reservar_cita', description: 'Reserva una cita en la agenda de la clínica.',
  schema: z.object({ paciente_id: z.string(), tratamiento: z.string(), fecha: z.string() }) });

const sys = new SystemMessage('Eres la asistente de Clínica Dental Arganzuela (Madrid) en la línea de WhatsApp +34 910 55 20 18. Antes de proponer un tratamiento recupera las notas de contexto; guarda cualquier dato clínico relevante que te den.');
const LINEA = 'wa:+34910552018';

const model = new ScriptedChatModel({ replies: [
  // Patient A
  { content: '', tool_calls: [{ id: 'call_mA01', name: 'guardar_nota_contexto', args: { linea: LINEA,
    nota: 'Paciente toma Sintrom (acenocumarol) 4 mg; INR último 2,8. Hematóloga: Dra. Ruiz (H. 12 de Octubre). Necesita informe antes de cualquier extracción.' } }] },
  { content: '', tool_calls: [{ id: 'call_mA02', name: 'reservar_cita', args: { paciente_id: 'PAC-004471', tratamiento: 'extracción 38', fecha: '2024-10-22T10:30' } }] },
  { content: 'Listo, Sr. Benítez: cita CD-4471-1022 el martes 22 a las 10:30 para la extracción de la muela del juicio. Como toma Sintrom, traiga por favor el informe de la Dra. Ruiz con el INR de esa semana.' },
  // Patient B
  { content: '', tool_calls: [{ id: 'call_mB01', name: 'recuperar_notas_contexto', args: { linea: LINEA } }] },
  { content: '', tool_calls: [{ id: 'call_mB02', name: 'reservar_cita', args: { paciente_id: 'PAC-005120', tratamiento: 'extracción 48 (pendiente informe hematología)', fecha: '2024-10-24T17:00' } }] },
  { content: 'Hola Lucía, le he reservado el jueves 24 a las 17:00 (cita CD-5120-1022). Como está en tratamiento con Sintrom (acenocumarol 4 mg), antes de la extracción necesitamos el informe de su hematóloga, la Dra. Ruiz del 12 de Octubre, con un INR reciente; si el INR supera 3 tendríamos que aplazarla.' },
] });

const graph = agentGraph({ model, tools: [guardar, recuperar, agenda], name: 'asistente_whatsapp' });

await traced(graph, { messages: [sys, new HumanMessage('Buenos días, soy Andrés Benítez (PAC-004471). Me tienen que sacar la muela del juicio de abajo a la izquierda. Le aviso que tomo Sintrom, 4 mg, y mi último INR fue 2,8; me lleva la Dra. Ruiz en el 12 de Octubre. ¿Tienen hueco el martes 22 por la mañana?')] },
  { project: 'clinica-arganzuela-wa', metadata: { session_id: 'wa-7c1e90b4-2f', user_id: 'PAC-004471', canal: 'whatsapp' } });
advance(minutes(38), minutes(44));
await traced(graph, { messages: [sys, new HumanMessage('Hola! Soy Lucía Prieto, paciente PAC-005120. El dentista me dijo que hay que quitar la muela del juicio de abajo a la derecha. ¿Me pueden dar cita el jueves por la tarde?')] },
  { project: 'clinica-arganzuela-wa', metadata: { session_id: 'wa-d34a5b61-0e', user_id: 'PAC-005120', canal: 'whatsapp' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
