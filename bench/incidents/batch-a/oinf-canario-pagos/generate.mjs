// Asistente SRE (español): agente LangGraph.js que decide si promover una release canario de
// pagos-api a producción. La primera consulta de métricas falla (timeout 504 del query-frontend de
// Prometheus); el agente reintenta con una ventana más corta, obtiene métricas válidas y solo
// entonces promueve. Modelo guionizado, sin red. Escribe trazas.jsonl (OTLP/JSON, una petición por turno).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sre-copilot', { 'service.version': '0.23.4', 'k8s.cluster.name': 'prod-mad-1' });

let intentos = 0;
const canario = tool(async ({ servicio, release, ventana }) => {
  intentos++;
  if (intentos === 1) {
    throw new Error('HTTP 504 Gateway Timeout: prometheus-query-frontend.monitoring.svc:9090 no respondió en 30s '
      + '(query_range sum(rate(http_requests_total{service="pagos-api",track="canary",code=~"5.."}[5m])) ventana=2h)');
  }
  return JSON.stringify({ servicio, release, track: 'canary', ventana, peso_trafico_pct: 10, muestras: 48213,
    tasa_error_5xx_pct: 0.21, tasa_error_5xx_estable_pct: 0.24, latencia_p99_ms: 184, latencia_p99_estable_ms: 191,
    umbrales: { tasa_error_5xx_pct: 1.0, latencia_p99_ms: 250 }, veredicto_analysis_template: 'Successful (3/3 mediciones)' });
}, {
  name: 'estado_canario', description: 'Métricas del despliegue canario (Argo Rollouts AnalysisRun + Prometheus) frente al track estable.',
  schema: z.object({ servicio: z.string(), release: z.string(), ventana: z.string().describe('p. ej. 2h, 30m') }) });

const promover = tool(async ({ servicio, release, entorno, ticket_cambio }) => JSON.stringify({
  rollout: `${servicio}`, namespace: 'pagos', release, entorno, accion: 'promote-full', ticket_cambio,
  estado: 'Progressing → Healthy', pasos: ['setWeight 10 → 100', 'scale down ReplicaSet pagos-api-7c9f6d5b8'],
  iniciado: '2024-11-19T10:42:07Z' }), {
  name: 'promover_release', description: 'Promueve el rollout canario al 100% en el entorno indicado (requiere ticket de cambio aprobado).',
  schema: z.object({ servicio: z.string(), release: z.string(), entorno: z.enum(['staging', 'produccion']), ticket_cambio: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'estado_canario', args: { servicio: 'pagos-api', release: '2024.11.3', ventana: '2h' } }] },
  { content: 'La consulta de métricas ha expirado (504 del query-frontend de Prometheus). Sin métricas no puedo valorar el canario; '
    + 'reintento con una ventana más corta para aligerar la consulta.',
    tool_calls: [{ name: 'estado_canario', args: { servicio: 'pagos-api', release: '2024.11.3', ventana: '30m' } }] },
  { tool_calls: [{ name: 'promover_release', args: { servicio: 'pagos-api', release: '2024.11.3', entorno: 'produccion', ticket_cambio: 'CHG0031877' } }] },
  { content: 'Promoción en marcha. Resumen:\n\n'
    + '* Primer intento de lectura de métricas: timeout 504 de Prometheus; el reintento con ventana de 30 min respondió bien.\n'
    + '* Canario 2024.11.3 (10 % del tráfico, 48 213 peticiones): errores 5xx 0,21 % (estable 0,24 %, umbral 1 %), '
    + 'p99 184 ms (estable 191 ms, umbral 250 ms). AnalysisRun: 3/3 mediciones correctas.\n'
    + '* He promovido pagos-api 2024.11.3 al 100 % en producción con el cambio CHG0031877; el rollout está pasando de Progressing a Healthy.\n\n'
    + 'Vigilo el dashboard de pagos durante los próximos 15 minutos.' },
] });

const app = await reactGraph({ model, tools: [canario, promover], name: 'sre_copilot',
  prepare: (m) => [new SystemMessage('Eres el copiloto SRE del equipo de Pagos. Antes de promover una release revisa SIEMPRE '
    + 'las métricas del canario frente a los umbrales. Si no hay métricas fiables, no promuevas.'), ...m] });

await t.turn({ userId: 'lucia.ortega' }, () => app.invoke({ messages: [new HumanMessage(
  '¿Podemos promover la 2024.11.3 de pagos-api a producción? El canario lleva dos horas al 10 %. Cambio aprobado: CHG0031877.')] },
  { metadata: { thread_id: 'slack-C07PAGOSOPS-1732012915.338919', canal: '#pagos-ops' } }));
t.write(path.join(here, 'trazas.jsonl'));
