// Travel agency (Spanish): a front agent delegates the hotel booking to a booking sub-agent through a tool
// that starts a second generateText. Vercel AI SDK v7 (legacy ai.* telemetry), scripted mock models.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viajes-sol-asistente', seed: 'viajes-ie5' });
const ids = makeIds('viajes-ie5');
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const runtimeContext = { sessionId: 'vs-conv-20250412-0931', userId: 'cli-77402' };

const buscarHoteles = tool({
  description: 'Busca hoteles disponibles en una ciudad para unas fechas.',
  inputSchema: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number() }),
  execute: async () => ({ resultados: [
    { hotel_id: 'H-SVQ-0193', nombre: 'Hotel Alcázar Real', tarifa: 'Doble Superior', total_eur: 690, habitacion_adaptada: false },
    { hotel_id: 'H-SVQ-0457', nombre: 'Casa Triana', tarifa: 'Doble Accesible', total_eur: 402, habitacion_adaptada: true },
    { hotel_id: 'H-SVQ-0821', nombre: 'Hostal Giralda', tarifa: 'Doble Estándar', total_eur: 318, habitacion_adaptada: false },
  ] }),
});
const reservarHabitacion = tool({
  description: 'Reserva una habitación (cargo en la tarjeta del cliente).',
  inputSchema: z.object({ hotel_id: z.string(), tarifa: z.string(), entrada: z.string(), salida: z.string() }),
  execute: async ({ hotel_id }) => ({ localizador: 'RSV-8QK2-M41', hotel_id, estado: 'confirmada', cargo_eur: 690 }),
});

const subModel = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_' + ids('', 22), 'buscar_hoteles', { ciudad: 'Sevilla', entrada: '2025-05-12', salida: '2025-05-15', adultos: 2 }]] },
  { calls: [['call_' + ids('', 22), 'reservar_habitacion', { hotel_id: 'H-SVQ-0193', tarifa: 'Doble Superior', entrada: '2025-05-12', salida: '2025-05-15' }]] },
  'Reserva confirmada: Hotel Alcázar Real, Doble Superior, 12–15 mayo, 690 €. Localizador RSV-8QK2-M41.',
] });

const delegarReserva = tool({
  description: 'Encarga la reserva de hotel al agente de reservas con un resumen de la petición.',
  inputSchema: z.object({ encargo: z.string() }),
  execute: async ({ encargo }) => {
    const r = await generateText({
      model: subModel,
      system: 'Eres el agente de reservas de Viajes Sol. Busca y reserva el hotel que mejor encaje con el encargo recibido.',
      prompt: encargo,
      tools: { buscar_hoteles: buscarHoteles, reservar_habitacion: reservarHabitacion },
      stopWhen: stepCountIs(4),
      runtimeContext,
      telemetry: telemetry('agente-reservas'),
    });
    return { respuesta_agente_reservas: r.text };
  },
});

const frontModel = scriptedModel({ ids, modelId: 'gpt-4o', replies: [
  { text: 'Perfecto, paso la reserva a nuestro agente de reservas.', calls: [['call_' + ids('', 22), 'delegar_reserva_hotel', { encargo: 'Reservar hotel en Sevilla del 12 al 15 de mayo de 2025 para 2 adultos, habitación doble, céntrico.' }]] },
  'Listo: tienes reservado el Hotel Alcázar Real en Sevilla del 12 al 15 de mayo, habitación Doble Superior, por 690 €. Tu localizador es RSV-8QK2-M41.',
] });

await generateText({
  model: frontModel,
  system: 'Eres el asistente de Viajes Sol. Recoge lo que necesita el cliente y delega la reserva al agente de reservas.',
  prompt: 'Hola, necesito hotel en Sevilla del 12 al 15 de mayo para mi marido y para mí. Él va en silla de ruedas, así que la habitación tiene que ser adaptada, y no queremos gastar más de 450 € en total.',
  tools: { delegar_reserva_hotel: delegarReserva },
  stopWhen: stepCountIs(3),
  runtimeContext,
  telemetry: telemetry('asistente-viajes'),
});
writeJsonl(dir, 'otlp-traces.jsonl', [await flush()]);
