// Asistente de soporte de una operadora (Vercel AI SDK v7 + @ai-sdk/otel OpenTelemetry, modelo guionizado).
// Dos conversaciones de dos clientes, exportadas por el mismo collector en un fichero (una petición OTLP por línea).
// Ejecutar desde la raíz del repo: node bench/incidents/batch-a/vercel-router-direccion-envio-t2/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  OpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'soporte-fibra-bot',
  resource: { 'deployment.environment': 'pro', 'service.version': '2024.11.3' },
  seed: 'router-direccion-t2',
});
const ids = makeIds('router-direccion-t2');

const SYSTEM = 'Eres el asistente de soporte técnico de Fibranet. Ayudas con averías, cambios de equipo y envíos. Responde en español, de tú, con frases cortas. Usa las herramientas para consultar y modificar pedidos.';

// Notas de memoria que el backend antepone a cada conversación (servicio de memoria compartido).
const memoria = [];
const systemConMemoria = () => memoria.length === 0 ? SYSTEM
  : `${SYSTEM}\n\nMemoria de conversaciones recientes:\n${memoria.map((m) => `- ${m}`).join('\n')}`;

const pedidos = {
  'cli-558120': { pedido: 'PED-88391', equipo: 'Router ZTE H3640 WiFi 6', motivo: 'cambio por avería', estado: 'pendiente de envío', direccion_envio: 'Av. de la Constitución 7, 1ºA, 41001 Sevilla' },
  'cli-603377': { pedido: 'PED-88412', equipo: 'Router ZTE H3640 WiFi 6', motivo: 'cambio por avería', estado: 'pendiente de envío', direccion_envio: null, cp_instalacion: '29004', localidad_instalacion: 'Málaga' },
};

function herramientas(cliente) {
  return {
    consultar_pedido: tool({
      description: 'Consulta el pedido de equipo abierto del cliente identificado.',
      inputSchema: z.object({ cliente_id: z.string() }),
      execute: async () => pedidos[cliente],
    }),
    actualizar_direccion_envio: tool({
      description: 'Cambia la dirección de envío de un pedido.',
      inputSchema: z.object({ pedido: z.string(), direccion: z.string() }),
      execute: async ({ pedido, direccion }) => ({ pedido, direccion_envio: direccion, actualizado: true }),
    }),
    programar_envio: tool({
      description: 'Entrega el pedido al transportista con la dirección indicada. Genera etiqueta y número de seguimiento.',
      inputSchema: z.object({ pedido: z.string(), direccion: z.string(), franja: z.enum(['mañana', 'tarde']) }),
      execute: async ({ pedido, direccion, franja }) => ({ pedido, direccion, franja, transportista: 'SEUR', seguimiento: 'SE4481 0932 7710', entrega_prevista: '2024-11-21' }),
    }),
  };
}

async function turno({ sessionId, cliente, mensaje, replies }) {
  const model = scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies });
  await generateText({
    model,
    system: systemConMemoria(),
    prompt: mensaje,
    tools: herramientas(cliente),
    stopWhen: stepCountIs(6),
    runtimeContext: { sessionId, userId: cliente, canal: 'app' },
    telemetry: { functionId: 'soporte-equipos', includeRuntimeContext: { sessionId: true, userId: true, canal: true }, integrations: [new OpenTelemetry({ runtimeContext: true })] },
  });
  return flush();
}

const lineas = [];

// Cliente 1 (Sevilla): avisa de una mudanza y cambia la dirección de envío.
lineas.push(await turno({
  sessionId: 'conv_7Hk2pQ9wLx4ZbN1r',
  cliente: 'cli-558120',
  mensaje: 'Hola! El router de sustitución que me vais a mandar, mejor no a mi casa actual, que me mudo el lunes. Mándalo a Calle Alfarería 14, 3ºB, 41010 Sevilla porfa.',
  replies: [
    { calls: [['call_sv1VtY7mQp', 'consultar_pedido', { cliente_id: 'cli-558120' }]] },
    { calls: [['call_sv2Hn3xRkd', 'actualizar_direccion_envio', { pedido: 'PED-88391', direccion: 'Calle Alfarería 14, 3ºB, 41010 Sevilla' }]] },
    'Hecho: el router del pedido PED-88391 irá a Calle Alfarería 14, 3ºB, 41010 Sevilla. ¡Suerte con la mudanza!',
  ],
}));
memoria.push('El cliente se muda; nueva dirección de envío para el router: Calle Alfarería 14, 3ºB, 41010 Sevilla (hace 40 min).');

await sleep(30);

// Cliente 2 (Málaga): pregunta por su router de sustitución.
lineas.push(await turno({
  sessionId: 'conv_Rc8mTf3DsJ6YeW0a',
  cliente: 'cli-603377',
  mensaje: 'Buenas, ¿cuándo me llega el router nuevo? El que tengo se reinicia cada dos por tres. Por la tarde mejor, que trabajo por las mañanas.',
  replies: [
    { calls: [['call_mg1Wq5rTzA', 'consultar_pedido', { cliente_id: 'cli-603377' }]] },
    { calls: [['call_mg2Kx8pLbE', 'programar_envio', { pedido: 'PED-88412', direccion: 'Calle Alfarería 14, 3ºB, 41010 Sevilla', franja: 'tarde' }]] },
    'Ya está en camino 🚚 Tu router ZTE H3640 (pedido PED-88412) sale con SEUR hacia Calle Alfarería 14, 3ºB, 41010 Sevilla, en franja de tarde. Entrega prevista: 21/11. Seguimiento: SE4481 0932 7710.',
  ],
}));

writeJsonl(here, 'export-otlp.jsonl', lineas);
