// Corporate travel desk assistant (Spanish), Vercel AI SDK v7 with the legacy ai.* OpenTelemetry
// integration. Scripted fake model, no network.
import {
  generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viajes-corporativos', seed: 'billete-lisboa-re0' });
const ids = makeIds('billete-lisboa-re0');

const buscar_disponibilidad = tool({
  description: 'Busca vuelos disponibles en el GDS de la agencia. Devuelve fechas tal como las envía la aerolínea.',
  inputSchema: z.object({ origen: z.string(), destino: z.string(), semana: z.string().describe('semana ISO, p. ej. 2025-W14') }),
  execute: async () => ({
    proveedor: 'GDS-Amadeus/ES',
    opciones: [
      { vuelo: 'IB3102', salida: '03/04/2025 07:40', llegada: '03/04/2025 07:55', tarifa: 'Business Flex', precio_eur: 412.3, plazas: 4 },
      { vuelo: 'TP1015', salida: '03/04/2025 10:05', llegada: '03/04/2025 10:20', tarifa: 'Executive', precio_eur: 389.0, plazas: 2 },
    ],
  }),
});

const emitir_billete = tool({
  description: 'Emite el billete. fecha_salida en formato ISO 8601 (AAAA-MM-DD).',
  inputSchema: z.object({ vuelo: z.string(), fecha_salida: z.string(), pasajero: z.string(), centro_coste: z.string() }),
  execute: async ({ vuelo, fecha_salida, pasajero }) => ({
    localizador: 'Q7XK2M', estado: 'EMITIDO', vuelo, fecha_salida, hora: '07:40', pasajero,
    importe_eur: 412.3, politica_cambios: 'cambio con penalización de 150 EUR',
  }),
});

const model = scriptedModel({
  ids, responsePrefix: 'chatcmpl-',
  replies: [
    { calls: [['call_' + ids('', 22), 'buscar_disponibilidad', { origen: 'MAD', destino: 'LIS', semana: '2025-W14' }]] },
    { calls: [['call_' + ids('', 22), 'emitir_billete', { vuelo: 'IB3102', fecha_salida: '2025-03-04', pasajero: 'LUCIA FERNANDEZ ORTEGA', centro_coste: 'CC-4410-MKT' }]] },
    'Listo, Lucía. Te he emitido el billete IB3102 Madrid–Lisboa, salida a las 07:40, localizador Q7XK2M, tarifa Business Flex por 412,30 €. Llegas a Lisboa a las 07:55 con tiempo de sobra para la inauguración de la feria.',
  ],
});

await generateText({
  model,
  system: 'Eres el asistente de viajes corporativos de Grupo Albor. Reserva según la política: business solo en vuelos antes de las 9:00. Hoy es 17/02/2025.',
  prompt: 'Hola, necesito volar de Madrid a Lisboa para la feria FIL, que se inaugura el jueves 3 de abril a las 10:00. Resérvame el primer vuelo de ese día. Centro de coste CC-4410-MKT. Soy Lucía Fernández Ortega.',
  tools: { buscar_disponibilidad, emitir_billete },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'viaje-7f3c91', userId: 'lfernandez@grupoalbor.es' },
  telemetry: { functionId: 'agente-viajes', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'otel-export.jsonl', [await flush()]);
