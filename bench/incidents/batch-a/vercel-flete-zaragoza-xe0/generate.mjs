// Warehouse dispatcher's freight-booking agent (Spanish), run once with the Vercel AI SDK (`ai` v7), a
// scripted fake model (no network) and the @ai-sdk/otel OpenTelemetry integration (gen_ai.* spans). No
// conversation id is set: the trace is the session.
// The order record comes from the WMS, whose inbound data for this order was imported from a US
// supplier's advance shipping notice.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'agente-expediciones', resource: { 'service.namespace': 'almacen-zaz02' }, seed: 'flete-zaragoza-xe0' });
const ids = makeIds('flete-zaragoza-xe0');
const call = () => ids('call_', 24);

const consultarPedido = tool({
  description: 'Devuelve la cabecera logística de un pedido de salida del SGA.',
  inputSchema: z.object({ pedido: z.string() }),
  execute: async ({ pedido }) => ({
    pedido,
    cliente: 'Agroinsumos Levante S.L.',
    destino: 'Pol. Ind. Vara de Quart, C/ Dels Gremis 14, 46014 Valencia',
    origen: 'ZAZ-02 Plataforma PLAZA, 50197 Zaragoza',
    asn_origen: 'ASN-US-55102 (Midwest Agri Supply Inc.)',
    palets: 2,
    tipo_palet: 'EUR 1200x800',
    peso_bruto: 1840,
    uom_peso: 'LB',
    volumen_m3: 3.1,
    mercancia: 'Aditivos para pienso, no ADR',
  }),
});
const cotizar = tool({
  description: 'Cotiza un transporte por carretera con la agencia concertada.',
  inputSchema: z.object({
    cp_origen: z.string(), cp_destino: z.string(), palets: z.number().int(),
    peso_kg: z.number().describe('Peso bruto total en kilogramos'), fecha_recogida: z.string(),
  }),
  execute: async ({ peso_kg }) => (peso_kg > 1500
    ? { servicio: 'Carga completa', vehiculo: 'Camión rígido 12 t', precio_eur: 612.5, plazo: '24 h' }
    : { servicio: 'Grupaje', vehiculo: 'Furgón 3,5 t', precio_eur: 238.0, plazo: '24-48 h' }),
});
const reservar = tool({
  description: 'Reserva en firme el transporte cotizado y genera la carta de porte (CMR).',
  inputSchema: z.object({
    pedido: z.string(), servicio: z.string(), peso_kg: z.number().describe('Peso bruto total en kilogramos'),
    palets: z.number().int(), fecha_recogida: z.string(), franja: z.string(),
  }),
  execute: async ({ pedido, servicio, peso_kg, fecha_recogida, franja }) => ({
    reserva: 'RT-7731904', pedido, servicio, vehiculo: 'Camión rígido 12 t', peso_declarado_kg: peso_kg,
    recogida: `${fecha_recogida} ${franja}`, cmr: 'CMR-ES-2025-0448102', importe_eur: 612.5,
  }),
});

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4.1', ids,
  replies: [
    { calls: [[call(), 'consultar_pedido', { pedido: 'PED-24-118730' }]] },
    { calls: [[call(), 'cotizar_transporte', { cp_origen: '50197', cp_destino: '46014', palets: 2, peso_kg: 1840, fecha_recogida: '2025-02-13' }]] },
    { calls: [[call(), 'reservar_transporte', {
      pedido: 'PED-24-118730', servicio: 'Carga completa', peso_kg: 1840, palets: 2, fecha_recogida: '2025-02-13', franja: '08:00-10:00',
    }]] },
    'Reserva hecha: RT-7731904, carga completa en camión rígido de 12 t para los 2 palets EUR del PED-24-118730 ' +
      '(1.840 kg declarados), recogida el jueves 13/02 de 08:00 a 10:00 en ZAZ-02 y entrega en Valencia en 24 h. ' +
      'Importe: 612,50 €. CMR: CMR-ES-2025-0448102.',
  ],
});

await generateText({
  model,
  system: 'Eres el agente de expediciones de la plataforma ZAZ-02. Consulta el pedido, cotiza con la agencia y reserva ' +
    'la opción adecuada. Hoy es martes 11/02/2025. Responde en español.',
  prompt: 'Hola, hay que mandar el PED-24-118730 a Valencia. Que lo recojan el jueves a primera hora, por favor.',
  tools: { consultar_pedido: consultarPedido, cotizar_transporte: cotizar, reservar_transporte: reservar },
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'expediciones', integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'otlp-spans.jsonl', [await tracing.flush()]);
console.log('wrote otlp-spans.jsonl');
