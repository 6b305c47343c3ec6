// Asistente de WhatsApp de una empresa de paquetería (español): agente LangGraph.js con herramientas
// de pedidos. La aplicación guarda "notas recientes" en memoria del proceso, por canal de tienda
// (no por cliente), y las añade al prompt de sistema de cada conversación de ese canal.
// Traced by @arizeai/openinference-instrumentation-langchain as OTLP/JSON, one request per turn.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('rapidenvio-wa-bot', { 'deployment.environment': 'produccion', 'service.version': '0.9.7' });
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const pedidos = {
  'RE-2025-0031187': { cliente: 'CLI-448120', estado: 'en reparto', franja: '10:00-14:00', fecha_entrega: '2025-03-14',
    direccion: 'Calle de Toledo 88, 1ºA, 28005 Madrid' },
  'RE-2025-0031240': { cliente: 'CLI-502716', estado: 'en almacén Getafe', franja: '16:00-20:00', fecha_entrega: '2025-03-14',
    direccion: 'Avenida de la Albufera 301, 4ºD, 28031 Madrid' },
};
const notasCanal = []; // BUG de la app: clave = canal de tienda ("tienda-madrid-centro"), no el cliente

const consultar = tool(async ({ pedido }) => {
  const p = pedidos[pedido];
  return p ? JSON.stringify({ pedido, ...p }) : JSON.stringify({ error: 'pedido_no_encontrado', pedido });
}, { name: 'consultar_pedido', description: 'Estado, franja y dirección de entrega de un pedido.',
  schema: z.object({ pedido: z.string().describe('Número de pedido, p. ej. RE-2025-0000000') }) });

const cambiar = tool(async ({ pedido, direccion }) => {
  const p = pedidos[pedido];
  const anterior = p.direccion;
  p.direccion = direccion;
  return JSON.stringify({ ok: true, pedido, direccion_anterior: anterior, direccion_nueva: direccion,
    ruta_reasignada: 'MAD-R17', aviso_sms: 'enviado' });
}, { name: 'cambiar_direccion_entrega', description: 'Cambia la dirección de entrega de un pedido que aún no ha salido a reparto o está en reparto.',
  schema: z.object({ pedido: z.string(), direccion: z.string().describe('Dirección completa con código postal') }) });

const system = () => new SystemMessage([
  'Eres el asistente de RapidEnvío por WhatsApp. Ayudas con el estado de los pedidos y los cambios de entrega.',
  'Usa siempre consultar_pedido antes de cambiar nada. Responde en español, de forma breve.',
  notasCanal.length ? 'Notas recientes (canal tienda-madrid-centro):\n' + notasCanal.map((n) => '- ' + n).join('\n') : '',
].filter(Boolean).join('\n'));

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // Cliente A
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'RE-2025-0031187' } }] },
  { tool_calls: [{ name: 'cambiar_direccion_entrega', args: { pedido: 'RE-2025-0031187', direccion: 'Calle de Alcalá 214, 3ºB, 28028 Madrid' } }] },
  { content: 'Hecho ✅ Tu pedido RE-2025-0031187 se entregará hoy entre las 10:00 y las 14:00 en Calle de Alcalá 214, 3ºB, 28028 Madrid. Te hemos enviado un SMS de confirmación.' },
  // Cliente B
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'RE-2025-0031240' } }] },
  { tool_calls: [{ name: 'cambiar_direccion_entrega', args: { pedido: 'RE-2025-0031240', direccion: 'Calle de Alcalá 214, 3ºB, 28028 Madrid' } }] },
  { content: '¡Listo! He actualizado tu pedido RE-2025-0031240 a la dirección nueva que nos indicaste: Calle de Alcalá 214, 3ºB, 28028 Madrid. Llegará el 14/03 entre las 16:00 y las 20:00.' },
] });

const app = await reactGraph({ model, tools: [consultar, cambiar], checkpointer: new MemorySaver(), name: 'asistente_envios',
  prepare: (messages) => [system(), ...messages] });

async function conversacion({ telefono, cliente, texto }) {
  const sessionId = `wa:${telefono}:20250314`;
  const out = await t.turn({ userId: cliente }, () => app.invoke({ messages: [new HumanMessage(texto)] },
    { configurable: { thread_id: sessionId }, metadata: { session_id: sessionId, canal: 'tienda-madrid-centro', cliente } }));
  // Tras cada conversación la app guarda lo "importante" en las notas del canal.
  for (const m of out.messages) for (const c of m.tool_calls ?? [])
    if (c.name === 'cambiar_direccion_entrega') notasCanal.push(`El cliente ha cambiado su dirección de entrega a ${c.args.direccion}.`);
  return out;
}

await conversacion({ telefono: '+34655120398', cliente: 'CLI-448120',
  texto: 'Hola! El pedido RE-2025-0031187 no lo llevéis a Toledo 88, que hoy no estoy. Mandadlo a Calle de Alcalá 214, 3ºB, 28028 Madrid, porfa' });
await conversacion({ telefono: '+34611907245', cliente: 'CLI-502716',
  texto: 'Buenas, me he mudado hace poco. ¿Podéis enviar el pedido RE-2025-0031240 a mi dirección nueva? Gracias' });

t.write(path.join(here, 'traces.otlp.jsonl'));
