// Travel concierge (Spanish) on the Vercel AI SDK v7: an orchestrator delegates the booking to a
// booking sub-agent (a nested generateText run inside the delegation tool). Scripted models, OTLP/JSON.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viajes-concierge', seed: 'vercel-hotel-valencia-oe5' });
const ids = makeIds('vercel-hotel-valencia-oe5');
const telemetry = (functionId) => ({ functionId, integrations: [new OpenTelemetry()] });

const HOTELES = [
  { codigo: 'VLC-H-0412', nombre: 'Hotel Mar de Russafa', precio_noche_eur: 245, admite_mascotas: false, estrellas: 4 },
  { codigo: 'VLC-H-0977', nombre: 'Casa Turia Suites', precio_noche_eur: 164, admite_mascotas: true, estrellas: 3 },
  { codigo: 'VLC-H-1130', nombre: 'Hostal Plaza Redonda', precio_noche_eur: 92, admite_mascotas: false, estrellas: 2 },
];
const buscarHoteles = tool({
  description: 'Busca disponibilidad de hoteles en una ciudad para unas fechas.',
  inputSchema: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int() }),
  execute: async ({ ciudad, entrada, salida }) => ({ ciudad, entrada, salida, resultados: HOTELES }),
});
const reservarHotel = tool({
  description: 'Confirma la reserva de un hotel.',
  inputSchema: z.object({ codigo_hotel: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int(), titular: z.string() }),
  execute: async ({ codigo_hotel, entrada, salida }) => ({ localizador: 'RSV-8Q2K7M', codigo_hotel, entrada, salida, noches: 3, importe_total_eur: 735, estado: 'CONFIRMADA' }),
});

const s1 = ids('call_', 24), s2 = ids('call_', 24);
const subModel = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [[s1, 'buscar_hoteles', { ciudad: 'Valencia', entrada: '2025-05-12', salida: '2025-05-15', huespedes: 2 }]] },
  { calls: [[s2, 'reservar_hotel', { codigo_hotel: 'VLC-H-0412', entrada: '2025-05-12', salida: '2025-05-15', huespedes: 2, titular: 'Lucía Ferrer Gil' }]] },
  'Reserva confirmada en el Hotel Mar de Russafa (4*), del 12 al 15 de mayo, 2 huéspedes. Localizador RSV-8Q2K7M, importe total 735 €.',
]});

const delegarReserva = tool({
  description: 'Pasa el encargo de alojamiento al agente de reservas.',
  inputSchema: z.object({ encargo: z.string() }),
  execute: async ({ encargo }) => {
    const r = await generateText({
      model: subModel,
      system: 'Eres el agente de reservas de hotel. Busca disponibilidad y reserva la mejor opción para el encargo recibido.',
      prompt: encargo,
      tools: { buscar_hoteles: buscarHoteles, reservar_hotel: reservarHotel },
      stopWhen: stepCountIs(5),
      telemetry: telemetry('agente-reservas'),
    });
    return r.text;
  },
});

const o1 = ids('call_', 24);
const orchestrator = scriptedModel({ ids, modelId: 'gpt-4o', replies: [
  { calls: [[o1, 'delegar_reserva', { encargo: 'Reservar hotel en Valencia del 12 al 15 de mayo de 2025 para 2 adultos. Titular: Lucía Ferrer Gil.' }]] },
  '¡Listo, Lucía! Tu hotel en Valencia está reservado: Hotel Mar de Russafa, del 12 al 15 de mayo, para 2 personas. Localizador RSV-8Q2K7M, total 735 €.',
]});

await generateText({
  model: orchestrator,
  system: 'Eres el asistente de viajes de la agencia. Recoge lo que pide el cliente y delega la reserva de alojamiento.',
  prompt: 'Hola, soy Lucía Ferrer Gil. Necesito hotel en Valencia del 12 al 15 de mayo para mi pareja y para mí. Viajamos con nuestra perra (labrador, 28 kg), así que tiene que admitir mascotas, y no queremos pasar de 180 € por noche.',
  tools: { delegar_reserva: delegarReserva },
  stopWhen: stepCountIs(3),
  telemetry: telemetry('concierge'),
});
writeJsonl(dir, 'otlp-export.jsonl', [await flush()]);
