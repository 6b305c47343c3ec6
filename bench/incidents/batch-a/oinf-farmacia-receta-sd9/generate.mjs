// Asistente de farmacia (LangGraph.js): la ficha del paciente se guarda en un turno y se relee en el
// siguiente desde una réplica de lectura. Modelo con guion, sin red. Escribe traces.jsonl.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('farmacia-asistente', { 'service.version': '3.8.2' });

// Almacén primario y réplica de lectura (la réplica va una versión por detrás).
const primario = { version: 3, ficha: { paciente: 'PAC-0931-77', nombre: 'Lucía Ferrer Soto', alergias: [], tratamientos: ['levotiroxina 50 mcg'] } };
const replica = JSON.parse(JSON.stringify(primario));

const guardarFicha = tool(async ({ paciente, alergias }) => {
  primario.version += 1;
  primario.ficha = { ...primario.ficha, paciente, alergias };
  return JSON.stringify({ ok: true, paciente, version: primario.version, actualizado: '2024-05-06T10:12:44Z' });
}, { name: 'guardar_ficha', description: 'Actualiza las alergias en la ficha del paciente.',
  schema: z.object({ paciente: z.string(), alergias: z.array(z.string()) }) });

const consultarFicha = tool(async ({ paciente }) => JSON.stringify({ ...replica.ficha, paciente, version: replica.version, actualizado: '2024-04-18T08:03:10Z' }),
  { name: 'consultar_ficha', description: 'Lee la ficha del paciente (alergias, tratamientos).', schema: z.object({ paciente: z.string() }) });

const solicitarReceta = tool(async (a) => JSON.stringify({ solicitud: 'SR-558213', estado: 'enviada_al_medico', ...a }),
  { name: 'solicitar_receta', description: 'Envía una solicitud de receta al médico de cabecera.',
    schema: z.object({ paciente: z.string(), farmaco: z.string(), motivo: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // turno 1
  { content: '', tool_calls: [{ name: 'guardar_ficha', args: { paciente: 'PAC-0931-77', alergias: ['penicilina'] } }] },
  { content: 'Hecho, Lucía: he anotado la alergia a la penicilina en tu ficha.' },
  // turno 2 (al día siguiente)
  { content: '', tool_calls: [{ name: 'consultar_ficha', args: { paciente: 'PAC-0931-77' } }] },
  { content: '', tool_calls: [{ name: 'solicitar_receta', args: { paciente: 'PAC-0931-77', farmaco: 'amoxicilina 500 mg cápsulas, 1 cada 8 h, 7 días', motivo: 'otitis media, indicación verbal del médico' } }] },
  { content: 'He enviado a tu médico la solicitud SR-558213 de amoxicilina 500 mg (cada 8 horas, 7 días). En tu ficha no consta ninguna alergia, así que no hay impedimento. Te avisaremos cuando esté lista para recoger.' },
] });
const system = new SystemMessage('Eres el asistente de la Farmacia Ferrer de Valencia. Antes de solicitar una receta, consulta siempre la ficha del paciente.');
const app = await reactGraph({ model, tools: [guardarFicha, consultarFicha, solicitarReceta], name: 'asistente_farmacia' });
const cfg = { metadata: { session_id: 'wa:34611204587' }, runName: 'asistente_farmacia' };

await t.turn({ userId: 'PAC-0931-77' }, () => app.invoke({ messages: [system,
  new HumanMessage('Hola, soy Lucía Ferrer (PAC-0931-77). Ayer me salió una urticaria fuerte con un antibiótico y el médico me dijo que soy alérgica a la penicilina. ¿Lo podéis apuntar en mi ficha?')] }, cfg));
// El historial de WhatsApp no se conserva entre días: el turno siguiente parte de la ficha.
await t.turn({ userId: 'PAC-0931-77' }, () => app.invoke({ messages: [system,
  new HumanMessage('Buenos días. El médico me ha dicho que tengo otitis y que necesito un antibiótico, ¿me podéis pedir la receta del de siempre para la infección de oído?')] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
