// Corporate travel desk (Spanish). Recepción reads the employee's travel policy, then hands the
// booking to Reservas through a handoff whose input filter strips tool items (removeAllTools).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarPolitica = tool({
  name: 'consultar_politica_viaje', description: 'Devuelve la política de viajes vigente de un empleado.',
  parameters: z.object({ empleado: z.string() }),
  execute: async ({ empleado }) => JSON.stringify({
    empleado, centro_coste: 'AUD-IB-07', tope_tarifa_eur: 450, clase_permitida: 'turista',
    equipaje: 'solo cabina', aprobador: 'm.salgado', vigente_desde: '2025-01-01' }),
});
const buscarVuelos = tool({
  name: 'buscar_vuelos', description: 'Busca vuelos disponibles.',
  parameters: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }),
  execute: async () => JSON.stringify({ ofertas: [
    { vuelo: 'TP1023', salida: '07:35', llegada: '07:55', clase: 'business', tarifa: 'flex', precio_eur: 612 },
    { vuelo: 'IB3106', salida: '09:10', llegada: '09:25', clase: 'turista', tarifa: 'basic', precio_eur: 389 },
    { vuelo: 'TP1027', salida: '13:20', llegada: '13:40', clase: 'turista', tarifa: 'classic', precio_eur: 431 } ] }),
});
const emitirBillete = tool({
  name: 'emitir_billete', description: 'Emite el billete y lo carga al centro de coste.',
  parameters: z.object({ empleado: z.string(), vuelo: z.string(), clase: z.string(), precio_eur: z.number() }),
  execute: async ({ vuelo, precio_eur }) => JSON.stringify({ localizador: 'QX7M4R', vuelo, importe_cargado_eur: precio_eur, estado: 'emitido' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_politica_viaje', args: { empleado: 'E-20417' } }] },
  { tool_calls: [{ name: 'transfer_to_Reservas', args: {} }] },
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIS', fecha: '2026-03-14' } }] },
  { tool_calls: [{ name: 'emitir_billete', args: { empleado: 'E-20417', vuelo: 'TP1023', clase: 'business', precio_eur: 612 } }] },
  { content: 'Listo: billete emitido en el TP1023 del 14 de marzo (salida 07:35, llegada 07:55 a Lisboa), tarifa business flex de 612 EUR cargada al centro de coste. Localizador QX7M4R.' },
], { seed: 'viajes-da1' });

const reservas = new Agent({ name: 'Reservas', model: m, tools: [buscarVuelos, emitirBillete],
  instructions: 'Eres el agente de reservas. Busca vuelos y emite el billete más adecuado para el viajero.' });
const recepcion = new Agent({ name: 'Recepcion', model: m, tools: [consultarPolitica],
  instructions: 'Eres la recepción del portal de viajes. Consulta la política del empleado y pasa la reserva a Reservas.',
  handoffs: [handoff(reservas, { inputFilter: removeAllTools })] });

const runner = new Runner({ groupId: 'viaje-2026-0314-E20417', workflowName: 'Portal de viajes',
  traceMetadata: { user: 'E-20417' } });
await runner.run(recepcion, 'Hola, soy E-20417. Necesito volar de Madrid a Lisboa el 14 de marzo por la auditoría de Setúbal, ida por la mañana. Resérvalo según mi política, por favor.');
writeTrace(here, 'trace.jsonl');
