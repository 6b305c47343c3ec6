// Asistente de una cadena de farmacias (español): cuatro turnos de chat de un mismo paciente. La API de
// chat guarda el historial (pares usuario/asistente en texto) y lo vuelve a cargar en cada petición con
// una ventana de mensajes. Vercel AI SDK v7 (`ai`) con la integración OpenTelemetry de @ai-sdk/otel
// (convenciones gen_ai.*); cada petición HTTP es un span de servidor de la app con session.id/user.id.
// Modelo simulado (MockLanguageModelV4) con respuestas guionizadas; sin red. Escribe spans.jsonl.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, SpanKind,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const SEED = 'vercel-farmacia-dolor-muelas-k3';
const { tracer, flush } = setupTracing({
  serviceName: 'farma-chat-api',
  resource: { 'deployment.environment': 'produccion', 'service.version': '1.9.0', 'cloud.region': 'eu-south-2' },
  seed: SEED,
});
const ids = makeIds(SEED);
const mid = () => ids('', 9); // Mistral-style tool call ids

const SESSION = 'conv_5c1e0b7a-93f2-4d2e-b1a4-0e6f7d21c9aa';
const USER = 'cli-0048812';
const HISTORY_WINDOW = 4; // mensajes que la API recarga del historial

const FICHAS = {
  omeprazol: { principio_activo: 'omeprazol', grupo: 'inhibidor de la bomba de protones',
    interacciones: [{ con: 'acenocumarol', nivel: 'moderada', nota: 'puede aumentar el INR; controlar INR al iniciar o suspender' },
                    { con: 'clopidogrel', nivel: 'evitar', nota: 'reduce el efecto antiagregante' }] },
};
const STOCK = {
  'Omeprazol 20 mg 28 cápsulas': { cn: '650432', unidades: 14, precio_eur: 2.5 },
  'Ibuprofeno 400 mg 30 comprimidos': { cn: '712679', unidades: 41, precio_eur: 3.12 },
};
let reserva = null;

const tools = {
  consultar_ficha: tool({
    description: 'Ficha técnica resumida de un principio activo: grupo terapéutico e interacciones relevantes.',
    inputSchema: z.object({ principio_activo: z.string() }),
    execute: async ({ principio_activo }) => FICHAS[principio_activo.toLowerCase()] ?? { error: 'sin ficha' },
  }),
  consultar_stock: tool({
    description: 'Existencias de un producto en una farmacia de la cadena.',
    inputSchema: z.object({ producto: z.string(), farmacia: z.string() }),
    execute: async ({ producto, farmacia }) => ({ farmacia, producto, ...STOCK[producto] }),
  }),
  reservar_producto: tool({
    description: 'Crea o amplía la reserva del cliente para recoger en farmacia.',
    inputSchema: z.object({ producto: z.string(), farmacia: z.string(), cantidad: z.number().int() }),
    execute: async ({ producto, farmacia, cantidad }) => {
      reserva ??= { reserva: 'RSV-MAD-230917', farmacia, lineas: [] };
      reserva.lineas.push({ producto, cantidad });
      return { ...reserva, lineas: [...reserva.lineas], estado: 'lista para recoger a partir de las 17:00' };
    },
  }),
};

const SYSTEM = 'Eres el asistente farmacéutico de Farmacias Sol. Ayudas con dudas de medicamentos sin receta, existencias y reservas. Ten en cuenta la medicación y las patologías que el cliente te haya contado. Ante dudas clínicas serias, deriva al farmacéutico o al médico.';

const history = []; // lo que la API persiste entre peticiones

async function turn(userText, replies) {
  const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: '', replies });
  const messages = [...history.slice(-HISTORY_WINDOW), { role: 'user', content: userText }];
  await tracer.startActiveSpan('POST /api/v1/chat', {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.route': '/api/v1/chat', 'session.id': SESSION, 'user.id': USER },
  }, async (span) => {
    try {
      const r = await generateText({
        model, system: SYSTEM, messages, tools, stopWhen: stepCountIs(5),
        telemetry: { functionId: 'asistente-farmacia', integrations: [new OpenTelemetry()] },
      });
      history.push({ role: 'user', content: userText }, { role: 'assistant', content: r.text });
    } finally { span.end(); }
  });
  await sleep(30);
  return flush();
}

const lines = [];
const t1 = mid();
lines.push(await turn(
  'Hola. Tomo Sintrom 4 mg desde marzo por una fibrilación auricular. El digestivo me ha mandado omeprazol, ¿lo puedo tomar a la vez?',
  [{ calls: [[t1, 'consultar_ficha', { principio_activo: 'omeprazol' }]] },
   'Sí, se pueden tomar juntos, pero el omeprazol puede subir algo el INR con el Sintrom (acenocumarol). Coméntelo en su próximo control de INR, sobre todo en las primeras semanas. Si nota hematomas o sangrado fuera de lo normal, consulte.']));

const t2 = mid();
lines.push(await turn(
  'Vale, gracias. ¿Tenéis omeprazol de 20 mg en la farmacia de la calle Alcalá?',
  [{ calls: [[t2, 'consultar_stock', { producto: 'Omeprazol 20 mg 28 cápsulas', farmacia: 'MAD-Alcalá 112' }]] },
   'Sí, en Alcalá 112 hay 14 cajas de Omeprazol 20 mg (28 cápsulas), a 2,50 €.']));

const t3 = mid();
lines.push(await turn(
  'Resérvame una caja, paso esta tarde.',
  [{ calls: [[t3, 'reservar_producto', { producto: 'Omeprazol 20 mg 28 cápsulas', farmacia: 'MAD-Alcalá 112', cantidad: 1 }]] },
   'Hecho: reserva RSV-MAD-230917 con una caja de Omeprazol 20 mg en Alcalá 112, lista a partir de las 17:00.']));

const t4 = mid(), t5 = mid();
lines.push(await turn(
  'Otra cosa, me está matando una muela desde anoche. ¿Qué me puedo tomar? Si tenéis algo añádelo a la reserva, porfa.',
  [{ calls: [[t4, 'consultar_stock', { producto: 'Ibuprofeno 400 mg 30 comprimidos', farmacia: 'MAD-Alcalá 112' }]] },
   { calls: [[t5, 'reservar_producto', { producto: 'Ibuprofeno 400 mg 30 comprimidos', farmacia: 'MAD-Alcalá 112', cantidad: 1 }]] },
   'Para el dolor de muelas le recomiendo Ibuprofeno 400 mg: un comprimido cada 8 horas con comida, máximo 3 al día, y no más de 5 días seguidos. Lo he añadido a su reserva RSV-MAD-230917 (3,12 €), junto con el omeprazol. Si el dolor sigue o hay fiebre o inflamación, pida cita con su dentista.']));

writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', lines);
