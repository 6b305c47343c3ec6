// Corporate travel desk (Spanish): one LangGraph agent, two travellers of the same corporate account.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-02-18T08:41:12.000Z', 31);

// preference memory of the travel app (keyed by the corporate account the traveller belongs to)
const prefs = new Map();
const cuentaDe = { 'u-ana.ruiz': 'ACME-ES', 'u-jorge.pinto': 'ACME-ES' };

const guardar = tool(async ({ viajero, pasaporte, comida, asiento }) => {
  const k = cuentaDe[viajero];
  prefs.set(k, { pasaporte, comida, asiento, actualizado: '2025-02-18' });
  return JSON.stringify({ ok: true, cuenta: k });
}, { name: 'guardar_preferencias', description: 'Guarda las preferencias de viaje del viajero.',
  schema: z.object({ viajero: z.string(), pasaporte: z.string(), comida: z.string(), asiento: z.string() }) });

const consultar = tool(async ({ viajero }) => {
  const k = cuentaDe[viajero];
  return JSON.stringify({ cuenta: k, preferencias: prefs.get(k) ?? null });
}, { name: 'consultar_preferencias', description: 'Devuelve las preferencias guardadas del viajero.',
  schema: z.object({ viajero: z.string() }) });

const reservar = tool(async ({ ruta, fecha, pasaporte, comida, asiento }) =>
  JSON.stringify({ localizador: 'QH7PZ2', ruta, fecha, pasaporte, comida_especial: comida, asiento_asignado: asiento === 'pasillo' ? '23C' : '23A', estado: 'EMITIDO' }),
{ name: 'reservar_vuelo', description: 'Reserva y emite un billete.', latency: [900, 2400],
  schema: z.object({ ruta: z.string(), fecha: z.string(), pasaporte: z.string(), comida: z.string(), asiento: z.string() }) });

const tools = [guardar, consultar, reservar];
const sys = new SystemMessage('Eres el asistente de viajes corporativos de ACME España. Usa las preferencias guardadas del viajero al reservar.');

// Ana
const modelA = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_r8NqT1vB2', name: 'guardar_preferencias', args: { viajero: 'u-ana.ruiz', pasaporte: 'XK4410923', comida: 'sin frutos secos (alergia)', asiento: 'pasillo' } }] },
  { content: 'Hecho, Ana: he guardado tu pasaporte XK4410923, menú sin frutos secos y asiento de pasillo para tus próximas reservas.' },
] });
await traced(agentGraph({ model: modelA, tools }), { messages: [sys,
  new HumanMessage('Hola, guarda mis datos para los viajes: pasaporte XK4410923, soy alérgica a los frutos secos y prefiero pasillo.')] },
{ project: 'viajes-acme', metadata: { session_id: 'ses_5c1e0a2f', user_id: 'u-ana.ruiz' } });

advance(minutes(47));

// Jorge
const modelB = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Lw03hXe9k', name: 'consultar_preferencias', args: { viajero: 'u-jorge.pinto' } }] },
  { tool_calls: [{ id: 'call_Yv6sJm4Qa', name: 'reservar_vuelo', args: { ruta: 'MAD-LIM', fecha: '2025-03-12', pasaporte: 'XK4410923', comida: 'sin frutos secos (alergia)', asiento: 'pasillo' } }] },
  { content: 'Listo, Jorge. Vuelo MAD-LIM del 12/03 emitido, localizador QH7PZ2, asiento 23C (pasillo), con tu pasaporte XK4410923 y menú sin frutos secos según tus preferencias.' },
] });
await traced(agentGraph({ model: modelB, tools }), { messages: [sys,
  new HumanMessage('Resérvame el MAD-LIM del 12 de marzo con mis preferencias de siempre, por favor.')] },
{ project: 'viajes-acme', metadata: { session_id: 'ses_9b77d403', user_id: 'u-jorge.pinto' } });

writeRuns(path.join(dir, 'runs.jsonl'));
