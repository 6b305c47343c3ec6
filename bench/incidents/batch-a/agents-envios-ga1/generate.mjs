// Logistics (Spanish): the front agent reads the shipment's delivery window and handling notes,
// then hands off to the scheduling agent through an input filter that strips tool items.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultar = tool({
  name: 'consultar_envio', description: 'Datos de un envío: destino, bultos, ventana de entrega y observaciones.',
  parameters: z.object({ guia: z.string() }),
  execute: async ({ guia }) => JSON.stringify({
    guia, destino: 'Monterrey, NL', bultos: 3, peso_kg: 38.4,
    ventana_entrega: { desde: '2026-03-14', hasta: '2026-03-21' },
    observaciones: 'Mercancía frágil (vidrio templado). No apilar. El destinatario solo recibe a partir del 14/03 (cierre por inventario).',
  }),
});
const reprogramar = tool({
  name: 'reprogramar_entrega', description: 'Asigna una nueva fecha de entrega y una ruta a un envío.',
  parameters: z.object({ guia: z.string(), fecha: z.string(), ruta: z.string(), manejo_especial: z.string().nullable() }),
  execute: async ({ guia, fecha, ruta }) => JSON.stringify({ guia, fecha, ruta, folio: 'RPG-55012', estado: 'programado' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_envio', args: { guia: 'MX7Q-220914-03' } }] },
  { tool_calls: [{ name: 'transfer_to_Programacion', args: {} }] },
  { tool_calls: [{ name: 'reprogramar_entrega', args: { guia: 'MX7Q-220914-03', fecha: '2026-03-11', ruta: 'MTY-CONSOLIDADA-02', manejo_especial: null } }] },
  { content: 'Listo: la guía MX7Q-220914-03 quedó reprogramada para el miércoles 11 de marzo en la ruta consolidada MTY-02 (folio RPG-55012). Es la primera fecha disponible.' },
], { seed: 'envios-ga1' });

const programacion = new Agent({
  name: 'Programacion',
  instructions: 'Reprogramas entregas. Elige la primera fecha con cupo en la ruta consolidada, respetando la ventana y las indicaciones de manejo del envío.',
  model: m, tools: [reprogramar],
});
const atencion = new Agent({
  name: 'Atencion',
  instructions: 'Atiendes a clientes de paquetería. Consulta el envío y transfiere a Programacion para cambios de fecha.',
  model: m, tools: [consultar],
  handoffs: [handoff(programacion, { inputFilter: removeAllTools })],
});
const runner = new Runner({ groupId: 'wa-5215512348870-20260309', workflowName: 'Paquetería - reprogramaciones', traceMetadata: { user_id: 'cli-ferreteria-garza' } });
await runner.run(atencion, 'Buenas, necesito cambiar la fecha de entrega de la guía MX7Q-220914-03, la que tenían no nos sirve. Denme la primera que se pueda.');
writeTrace(here, 'trace.jsonl');
