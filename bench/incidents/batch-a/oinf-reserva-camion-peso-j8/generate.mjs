// Asistente de expediciones de un almacén (LangGraph.js + modelo guionizado), trazado con
// OpenInference como OTLP/JSON. El ERP devuelve pesos y volúmenes como texto con formato español.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const tr = tracing('expediciones-zgz', { 'deployment.environment': 'prod', 'service.version': '2.14.0' });

const consultarEnvio = tool(async ({ codigo }) => JSON.stringify({
  codigo, cliente: 'Cerámicas Levante S.L.', destino: 'Riba-roja de Túria (Valencia)',
  bultos: '14 palés EUR', peso_bruto: '6.840 kg', volumen: '31,5 m³', adr: false,
  ventana_entrega: '13/03 antes de las 12:00',
}), {
  name: 'consultar_envio',
  description: 'Datos de un envío del ERP (cliente, destino, bultos, peso bruto, volumen).',
  schema: z.object({ codigo: z.string().describe('Código de envío, p. ej. ENV-00000') }),
});

const disponibilidad = tool(async ({ fecha }) => JSON.stringify({
  fecha,
  libres: [
    { tipo: 'furgoneta', capacidad_kg: 1200, franjas: ['07:00', '08:00', '11:00'] },
    { tipo: 'camion_rigido', capacidad_kg: 8000, franjas: ['09:30'] },
    { tipo: 'trailer', capacidad_kg: 24000, franjas: ['14:00'] },
  ],
}), {
  name: 'ver_disponibilidad_flota',
  description: 'Vehículos de la flota contratada con franjas de carga libres para una fecha.',
  schema: z.object({ fecha: z.string().describe('AAAA-MM-DD') }),
});

const reservar = tool(async ({ envio, vehiculo, peso_kg, fecha, franja }) => {
  const caps = { furgoneta: 1200, camion_rigido: 8000, trailer: 24000 };
  if (peso_kg > caps[vehiculo]) return JSON.stringify({ estado: 'rechazada', motivo: 'peso superior a la capacidad' });
  return JSON.stringify({ reserva: 'TR-2503-88120', envio, vehiculo, carga: `${fecha}T${franja}`, muelle: 4, estado: 'confirmada' });
}, {
  name: 'reservar_transporte',
  description: 'Reserva un vehículo para un envío. peso_kg es el peso bruto en kilogramos.',
  schema: z.object({
    envio: z.string(), vehiculo: z.enum(['furgoneta', 'camion_rigido', 'trailer']),
    peso_kg: z.number(), fecha: z.string(), franja: z.string(),
  }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-mini-2024-07-18',
  replies: [
    { content: '', tool_calls: [{ name: 'consultar_envio', args: { codigo: 'ENV-55812' } }] },
    { content: '', tool_calls: [{ name: 'ver_disponibilidad_flota', args: { fecha: '2025-03-12' } }] },
    { content: '', tool_calls: [{ name: 'reservar_transporte', args: {
      envio: 'ENV-55812', vehiculo: 'furgoneta', peso_kg: 6.84, fecha: '2025-03-12', franja: '08:00' } }] },
    { content: 'Hecho. He reservado una furgoneta para el envío ENV-55812 (Cerámicas Levante, 14 palés EUR) '
      + 'con carga mañana 12/03 a las 08:00 en el muelle 4. Reserva TR-2503-88120. Con esa salida llega a '
      + 'Riba-roja de sobra dentro de la ventana de entrega (13/03 antes de las 12:00).' },
  ],
});

const app = await reactGraph({ model, tools: [consultarEnvio, disponibilidad, reservar], name: 'expediciones' });

await tr.turn({ userId: 'op.mlopez' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de expediciones del almacén de Zaragoza (Plaza). Antes de reservar '
    + 'transporte consulta el envío y la disponibilidad de la flota. Elige el vehículo más económico cuya '
    + 'capacidad cubra el peso bruto. Hoy es 11/03/2025.'),
  new HumanMessage('Buenas, necesito transporte para el ENV-55812 a Valencia, que cargue mañana por la mañana. Resérvalo tú, porfa.'),
] }, { metadata: { thread_id: 'exp-zgz-20250311-0417' }, configurable: { thread_id: 'exp-zgz-20250311-0417' } }));

tr.write(path.join(here, 'traces.jsonl'));
