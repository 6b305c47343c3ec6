// Asistente de tarjetas de un banco: dos clientes de la misma oficina, dos conversaciones el mismo
// día. Las direcciones de envío de tarjetas se guardan en un InMemoryStore de LangGraph (namespace
// por oficina y producto). Ejecuciones capturadas con LangChainTracer.
import path from 'node:path';
import {
  ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z,
} from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

const dir = here(import.meta.url);
startClock('2025-06-11T08:02:37Z', 90210);

const store = new InMemoryStore();
const clientes = {
  'CLI-4471093': { oficina: '1500', tarjetas: [{ pan: '****3318', tipo: 'débito Visa', estado: 'activa', caduca: '06/25', renovacion: 'programada' }] },
  'CLI-5902217': { oficina: '1500', tarjetas: [{ pan: '****7760', tipo: 'crédito Mastercard', estado: 'activa', caduca: '11/27', limite_eur: 3000 }] },
};
const cli = (config) => clientes[config.configurable.cliente];
const ns = (config) => ['envios_tarjeta', cli(config).oficina];

const verTarjetas = tool(async (_a, config) => JSON.stringify({ tarjetas: cli(config).tarjetas }),
  { name: 'ver_tarjetas', description: 'Lista las tarjetas del cliente autenticado.', schema: z.object({}) });
const actualizarDireccion = tool(async ({ pan, direccion }, config) => {
  await store.put(ns(config), 'direccion', { direccion, canal: 'chat', actualizada: new Date().toISOString() });
  return JSON.stringify({ ok: true, pan, referencia: 'MOD-ENV-118274' });
}, { name: 'actualizar_direccion_envio', description: 'Guarda la dirección a la que se envían las tarjetas nuevas.',
  schema: z.object({ pan: z.string(), direccion: z.string() }) });
const consultarDireccion = tool(async (_a, config) => {
  const item = await store.get(ns(config), 'direccion');
  return JSON.stringify(item ? { direccion_envio: item.value.direccion, canal: item.value.canal, actualizada: item.value.actualizada }
    : { direccion_envio: null });
}, { name: 'consultar_direccion_envio', description: 'Devuelve la dirección de envío vigente para tarjetas.', schema: z.object({}) });
const bloquear = tool(async ({ pan, motivo }) => JSON.stringify({ pan, estado: 'bloqueada', motivo, bloqueo: 'BLQ-55130962' }),
  { name: 'bloquear_tarjeta', description: 'Bloqueo definitivo de una tarjeta.', schema: z.object({ pan: z.string(), motivo: z.enum(['robo', 'perdida', 'fraude']) }) });
const reponer = tool(async ({ pan, direccion }) => JSON.stringify({ solicitud: 'REP-2025-0611-30417', pan_anterior: pan, direccion_envio: direccion,
  plazo: '3 a 5 días hábiles', coste_eur: 0, estado: 'en_emision' }),
  { name: 'solicitar_reposicion', description: 'Emite una tarjeta de reposición y la envía por correo certificado.',
    schema: z.object({ pan: z.string(), direccion: z.string() }) });

const tools = [verTarjetas, actualizarDireccion, consultarDireccion, bloquear, reponer];
const tc = (id, name, args = {}) => ({ tool_calls: [{ id, name, args }] });
const sistema = new SystemMessage('Eres Clara, la asistente de tarjetas de Banco Meridiano. El cliente ya está autenticado en la app. '
  + 'Puedes consultar tarjetas, bloquearlas, solicitar reposiciones y gestionar la dirección de envío. Responde en español, de usted.');

// Conversación 1
const m1 = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  tc('toolu_01HkV7rS2qWcN4pZbE8mJ3xT', 'ver_tarjetas'),
  tc('toolu_01Qe6tLm9ZsB1yRfG5nK2wDa', 'actualizar_direccion_envio', { pan: '****3318', direccion: 'Calle de Alcalá 214, 3º B, 28028 Madrid' }),
  { content: 'Hecho. Su tarjeta de débito ****3318 caduca este mes y la renovación ya está programada; la nueva se enviará a Calle de Alcalá 214, 3º B, 28028 Madrid (referencia MOD-ENV-118274). ¿Desea algo más?' },
  { content: 'Gracias a usted. ¡Que disfrute de la casa nueva!' },
] });
const app1 = agentGraph({ model: m1, tools });
const s1 = { session_id: 'a9d3e0c4-71b2-4f0e-8e55-2c6f1d90b7aa', user_id: 'CLI-4471093', canal: 'app_ios' };
let r = await traced(app1, { messages: [sistema, new HumanMessage('Hola. Me mudé el mes pasado y me han dicho que mi tarjeta caduca ya. '
  + 'Quiero que la nueva me llegue a la dirección nueva: Calle de Alcalá 214, 3º B, 28028 Madrid.')] },
  { project: 'meridiano-tarjetas', metadata: s1, configurable: { cliente: 'CLI-4471093' } });
advance(minutes(1), minutes(2));
await traced(app1, { messages: [...r.messages, new HumanMessage('Perfecto, nada más. Gracias.')] },
  { project: 'meridiano-tarjetas', metadata: s1, configurable: { cliente: 'CLI-4471093' } });

advance(minutes(38), minutes(52));

// Conversación 2
const m2 = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  tc('toolu_01Ab3XcT8vMe2NqL7uRy9PkH', 'ver_tarjetas'),
  tc('toolu_01Wn5DfJ1sHg6KtP0oBq4ZcE', 'bloquear_tarjeta', { pan: '****7760', motivo: 'robo' }),
  { content: 'Siento mucho lo ocurrido. Su tarjeta de crédito ****7760 ya está bloqueada (bloqueo BLQ-55130962), nadie podrá usarla. ¿Quiere que le emitamos una nueva y se la enviemos a su domicilio?' },
  tc('toolu_01Lr8GyU3mVa5EsC2hXi6NjQ', 'consultar_direccion_envio'),
  tc('toolu_01Tz2KoW7bFd4PgA9cMe1YvS', 'solicitar_reposicion', { pan: '****7760', direccion: 'Calle de Alcalá 214, 3º B, 28028 Madrid' }),
  { content: 'Listo. Hemos emitido una tarjeta nueva (solicitud REP-2025-0611-30417), sin coste. Le llegará por correo certificado en 3 a 5 días hábiles a Calle de Alcalá 214, 3º B, 28028 Madrid. Le recomiendo revisar los últimos movimientos por si hubiera algún cargo que no reconozca.' },
] });
const app2 = agentGraph({ model: m2, tools });
const s2 = { session_id: '5f18b6e2-0c9d-4a73-b1e4-93d7a2c6e018', user_id: 'CLI-5902217', canal: 'app_android' };
r = await traced(app2, { messages: [sistema, new HumanMessage('Me han robado la cartera en el metro. Bloqueen mi tarjeta de crédito, por favor.')] },
  { project: 'meridiano-tarjetas', metadata: s2, configurable: { cliente: 'CLI-5902217' } });
advance(minutes(0.6), minutes(1.4));
await traced(app2, { messages: [...r.messages, new HumanMessage('Sí, mándenme una nueva a casa, a la dirección de siempre.')] },
  { project: 'meridiano-tarjetas', metadata: s2, configurable: { cliente: 'CLI-5902217' } });

writeRuns(path.join(dir, 'runs.jsonl'));
