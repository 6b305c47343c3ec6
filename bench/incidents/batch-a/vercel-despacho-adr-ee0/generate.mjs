// Agente de despacho de un operador logístico (español). El coordinador recoge el pedido del cliente
// y delega la contratación del camión en el agente de transporte mediante la herramienta
// delegar_transporte; el puente entre ambos construye la orden con una lista fija de campos.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z, trace,
  OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'despacho-agentes', resource: { 'service.namespace': 'logistica-levante' }, seed: 'despacho-adr-ee0' });
const ids = makeIds('despacho-adr-ee0');
const telemetry = (fn) => ({ functionId: fn, integrations: [new OpenTelemetry()] });

const ORDEN_CAMPOS = ['referencia', 'origen', 'destino', 'palets', 'peso_kg', 'fecha_carga'];

const transportistas = tool({
  description: 'Lista transportistas disponibles para una ruta y fecha, con tarifa y habilitaciones.',
  inputSchema: z.object({ origen: z.string(), destino: z.string(), fecha_carga: z.string(), peso_kg: z.number() }),
  execute: async () => ({ opciones: [
    { transportista: 'TransLevante SL', matricula: '4821-KDN', tarifa_eur: 1180, adr: false, plazas_palet: 33 },
    { transportista: 'Químicos del Mediterráneo SA', matricula: '7730-LBC', tarifa_eur: 1645, adr: true, clases_adr: ['3', '8'], plazas_palet: 33 },
  ] }),
});
const reservarCamion = tool({
  description: 'Reserva el camión elegido para la orden.',
  inputSchema: z.object({ referencia: z.string(), transportista: z.string(), matricula: z.string(), tarifa_eur: z.number(), mercancia_peligrosa: z.boolean() }),
  execute: async (r) => ({ reserva: 'RSV-2026-118804', ...r, estado: 'confirmada', recogida: '2026-12-09 07:00' }),
});

const delegarTransporte = tool({
  description: 'Entrega la orden al agente de transporte, que elige y reserva el camión.',
  inputSchema: z.object({ referencia: z.string(), origen: z.string(), destino: z.string(), palets: z.number(),
    peso_kg: z.number(), fecha_carga: z.string(), adr: z.string().describe('clasificación ADR, "no" si no aplica'), notas: z.string() }),
  execute: async (orden) => {
    const recortada = Object.fromEntries(ORDEN_CAMPOS.map((k) => [k, orden[k]]));
    const r = await generateText({
      model: scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
        { calls: [['call_' + ids('', 22), 'consultar_transportistas', { origen: orden.origen, destino: orden.destino, fecha_carga: orden.fecha_carga, peso_kg: orden.peso_kg }]] },
        { calls: [['call_' + ids('', 22), 'reservar_camion', { referencia: orden.referencia, transportista: 'TransLevante SL', matricula: '4821-KDN', tarifa_eur: 1180, mercancia_peligrosa: false }]] },
        'Reservado TransLevante SL (4821-KDN), 1180 EUR, recogida 09/12 a las 07:00, reserva RSV-2026-118804. Es la opción más barata con 33 plazas de palet.',
      ] }),
      system: 'Eres el agente de transporte. Elige el transportista más económico que cumpla la orden y resérvalo.',
      prompt: 'Orden de transporte:\n' + JSON.stringify(recortada, null, 1),
      tools: { consultar_transportistas: transportistas, reservar_camion: reservarCamion },
      stopWhen: stepCountIs(4), telemetry: telemetry('agente-transporte'),
    });
    return { resultado: r.text };
  },
});

const root = trace.getTracer('despacho').startActiveSpan('pedido PED-55302', async (span) => {
  await generateText({
    model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
      { calls: [['call_' + ids('', 22), 'delegar_transporte', { referencia: 'PED-55302', origen: 'Polígono Fuente del Jarro, Paterna', destino: 'Zaragoza Plaza, nave 14',
        palets: 18, peso_kg: 9200, fecha_carga: '2026-12-09', adr: 'UN1263 pintura, clase 3, GE III', notas: 'el cliente exige conductor con carné ADR' }]] },
      'Listo: el pedido PED-55302 sale el 9/12 a las 07:00 con TransLevante SL (4821-KDN), reserva RSV-2026-118804, 1180 EUR.',
    ] }),
    system: 'Eres el coordinador de despacho de Logística Levante. Recoge los datos del pedido y delega la contratación del camión con delegar_transporte.',
    prompt: 'Necesito mover el pedido PED-55302: 18 palets de pintura industrial (UN1263, clase 3, grupo de embalaje III), 9.200 kg, de nuestra nave de Paterna a Zaragoza Plaza nave 14. Carga el martes 9. Ojo, es mercancía ADR: el camión y el conductor tienen que estar habilitados.',
    tools: { delegar_transporte: delegarTransporte }, stopWhen: stepCountIs(3), telemetry: telemetry('coordinador-despacho'),
  });
  span.end();
});
await root;
writeJsonl(dir, 'despacho-otlp.jsonl', [await otel.flush()]);
