// Asistente de devoluciones de una paquetería (LangGraph.js + scripted model), OpenInference OTLP/JSON.
// Run from /work/main: node bench/incidents/batch-a/oinf-paqueteria-dd4/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('devoluciones-bot', { 'deployment.environment': 'pro-mad2' });

const consultarEnvio = tool(async ({ localizador }) => JSON.stringify({
  localizador, estado: 'ENTREGADO', destinatario: 'M. Ortega Blanco', cp_destino: '46005',
  fecha_entrega: '03/04/2025', hora_entrega: '12:41', plazo_devolucion_dias: 14,
  bultos: [{ ref: 'BX-2291', peso: '2,35 kg' }],
}), { name: 'consultar_envio', description: 'Estado y datos de entrega de un envío por localizador.',
  schema: z.object({ localizador: z.string() }) });

const programarRecogida = tool(async ({ localizador, fecha_recogida, fecha_limite }) => JSON.stringify({
  ok: true, recogida_id: 'RCG-77310452', localizador, franja: '09:00-14:00', fecha_recogida, fecha_limite_registrada: fecha_limite,
}), { name: 'programar_recogida', description: 'Programa la recogida de una devolución en el domicilio del cliente. Fechas en ISO 8601 (AAAA-MM-DD).',
  schema: z.object({ localizador: z.string(), fecha_recogida: z.string().describe('AAAA-MM-DD'),
    fecha_limite: z.string().describe('Último día del plazo de devolución, AAAA-MM-DD') }) });

await t.turn({ userId: 'cli-5530918' }, async () => {
  const app = await reactGraph({ tools: [consultarEnvio, programarRecogida], model: new ScriptedChatModel({ replies: [
    { tool_calls: [{ name: 'consultar_envio', args: { localizador: '0082 4471 9930 ES' } }] },
    { content: 'Programo la recogida para mañana.',
      tool_calls: [{ name: 'programar_recogida', args: { localizador: '0082 4471 9930 ES', fecha_recogida: '2025-04-11', fecha_limite: '2025-03-18' } }] },
    { content: 'Listo. La recogida RCG-77310452 queda programada para el 11/04/2025 entre las 09:00 y las 14:00. Tenga en cuenta que el envío se entregó el 4 de marzo, así que el plazo de 14 días venció el 18/03/2025: la devolución queda registrada como fuera de plazo y el reembolso no está garantizado.' },
  ] }) });
  await app.invoke({ messages: [
    new SystemMessage('Eres el asistente de devoluciones de Envíos Turia. Consulta siempre el envío antes de programar una recogida. Hoy es 10/04/2025.'),
    new HumanMessage('Buenas, quiero devolver el paquete 0082 4471 9930 ES, me llegó hace unos días. ¿Me lo pueden recoger cuanto antes?'),
  ] }, { metadata: { conversation_id: 'conv_9f2c1e7a-devol' } });
});

t.write(path.join(here, 'spans.jsonl'));
