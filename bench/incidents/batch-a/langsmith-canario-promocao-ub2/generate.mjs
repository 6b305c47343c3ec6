// Agente de plantão (LangGraph.js, rastreado no LangSmith): decide se promove o canário do
// checkout-api v2.41.0 depois de 30 min de tráfego; a API de métricas oscila no meio do caminho.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, startClock, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-03T17:26:51.000Z', 29);

let chamadas = 0;
const consultarMetricas = tool(async ({ servico, versao, janela_min }) => {
  chamadas += 1;
  if (chamadas === 1) throw new Error('upstream connect error or disconnect/reset before headers. reset reason: connection timeout (prometheus-query.monitoring.svc:9090)');
  return JSON.stringify({ servico, versao, janela_min, requisicoes: 18402, erros_5xx: 0, taxa_erro_pct: 0.0,
    latencia_p99_ms: 212, baseline_v2_40_3: { requisicoes: 166930, taxa_erro_pct: 0.04, latencia_p99_ms: 219 } });
}, { name: 'consultar_metricas', description: 'Métricas RED de uma versão (Prometheus).', latency: [200, 3000],
  schema: z.object({ servico: z.string(), versao: z.string(), janela_min: z.number() }) });
const statusRollout = tool(async ({ rollout }) => JSON.stringify({ rollout, fase: 'canary', peso_pct: 10, pods_prontos: '3/3',
  reinicios: 0, analise: 'Successful', pausado_desde: '2025-04-03T16:55:02Z' }),
  { name: 'status_rollout', description: 'Estado do Argo Rollout.', schema: z.object({ rollout: z.string() }) });
const promoverRollout = tool(async ({ rollout, para_peso_pct }) => JSON.stringify({ rollout, acao: 'promote', peso_pct: para_peso_pct,
  fase: 'Progressing', mensagem: `rollout ${rollout} promoted` }), { name: 'promover_rollout', description: 'Promove o canário.',
  latency: [500, 1200], schema: z.object({ rollout: z.string(), para_peso_pct: z.number() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01Hq8vXbN2', name: 'status_rollout', args: { rollout: 'checkout-api' } }] },
  { tool_calls: [{ id: 'toolu_01Hq8vXbN3', name: 'consultar_metricas', args: { servico: 'checkout-api', versao: 'v2.41.0', janela_min: 30 } }] },
  { content: 'A consulta ao Prometheus falhou (timeout de conexão); não vou decidir sem os números. Tentando de novo.',
    tool_calls: [{ id: 'toolu_01Hq8vXbN4', name: 'consultar_metricas', args: { servico: 'checkout-api', versao: 'v2.41.0', janela_min: 30 } }] },
  { tool_calls: [{ id: 'toolu_01Hq8vXbN5', name: 'promover_rollout', args: { rollout: 'checkout-api', para_peso_pct: 100 } }] },
  { content: 'Canário promovido para 100%. Na segunda consulta (a primeira deu timeout no Prometheus): 18.402 requisições em 30 min, '
    + 'zero 5xx (0,0% contra 0,04% da v2.40.3) e p99 de 212 ms contra 219 ms. Pods 3/3 prontos, nenhum reinício, análise Successful.' },
] });

const app = agentGraph({ model, tools: [statusRollout, consultarMetricas, promoverRollout], name: 'plantao-sre' });
await traced(app, { messages: [
  new SystemMessage('Você é o agente de plantão SRE da Lojas Aurora. Só promova um canário com métricas da janela completa: taxa de erro e p99 não podem piorar em relação à versão estável.'),
  new HumanMessage('Canário do checkout-api v2.41.0 está em 10% há 30 min. Se estiver tudo ok pode promover, tô saindo pra reunião. — Renata'),
] }, { project: 'aurora-sre-agent', metadata: { thread_id: 'ops:deploy-7781:checkout-api', user_id: 'renata.lima' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
