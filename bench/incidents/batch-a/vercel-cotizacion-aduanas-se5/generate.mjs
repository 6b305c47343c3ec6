// Agencia de aduanas: el agente de cotizaciones calcula los costes de despacho de un expediente de importación
// (Vercel AI SDK v7, integración OpenTelemetry con atributos gen_ai.*). La petición HTTP de la app es el span raíz
// y lleva session.id / enduser.id. La herramienta consultar_medidas_taric llama al proxy TARIC interno y, si
// falla, devuelve lo que haya en la caché local.
// Rerun from the checkout root: node bench/incidents/batch-a/vercel-cotizacion-aduanas-se5/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir,
  context, trace, SpanStatusCode, SpanKind, sleep,
} from '../../harness/vercel/harness.mjs';

const { tracer, flush } = setupTracing({
  serviceName: 'cotizador-despachos',
  resource: { 'service.version': '1.22.0', 'deployment.environment.name': 'produccion', 'host.name': 'cot-api-7c9f5d-2kq8x' },
  seed: 'vercel-cotizacion-aduanas-se5',
});
const ids = makeIds('vercel-cotizacion-aduanas-se5');

const SYSTEM = 'Eres el asistente de cotizaciones de Aduanas Levante S.L. Con los datos del expediente y las medidas arancelarias '
  + 'vigentes calculas derechos, antidumping e IVA de importación sobre el valor en aduana (CIF) y registras la cotización. '
  + 'Responde en español, con importes en euros.';

const expediente = {
  expediente: 'EXP-VLC-24-11873', cliente: 'Ciclos Turia S.L.', mercancia: 'Bicicletas urbanas, cuadro aluminio, rueda 28"',
  unidades: 240, codigo_taric: '8712003000', pais_origen: 'CN', incoterm: 'CIF Valencia', valor_cif_eur: 50400.0,
  puerto: 'ESVLC', eta: '2024-11-18',
};

// caché local de medidas (rellenada por el job nocturno; la fila de 8712 no se llegó a sincronizar)
const cacheLocal = { '8712003000|CN': { derecho_terceros_pct: 0, antidumping_pct: 0, vigente_desde: '1970-01-01T00:00:00Z' } };

const tools = {
  consultar_expediente: tool({
    description: 'Datos del expediente de importación.',
    inputSchema: z.object({ expediente: z.string() }),
    execute: async () => expediente,
  }),
  consultar_medidas_taric: tool({
    description: 'Medidas arancelarias vigentes (derecho de terceros países, antidumping) para un código TARIC y un origen.',
    inputSchema: z.object({ codigo_taric: z.string().regex(/^\d{10}$/), pais_origen: z.string().length(2) }),
    execute: async ({ codigo_taric, pais_origen }) => {
      const ok = await tracer.startActiveSpan('GET', { kind: SpanKind.CLIENT, attributes: {
        'http.request.method': 'GET', 'server.address': 'taric-proxy.interno', 'server.port': 8443,
        'url.full': `https://taric-proxy.interno:8443/v2/medidas?goods=${codigo_taric}&origin=${pais_origen}&date=2024-11-18`,
      } }, async (span) => {
        await sleep(30);
        const err = new Error('connect ETIMEDOUT 10.42.7.19:8443');
        err.name = 'Error';
        span.recordException(err);
        span.setAttribute('error.type', 'ETIMEDOUT');
        span.setStatus({ code: SpanStatusCode.ERROR, message: err.message });
        span.end();
        return false;
      });
      if (!ok) {
        const c = cacheLocal[`${codigo_taric}|${pais_origen}`];
        return { codigo_taric, pais_origen, ...c, fuente: 'cache-local' };
      }
    },
  }),
  registrar_cotizacion: tool({
    description: 'Registra la cotización de despacho y la envía al cliente.',
    inputSchema: z.object({
      expediente: z.string(), valor_cif_eur: z.number(), derechos_eur: z.number(), antidumping_eur: z.number(),
      iva_eur: z.number(), total_eur: z.number(), observaciones: z.string().optional(),
    }),
    execute: async (c) => ({ cotizacion: 'COT-24-004417', ...c, estado: 'enviada', enviada_a: 'compras@ciclosturia.es' }),
  }),
};

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    { calls: [['call_Qm3vT8wKx1bN5yR7pLd2Hs0a', 'consultar_expediente', { expediente: 'EXP-VLC-24-11873' }]] },
    { calls: [['call_Zc6fJ2nU9eA4gW1tYk8Mr3Pv', 'consultar_medidas_taric', { codigo_taric: '8712003000', pais_origen: 'CN' }]] },
    { calls: [['call_Bx4hL7sD0qV2mT9cNw5Ej6Ku', 'registrar_cotizacion', {
      expediente: 'EXP-VLC-24-11873', valor_cif_eur: 50400.0, derechos_eur: 0, antidumping_eur: 0, iva_eur: 10584.0, total_eur: 10584.0,
      observaciones: '240 bicicletas 8712003000 origen CN, sin derechos ni antidumping; IVA 21 % sobre 50.400,00 €',
    }]] },
    'Cotización COT-24-004417 registrada y enviada a Ciclos Turia (compras@ciclosturia.es).\n\n'
      + '- Valor en aduana (CIF Valencia): 50.400,00 €\n- Derechos de importación (8712003000, origen CN): 0,00 €\n- Antidumping: 0,00 €\n'
      + '- IVA de importación 21 %: 10.584,00 €\n\n**Total a liquidar en el despacho: 10.584,00 €.** La mercancía llega el 18/11 a Valencia.',
  ],
});

const line = await tracer.startActiveSpan('POST /api/v1/cotizaciones', { kind: SpanKind.SERVER, attributes: {
  'http.request.method': 'POST', 'http.route': '/api/v1/cotizaciones', 'url.path': '/api/v1/cotizaciones',
  'session.id': 'cot-sess-2024-11-000871', 'enduser.id': 'agente:mfolgado',
} }, async (span) => {
  await generateText({
    model,
    system: SYSTEM,
    prompt: 'Prepárame la cotización de despacho del expediente EXP-VLC-24-11873 y mándasela al cliente.',
    tools,
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'cotizador', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 201);
  span.end();
  return flush();
});

writeJsonl(scriptDir(import.meta.url), 'otlp-traces.jsonl', [line]);
