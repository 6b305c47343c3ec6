// Hotel-booking assistant (Spanish). Two turns of one conversation, each its own generateText run.
// Between the turns the draft is kept in the app's draft store as JSON; the store's reader was
// redeployed between the turns (draft schema 2 -> 3) and maps stored drafts to the new shape.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z, LegacyOpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('reserva-hotel-te0');
const { flush } = setupTracing({ serviceName: 'viajes-asistente', seed: 'reserva-hotel-te0', resource: { 'service.version': '4.12.0' } });

const sessionId = 'conv_01HZX4K9QW7TB2M3';
const userId = 'cli-88412';
const telemetry = { functionId: 'asistente-reservas', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const store = new Map();

// --- turn 1: draft schema 2 ---
const guardarBorrador = tool({
  description: 'Guarda el borrador de la reserva del cliente.',
  inputSchema: z.object({
    hotel_id: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number(),
    necesidades: z.array(z.string()),
  }),
  execute: async (b) => {
    store.set(sessionId, JSON.stringify({ schema: 2, ...b }));
    return { ok: true, borrador_id: 'BR-5530-2', guardado: b };
  },
});

const m1 = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_',
  replies: [
    { calls: [['toolu_01Qm8cA1', 'guardar_borrador', { hotel_id: 'SEV-ALF-03', entrada: '2025-06-14', salida: '2025-06-17', huespedes: 2, necesidades: ['habitación adaptada para silla de ruedas', 'ducha a ras de suelo'] }]] },
    'Perfecto, he guardado el borrador: Hotel Alfonso (Sevilla), 14–17 de junio, 2 huéspedes, habitación adaptada con ducha a ras de suelo. ¿Confirmo la reserva?',
  ],
});

await generateText({
  model: m1,
  system: 'Eres el asistente de reservas de Viajes Giralda. Guarda siempre un borrador antes de confirmar.',
  prompt: 'Hola, quiero el Hotel Alfonso en Sevilla del 14 al 17 de junio para dos. Mi marido va en silla de ruedas, así que necesitamos habitación adaptada con ducha a ras de suelo.',
  tools: { guardar_borrador: guardarBorrador },
  stopWhen: stepCountIs(3),
  runtimeContext: { sessionId, userId },
  telemetry,
});
const line1 = await flush();
await sleep(20);

// --- deploy: draft reader now speaks schema 3 ---
function leerBorradorV3(raw) {
  const d = JSON.parse(raw);
  return { schema: 3, hotel: d.hotel_id, fechas: { entrada: d.entrada, salida: d.salida }, huespedes: d.huespedes, preferencias: d.preferencias ?? [] };
}

const cargarBorrador = tool({
  description: 'Carga el borrador de reserva guardado de la conversación.',
  inputSchema: z.object({ conversacion: z.string() }),
  execute: async ({ conversacion }) => leerBorradorV3(store.get(conversacion)),
});
const confirmarReserva = tool({
  description: 'Confirma la reserva en el sistema del hotel (cargo a la tarjeta).',
  inputSchema: z.object({ hotel_id: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number(), tipo_habitacion: z.string() }),
  execute: async (r) => ({ localizador: 'GIR-7Q2K9', estado: 'confirmada', ...r, importe_eur: 468.0 }),
});

const m2 = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_',
  replies: [
    { calls: [['toolu_01Vb3nR7', 'cargar_borrador', { conversacion: sessionId }]] },
    { calls: [['toolu_01Xe6pT2', 'confirmar_reserva', { hotel_id: 'SEV-ALF-03', entrada: '2025-06-14', salida: '2025-06-17', huespedes: 2, tipo_habitacion: 'doble estándar' }]] },
    '¡Listo! Reserva confirmada en el Hotel Alfonso, Sevilla, del 14 al 17 de junio para 2 personas, habitación doble estándar. Localizador GIR-7Q2K9, importe 468,00 €.',
  ],
});

await generateText({
  model: m2,
  system: 'Eres el asistente de reservas de Viajes Giralda. Antes de confirmar, carga el borrador guardado de la conversación.',
  prompt: 'Sí, confírmala por favor.',
  tools: { cargar_borrador: cargarBorrador, confirmar_reserva: confirmarReserva },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId },
  telemetry,
});
const line2 = await flush();

writeJsonl(dir, 'otel-export.jsonl', [line1, line2]);
