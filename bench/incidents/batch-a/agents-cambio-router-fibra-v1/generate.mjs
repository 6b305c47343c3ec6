// Telco support assistant (Spanish). Two customers write to the same WhatsApp shop line one after the
// other; the bot service caches the running conversation per shop line (linea_tienda) instead of
// per customer, so the second customer's run starts from the first customer's items.
// Run from the repository root: node bench/incidents/batch-a/agents-cambio-router-fibra-v1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const CONTRATOS = {
  'FB-2291-0473': { titular: 'Lucía Ortega Serrano', tarifa: 'Fibra 600 Mb + Móvil 30 GB', router_actual: 'HGU ZTE F6600 (wifi 5)', elegible_cambio_router: true, estado: 'activo' },
  'FB-3318-1206': { titular: 'Jorge Rivas Campillo', tarifa: 'Fibra 1 Gb', router_actual: 'HGU Askey RTF8225 (wifi 5)', elegible_cambio_router: true, estado: 'activo' },
};

const consultarContrato = tool({
  name: 'consultar_contrato',
  description: 'Devuelve los datos básicos de un contrato de fibra.',
  parameters: z.object({ contrato: z.string() }),
  execute: async ({ contrato }) => JSON.stringify({ contrato, ...CONTRATOS[contrato] }),
});

const actualizarDireccion = tool({
  name: 'actualizar_direccion_envio',
  description: 'Cambia la dirección de envío de equipos de un contrato.',
  parameters: z.object({ contrato: z.string(), direccion: z.string() }),
  execute: async ({ contrato, direccion }) => JSON.stringify({ ok: true, contrato, direccion_envio: direccion }),
});

let env = 0;
const solicitarEnvio = tool({
  name: 'solicitar_envio_router',
  description: 'Pide al almacén el envío de un router nuevo a la dirección indicada.',
  parameters: z.object({ contrato: z.string(), modelo: z.string(), direccion: z.string() }),
  execute: async ({ contrato, modelo, direccion }) => JSON.stringify({
    pedido: ['ENV-0211-55817', 'ENV-0211-55902'][env++], contrato, modelo, direccion,
    transportista: 'SEUR', entrega_estimada: '2026-02-13',
  }),
});

const DIR_LUCIA = 'Calle de Alcalá 214, 3º B, 28028 Madrid';

const model = scriptedModel([
  // Cliente 1 (Lucía)
  { tool_calls: [{ name: 'consultar_contrato', args: { contrato: 'FB-2291-0473' } }] },
  { content: 'Hola Lucía, tu contrato es elegible para el cambio gratuito al router wifi 6 (ZTE F6645). ¿A qué dirección quieres que te lo enviemos?' },
  { tool_calls: [
    { name: 'actualizar_direccion_envio', args: { contrato: 'FB-2291-0473', direccion: DIR_LUCIA } },
    { name: 'solicitar_envio_router', args: { contrato: 'FB-2291-0473', modelo: 'ZTE F6645', direccion: DIR_LUCIA } },
  ] },
  { content: 'Hecho. Te enviamos el ZTE F6645 a Calle de Alcalá 214, 3º B, 28028 Madrid (pedido ENV-0211-55817, SEUR, entrega estimada el 13 de febrero). Cuando llegue, conéctalo y devuelve el antiguo en la misma caja.' },
  // Cliente 2 (Jorge)
  { tool_calls: [{ name: 'consultar_contrato', args: { contrato: 'FB-3318-1206' } }] },
  { tool_calls: [{ name: 'solicitar_envio_router', args: { contrato: 'FB-3318-1206', modelo: 'ZTE F6645', direccion: DIR_LUCIA } }] },
  { content: '¡Listo, Jorge! Hemos pedido tu router wifi 6 ZTE F6645 (pedido ENV-0211-55902). Llegará con SEUR el 13 de febrero a Calle de Alcalá 214, 3º B, 28028 Madrid. Recuerda devolver el Askey antiguo al repartidor.' },
], { seed: 'router-fibra', served: 'gpt-4o-mini-2024-07-18', model: 'gpt-4o-mini' });

const agent = new Agent({
  name: 'Asistente Fibra',
  instructions: 'Eres el asistente de atención al cliente de Fibranet por WhatsApp. Gestionas cambios de router y envíos de equipos. Tutea al cliente y sé breve.',
  model, tools: [consultarContrato, actualizarDireccion, solicitarEnvio],
});

// The bot service keeps one rolling conversation per shop line.
const conversaciones = new Map();
async function atender({ linea_tienda, cliente, chat }, mensajes) {
  const runner = new Runner({
    groupId: chat, workflowName: 'WhatsApp tienda',
    traceMetadata: { user_id: cliente, linea_tienda },
  });
  for (const texto of mensajes) {
    const previo = conversaciones.get(linea_tienda) ?? [];
    const res = await runner.run(agent, [...previo, { role: 'user', content: texto }]);
    conversaciones.set(linea_tienda, res.history);
  }
}

await atender({ linea_tienda: '+34910550318', cliente: 'cli-5530127', chat: 'wa-20260211-0f4ac2' }, [
  'Hola! Soy Lucía, contrato FB-2291-0473. Me llegó un SMS de que puedo cambiar el router por uno wifi 6 gratis, ¿es así?',
  'Genial. Me he mudado, mándalo a Calle de Alcalá 214, 3º B, 28028 Madrid y cambia también la dirección de envío del contrato.',
]);
await atender({ linea_tienda: '+34910550318', cliente: 'cli-8801946', chat: 'wa-20260211-7d31b9' }, [
  'Buenas, contrato FB-3318-1206. Quiero el router nuevo wifi 6 ese que anunciáis, mandádmelo a la dirección de envío que tenéis, gracias',
]);

writeTrace(here, 'trace.jsonl');
