// Agencia de viajes: asistente de reservas en español. Dos clientes, dos sesiones, un mismo proceso.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('asistente-reservas', { 'deployment.environment': 'produccion', 'service.version': '2.14.0' });

const reservas = {
  QX7M2L: { localizador: 'QX7M2L', pasajero: 'FERRER SOLANA/LUCIA MS', documento: 'PAS ***4417', vuelo: 'AV 011', ruta: 'MAD-BOG',
    salida: '2025-06-14T12:35+02:00', asiento: '23A', equipaje: '1PC 23KG', estado: 'HK' },
  B4TR9Z: { localizador: 'B4TR9Z', pasajero: 'OCHOA PEREZ/JAVIER MR', documento: 'DNI ***902K', vuelo: 'IB 3314', ruta: 'MAD-LIS',
    salida: '2025-06-15T07:10+02:00', asiento: '—', equipaje: '0PC', estado: 'HK' },
};
let ultima = null; // caché del proceso
const consultar = tool(async ({ localizador }) => {
  const r = localizador ? reservas[localizador.toUpperCase()] : ultima;
  if (!r) return `No existe la reserva ${localizador}.`;
  ultima = r;
  return JSON.stringify(r);
}, { name: 'consultar_reserva', description: 'Consulta una reserva (PNR). Si no se indica localizador, devuelve la reserva en curso.',
  schema: z.object({ localizador: z.string().optional().describe('Localizador de 6 caracteres') }) });
const asiento = tool(async ({ localizador, asiento }) => `Asiento ${asiento} asignado en ${localizador}.`,
  { name: 'cambiar_asiento', description: 'Asigna un asiento en la reserva.', schema: z.object({ localizador: z.string(), asiento: z.string() }) });
const tools = [consultar, asiento];
const system = new SystemMessage('Eres el asistente de reservas de Viajes Alcázar. Responde en español, con precisión.');

async function run(replies, text, userId, sessionId) {
  const model = new ScriptedChatModel({ replies });
  const app = await reactGraph({ model, tools, prepare: (m) => [system, ...m], name: 'reservas' });
  return t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage(text)] },
    { metadata: { session_id: sessionId, user_id: userId } }));
}

await run([
  { content: '', tool_calls: [{ name: 'consultar_reserva', args: { localizador: 'QX7M2L' } }] },
  { content: '', tool_calls: [{ name: 'cambiar_asiento', args: { localizador: 'QX7M2L', asiento: '23A' } }] },
  { content: 'Hecho, Lucía: su vuelo AV 011 Madrid–Bogotá sale el 14 de junio a las 12:35 y ya tiene la ventanilla 23A asignada. Incluye 1 maleta de 23 kg.' },
], 'Hola, soy Lucía Ferrer, localizador QX7M2L. ¿Me podéis poner ventanilla en el vuelo a Bogotá?', 'cli-20931', 'conv-8841-a1f3');

await run([
  { content: '', tool_calls: [{ name: 'consultar_reserva', args: {} }] },
  { content: 'Claro. Su vuelo AV 011 de Madrid a Bogotá sale el sábado 14 de junio a las 12:35 (hora de Madrid). Tiene asignado el asiento 23A y una maleta facturada de 23 kg incluida. Pasajera: FERRER SOLANA/LUCIA, documento terminado en 4417.' },
], 'Buenas, ¿a qué hora sale mi vuelo y qué asiento tengo? No tengo el localizador a mano.', 'cli-31877', 'conv-8842-77c0');

t.write(path.join(here, 'traces.otlp.jsonl'));
