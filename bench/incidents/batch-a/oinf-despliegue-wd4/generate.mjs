// On-call SRE assistant (Spanish), LangGraph.js, traced by OpenInference.
// The metrics API answers 503 once; the agent retries and acts on the successful reading.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('sre-copiloto', { 'service.version': '1.9.0', 'k8s.cluster.name': 'gke-mad-prod-2' });

let intentos = 0;
const estado = tool(async ({ namespace, deployment }) => {
  if (intentos++ === 0) throw new Error('upstream connect error or disconnect/reset before headers. reset reason: overflow (HTTP 503 from metrics-gw.mad.internal)');
  return JSON.stringify({ namespace, deployment, replicas: { deseadas: 4, listas: 4, no_disponibles: 0 },
    cpu_p95_pct: 91, latencia_p99_ms: 1840, hpa: { min: 4, max: 12, objetivo_cpu_pct: 70 }, muestreado: '2025-02-19T03:12:40Z' });
}, { name: 'estado_deployment', description: 'Estado y métricas de un deployment de Kubernetes.',
  schema: z.object({ namespace: z.string(), deployment: z.string() }) });
const escalar = tool(async ({ namespace, deployment, replicas }) => JSON.stringify({ namespace, deployment, replicas_anteriores: 4, replicas, cambio: 'chg-3f9a21', resultado: 'aplicado' }),
  { name: 'escalar_deployment', description: 'Cambia el número de réplicas de un deployment.',
    schema: z.object({ namespace: z.string(), deployment: z.string(), replicas: z.number().int() }) });

const args = { namespace: 'pagos', deployment: 'checkout-api' };
const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'estado_deployment', args }] },
  { content: 'La pasarela de métricas ha devuelto un 503; vuelvo a consultar antes de tocar nada.', tool_calls: [{ name: 'estado_deployment', args }] },
  { content: '', tool_calls: [{ name: 'escalar_deployment', args: { ...args, replicas: 8 } }] },
  { content: 'checkout-api (pagos) tenía 4/4 réplicas listas pero CPU p95 al 91 % y p99 de 1840 ms, por encima del objetivo del HPA (70 %). Lo he escalado de 4 a 8 réplicas (cambio chg-3f9a21). El primer intento de lectura falló con un 503 de metrics-gw; la segunda lectura fue correcta.' },
] });
const app = await reactGraph({ model, tools: [estado, escalar], name: 'copiloto-guardia',
  prepare: (m) => [new SystemMessage('Eres el copiloto de guardia. No cambies nada sin datos de métricas válidos. Máximo 12 réplicas.'), ...m] });

const sess = 'inc-4471/guardia';
await t.turn({ userId: 'oncall:lmartin' }, () => app.invoke({ messages: [new HumanMessage(
  'Salta la alerta de latencia en checkout-api (namespace pagos). Si va saturado, escálalo al doble, sin pasar del máximo del HPA.')] },
  { metadata: { session_id: sess, pagerduty: 'Q2J7XK41' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
