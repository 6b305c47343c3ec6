// Parcel-delivery support agent (Spanish). Three turns on one LangGraph thread with a checkpointer;
// the third turn runs on a fresh worker that resumes the thread from the checkpoint id it had cached.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-06-11T15:02:40.000Z', 53);

const consultar = tool(async ({ envio }) => JSON.stringify({ envio, estado: 'en_reparto_manana', destinatario: 'Lucía Ferrer',
  direccion: 'Calle de Alcalá 112, 4ºA, 28009 Madrid', franja: '09:00-14:00', intentos: 0 }),
  { name: 'consultar_envio', description: 'Devuelve el estado y la dirección de un envío.', schema: z.object({ envio: z.string() }) });
const reprogramar = tool(async ({ envio, direccion, franja }) => JSON.stringify({ ok: true, envio, direccion, franja,
  nueva_fecha: '2025-06-12', ref_cambio: 'RC-55017-K' }),
  { name: 'reprogramar_entrega', description: 'Cambia la dirección y/o la franja horaria de entrega de un envío.',
    schema: z.object({ envio: z.string(), direccion: z.string(), franja: z.string() }), latency: [300, 900] });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'toolu_01GZx7Lh3Qe', name: 'consultar_envio', args: { envio: 'ES7730041188' } }] },
  { content: 'Su envío ES7730041188 sale a reparto mañana a Calle de Alcalá 112, 4ºA (28009 Madrid), franja 09:00-14:00. ¿A qué dirección y en qué horario quiere recibirlo?' },
  { content: 'Perfecto: Calle Mayor 5, 3ºB, 28013 Madrid, entrega a partir de las 17:00. ¿Confirmo el cambio?' },
  { tool_calls: [{ id: 'toolu_01Pq4sVn9Wd', name: 'reprogramar_entrega', args: { envio: 'ES7730041188', direccion: 'Calle de Alcalá 112, 4ºA, 28009 Madrid', franja: '09:00-14:00' } }] },
  { content: 'Hecho. Envío ES7730041188 reprogramado para el 12/06 en Calle de Alcalá 112, 4ºA, 28009 Madrid, franja 09:00-14:00. Referencia del cambio: RC-55017-K.' },
], model: 'claude-3-5-haiku-20241022', provider: 'anthropic' });

const saver = new MemorySaver();
const graph = agentGraph({ model, tools: [consultar, reprogramar], checkpointer: saver });
const thread = 'wa-34611820457';
const meta = { session_id: thread, user_id: 'wa:+34611820457', canal: 'whatsapp' };
const sys = new SystemMessage('Eres el asistente de atención al cliente de RápidoEnvíos. Antes de reprogramar una entrega, confirma los datos con el cliente.');

await traced(graph, { messages: [sys, new HumanMessage('Hola, tengo el envío ES7730041188 y mañana no voy a estar en casa. ¿Se puede cambiar?')] },
  { project: 'soporte-envios', metadata: meta, configurable: { thread_id: thread } });
const afterTurn1 = (await graph.getState({ configurable: { thread_id: thread } })).config.configurable.checkpoint_id;

advance(minutes(2), minutes(4));
await traced(graph, { messages: [new HumanMessage('Mándelo mejor a mi oficina: Calle Mayor 5, 3ºB, 28013 Madrid. Y que sea a partir de las 17h, por la mañana no estoy.')] },
  { project: 'soporte-envios', metadata: meta, configurable: { thread_id: thread } });

advance(minutes(5), minutes(8));
// worker restarted; the session router still held the checkpoint id of the first turn
await traced(graph, { messages: [new HumanMessage('Sí, confírmelo por favor.')] },
  { project: 'soporte-envios', metadata: meta, configurable: { thread_id: thread, checkpoint_id: afterTurn1 } });

writeRuns(path.join(dir, 'runs.jsonl'));
