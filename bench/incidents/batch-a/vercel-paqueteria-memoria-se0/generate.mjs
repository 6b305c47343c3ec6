// Parcel-delivery WhatsApp assistant (Spanish): two customers, two conversations, one note store.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'ecomarket-whatsapp-bot', seed: 'paqueteria-memoria-se0',
  resource: { 'deployment.environment': 'produccion', 'service.version': '0.9.3' } });
const ids = makeIds('paqueteria-memoria-se0');

// The note store of the bot: keyed by the business's WhatsApp line, as deployed.
const notas = new Map();
const claveDe = (canal) => `mem:ecomarket:${canal}`;

const guardarNota = tool({
  description: 'Guarda una nota sobre el cliente para próximas conversaciones.',
  inputSchema: z.object({ canal: z.string(), texto: z.string() }),
  execute: async ({ canal, texto }) => {
    const clave = claveDe(canal);
    const lista = notas.get(clave) ?? [];
    lista.push({ texto, guardado: new Date().toISOString() });
    notas.set(clave, lista);
    return { ok: true, clave, total_notas: lista.length };
  },
});
const leerNotas = tool({
  description: 'Lee las notas guardadas del cliente.',
  inputSchema: z.object({ canal: z.string() }),
  execute: async ({ canal }) => ({ clave: claveDe(canal), notas: notas.get(claveDe(canal)) ?? [] }),
});
const consultarPedido = tool({
  description: 'Estado de un pedido por número de pedido.',
  inputSchema: z.object({ pedido: z.string() }),
  execute: async ({ pedido }) => pedido === 'EM-2025-4471902'
    ? { pedido, estado: 'en_reparto', transportista: 'SEUR', franja: '16:00-20:00', direccion_entrega: null, cliente: 'cli-90457' }
    : { pedido, estado: 'preparando', transportista: 'SEUR', direccion_entrega: 'Avda. de Madrid 12, 2ºA, 50004 Zaragoza', cliente: 'cli-88213' },
});
const actualizarEntrega = tool({
  description: 'Fija la dirección de entrega de un pedido en reparto.',
  inputSchema: z.object({ pedido: z.string(), direccion: z.string() }),
  execute: async ({ pedido, direccion }) => ({ pedido, direccion, confirmado: true, ref: 'SEUR-CHG-' + ids('', 8).toUpperCase() }),
});

const system = 'Eres el asistente de EcoMarket por WhatsApp. Ayuda con pedidos y entregas. Usa las notas guardadas para no volver a preguntar datos.';
const tools = { consultarPedido, guardarNota, leerNotas, actualizarEntrega };
const callId = () => 'call_' + ids('', 24);

async function turno({ sessionId, userId, prompt, replies }) {
  await generateText({
    model: scriptedModel({ modelId: 'gpt-4.1-mini', ids, replies }),
    system, prompt, tools, stopWhen: stepCountIs(6),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'whatsapp-pedidos', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  return otel.flush();
}

const lines = [];
lines.push(await turno({
  sessionId: 'wa-conv-34611200457', userId: 'cli-88213',
  prompt: 'Hola, me he mudado. Mi pedido EM-2025-4470518 mándalo a mi nueva dirección: C/ Alcalá 214, 3ºB, 28028 Madrid. Gracias, Lucía',
  replies: [
    { calls: [[callId(), 'consultarPedido', { pedido: 'EM-2025-4470518' }]] },
    { calls: [[callId(), 'guardarNota', { canal: 'whatsapp-34910000000', texto: 'Lucía Ferrer: nueva dirección de entrega C/ Alcalá 214, 3ºB, 28028 Madrid' }]] },
    'Perfecto, Lucía. He anotado tu nueva dirección (C/ Alcalá 214, 3ºB, 28028 Madrid). Tu pedido EM-2025-4470518 todavía se está preparando; la dirección se aplicará antes del envío.',
  ],
}));
lines.push(await turno({
  sessionId: 'wa-conv-34699087112', userId: 'cli-90457',
  prompt: 'Buenas, el repartidor dice que falta la dirección del pedido EM-2025-4471902. ¿Podéis ponerla vosotros, la que tengo guardada?',
  replies: [
    { calls: [[callId(), 'consultarPedido', { pedido: 'EM-2025-4471902' }]] },
    { calls: [[callId(), 'leerNotas', { canal: 'whatsapp-34910000000' }]] },
    { calls: [[callId(), 'actualizarEntrega', { pedido: 'EM-2025-4471902', direccion: 'C/ Alcalá 214, 3ºB, 28028 Madrid' }]] },
    'Hecho: he fijado la dirección guardada, C/ Alcalá 214, 3ºB, 28028 Madrid, para tu pedido EM-2025-4471902. SEUR lo entregará hoy entre las 16:00 y las 20:00.',
  ],
}));
writeJsonl(dir, 'otlp-traces.jsonl', lines);
