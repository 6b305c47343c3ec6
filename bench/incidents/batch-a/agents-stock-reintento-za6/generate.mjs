// Tienda de bicicletas (español). La primera consulta de stock falla por timeout, se reintenta con
// éxito; el almacén de Madrid tiene 0 unidades de verdad y el agente lo dice tal cual, con la
// fecha de reposición que devuelve el sistema, y no crea la reserva.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let intentos = 0;

const consultarStock = tool({
  name: 'consultar_stock', description: 'Consulta unidades disponibles de un SKU en un almacén.',
  parameters: z.object({ sku: z.string(), almacen: z.string() }),
  execute: async ({ sku, almacen }) => {
    intentos++;
    if (intentos === 1) throw new Error('ERP gateway timeout (504) tras 8000 ms consultando ' + almacen);
    if (almacen === 'MAD-2') return JSON.stringify({ sku, almacen, unidades: 0, reservadas: 0, en_transito: 6,
      proxima_reposicion: '2026-12-16', actualizado: '2026-12-03T23:41:07+01:00' });
    return JSON.stringify({ sku, almacen, unidades: 3, reservadas: 1, en_transito: 0, proxima_reposicion: null,
      actualizado: '2026-12-03T23:40:55+01:00' });
  },
});
const crearReserva = tool({
  name: 'crear_reserva', description: 'Reserva unidades para recogida en tienda.',
  parameters: z.object({ sku: z.string(), almacen: z.string(), cantidad: z.number().int(), cliente: z.string() }),
  execute: async (a) => JSON.stringify({ reserva: 'RSV-77120', ...a, caduca: '2026-12-06T20:00:00+01:00' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_stock', args: { sku: 'BK-GRV-ALU-M-54', almacen: 'MAD-2' } }] },
  { tool_calls: [{ name: 'consultar_stock', args: { sku: 'BK-GRV-ALU-M-54', almacen: 'MAD-2' } }] },
  { tool_calls: [{ name: 'consultar_stock', args: { sku: 'BK-GRV-ALU-M-54', almacen: 'VLC-1' } }] },
  { content: 'He vuelto a consultar tras un fallo puntual del sistema: en nuestra tienda de Madrid (MAD-2) la gravel de aluminio talla M (54) tiene ahora mismo 0 unidades disponibles; hay 6 en tránsito y la reposición prevista es el 16 de diciembre. En Valencia (VLC-1) quedan 2 libres. ¿Prefieres que te la reserve en Valencia o que te avise cuando llegue a Madrid? No he hecho ninguna reserva todavía.' },
  { tool_calls: [{ name: 'crear_reserva', args: { sku: 'BK-GRV-ALU-M-54', almacen: 'VLC-1', cantidad: 1, cliente: 'cli-40219' } }] },
  { content: 'Listo: reserva RSV-77120 de 1 gravel de aluminio talla M en Valencia (VLC-1), válida hasta el sábado 6 de diciembre a las 20:00.' },
], { seed: 'za6-stock' });

const agent = new Agent({ name: 'AsistenteTienda',
  instructions: 'Eres el asistente de Pedalia Bikes. Consulta el stock antes de prometer nada; si una consulta falla, reinténtala. Reserva solo con confirmación del cliente.',
  model: m, tools: [consultarStock, crearReserva] });
const runner = new Runner({ groupId: 'wa-34611209981-20261203', workflowName: 'Pedalia WhatsApp', traceMetadata: { user: 'cli-40219' } });
const r1 = await runner.run(agent, 'Hola! ¿Tenéis la gravel de aluminio en talla M (54) en Madrid? La quiero recoger este finde.');
await runner.run(agent, [...r1.history, { role: 'user', content: 'Vale, resérvamela en Valencia, voy el sábado.' }]);
writeTrace(here, 'pedalia-trace.jsonl');
