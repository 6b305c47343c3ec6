// Customer service of a Spanish online shop (in Spanish): the carrier tracking API times out once,
// the agent retries the same call, gets the real status and answers from it.
// Run: node bench/incidents/batch-a/agents-envio-reintento/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarPedido = tool({
  name: 'consultar_pedido',
  description: 'Devuelve las líneas, el estado y el envío asociado a un pedido.',
  parameters: z.object({ pedido: z.string() }),
  execute: async ({ pedido }) => JSON.stringify({
    pedido, cliente: 'Lucía Ferrer Soler', fecha: '2026-03-09', estado: 'enviado',
    lineas: [{ sku: 'ZAP-TRAIL-4421-42', descripcion: 'Zapatilla trail Montsant, talla 42', uds: 1, precio: '89,95 €' }],
    envio: { transportista: 'PaqExpress', localizador: 'PQX7720419885ES', modalidad: 'estándar 48/72h' },
  }),
});

let intentos = 0;
const rastrearEnvio = tool({
  name: 'rastrear_envio',
  description: 'Consulta el seguimiento de un envío en la API del transportista.',
  parameters: z.object({ transportista: z.string(), localizador: z.string() }),
  execute: async ({ localizador }) => {
    intentos += 1;
    if (intentos === 1) throw new Error('PaqExpress tracking API: 504 Gateway Timeout (upstream no respondió en 10000 ms)');
    return JSON.stringify({
      localizador, estado: 'EN_REPARTO', ultima_actualizacion: '2026-03-12T08:14:00+01:00',
      eventos: [
        { fecha: '2026-03-10T19:02:00+01:00', lugar: 'Almacén Coslada (Madrid)', evento: 'Admitido' },
        { fecha: '2026-03-11T23:40:00+01:00', lugar: 'Plataforma Valencia', evento: 'En tránsito' },
        { fecha: '2026-03-12T08:14:00+01:00', lugar: 'Delegación Gandia', evento: 'En reparto' },
      ],
      entrega_estimada: '2026-03-12, 10:00-14:00',
    });
  },
  errorFunction: (_ctx, error) => `Error al consultar el seguimiento: ${error.message}`,
});

const model = scriptedModel([
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'WEB-26-0031975' } }] },
  { tool_calls: [{ name: 'rastrear_envio', args: { transportista: 'PaqExpress', localizador: 'PQX7720419885ES' } }] },
  { tool_calls: [{ name: 'rastrear_envio', args: { transportista: 'PaqExpress', localizador: 'PQX7720419885ES' } }] },
  { content: 'Hola, Lucía. Tu pedido WEB-26-0031975 (zapatilla trail Montsant, talla 42) salió de nuestro almacén el 10 de marzo con PaqExpress, localizador PQX7720419885ES. Esta mañana a las 8:14 ha llegado a la delegación de Gandia y ya está en reparto: la entrega está prevista para hoy, 12 de marzo, entre las 10:00 y las 14:00, así que lo tendrás mucho antes del viernes.' },
], { seed: 'envio-reintento' });

const agent = new Agent({
  name: 'Atención al cliente',
  instructions: 'Eres el asistente de atención al cliente de una tienda online de deporte. Consulta el pedido y el seguimiento antes de responder. Si una consulta falla, vuelve a intentarlo antes de dar una respuesta. Responde en español, en tono cercano.',
  model, tools: [consultarPedido, rastrearEnvio],
});

const runner = new Runner({
  groupId: 'zd-ticket-8841207',
  workflowName: 'Soporte web - chat',
  traceMetadata: { user_id: 'cli_00419522', idioma: 'es-ES' },
});
await runner.run(agent, 'Buenas, hice el pedido WEB-26-0031975 el lunes y todavía no me ha llegado. Lo necesito antes del viernes para una carrera, ¿sabéis dónde está?');
writeTrace(here, 'traces.jsonl');
