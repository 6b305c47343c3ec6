// SRE assistant (Spanish): reads latency percentiles from the metrics backend and creates an alert rule.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-02T09:15:33.000Z', 77);
const dir = here(import.meta.url);

const percentiles = tool(async ({ servicio, ventana }) => JSON.stringify({
  servicio, ventana, fuente: 'prometheus-prod-eu', histograma: 'http_server_duration_microseconds',
  unidad: 'us', muestras: 1843221, p50: 21500, p90: 61200, p99: 84000, max: 412900,
}), { name: 'consultar_percentiles', description: 'Percentiles de latencia de un servicio en una ventana de tiempo.',
  schema: z.object({ servicio: z.string(), ventana: z.string() }) });

const crearRegla = tool(async ({ servicio, percentil, umbral_ms, durante_min, canal }) => JSON.stringify({
  regla_id: 'alr_7f3c21e0', servicio, expr: `histogram_quantile(0.${percentil}, http_server_duration_ms) > ${umbral_ms}`,
  durante: `${durante_min}m`, canal, estado: 'activa' }), {
  name: 'crear_regla_alerta', description: 'Crea una regla de alerta de latencia (umbral en milisegundos).',
  schema: z.object({ servicio: z.string(), percentil: z.number().int(), umbral_ms: z.number().describe('Umbral en milisegundos'),
    durante_min: z.number().int(), canal: z.string() }) });

const app = agentGraph({ name: 'asistente_sre', tools: [percentiles, crearRegla], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_pX81aa', name: 'consultar_percentiles', args: { servicio: 'pagos-api', ventana: '7d' } }] },
  { content: 'El p99 de pagos-api en los últimos 7 días es 84000. Creo la regla con un margen del 20 %.',
    tool_calls: [{ id: 'call_pX81ab', name: 'crear_regla_alerta', args: { servicio: 'pagos-api', percentil: 99, umbral_ms: 100800, durante_min: 5, canal: '#oncall-pagos' } }] },
  { content: 'Listo: regla alr_7f3c21e0 activa para pagos-api. Avisará en #oncall-pagos si el p99 supera 100800 ms durante 5 minutos (p99 actual 84000 + 20 % de margen).' },
] }) });

await traced(app, { messages: [
  new SystemMessage('Eres el asistente de guardia SRE. Usa las herramientas de métricas y alertas; los umbrales se fijan a partir de datos reales.'),
  new HumanMessage('Necesito una alerta para pagos-api: que salte si el p99 se dispara más de un 20 % sobre lo normal de la última semana. Canal #oncall-pagos, 5 minutos.') ] },
{ project: 'sre-copilot', metadata: { thread_id: '4c1e9a77-2b0f-4d8e-9a1c-66b0f2d3e518', user_id: 'lmartinez' } });
advance(100);
writeRuns(path.join(dir, 'runs.jsonl'));
