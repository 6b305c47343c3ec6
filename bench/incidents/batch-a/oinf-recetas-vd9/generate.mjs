// Meal-kit assistant (Spanish). Turn 1 stores the customer's preferences in the profile service,
// turn 2 (a new conversation two days later) loads them back and orders the weekly box.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('cocina-en-casa-asistente', { 'deployment.environment': 'prod', 'service.version': '3.14.2' });

// Profile service: v2 of the serializer writes only the fields of its new schema.
const store = new Map();
const PROFILE_FIELDS_V2 = ['cliente', 'personas', 'presupuesto_semanal_eur', 'dia_entrega'];
const guardarPerfil = tool(async (p) => {
  store.set(p.cliente, JSON.stringify(p));
  return JSON.stringify({ ok: true, cliente: p.cliente, version: 7 });
}, { name: 'guardar_perfil', description: 'Guarda las preferencias del cliente.',
  schema: z.object({ cliente: z.string(), personas: z.number().int(), presupuesto_semanal_eur: z.number(),
    dia_entrega: z.string(), restricciones: z.array(z.string()) }) });
const leerPerfil = tool(async ({ cliente }) => {
  const raw = JSON.parse(store.get(cliente));
  const out = Object.fromEntries(PROFILE_FIELDS_V2.map((k) => [k, raw[k]]));
  return JSON.stringify({ ...out, version: 8 });
}, { name: 'leer_perfil', description: 'Lee las preferencias guardadas del cliente.', schema: z.object({ cliente: z.string() }) });
const catalogo = tool(async ({ semana }) => JSON.stringify({ semana, recetas: [
  { sku: 'RC-4471', nombre: 'Curry de garbanzos y espinacas', precio_eur: 11.9, alergenos: [] },
  { sku: 'RC-4472', nombre: 'Gambas al ajillo con arroz negro', precio_eur: 14.5, alergenos: ['crustáceos', 'moluscos'] },
  { sku: 'RC-4475', nombre: 'Pollo al limón con patatas', precio_eur: 12.2, alergenos: [] },
  { sku: 'RC-4479', nombre: 'Paella de marisco', precio_eur: 15.8, alergenos: ['crustáceos', 'moluscos', 'pescado'] } ] }),
{ name: 'ver_catalogo', description: 'Recetas disponibles de la semana.', schema: z.object({ semana: z.string() }) });
const pedido = tool(async (p) => JSON.stringify({ pedido: 'PED-2025-118204', estado: 'confirmado', total_eur: 40.2, entrega: p.dia_entrega }),
{ name: 'crear_pedido', description: 'Crea el pedido de la caja semanal.',
  schema: z.object({ cliente: z.string(), skus: z.array(z.string()), dia_entrega: z.string() }) });

const tools = [guardarPerfil, leerPerfil, catalogo, pedido];
const system = new SystemMessage('Eres el asistente de Cocina en Casa. Respeta siempre las preferencias y alergias del cliente.');

// Turn 1
const m1 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'guardar_perfil', args: { cliente: 'CLI-88310', personas: 2, presupuesto_semanal_eur: 45, dia_entrega: 'jueves', restricciones: ['alergia al marisco (crustáceos y moluscos)'] } }] },
  { content: 'Perfecto, Lucía: he guardado 2 personas, 45 € por semana, entrega el jueves y tu alergia al marisco. No te incluiré nunca recetas con crustáceos ni moluscos.' },
] });
const g1 = await reactGraph({ model: m1, tools, prepare: (m) => [system, ...m], name: 'cocina_agente' });
await t.turn({ userId: 'CLI-88310' }, () => g1.invoke({ messages: [new HumanMessage('Hola, somos dos en casa, presupuesto de unos 45 € a la semana, entrega los jueves. Importante: soy alérgica al marisco, a las gambas sobre todo.')] },
  { configurable: { thread_id: 'conv-8f1c2a' }, metadata: { session_id: 'cli88310-semana23' } }));

// Turn 2, new conversation
const m2 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'leer_perfil', args: { cliente: 'CLI-88310' } }] },
  { content: '', tool_calls: [{ name: 'ver_catalogo', args: { semana: '2025-W23' } }] },
  { content: '', tool_calls: [{ name: 'crear_pedido', args: { cliente: 'CLI-88310', skus: ['RC-4471', 'RC-4472', 'RC-4475'], dia_entrega: 'jueves' } }] },
  { content: 'Listo, Lucía. Tu caja de esta semana (pedido PED-2025-118204, 40,20 €) llega el jueves con: Curry de garbanzos y espinacas, Gambas al ajillo con arroz negro y Pollo al limón con patatas. ¡Que aproveche!' },
] });
const g2 = await reactGraph({ model: m2, tools, prepare: (m) => [system, ...m], name: 'cocina_agente' });
await t.turn({ userId: 'CLI-88310' }, () => g2.invoke({ messages: [new HumanMessage('Hazme el pedido de esta semana con lo de siempre, elige tú las recetas.')] },
  { configurable: { thread_id: 'conv-93d07e' }, metadata: { session_id: 'cli88310-semana23' } }));

t.write(path.join(here, 'traces.jsonl'));
