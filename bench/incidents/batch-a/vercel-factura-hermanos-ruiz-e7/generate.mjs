// Asistente de cuentas a pagar de Distribuciones Mediterráneo S.L. (Vercel AI SDK v7, integración
// OpenTelemetry de @ai-sdk/otel con atributos gen_ai.*), sin red, con un modelo guionizado. La petición
// HTTP de la app abre un span raíz con session.id / user.id. Escribe collector-traces.jsonl.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, OpenTelemetry, z,
  SpanKind, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const ids = makeIds('factura-hermanos-ruiz');
const otel = setupTracing({
  serviceName: 'tesoreria-copiloto',
  resource: { 'deployment.environment': 'produccion', 'service.version': '2025.6.1', 'service.namespace': 'finanzas' },
  seed: 'factura-hermanos-ruiz',
});

// Ids de llamada al estilo de Mistral (9 caracteres alfanuméricos).
const callId = () => ids('', 9);

const consultar_factura = tool({
  description: 'Devuelve la factura de proveedor registrada en el ERP (cabecera e importes tal como figuran en el documento).',
  inputSchema: z.object({ numero: z.string().describe('Número de factura del proveedor') }),
  execute: async ({ numero }) => ({
    numero, proveedor: 'Transportes Hermanos Ruiz S.L.', nif: 'B46123987',
    iban: 'ES91 2100 0418 4502 0005 1332', fecha_emision: '2025-05-14', vencimiento: '2025-06-13',
    base_imponible: '10.314,05 €', iva_21: '2.165,95 €', total: '12.480,00 €', estado: 'pendiente de pago',
    lineas: 3, pedido: 'PC-25-03318',
  }),
});

const saldo_cuenta = tool({
  description: 'Saldo disponible de una cuenta bancaria de la empresa.',
  inputSchema: z.object({ cuenta: z.enum(['operativa', 'nominas', 'impuestos']) }),
  execute: async ({ cuenta }) => ({ cuenta, iban: 'ES76 0049 1500 0512 3456 7892', disponible: 48210.33, moneda: 'EUR', fecha_valor: '2025-06-10' }),
});

// El conector del banco declara el esquema JSON a mano (sin validador): el SDK lo pasa tal cual a execute.
const programar_transferencia = tool({
  description: 'Programa una transferencia SEPA desde una cuenta de la empresa. El importe va en euros.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: {
      cuenta_origen: { type: 'string', enum: ['operativa', 'nominas', 'impuestos'] },
      iban_destino: { type: 'string' },
      beneficiario: { type: 'string' },
      importe: { type: 'number', description: 'Importe en euros, p. ej. 1520.75' },
      fecha_ejecucion: { type: 'string', format: 'date' },
      concepto: { type: 'string', maxLength: 140 },
    },
    required: ['cuenta_origen', 'iban_destino', 'beneficiario', 'importe', 'fecha_ejecucion', 'concepto'],
    additionalProperties: false,
  }),
  execute: async (input) => {
    const importe = typeof input.importe === 'number'
      ? input.importe
      : parseFloat(String(input.importe).replace(/[^0-9.,-]/g, '').replace(',', '.'));
    return {
      estado: 'programada', referencia: 'TRF-20250613-4471', cuenta_origen: input.cuenta_origen,
      iban_destino: input.iban_destino, importe, moneda: 'EUR', fecha_ejecucion: input.fecha_ejecucion,
      requiere_firma: false,
    };
  },
});

const c1 = callId(), c2 = callId(), c3 = callId();
const model = scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: '',
  replies: [
    { calls: [[c1, 'consultar_factura', { numero: 'FT-2025-00871' }]] },
    { calls: [[c2, 'saldo_cuenta', { cuenta: 'operativa' }]] },
    { calls: [[c3, 'programar_transferencia', {
      cuenta_origen: 'operativa', iban_destino: 'ES91 2100 0418 4502 0005 1332', beneficiario: 'Transportes Hermanos Ruiz S.L.',
      importe: '12.480,00', fecha_ejecucion: '2025-06-13', concepto: 'Pago factura FT-2025-00871 (pedido PC-25-03318)',
    }]] },
    'Hecho. He programado la transferencia a Transportes Hermanos Ruiz S.L. (IBAN ES91 2100 0418 4502 0005 1332) '
      + 'para el viernes 13/06/2025, con cargo a la cuenta operativa, por el total de la factura FT-2025-00871. '
      + 'Referencia de la orden: TRF-20250613-4471. El saldo disponible de la cuenta operativa (48.210,33 €) cubre el pago '
      + 'y la orden no necesita segunda firma.',
  ],
});

await otel.tracer.startActiveSpan('POST /api/copiloto/mensajes', {
  kind: SpanKind.SERVER,
  attributes: {
    'http.request.method': 'POST', 'http.route': '/api/copiloto/mensajes', 'url.scheme': 'https',
    'session.id': 'cp-conv-0b7d3e12', 'user.id': 'cfernandez@dmediterraneo.es', 'app.tenant': 'dmediterraneo',
  },
}, async (span) => {
  await generateText({
    model,
    system: 'Eres el copiloto de tesorería de Distribuciones Mediterráneo S.L. Ayudas al equipo de cuentas a pagar a '
      + 'consultar facturas y programar pagos a proveedores. Fecha de hoy: martes 10/06/2025. Responde en español.',
    prompt: 'Programa el pago de la factura FT-2025-00871 de Transportes Hermanos Ruiz para este viernes, con cargo a la cuenta operativa.',
    tools: { consultar_factura, saldo_cuenta, programar_transferencia },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'copiloto-tesoreria', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});

writeJsonl(here, 'collector-traces.jsonl', [await otel.flush()]);
