// Tienda online de material de montaña: asistente de devoluciones. La API de pedidos falla una vez
// por un timeout del gateway y responde bien en el segundo intento. Sin red: el modelo es un
// endpoint falso con guion (harness/agents/lib.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let llamadas = 0;
const buscarPedido = tool({
  name: 'buscar_pedido',
  description: 'Consulta un pedido en el OMS: artículos, importes, medio de pago y plazo de devolución.',
  parameters: z.object({ pedido: z.string() }),
  errorFunction: (_ctx, err) => `Error: ${err.message}`,
  execute: async ({ pedido }) => {
    llamadas += 1;
    if (llamadas === 1) throw new Error('pedidos-api: 504 Gateway Timeout (upstream oms-eu-west no respondió en 30000 ms)');
    return JSON.stringify({
      pedido, cliente: 'CL-660193', estado: 'entregado', entregado_el: '2025-04-02',
      devolucion_hasta: '2025-05-02', pagado_con: 'VISA •••• 4417',
      articulos: [
        { sku: 'ZP-TRL-MONT-42', descripcion: 'Zapatillas trail Montaña, talla 42', cantidad: 1, precio: '89,95 €' },
        { sku: 'CAL-MER-M', descripcion: 'Calcetines merino, talla M', cantidad: 2, precio: '12,00 €' },
      ],
    });
  },
});

const crearDevolucion = tool({
  name: 'crear_devolucion',
  description: 'Abre una devolución para un artículo de un pedido y genera la etiqueta de envío.',
  parameters: z.object({ pedido: z.string(), sku: z.string(), motivo: z.string(), reembolso_a: z.enum(['medio_pago_original', 'vale']) }),
  execute: async ({ pedido, sku }) => JSON.stringify({
    devolucion: 'DEV-2025-88120', pedido, sku, importe_reembolso: 89.95, moneda: 'EUR',
    coste_envio_devolucion: 0, nota_coste: 'gratuita (cliente Club Cumbre)',
    etiqueta: 'https://devoluciones.cumbreshop.es/etq/DEV-2025-88120.pdf', recogida: 'cualquier punto Celeritas hasta 2025-05-02' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'buscar_pedido', args: { pedido: 'A-5512' } }] },
  { content: 'Un momento, el sistema de pedidos no ha respondido a tiempo; lo vuelvo a intentar.',
    tool_calls: [{ name: 'buscar_pedido', args: { pedido: 'A-5512' } }] },
  { tool_calls: [{ name: 'crear_devolucion', args: { pedido: 'A-5512', sku: 'ZP-TRL-MONT-42', motivo: 'talla pequeña', reembolso_a: 'medio_pago_original' } }] },
  { content: '¡Listo, Lucía! He abierto la devolución DEV-2025-88120 de las zapatillas trail Montaña (talla 42) del pedido A-5512. Como eres del Club Cumbre, el envío de la devolución no te cuesta nada. Descarga la etiqueta aquí: https://devoluciones.cumbreshop.es/etq/DEV-2025-88120.pdf y deja el paquete en cualquier punto Celeritas antes del 2 de mayo. En cuanto lo recibamos te reembolsamos 89,95 € en tu VISA acabada en 4417.' },
], { seed: 'cumbre-soporte-0c88e2' });

const agent = new Agent({
  name: 'Devoluciones',
  instructions: 'Eres el asistente de devoluciones de CumbreShop. Tutea al cliente. Consulta siempre el pedido antes de abrir una devolución y no inventes importes ni plazos.',
  model, tools: [buscarPedido, crearDevolucion],
});

await new Runner({ groupId: 'cumbre-soporte-0c88e2', workflowName: 'Soporte CumbreShop', traceMetadata: { user_id: 'CL-660193', idioma: 'es-ES' } })
  .run(agent, 'Hola, soy Lucía. Quiero devolver las zapatillas del pedido A-5512, me quedan pequeñas. ¿Me devolvéis el dinero a la tarjeta?');

writeTrace(here, 'soporte.jsonl');
