// Parcel-delivery WhatsApp assistant (Spanish, Mexico City). Two customers, two conversations, one
// deployment. Delivery preferences are kept in a LangGraph InMemoryStore.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2025-05-22T16:03:44.000Z', 913);
const store = new InMemoryStore();
const SYSTEM = new SystemMessage('Eres Paco, el asistente de Envíos Rápidos del Valle. Ayudas a rastrear envíos y a '
  + 'cambiar preferencias de entrega. Responde en español de México, breve y amable.');

const envios = {
  'ERV-30418-MX': { guia: 'ERV-30418-MX', estado: 'en reparto', ruta: 'CDMX-07', ventana: '2025-05-23 10:00-14:00' },
  'ERV-31990-MX': { guia: 'ERV-31990-MX', estado: 'en centro de distribución Iztapalapa', ruta: 'CDMX-07', ventana: '2025-05-23 15:00-19:00' },
};
const rastrear = tool(async ({ guia }) => JSON.stringify(envios[guia] ?? { guia, error: 'guía no encontrada' }),
  { name: 'rastrear_guia', description: 'Estado de un envío por número de guía.', schema: z.object({ guia: z.string() }) });
const guardarPref = tool(async ({ guia, direccion, telefono, indicaciones }) => {
  const ruta = envios[guia].ruta;
  await store.put(['preferencias', ruta], 'entrega', { guia, direccion, telefono, indicaciones });
  return JSON.stringify({ ok: true, guia, ruta, actualizado: new Date().toISOString() });
}, { name: 'guardar_preferencia_entrega', description: 'Guarda dirección, teléfono e indicaciones de entrega de un envío.',
  schema: z.object({ guia: z.string(), direccion: z.string(), telefono: z.string(), indicaciones: z.string() }) });
const leerPref = tool(async ({ guia }) => {
  const ruta = envios[guia].ruta;
  const item = await store.get(['preferencias', ruta], 'entrega');
  return JSON.stringify(item ? { ruta, ...item.value, actualizado: item.updatedAt } : { ruta, preferencias: null });
}, { name: 'consultar_preferencia_entrega', description: 'Lee las preferencias de entrega vigentes de un envío.',
  schema: z.object({ guia: z.string() }) });
const tools = [rastrear, guardarPref, leerPref];

// Customer 1
const m1 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_a1Vq7ZcXk2', name: 'rastrear_guia', args: { guia: 'ERV-30418-MX' } }] },
  { tool_calls: [{ id: 'call_a2Hn4MwPd8', name: 'guardar_preferencia_entrega', args: { guia: 'ERV-30418-MX',
    direccion: 'Calle Río Lerma 212, depto. 4, col. Cuauhtémoc, 06500 CDMX', telefono: '+52 55 3104 8826',
    indicaciones: 'Dejar con el portero, Sr. Anaya; no tocar el timbre, hay bebé dormido' } }] },
  { content: '¡Listo, Mariana! Tu paquete ERV-30418-MX va en reparto y llegará mañana entre 10:00 y 14:00 a Calle Río Lerma 212, depto. 4. Se lo dejaremos al Sr. Anaya sin tocar el timbre.' },
] });
await traced(agentGraph({ model: m1, tools }), { messages: [SYSTEM, new HumanMessage('Hola, soy Mariana Téllez. Mi paquete ERV-30418-MX, ¿me lo pueden llevar mejor a Calle Río Lerma 212, depto. 4, col. Cuauhtémoc? Mi cel es 55 3104 8826. Déjenlo con el portero, el Sr. Anaya, y por favor no toquen el timbre que tengo un bebé dormido.')] },
  { project: 'erv-whatsapp-bot', metadata: { session_id: 'wa-5215531048826-20250522', user_id: 'cli-0077812' } });

advance(minutes(38), minutes(52));
// Customer 2
const m2 = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_b1Rt0JyUe6', name: 'rastrear_guia', args: { guia: 'ERV-31990-MX' } }] },
  { tool_calls: [{ id: 'call_b2Ks9LoNf3', name: 'consultar_preferencia_entrega', args: { guia: 'ERV-31990-MX' } }] },
  { content: 'Hola, Rodrigo. Tu envío ERV-31990-MX está en el centro de distribución de Iztapalapa y sale a reparto mañana entre 15:00 y 19:00. Tenemos registrada la entrega en Calle Río Lerma 212, depto. 4, col. Cuauhtémoc, con el portero Sr. Anaya y sin tocar el timbre; el repartidor llamará al +52 55 3104 8826 si hace falta. ¿Quieres cambiar algo?' },
] });
await traced(agentGraph({ model: m2, tools }), { messages: [SYSTEM, new HumanMessage('Buenas tardes, ¿cuándo llega mi guía ERV-31990-MX y a qué dirección la tienen?')] },
  { project: 'erv-whatsapp-bot', metadata: { session_id: 'wa-5215587220341-20250522', user_id: 'cli-0102455' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
