// Banca online (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration): el asistente de banca
// consulta los movimientos de la tarjeta y deriva la reclamación al agente de disputas, que se ejecuta
// como herramienta (un generateText anidado alimentado con los argumentos de la derivación).
// Run from the repository root: node bench/incidents/batch-a/vercel-cargo-no-reconocido-ww8/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  writeJsonl, scriptDir, context, trace, SpanKind,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({
  serviceName: 'banca-asistente-api',
  resource: { 'service.version': '3.14.2', 'deployment.environment': 'produccion', 'cloud.region': 'eu-south-2' },
  seed: 'cargo-no-reconocido',
});
const ids = makeIds('cargo-no-reconocido');
const cid = () => ids('call_', 24);

const SESSION = '5b2f9e61-3c0a-4d7e-9a41-0e6c2b8d7f13';
const CLIENTE = 'CLI-0048213';

const MOVIMIENTOS = [
  { id: 'TX-88213409', fecha: '2025-06-02', comercio: 'MERCADONA VALENCIA', canal: 'presencial', importe_eur: -63.18 },
  { id: 'TX-88213977', fecha: '2025-06-02', comercio: 'STREAMPLUS*SUSCRIPCION', canal: 'recurrente', importe_eur: -84.9 },
  { id: 'TX-88215120', fecha: '2025-06-03', comercio: 'AMZN MKTP ES*2K81Q', canal: 'online', importe_eur: -312.4, tres_ds: false },
  { id: 'TX-88216004', fecha: '2025-06-04', comercio: 'REPSOL E.S. 4471', canal: 'presencial', importe_eur: -58.0 },
];

// ---- agente de disputas (receptor) ----
const disputasTools = {
  listar_cargos_tarjeta: tool({
    description: 'Lista los cargos de los últimos 15 días de una tarjeta del cliente.',
    inputSchema: z.object({ cliente_id: z.string(), tarjeta_final: z.string() }),
    execute: async () => ({ tarjeta: '****4417', cargos: MOVIMIENTOS }),
  }),
  abrir_disputa: tool({
    description: 'Abre una disputa (chargeback) sobre un movimiento. Si el motivo es fraude, bloquea la tarjeta y pide reposición.',
    inputSchema: z.object({
      cliente_id: z.string(), movimiento_id: z.string(), importe_eur: z.number(),
      motivo: z.enum(['fraude_tarjeta_no_presente', 'suscripcion_no_autorizada', 'importe_incorrecto', 'producto_no_recibido']),
    }),
    execute: async ({ movimiento_id, importe_eur, motivo }) => ({
      disputa: 'DSP-2025-118204', estado: 'abierta', movimiento_id, abono_provisional_eur: importe_eur,
      tarjeta_bloqueada: motivo === 'fraude_tarjeta_no_presente', reposicion: motivo === 'fraude_tarjeta_no_presente' ? '5-7 días hábiles' : null,
      plazo_resolucion: '45 días',
    }),
  }),
};

async function agenteDisputas({ cliente_id, tarjeta_final, resumen }) {
  const model = scriptedModel({
    modelId: 'gpt-4o-mini', ids,
    replies: [
      { calls: [[cid(), 'listar_cargos_tarjeta', { cliente_id, tarjeta_final }]] },
      { calls: [[cid(), 'abrir_disputa', { cliente_id, movimiento_id: 'TX-88215120', importe_eur: 312.4, motivo: 'fraude_tarjeta_no_presente' }]] },
      'Disputa DSP-2025-118204 abierta sobre TX-88215120 (AMZN MKTP ES*2K81Q, 03/06/2025, 312,40 €), motivo fraude con tarjeta no presente: compra online sin 3DS. Abono provisional de 312,40 €. Tarjeta ****4417 bloqueada, reposición en 5-7 días hábiles. Resolución en un plazo máximo de 45 días.',
    ],
  });
  const r = await generateText({
    model,
    system: 'Eres el agente de disputas de Banco Levante. Recibes casos derivados por el asistente. Identifica el movimiento '
      + 'reclamado entre los cargos de la tarjeta y abre la disputa con el motivo adecuado. Devuelve un resumen para el asistente.',
    prompt: `Caso derivado. Cliente: ${cliente_id}. Tarjeta: ****${tarjeta_final}.\n${resumen}`,
    tools: disputasTools,
    stopWhen: stepCountIs(4),
    telemetry: { functionId: 'agente-disputas', integrations: [new OpenTelemetry()] },
  });
  return r.text;
}

// ---- asistente de banca (emisor) ----
const asistenteTools = {
  consultar_movimientos: tool({
    description: 'Consulta los movimientos recientes de una tarjeta del cliente.',
    inputSchema: z.object({ cliente_id: z.string(), tarjeta_final: z.string(), dias: z.number().int() }),
    execute: async () => ({ tarjeta: '****4417', movimientos: MOVIMIENTOS }),
  }),
  derivar_a_disputas: tool({
    description: 'Deriva el caso al agente de disputas, que abre la reclamación. Incluye en el resumen lo necesario para tramitarla.',
    inputSchema: z.object({ cliente_id: z.string(), tarjeta_final: z.string(), resumen: z.string() }),
    execute: async (input) => ({ respuesta_agente_disputas: await agenteDisputas(input) }),
  }),
};

const USER_MSG = 'Hola, me ha llegado un cargo de 84,90 € de STREAMPLUS que no reconozco, nunca me he suscrito a eso. '
  + 'Es la tarjeta acabada en 4417. Quiero reclamarlo, por favor.';

const asistente = scriptedModel({
  modelId: 'gpt-4o', ids,
  replies: [
    { calls: [[cid(), 'consultar_movimientos', { cliente_id: CLIENTE, tarjeta_final: '4417', dias: 30 }]] },
    { text: 'Veo el cargo en su tarjeta. Paso su caso a nuestro equipo de disputas.',
      calls: [[cid(), 'derivar_a_disputas', { cliente_id: CLIENTE, tarjeta_final: '4417',
        resumen: 'El cliente no reconoce un cargo reciente en su tarjeta y solicita abrir una reclamación por cargo no autorizado.' }]] },
    'Listo: hemos abierto la reclamación DSP-2025-118204 y le abonamos provisionalmente 312,40 € mientras se resuelve (máximo 45 días). '
      + 'Por seguridad su tarjeta acabada en 4417 ha quedado bloqueada; recibirá una nueva en 5-7 días hábiles. ¿Puedo ayudarle en algo más?',
  ],
});

const tracer = tracing.tracer;
await tracer.startActiveSpan('POST /v1/asistente/mensajes', { kind: SpanKind.SERVER, attributes: {
  'http.request.method': 'POST', 'url.path': '/v1/asistente/mensajes', 'session.id': SESSION, 'user.id': CLIENTE,
} }, async (span) => {
  await generateText({
    model: asistente,
    system: 'Eres el asistente virtual de Banco Levante. Atiendes a clientes identificados en la app. Para reclamaciones de '
      + 'cargos usa derivar_a_disputas. Responde en español, con tono cercano.',
    messages: [{ role: 'user', content: USER_MSG }],
    tools: asistenteTools,
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'asistente-banca', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});

writeJsonl(out, 'traces.jsonl', [await tracing.flush()]);
console.log(`wrote ${out}/traces.jsonl`);
