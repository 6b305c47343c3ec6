// Soporte de reservas de una agencia de viajes: chat sobre el Vercel AI SDK (ai v7) con la integración
// OpenTelemetry de @ai-sdk/otel (convenciones gen_ai.*). Cada turno es una petición HTTP con su propio span
// raíz (session.id / user.id) y su propia traza. La aplicación guarda el historial de texto de la
// conversación y, antes de cada turno, envía al modelo solo los últimos MAX_MENSAJES mensajes.
// Modelo guionizado (MockLanguageModelV4, sin red); las herramientas se ejecutan de verdad.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep, SpanKind, SpanStatusCode,
  generateText, tool, stepCountIs, OpenTelemetry, z,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const otel = setupTracing({
  serviceName: 'viajes-soporte-chat',
  resource: { 'service.version': '5.3.1', 'deployment.environment': 'prod-eu' },
  seed: 'vercel-hotel-cambio-fechas',
});
const ids = makeIds('vercel-hotel-cambio-fechas');

const SESSION = 'conv_8f2k19xq4m';
const CLIENTE = 'cli-204117';
const MAX_MENSAJES = 6;

const SYSTEM = `Eres el asistente de atención al cliente de Solea Viajes. Ayudas a los clientes con sus reservas de hotel:
consultar reservas, información de los hoteles, disponibilidad y cambios de fecha o de habitación.
Confirma los cambios con los datos que devuelven las herramientas. Responde en español, de forma breve y amable.`;

const reservas = {
  'HX7-QM4R2': {
    localizador: 'HX7-QM4R2', titular: 'Daniel Okafor', hotel_id: 'SVQ-GIRALDA-CTR', hotel: 'Hotel Giralda Centro (Sevilla)',
    entrada: '2025-04-10', salida: '2025-04-13', noches: 3, habitacion: { codigo: 'DBL-PMR', nombre: 'Doble adaptada PMR', adaptada: true },
    tarifa: 'Flexible solo alojamiento', precio_noche_eur: 102, total_eur: 306, pagado: false,
  },
};

const tools = {
  consultar_reserva: tool({
    description: 'Devuelve los datos de una reserva a partir del localizador.',
    inputSchema: z.object({ localizador: z.string() }),
    execute: async ({ localizador }) => { await sleep(35); return reservas[localizador] ?? { error: 'localizador no encontrado' }; },
  }),
  info_hotel: tool({
    description: 'Información práctica de un hotel (servicios, aparcamiento, horarios).',
    inputSchema: z.object({ hotel_id: z.string(), tema: z.string() }),
    execute: async () => {
      await sleep(25);
      return { hotel_id: 'SVQ-GIRALDA-CTR', aparcamiento: { propio: true, precio_dia_eur: 18, reserva_previa: true, acceso: 'C/ Conde de Ibarra 4' }, check_in: '15:00', check_out: '12:00' };
    },
  }),
  buscar_disponibilidad: tool({
    description: 'Habitaciones disponibles en un hotel para unas fechas, con precio por noche.',
    inputSchema: z.object({ hotel_id: z.string(), entrada: z.string(), salida: z.string() }),
    execute: async ({ hotel_id, entrada, salida }) => {
      await sleep(80);
      return {
        hotel_id, entrada, salida, noches: 3,
        habitaciones: [
          { codigo: 'DBL-STD', nombre: 'Doble estándar', adaptada: false, ducha: 'plato con mampara', precio_noche_eur: 96, quedan: 4 },
          { codigo: 'DBL-PMR', nombre: 'Doble adaptada PMR', adaptada: true, ducha: 'a ras de suelo con asiento', precio_noche_eur: 118, quedan: 1 },
          { codigo: 'JRS', nombre: 'Junior suite', adaptada: false, ducha: 'bañera', precio_noche_eur: 164, quedan: 2 },
        ],
      };
    },
  }),
  modificar_reserva: tool({
    description: 'Cambia fechas y/o tipo de habitación de una reserva existente. Devuelve la reserva modificada.',
    inputSchema: z.object({ localizador: z.string(), entrada: z.string(), salida: z.string(), codigo_habitacion: z.string() }),
    execute: async ({ localizador, entrada, salida, codigo_habitacion }) => {
      await sleep(140);
      return { localizador, estado: 'modificada', entrada, salida, noches: 3, habitacion: { codigo: codigo_habitacion, nombre: 'Doble estándar', adaptada: false }, precio_noche_eur: 96, total_eur: 288, confirmacion: 'MOD-5571-QK' };
    },
  }),
};

const call = (name, input) => [ids('call_', 24), name, input];
const turns = [
  {
    prompt: 'Hola, buenas. Tengo una reserva en Sevilla, localizador HX7-QM4R2, y voy a tener que cambiar las fechas. Le aviso ya: voy en silla de ruedas, así que la habitación tiene que ser adaptada sí o sí.',
    replies: [
      { calls: [call('consultar_reserva', { localizador: 'HX7-QM4R2' })] },
      'Gracias, Sr. Okafor. Tengo su reserva HX7-QM4R2 en el Hotel Giralda Centro, del 10 al 13 de abril (3 noches), tarifa flexible solo alojamiento, 102 € por noche. ¿A qué fechas quiere moverla?',
    ],
  },
  {
    prompt: 'Aún no lo tengo cerrado, depende del trabajo. Mientras tanto: ¿el hotel tiene aparcamiento? Iré en coche.',
    replies: [
      { calls: [call('info_hotel', { hotel_id: 'SVQ-GIRALDA-CTR', tema: 'aparcamiento' })] },
      'Sí, el Giralda Centro tiene aparcamiento propio a 18 € por día, con entrada por la calle Conde de Ibarra 4. Conviene reservar la plaza con antelación; si quiere, lo anoto cuando tengamos las fechas.',
    ],
  },
  {
    prompt: '¿Y el desayuno está incluido en mi tarifa?',
    replies: [
      'No, su tarifa flexible es solo alojamiento. El desayuno buffet se puede añadir en el hotel por 14 € por persona y día.',
    ],
  },
  {
    prompt: 'Vale. Ya me han confirmado: cámbiela del 24 al 27 de abril, por favor. Y ya que estamos, la habitación más económica que tengan.',
    replies: [
      { calls: [call('buscar_disponibilidad', { hotel_id: 'SVQ-GIRALDA-CTR', entrada: '2025-04-24', salida: '2025-04-27' })] },
      { calls: [call('modificar_reserva', { localizador: 'HX7-QM4R2', entrada: '2025-04-24', salida: '2025-04-27', codigo_habitacion: 'DBL-STD' })] },
      'Hecho. Su reserva HX7-QM4R2 queda del 24 al 27 de abril en habitación Doble estándar, a 96 € por noche (288 € en total, 18 € menos que antes). Número de confirmación: MOD-5571-QK. ¿Le reservo también la plaza de aparcamiento?',
    ],
  },
];

const historial = [];
const lines = [];
let turno = 0;
for (const t of turns) {
  turno++;
  historial.push({ role: 'user', content: t.prompt });
  const ventana = historial.slice(-MAX_MENSAJES);
  const model = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-2024-11-20', replies: t.replies, ids });
  const res = await otel.tracer.startActiveSpan('POST /api/chat', {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.route': '/api/chat', 'session.id': SESSION, 'user.id': CLIENTE, 'chat.turn': turno },
  }, async (span) => {
    try {
      return await generateText({
        model, system: SYSTEM, messages: ventana, tools, stopWhen: stepCountIs(5),
        telemetry: { functionId: 'soporte-reservas', integrations: [new OpenTelemetry()] },
      });
    } finally {
      span.setAttribute('http.response.status_code', 200);
      span.setStatus({ code: SpanStatusCode.OK });
      span.end();
    }
  });
  historial.push({ role: 'assistant', content: res.text });
  lines.push(await otel.flush());
}
writeJsonl(out, 'traces.jsonl', lines);
console.log(`wrote ${lines.length} OTLP requests to ${out}/traces.jsonl`);
