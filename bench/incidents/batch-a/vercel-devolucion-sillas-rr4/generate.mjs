// Atención al cliente de una tienda de muebles (Vercel AI SDK v7, integración OpenTelemetry de @ai-sdk/otel,
// modelos simulados, sin red). Dos turnos del cliente en la misma conversación; el agente de atención
// delega los reembolsos en un agente de reembolsos (otro generateText dentro de la herramienta
// `derivar_a_reembolsos`). La app envuelve cada petición en su propio span con `session.id`.
// Escribe otlp-spans.jsonl (una petición OTLP/JSON por turno).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z,
  writeJsonl, scriptDir, sleep, SpanKind, SpanStatusCode,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'soporte-tienda', resource: { 'deployment.environment': 'produccion' }, seed: 'sillas-rr4' });
const ids = makeIds('sillas-rr4');

const CONV = 'conv_01J0ZK4M7QH2V8XN3BDRT6WC5E';
const CLIENTE = 'cli-20931';

const PEDIDO = {
  pedido_id: 'PED-7734-ES',
  fecha: '2024-05-29',
  estado: 'entregado',
  entregado_el: '2024-06-04',
  lineas: [{ sku: 'SIL-NRD-OAK', descripcion: 'Silla Nórdica roble natural', cantidad: 3, precio_unitario: 129.9 }],
  gastos_envio: 0,
  total: 389.7,
  moneda: 'EUR',
};

const consultar_pedido = tool({
  description: 'Devuelve el detalle de un pedido: líneas, estado de entrega y total.',
  inputSchema: z.object({ pedido_id: z.string() }),
  execute: async () => PEDIDO,
});

// ---- agente de reembolsos ----
const obtener_cobros_pedido = tool({
  description: 'Cobros asociados a un pedido (importe, medio de pago).',
  inputSchema: z.object({ pedido_id: z.string() }),
  execute: async ({ pedido_id }) => ({
    pedido_id, cobros: [{ cobro_id: 'CHG-9F21A7', importe: 389.7, moneda: 'EUR', medio: 'Visa ****4417', fecha: '2024-05-29' }],
    reembolsado_hasta_ahora: 0,
  }),
});
const emitir_reembolso = tool({
  description: 'Emite un reembolso al medio de pago original. importe en EUR, como máximo lo cobrado.',
  inputSchema: z.object({ pedido_id: z.string(), cobro_id: z.string(), importe: z.number(), motivo: z.string() }),
  execute: async ({ pedido_id, cobro_id, importe, motivo }) => ({
    reembolso_id: 'RE-558203', pedido_id, cobro_id, importe, moneda: 'EUR', motivo, estado: 'emitido', plazo: '3-5 días hábiles',
  }),
});

const r = (p) => ids(p, 24);
const [c1, c2, c3, c4] = [r('call_'), r('call_'), r('call_'), r('call_')];

const modeloReembolsos = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-mini', ids,
  replies: [
    { calls: [[c3, 'obtener_cobros_pedido', { pedido_id: 'PED-7734-ES' }]] },
    { calls: [[c4, 'emitir_reembolso', { pedido_id: 'PED-7734-ES', cobro_id: 'CHG-9F21A7', importe: 389.7, motivo: 'articulo_danado_transporte' }]] },
    'Reembolso RE-558203 emitido a Visa ****4417 (cobro CHG-9F21A7), estado: emitido. El cliente lo verá en 3-5 días hábiles.',
  ],
});

const derivar_a_reembolsos = tool({
  description: 'Deriva la gestión de un reembolso al agente de reembolsos. Describe en `tarea` lo que hay que hacer.',
  inputSchema: z.object({ pedido_id: z.string(), tarea: z.string() }),
  execute: async ({ pedido_id, tarea }) => {
    const res = await generateText({
      model: modeloReembolsos,
      system: 'Eres el agente de reembolsos de Casa Roble. Ejecuta la tarea que te deriva el agente de atención: '
        + 'consulta los cobros del pedido y emite el reembolso correspondiente al medio de pago original. '
        + 'Responde con el identificador del reembolso y su estado.',
      prompt: `Pedido ${pedido_id}. ${tarea}`,
      tools: { obtener_cobros_pedido, emitir_reembolso },
      stopWhen: stepCountIs(5),
      telemetry: { functionId: 'agente_reembolsos', integrations: [new OpenTelemetry()] },
    });
    return { resultado: res.text };
  },
});

const modeloAtencion = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o', ids,
  replies: [
    // Turno 1
    { calls: [[c1, 'consultar_pedido', { pedido_id: 'PED-7734-ES' }]] },
    'Siento mucho lo de la silla. Veo tu pedido PED-7734-ES: 3 sillas Nórdica de roble a 129,90 € cada una, entregado el 4 de junio. '
      + 'Te puedo tramitar el reembolso de la silla dañada, 129,90 €, al mismo medio de pago, y te quedas las otras dos. ¿Lo confirmas?',
    // Turno 2
    { calls: [[c2, 'derivar_a_reembolsos', { pedido_id: 'PED-7734-ES', tarea: 'Artículo dañado en el transporte (llegó roto). El cliente confirma el reembolso al medio de pago original.' }]] },
    '¡Hecho! Ya está emitido el reembolso RE-558203 a tu Visa terminada en 4417; lo verás en 3-5 días hábiles. '
      + 'No hace falta que devuelvas la silla rota: puedes desecharla. ¿Te ayudo con algo más?',
  ],
});

const SYSTEM = 'Eres el asistente de atención al cliente de Casa Roble (muebles). Tuteas al cliente. '
  + 'Para reembolsos, confirma primero con el cliente lo que se reembolsa y después deriva al agente de reembolsos.';

const historial = [];
const lines = [];
const mensajes = [
  'Hola, el pedido PED-7734-ES llegó ayer y una de las tres sillas viene con la pata partida. Las otras dos están perfectas y me las quedo; solo quiero que me devolváis el dinero de la rota.',
  'Sí, confirmo. Al mismo medio de pago, gracias.',
];
for (const texto of mensajes) {
  historial.push({ role: 'user', content: texto });
  await tracer.startActiveSpan('POST /api/soporte/mensajes', { kind: SpanKind.SERVER, attributes: {
    'http.request.method': 'POST', 'http.route': '/api/soporte/mensajes', 'session.id': CONV, 'enduser.id': CLIENTE,
  } }, async (span) => {
    const res = await generateText({
      model: modeloAtencion,
      system: SYSTEM,
      messages: historial,
      tools: { consultar_pedido, derivar_a_reembolsos },
      stopWhen: stepCountIs(4),
      telemetry: { functionId: 'agente_atencion', integrations: [new OpenTelemetry()] },
    });
    historial.push(...res.response.messages);
    span.setAttribute('http.response.status_code', 200);
    span.setStatus({ code: SpanStatusCode.OK });
    span.end();
  });
  lines.push(await flush());
  await sleep(60);
}
writeJsonl(out, 'otlp-spans.jsonl', lines);
console.log(`wrote ${lines.length} requests to ${out}/otlp-spans.jsonl`);
