// Asistente de siniestros de hogar (WhatsApp) que encarga la liquidación a un agente liquidador.
// Vercel AI SDK v7 (`ai` 7.0.173) con la integración LegacyOpenTelemetry de @ai-sdk/otel (atributos ai.*),
// modelos guionizados (sin red, sin claves). El liquidador es una segunda llamada a generateText dentro
// de la herramienta encargar_liquidacion: sus spans cuelgan del span de esa herramienta en la misma traza.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'mediterranea-siniestros-bot',
  resource: { 'deployment.environment': 'produccion', 'service.namespace': 'hogar' },
  seed: 'vercel-siniestro-agua-we0',
});
const ids = makeIds('vercel-siniestro-agua-we0');
const tu = () => ids('toolu_01', 22);

const SESSION = 'wa-34612448093-20261203';
const CLIENTE = 'CLI-5581204';
const runtimeContext = { sessionId: SESSION, userId: CLIENTE, canal: 'whatsapp' };
const telemetry = (functionId) => ({
  functionId,
  includeRuntimeContext: { sessionId: true, userId: true, canal: true },
  integrations: [new LegacyOpenTelemetry()],
});

// --- Agente liquidador (receptor) -----------------------------------------------------------------
const SYSTEM_LIQ = `Eres el agente liquidador de Seguros Mediterránea. Recibes encargos de liquidación de siniestros
de hogar ya tramitados y emites la orden de pago al asegurado. Usa datos_cobro para obtener la cuenta de
abono y emitir_orden_pago para emitir el pago. Responde con un resumen breve de la orden emitida.`;

const liquidadorTools = {
  datos_cobro: tool({
    description: 'Devuelve el titular y la cuenta de abono registrada en una póliza.',
    inputSchema: z.object({ poliza: z.string() }),
    execute: async ({ poliza }) => ({ poliza, titular: 'María José Ortega Ruiz', iban: 'ES76 2100 0418 4502 0005 1332', verificada: true }),
  }),
  emitir_orden_pago: tool({
    description: 'Emite una orden de pago de indemnización por transferencia SEPA.',
    inputSchema: z.object({
      expediente: z.string(),
      importe_eur: z.number().describe('Importe a abonar en euros'),
      iban: z.string(),
      concepto: z.string(),
    }),
    execute: async ({ expediente, importe_eur, iban }) => ({
      orden: 'OP-26-339817', expediente, importe_eur, iban, estado: 'emitida', fecha_valor: '2026-12-07',
    }),
  }),
};

async function liquidador(instrucciones) {
  const m = scriptedModel({
    ids, provider: 'anthropic.messages', modelId: 'claude-haiku-4-5', responsePrefix: 'msg_01',
    replies: [
      { calls: [[tu(), 'datos_cobro', { poliza: 'HG-0087-554213' }]] },
      { calls: [[tu(), 'emitir_orden_pago', {
        expediente: 'SIN-2026-0114725', importe_eur: 2140.0, iban: 'ES76 2100 0418 4502 0005 1332',
        concepto: 'Indemnización siniestro SIN-2026-0114725 daños por agua',
      }]] },
      'Orden de pago OP-26-339817 emitida: 2.140,00 € a favor de María José Ortega Ruiz (ES76 2100 0418 4502 0005 1332), fecha valor 07/12/2026.',
    ],
  });
  const r = await generateText({
    model: m, system: SYSTEM_LIQ, prompt: instrucciones, tools: liquidadorTools, stopWhen: stepCountIs(5),
    runtimeContext, telemetry: telemetry('liquidador'),
  });
  return r.text;
}

// --- Asistente de siniestros (emisor) --------------------------------------------------------------
const SYSTEM = `Eres el asistente de siniestros de hogar de Seguros Mediterránea en WhatsApp. Consulta la póliza y el
expediente. Si la cobertura está confirmada y el peritaje es conforme, encarga la liquidación al agente liquidador
con encargar_liquidacion, indicando en las instrucciones todo lo que necesite para calcular y emitir el pago.
Tutea al cliente y sé cercano.`;

const tools = {
  consultar_poliza: tool({
    description: 'Datos de una póliza de hogar: estado, producto y garantías con sus límites y franquicias.',
    inputSchema: z.object({ poliza: z.string() }),
    execute: async ({ poliza }) => ({
      poliza, producto: 'Hogar Plus', estado: 'en vigor', tomador: 'María José Ortega Ruiz',
      garantias: {
        danos_por_agua: { cubierta: true, limite_por_siniestro_eur: 1500, franquicia_eur: 300 },
        responsabilidad_civil: { cubierta: true, limite_por_siniestro_eur: 300000, franquicia_eur: 0 },
        rotura_cristales: { cubierta: false },
      },
    }),
  }),
  consultar_expediente: tool({
    description: 'Estado de un expediente de siniestro: causa, facturas aportadas y resultado del peritaje.',
    inputSchema: z.object({ expediente: z.string() }),
    execute: async ({ expediente }) => ({
      expediente, poliza: 'HG-0087-554213', fecha_ocurrencia: '2026-11-02', garantia: 'danos_por_agua',
      causa: 'rotura de tubería de desagüe bajo fregadero',
      facturas: [
        { proveedor: 'Fontanería Hnos. Gil', numero: 'F-2026/1187', importe_eur: 385.0 },
        { proveedor: 'Parquets Levante SL', numero: 'A-44021', importe_eur: 1755.0 },
      ],
      total_reclamado_eur: 2140.0, peritaje: 'conforme', perito: 'Ángel Sabater (PER-118)',
    }),
  }),
  encargar_liquidacion: tool({
    description: 'Encarga la liquidación de un expediente al agente liquidador, que emite el pago.',
    inputSchema: z.object({ expediente: z.string(), instrucciones: z.string().describe('Instrucciones para el liquidador') }),
    execute: async ({ instrucciones }) => liquidador(instrucciones),
  }),
};

const pregunta = 'Hola! Soy María José Ortega, póliza HG-0087-554213. El 2 de noviembre se rompió la tubería de debajo del '
  + 'fregadero y se levantó todo el parquet de la cocina. Ya subí las facturas al expediente SIN-2026-0114725 '
  + '(fontanero 385 € y parquet 1.755 €). ¿Cuándo me pagáis?';

const m = scriptedModel({
  ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_01',
  replies: [
    { text: 'Voy a revisar tu póliza y el expediente.', calls: [
      [tu(), 'consultar_poliza', { poliza: 'HG-0087-554213' }],
      [tu(), 'consultar_expediente', { expediente: 'SIN-2026-0114725' }],
    ] },
    { calls: [[tu(), 'encargar_liquidacion', {
      expediente: 'SIN-2026-0114725',
      instrucciones: 'Liquidar el expediente SIN-2026-0114725 (póliza HG-0087-554213, Hogar Plus, en vigor). '
        + 'Daños por agua por rotura de tubería el 02/11/2026: cobertura confirmada y peritaje conforme (PER-118). '
        + 'Facturas aportadas: Fontanería Hnos. Gil 385,00 € y Parquets Levante SL 1.755,00 €, total 2.140,00 €. '
        + 'Abonar a la asegurada en la cuenta de cobro de la póliza.',
    }]] },
    '¡Buenas noticias, María José! Tu siniestro SIN-2026-0114725 está cubierto y el perito ha dado el visto bueno. '
      + 'Ya hemos emitido el pago de 2.140,00 € (orden OP-26-339817) a tu cuenta terminada en 1332, con fecha valor '
      + '7 de diciembre. ¡Esperamos que la cocina quede como nueva!',
  ],
});

await generateText({ model: m, system: SYSTEM, prompt: pregunta, tools, stopWhen: stepCountIs(6), runtimeContext, telemetry: telemetry('asistente-siniestros') });
const lines = [await flush()];
writeJsonl(here, 'spans.jsonl', lines);
console.log(`wrote ${lines.length} OTLP request(s) to ${here}/spans.jsonl`);
