// Despacho (logística, es-ES). The dispatch coordinator looks up the shipment (refrigerated,
// 2-8 °C) and delegates the truck booking to a fleet agent run as a tool, passing a written brief.
// The brief leaves the storage condition out; the fleet agent books a dry box.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const m = scriptedModel([
  // Coordinador
  { tool_calls: [{ name: 'consultar_envio', args: { codigo: 'ENV-77-3310' } }] },
  { tool_calls: [{ name: 'reservar_flota', args: { input:
      'Reserva un camión para el envío ENV-77-3310 (Farmacia Roldán, Calle Alcalá 212, Madrid): 6 bultos, 412 kg, '
      + 'entrega el jueves 10/12 entre las 07:00 y las 09:00.' } }] },
  // Reservas de flota (child run)
  { tool_calls: [{ name: 'reservar_camion', args: { codigo: 'ENV-77-3310', bultos: 6, peso_kg: 412,
      caja: 'seca', franja: '2026-12-10T07:00/09:00', destino: 'Calle Alcalá 212, Madrid' } }] },
  { content: 'Reserva FL-0915-22 confirmada: furgón de caja seca de 3,5 t, recogida jueves 10/12 a las 05:30, entrega 07:00-09:00.' },
  // Coordinador
  { content: 'Listo: el envío ENV-77-3310 va en la reserva FL-0915-22 (furgón de caja seca, 3,5 t). '
      + 'Recogida el jueves a las 05:30 y entrega en Farmacia Roldán entre las 07:00 y las 09:00.' },
], { seed: 'frio-despacho', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const consultarEnvio = tool({
  name: 'consultar_envio',
  description: 'Devuelve la ficha de un envío del almacén.',
  parameters: z.object({ codigo: z.string() }),
  execute: async ({ codigo }) => JSON.stringify({ codigo, cliente: 'Farmacia Roldán', destino: 'Calle Alcalá 212, Madrid',
    bultos: 6, peso_kg: 412, conservacion: 'refrigerado 2-8 °C (vacunas)', entrega: 'jueves 10/12 07:00-09:00' }),
});

const reservarCamion = tool({
  name: 'reservar_camion',
  description: 'Reserva un vehículo de la flota. caja: seca | frigorifica.',
  parameters: z.object({ codigo: z.string(), bultos: z.number(), peso_kg: z.number(), caja: z.enum(['seca', 'frigorifica']),
    franja: z.string(), destino: z.string() }),
  execute: async (a) => JSON.stringify({ reserva: 'FL-0915-22', vehiculo: a.caja === 'frigorifica' ? 'furgón frigorífico 3,5 t' : 'furgón caja seca 3,5 t',
    recogida: '2026-12-10T05:30', franja: a.franja, estado: 'confirmada' }),
});

const flota = new Agent({ name: 'Reservas de flota', model: m, tools: [reservarCamion],
  instructions: 'Reservas vehículos de la flota según el encargo que recibes. Elige la caja adecuada a la carga.' });

const coordinador = new Agent({ name: 'Coordinador de despacho', model: m,
  instructions: 'Coordinas los despachos del almacén de Getafe. Consulta la ficha del envío y encarga el transporte a Reservas de flota.',
  tools: [consultarEnvio, flota.asTool({ toolName: 'reservar_flota', toolDescription: 'Encarga una reserva de vehículo a Reservas de flota (texto libre).' })] });

const runner = new Runner({ groupId: 'desp_5f2c91e0', workflowName: 'Despacho Getafe', traceMetadata: { user: 'op.mgarcia' } });
await runner.run(coordinador, 'Necesito transporte para el envío ENV-77-3310 de esta semana, por favor.');

writeTrace(here, 'despacho-trace.jsonl');
