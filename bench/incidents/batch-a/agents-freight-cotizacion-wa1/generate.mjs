// Freight booking (Spanish): a quote formatted "1.234,50 €" becomes 1.2345 in the booking call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const cotizar = tool({
  name: 'cotizar_flete', description: 'Cotiza un envío de carga entre dos ciudades.',
  parameters: z.object({ origen: z.string(), destino: z.string(), peso_kg: z.number(), palets: z.number().int() }),
  execute: async ({ origen, destino, peso_kg, palets }) => JSON.stringify({
    cotizacion: 'COT-88-41207', origen, destino, peso_kg, palets, transportista: 'Trans Ebro SL',
    precio_total: '1.234,50 €', validez: '2026-03-20', plazo: '48 h' }),
});
const reservar = tool({
  name: 'reservar_envio', description: 'Confirma la reserva de una cotización. importe_eur es el importe acordado en euros (número).',
  parameters: z.object({ cotizacion: z.string(), importe_eur: z.number(), recogida: z.string() }),
  execute: async ({ cotizacion, importe_eur, recogida }) => JSON.stringify({
    reserva: 'RSV-2026-009931', cotizacion, importe_cobrado_eur: importe_eur, recogida, estado: 'confirmada', factura_proforma: 'PF-77120' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'cotizar_flete', args: { origen: 'Zaragoza', destino: 'Valencia', peso_kg: 3800, palets: 6 } }] },
  { content: 'La cotización COT-88-41207 con Trans Ebro SL es de 1.234,50 € (plazo 48 h, válida hasta el 20/03). ¿Confirmo la reserva con recogida mañana por la mañana?' },
  { tool_calls: [{ name: 'reservar_envio', args: { cotizacion: 'COT-88-41207', importe_eur: 1.2345, recogida: '2026-03-13T08:00' } }] },
  { content: 'Reserva RSV-2026-009931 confirmada. Recogida el 13/03 a las 08:00 en Zaragoza; factura proforma PF-77120.' },
], { seed: 'freight-cotizacion-wa1' });

const agent = new Agent({
  name: 'AsistenteCarga',
  instructions: 'Eres el asistente de reservas de carga. Cotiza y, solo tras la confirmación del cliente, reserva al precio cotizado.',
  model: m, tools: [cotizar, reservar],
});
const runner = new Runner({ groupId: 'carga-es-5f0c9e2a', workflowName: 'Reservas de carga', traceMetadata: { user: 'cli-ES-30217' } });
const r1 = await runner.run(agent, 'Necesito mandar 6 palets, 3.800 kg, de Zaragoza a Valencia esta semana. ¿Cuánto cuesta?');
await runner.run(agent, [...r1.history, { role: 'user', content: 'Sí, confirma la reserva, recogida mañana a las 8.' }]);
writeTrace(here, 'trace.jsonl');
