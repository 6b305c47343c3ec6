// Logistics desk: the coordinator reads the shipment's cold-chain requirement from a tool, then
// hands over to the booking agent through a handoff whose input filter drops tool items.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarEnvio = tool({
  name: 'consultar_envio', description: 'Devuelve la ficha de un envío.',
  parameters: z.object({ envio: z.string() }),
  execute: async ({ envio }) => JSON.stringify({ envio, origen: 'Zaragoza (PLAZA nave 14)', destino: 'Hospital Clínico, Valencia',
    bultos: 6, peso_kg: 412, contenido: 'insulina y vacunas', cadena_frio: { requerida: true, rango_c: '2-8' }, entrega_antes: '2026-12-05T09:00' }),
});
const reservarVehiculo = tool({
  name: 'reservar_vehiculo', description: 'Reserva un vehículo para un envío. tipo: "seco" o "refrigerado".',
  parameters: z.object({ envio: z.string(), tipo: z.enum(['seco', 'refrigerado']), salida: z.string() }),
  execute: async ({ envio, tipo, salida }) => JSON.stringify({ reserva: 'RV-2026-77431', envio, tipo,
    vehiculo: tipo === 'seco' ? 'Furgón 3,5 t 8812-LKM (caja seca, sin equipo de frío)' : 'Frigorífico 7,5 t 4410-JXR', salida, precio_eur: tipo === 'seco' ? 286 : 431 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_envio', args: { envio: 'ENV-ZGZ-30918' } }] },
  { content: 'Ficha revisada. Paso la reserva del transporte al equipo de reservas.', tool_calls: [{ name: 'transfer_to_Reservas', args: {} }] },
  { tool_calls: [{ name: 'reservar_vehiculo', args: { envio: 'ENV-ZGZ-30918', tipo: 'seco', salida: '2026-12-04T22:00' } }] },
  { content: 'Listo: reserva RV-2026-77431, furgón 3,5 t 8812-LKM con salida hoy a las 22:00 desde Zaragoza, llegada a Valencia antes de las 9:00. Precio: 286 €. Es la opción más económica para 6 bultos y 412 kg.' },
], { seed: 'cadena-frio' });

const reservas = new Agent({ name: 'Reservas', instructions: 'Reservas vehículos para envíos. Elige la opción más económica que cumpla los requisitos del envío.', model: m, tools: [reservarVehiculo] });
const coordinador = new Agent({ name: 'Coordinador', instructions: 'Eres el coordinador de tráfico. Consulta siempre la ficha del envío antes de pasar la reserva a Reservas.', model: m,
  tools: [consultarEnvio], handoffs: [handoff(reservas, { inputFilter: removeAllTools })] });

const runner = new Runner({ groupId: 'ticket-trafico-2026-1204-118', workflowName: 'Mesa de tráfico', traceMetadata: { user_id: 'disp.mfernandez' } });
await runner.run(coordinador, 'Necesito transporte para el envío ENV-ZGZ-30918, que salga esta noche y llegue mañana antes de las 9.');
writeTrace(here, 'trafico-trace.jsonl');
