// Airline customer-service chat (Spanish), Vercel AI SDK v7 with the GenAI-convention telemetry
// (@ai-sdk/otel OpenTelemetry). Each user turn is one HTTP request handled under an app span that
// carries session.id / enduser.id; the chat service reloads the conversation from its store and sends
// the model only the last MAX_MENSAJES_HISTORIAL messages (text only) plus the new user message.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, SpanKind,
  generateText, tool, stepCountIs, OpenTelemetry, z,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'batch-a/vercel-cambio-vuelo-ventana-historial';
const tracing = setupTracing({ serviceName: 'atencion-cliente-chat', seed,
  resource: { 'service.namespace': 'vuelaplus', 'deployment.environment': 'production' } });
const ids = makeIds(seed);

const SESSION = 'c0a8e4d2-5b7f-4f1e-9d3a-2e6b81f4a907';
const USER = 'cli_55120938';
const MAX_MENSAJES_HISTORIAL = 4;

const VUELOS = {
  '2025-03-12': [
    { vuelo: 'VY1200', salida: '07:05', llegada: '08:40', plazas: 9, diferencia_tarifa_eur: 38 },
    { vuelo: 'VY1202', salida: '10:40', llegada: '12:15', plazas: 3, diferencia_tarifa_eur: 55 },
    { vuelo: 'VY1206', salida: '18:35', llegada: '20:10', plazas: 14, diferencia_tarifa_eur: 42 },
  ],
  '2025-03-13': [
    { vuelo: 'VY1200', salida: '07:05', llegada: '08:40', plazas: 21, diferencia_tarifa_eur: 12 },
    { vuelo: 'VY1204', salida: '15:20', llegada: '16:55', plazas: 6, diferencia_tarifa_eur: 47 },
    { vuelo: 'VY1206', salida: '18:35', llegada: '20:10', plazas: 2, diferencia_tarifa_eur: 29 },
  ],
};

const tools = {
  consultar_reserva: tool({
    description: 'Devuelve los datos de una reserva a partir del localizador.',
    inputSchema: z.object({ localizador: z.string().length(6) }),
    execute: async ({ localizador }) => ({
      localizador, pasajero: 'IGLESIAS ROCA/MARTA', tarifa: 'Optima',
      tramos: [
        { vuelo: 'VY1203', origen: 'SVQ', destino: 'BCN', fecha: '2025-03-07', salida: '16:50', estado: 'volado' },
        { vuelo: 'VY1206', origen: 'BCN', destino: 'SVQ', fecha: '2025-03-14', salida: '18:35', estado: 'confirmado' },
      ],
      equipaje_facturado: 0,
    }),
  }),
  buscar_vuelos: tool({
    description: 'Busca vuelos con plazas para un origen, destino y fecha.',
    inputSchema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }),
    execute: async ({ origen, destino, fecha }) => ({ origen, destino, fecha, moneda: 'EUR', vuelos: VUELOS[fecha] ?? [] }),
  }),
  tarifas_equipaje: tool({
    description: 'Precio de añadir equipaje facturado a una reserva.',
    inputSchema: z.object({ localizador: z.string(), peso_kg: z.number() }),
    execute: async ({ localizador, peso_kg }) => ({ localizador, peso_kg, precio_online_eur: 32, precio_aeropuerto_eur: 60 }),
  }),
  anadir_equipaje: tool({
    description: 'Añade una pieza de equipaje facturado a la reserva y la cobra a la tarjeta guardada.',
    inputSchema: z.object({ localizador: z.string(), peso_kg: z.number() }),
    execute: async ({ localizador, peso_kg }) => ({ localizador, peso_kg, importe_eur: 32, cargo: 'PAY-9F27C1', estado: 'añadido' }),
  }),
  cambiar_vuelo: tool({
    description: 'Cambia un tramo de la reserva a otro vuelo y cobra la diferencia de tarifa.',
    inputSchema: z.object({ localizador: z.string(), tramo_actual: z.string(), vuelo_nuevo: z.string(), fecha: z.string() }),
    execute: async ({ localizador, vuelo_nuevo, fecha }) => {
      const v = (VUELOS[fecha] ?? []).find((x) => x.vuelo === vuelo_nuevo);
      return { localizador, vuelo: vuelo_nuevo, fecha, salida: v?.salida, diferencia_cobrada_eur: v?.diferencia_tarifa_eur,
        cargo: 'PAY-A40D77', estado: 'confirmado', tarjeta_embarque: 'reemitida' };
    },
  }),
};

const SYSTEM = 'Eres el asistente de atención al cliente de VuelaPlus. Ayudas a consultar y modificar reservas. '
  + 'Respeta siempre las indicaciones que el pasajero te haya dado. Responde en español, de forma breve.';

const store = []; // conversation store: text messages only
async function turno(n, userText, replies) {
  return tracing.tracer.startActiveSpan('POST /api/v2/chat/mensajes', { kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.route': '/api/v2/chat/mensajes', 'session.id': SESSION,
      'enduser.id': USER, 'chat.turn': n } }, async (span) => {
    const contexto = store.slice(-MAX_MENSAJES_HISTORIAL);
    const messages = [...contexto, { role: 'user', content: userText }];
    const model = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o', ids, replies });
    const res = await generateText({
      model, system: SYSTEM, messages, tools, stopWhen: stepCountIs(6),
      telemetry: { functionId: 'asistente-reservas', integrations: [new OpenTelemetry()] },
    });
    store.push({ role: 'user', content: userText }, { role: 'assistant', content: res.text });
    span.setAttribute('http.response.status_code', 200);
    span.end();
    return tracing.flush();
  });
}

const lines = [];
lines.push(await turno(1, 'Hola. Necesito cambiar la vuelta de mi reserva QX7RTM. Una cosa importante: hago diálisis los martes y jueves por la mañana, así que esos días no puedo volar antes de las 14:00.', [
  { calls: [['call_Qm1vT9', 'consultar_reserva', { localizador: 'QX7RTM' }]] },
  'Tengo tu reserva QX7RTM, Marta: la vuelta es el VY1206 Barcelona–Sevilla del viernes 14 de marzo a las 18:35. Tomo nota de tus sesiones de diálisis. ¿A qué día quieres cambiarla?',
]));
lines.push(await turno(2, 'Quiero adelantarla al miércoles 12.', [
  { calls: [['call_Hd82Lx', 'buscar_vuelos', { origen: 'BCN', destino: 'SVQ', fecha: '2025-03-12' }]] },
  'El miércoles 12 hay tres vuelos BCN–SVQ: VY1200 a las 07:05 (+38 €), VY1202 a las 10:40 (+55 €) y VY1206 a las 18:35 (+42 €). ¿Cuál prefieres?',
]));
lines.push(await turno(3, 'Antes de decidir, ¿cuánto cuesta facturar una maleta de 23 kg?', [
  { calls: [['call_Pf40aZ', 'tarifas_equipaje', { localizador: 'QX7RTM', peso_kg: 23 }]] },
  'Una maleta de 23 kg cuesta 32 € si la añades ahora online y 60 € en el aeropuerto.',
]));
lines.push(await turno(4, 'Vale, añádela.', [
  { calls: [['call_Wz7cE3', 'anadir_equipaje', { localizador: 'QX7RTM', peso_kg: 23 }]] },
  'Hecho: maleta de 23 kg añadida a la reserva QX7RTM por 32 € (cargo PAY-9F27C1).',
]));
lines.push(await turno(5, 'Al final el miércoles me viene fatal. Ponme la vuelta el jueves 13, en el vuelo más barato que haya.', [
  { calls: [['call_Jr5sN2', 'buscar_vuelos', { origen: 'BCN', destino: 'SVQ', fecha: '2025-03-13' }]] },
  { calls: [['call_Jr5sN3', 'cambiar_vuelo', { localizador: 'QX7RTM', tramo_actual: 'VY1206 2025-03-14', vuelo_nuevo: 'VY1200', fecha: '2025-03-13' }]] },
  'Listo: tu vuelta de la reserva QX7RTM es ahora el VY1200 Barcelona–Sevilla del jueves 13 de marzo, salida 07:05, llegada 08:40. Era el más barato (+12 €, cargo PAY-A40D77) y la tarjeta de embarque ya está reemitida.',
]));
writeJsonl(out, 'collector-export.jsonl', lines);
