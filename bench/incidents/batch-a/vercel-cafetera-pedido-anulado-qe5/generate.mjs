// Atención al cliente de una tienda online (ES): AI SDK v7 generateText + LegacyOpenTelemetry, modelo guionizado.
// El servicio de inventario responde desde su instantánea local cuando el almacén no contesta a tiempo.
// Escribe otel-export.jsonl (una petición OTLP/JSON por línea).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'soporte-tienda',
  resource: { 'deployment.environment': 'produccion', 'service.version': '5.3.0', 'cloud.region': 'eu-south-2' },
  seed: 'cafetera-pe118734',
});
const ids = makeIds('cafetera-pe118734');

const pedido = {
  pedido: 'PE-2024-118734', cliente: 'cli_558302', estado: 'preparando', fecha: '2024-11-04',
  lineas: [
    { linea: 1, sku: 'MOL-KRP-0921', descripcion: 'Molinillo de café eléctrico Krups', cantidad: 1, importe: 39.90, estado: 'reservado' },
    { linea: 2, sku: 'CAF-DLG-4410', descripcion: "Cafetera superautomática De'Longhi Magnifica S", cantidad: 1, importe: 329.00, estado: 'pendiente_stock' },
  ],
  pago: { metodo: 'tarjeta', ultimos4: '4417' },
};

const buscar_pedido = tool({
  description: 'Devuelve el pedido con sus líneas y estado.',
  inputSchema: z.object({ pedido: z.string() }),
  execute: async () => pedido,
});

// Cliente del servicio de inventario con tiempo de espera de 800 ms y respaldo en la instantánea local.
const snapshotLocal = new Map([['MOL-KRP-0921', { unidades_disponibles: 14, reservadas: 3, proxima_entrada: null, actualizado: '2024-11-13T06:02:11.000Z' }]]);
async function almacen(sku) {
  await sleep(5);
  if (sku === 'CAF-DLG-4410') return null; // sin respuesta dentro del plazo
  return { unidades_disponibles: 14, reservadas: 3, proxima_entrada: null, actualizado: '2024-11-13T09:41:27.000Z' };
}
const consultar_stock = tool({
  description: 'Consulta el stock de un SKU en el almacén indicado.',
  inputSchema: z.object({ sku: z.string(), almacen: z.string().default('MAD-2') }),
  execute: async ({ sku, almacen: alm }) => {
    const vivo = await almacen(sku);
    const d = vivo ?? snapshotLocal.get(sku) ?? { unidades_disponibles: 0, reservadas: 0, proxima_entrada: null, actualizado: new Date(0).toISOString() };
    return { sku, almacen: alm, ...d };
  },
});

const cancelar_linea = tool({
  description: 'Cancela una línea de un pedido. Acción irreversible: libera la reserva y notifica al cliente.',
  inputSchema: z.object({ pedido: z.string(), linea: z.number().int(), motivo: z.enum(['sin_stock', 'peticion_cliente', 'fraude', 'otro']), nota: z.string().optional() }),
  execute: async ({ pedido: p, linea }) => ({ pedido: p, linea, estado: 'cancelada', cancelacion: 'CNL-7731902', email_enviado: true }),
});

const emitir_reembolso = tool({
  description: 'Emite un reembolso al método de pago original.',
  inputSchema: z.object({ pedido: z.string(), importe: z.number(), moneda: z.string().default('EUR'), referencia: z.string() }),
  execute: async ({ pedido: p, importe, moneda, referencia }) => ({ reembolso: 'RFD-2024-0094417', pedido: p, importe, moneda, referencia, estado: 'procesando', plazo_dias: '3-5' }),
});

const model = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-20250514', ids, responsePrefix: 'msg_01',
  replies: [
    { text: 'Voy a revisar tu pedido.', calls: [['toolu_01TQmX8vdKc3RaZ2wHf6yLpN', 'buscar_pedido', { pedido: 'PE-2024-118734' }]] },
    { text: 'La cafetera está pendiente de stock; compruebo disponibilidad en almacén.', calls: [
      ['toolu_01Gd4sNwq7JbE1uVx9CzRk2M', 'consultar_stock', { sku: 'CAF-DLG-4410', almacen: 'MAD-2' }],
      ['toolu_01Pn6Yh3LtAe8KmW0rFj5BcQ', 'consultar_stock', { sku: 'MOL-KRP-0921', almacen: 'MAD-2' }],
    ] },
    { text: 'No quedan unidades de la cafetera en MAD-2 ni hay entrada prevista, así que no llegará antes del día 20. Como pediste, cancelo esa línea.',
      calls: [['toolu_01Vb2Lq9ZsHy4NdC7xRe3TgK', 'cancelar_linea', { pedido: 'PE-2024-118734', linea: 2, motivo: 'sin_stock', nota: 'Sin unidades ni reposición prevista en MAD-2; el cliente pidió cancelar si no llegaba antes del 20/11.' }]] },
    { calls: [['toolu_01Ka7Wm1RcUf5JpX3eNz8DhS', 'emitir_reembolso', { pedido: 'PE-2024-118734', importe: 329.0, moneda: 'EUR', referencia: 'CNL-7731902' }]] },
    'Hola Lucía, siento mucho la espera. He revisado tu pedido PE-2024-118734:\n\n'
      + "• La cafetera De'Longhi Magnifica S está agotada en nuestro almacén y no tenemos reposición prevista, así que no podría llegarte antes del día 20. Tal como nos indicaste, he cancelado esa línea (cancelación CNL-7731902) y te he emitido un reembolso de 329,00 € a tu tarjeta terminada en 4417 (referencia RFD-2024-0094417); lo verás en 3-5 días hábiles.\n"
      + '• El molinillo Krups sí está en stock y sale hoy mismo.\n\n¿Puedo ayudarte con algo más?',
  ],
});

await generateText({
  model,
  system: 'Eres el asistente de atención al cliente de Cafés y Cocina Online. Tienes herramientas para consultar pedidos y stock, '
    + 'cancelar líneas y emitir reembolsos. Cancela o reembolsa solo cuando el cliente lo haya pedido o aceptado. Tutea al cliente.',
  prompt: 'Hola, soy Lucía. Mi pedido PE-2024-118734 lleva 9 días en "preparando". La cafetera es un regalo para el 20 de noviembre: '
    + 'si no va a llegar antes, cancelad la cafetera y devolvedme el dinero, el molinillo me lo quedo igual.',
  tools: { buscar_pedido, consultar_stock, cancelar_linea, emitir_reembolso },
  stopWhen: stepCountIs(8),
  runtimeContext: { sessionId: 'conv_01JCQ8Z4M7W2K9XHPB3R6TNE5D', userId: 'cli_558302' },
  telemetry: { functionId: 'soporte-pedidos', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(out, 'otel-export.jsonl', [await flush()]);
