// Despacho de cargas (Vercel AI SDK v7, OpenTelemetry GenAI integration), scripted mock models.
// The dispatcher agent delegates truck booking to a carrier sub-agent through a tool whose input is a short brief.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, trace, context } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'despacho-ia', resource: { 'service.version': '3.8.2' }, seed: 've5-despacho' });
const ids = makeIds('ve5-despacho');
const conv = 'conv_7f3e91c2-5b0d-4a8e-9c61-0e4d2b7a1f58';
const integrations = [new OpenTelemetry()];

const reservarCamion = tool({
  description: 'Reserva un camión con un transportista homologado.',
  inputSchema: z.object({ pedido: z.string(), origen: z.string(), destino: z.string(), palets: z.number(), tipoCaja: z.enum(['lona', 'frigorifico', 'isotermo']), fechaCarga: z.string() }),
  execute: async (r) => ({ reserva: 'TRX-ES-4471902', transportista: 'Transportes Llobregat SL', matricula: '4821-KLM', ...r, precioEUR: 612.4 }),
});
const c1 = ids('call_'), c2 = ids('call_'), c3 = ids('call_');
const subModel = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [[c2, 'reservar_camion', { pedido: 'PED-2024-88731', origen: 'Lleida', destino: 'Valencia', palets: 12, tipoCaja: 'lona', fechaCarga: '2024-09-18' }]] },
  'Reserva TRX-ES-4471902 confirmada: camión de lona 4821-KLM (Transportes Llobregat), carga en Lleida el 18/09, 612,40 €.',
] });
const delegar = tool({
  description: 'Delega la reserva del transporte al agente de transportistas. Pasa un resumen del encargo.',
  inputSchema: z.object({ resumen: z.string() }),
  execute: async ({ resumen }) => {
    const r = await generateText({
      model: subModel,
      system: 'Eres el agente de transportistas. Reserva el camión más barato que cumpla el encargo.',
      prompt: resumen, tools: { reservar_camion: reservarCamion }, stopWhen: stepCountIs(4),
      telemetry: { functionId: 'agente-transportistas', integrations },
    });
    return { respuesta: r.text };
  },
});
const u = 'Necesito mover el pedido PED-2024-88731: 12 palés de yogur y postres lácteos desde nuestra planta de Lleida a la plataforma de Mercavalencia, carga el 18 de septiembre. Es producto refrigerado: la caja tiene que ir entre 2 y 4 °C todo el trayecto, sin excepción.';
const mainModel = scriptedModel({ ids, modelId: 'gpt-4o', replies: [
  { calls: [[c1, 'delegar_transportista', { resumen: 'Reservar transporte para el pedido PED-2024-88731: 12 palés de Lleida a Valencia (Mercavalencia), carga el 2024-09-18.' }]] },
  'Listo: el pedido PED-2024-88731 sale de Lleida el 18/09 con Transportes Llobregat (camión 4821-KLM, reserva TRX-ES-4471902) por 612,40 €.',
] });
await tracer.startActiveSpan('POST /api/despacho/chat', { attributes: { 'gen_ai.conversation.id': conv, 'enduser.id': 'ops-lleida-jmarti', 'http.request.method': 'POST' } }, async (span) => {
  await generateText({
    model: mainModel, system: 'Eres el coordinador de despacho de Lácteos del Segrià. Delegas las reservas de transporte.',
    prompt: u, tools: { delegar_transportista: delegar }, stopWhen: stepCountIs(4),
    telemetry: { functionId: 'coordinador-despacho', integrations },
  });
  span.end();
});
writeJsonl(dir, 'collector-traces.jsonl', [await flush()]);
