// Asistente de tráfico de un operador logístico (LangGraph.js + OpenInference). El ERP del almacén
// devuelve fechas en formato local; la API del transportista pide ISO 8601.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('trafico-asistente', { 'deployment.environment': 'prod', 'service.version': '0.9.3' });

const consultarExpedicion = tool(async ({ expedicion }) => JSON.stringify({
  expedicion, cliente: 'Conservas Ría de Arousa S.L.', origen: 'Almacén Getafe (muelle 4)',
  destino: 'Plataforma Mercadona Riba-roja, Valencia', palets: 18, peso_bruto: '9.420 kg',
  fecha_pedido: '28/03/2025', fecha_carga_comprometida: '03/04/2025', franja: '06:00-10:00',
  observaciones: 'Cita en destino 04/04/2025 07:30. No remontable.',
}), {
  name: 'consultar_expedicion', description: 'Datos de una expedición en el SGA del almacén.',
  schema: z.object({ expedicion: z.string() }),
});
const programarRecogida = tool(async ({ expedicion, fecha_recogida, franja, palets }) => JSON.stringify({
  ok: true, localizador: 'TRX-ES-2025-0311-88412', expedicion, fecha_recogida, franja, palets,
  vehiculo: 'tráiler lona 13,6 m', estado: 'CONFIRMADA',
}), {
  name: 'programar_recogida', description: 'Reserva la recogida con el transportista (Transportes Levante Express).',
  schema: z.object({
    expedicion: z.string(),
    fecha_recogida: z.string().describe('Fecha de recogida, ISO 8601 (YYYY-MM-DD)'),
    franja: z.string(), palets: z.number().int(),
  }),
});

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'consultar_expedicion', args: { expedicion: 'EXP-GTF-250328-0457' } }] },
  { tool_calls: [{ name: 'programar_recogida', args: { expedicion: 'EXP-GTF-250328-0457', fecha_recogida: '2025-03-04', franja: '06:00-10:00', palets: 18 } }] },
  { content: 'Hecho. Recogida de la expedición EXP-GTF-250328-0457 confirmada con Transportes Levante Express para el 2025-03-04, franja 06:00-10:00, 18 palets (localizador TRX-ES-2025-0311-88412). Llegará a tiempo para la cita en Riba-roja.' },
] });
const prepare = (messages) => [new SystemMessage('Eres el asistente de tráfico del almacén de Getafe. Programa recogidas según la fecha de carga comprometida del SGA.'), ...messages];
const app = await reactGraph({ model, tools: [consultarExpedicion, programarRecogida], prepare });
await t.turn({ userId: 'jefe.trafico.mlopez' }, () => app.invoke({ messages: [new HumanMessage(
  'Buenos días, prográmame la recogida de la EXP-GTF-250328-0457 para la fecha de carga que tenga comprometida, misma franja.')] },
  { configurable: { thread_id: 'trf-2025-03-31-a7c2' }, metadata: { thread_id: 'trf-2025-03-31-a7c2', user_id: 'jefe.trafico.mlopez' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
