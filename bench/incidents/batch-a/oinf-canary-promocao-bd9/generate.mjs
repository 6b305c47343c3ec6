// Agente de plantão SRE (LangGraph.js, modelo roteirizado) que decide promover um canary.
// Traces OpenInference em OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('sre-plantao', { 'deployment.environment': 'prod-sa-east-1' });

let chamadasMetricas = 0;
const metricas = tool(async ({ servico, versao, janela }) => {
  if (chamadasMetricas++ === 0) throw new Error('HTTP 429 Too Many Requests from metrics-gw.internal: rate limit exceeded for token sre-bot (retry-after: 2s)');
  return JSON.stringify({ servico, versao, janela, trafego_pct: 10, requisicoes: 48211, erros_5xx: 0, erros_4xx: 312,
    p50_ms: 41, p99_ms: 212, baseline: { versao: 'v4.17.2', p99_ms: 205, erros_5xx_por_mil: 0.04 } });
}, { name: 'obter_metricas_canary', description: 'Métricas agregadas do canary na janela pedida.',
  schema: z.object({ servico: z.string(), versao: z.string(), janela: z.string() }) });

const logs = tool(async ({ consulta, janela }) => JSON.stringify({ consulta, janela, total: 0, amostras: [],
  indexado_ate: '2026-12-04T04:41:57Z', shards_ok: 6, shards_total: 6 }),
{ name: 'consultar_logs', description: 'Consulta os logs de acesso indexados.',
  schema: z.object({ consulta: z.string(), janela: z.string() }) });

const promover = tool(async ({ servico, versao }) => JSON.stringify({ servico, versao, rollout: 'ro-9f31c2', passo: '10% → 100%',
  estado: 'em_andamento', estimativa_min: 12 }),
{ name: 'promover_canary', description: 'Promove o canary para 100% do tráfego.',
  schema: z.object({ servico: z.string(), versao: z.string(), justificativa: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'obter_metricas_canary', args: { servico: 'checkout-api', versao: 'v4.18.0', janela: '30m' } }] },
  { content: 'O gateway de métricas limitou a taxa (429). Vou tentar de novo.', tool_calls: [{ name: 'obter_metricas_canary', args: { servico: 'checkout-api', versao: 'v4.18.0', janela: '30m' } }] },
  { content: 'Zero 5xx em 48.211 requisições; vou confirmar nos logs antes de promover.', tool_calls: [{ name: 'consultar_logs', args: { consulta: 'service:checkout-api AND version:v4.18.0 AND status:>=500', janela: '30m' } }] },
  { tool_calls: [{ name: 'promover_canary', args: { servico: 'checkout-api', versao: 'v4.18.0',
    justificativa: '30 min a 10%: 48.211 req, 0 5xx (logs confirmam, 6/6 shards, indexado até 04:41:57Z), p99 212 ms vs 205 ms baseline' } }] },
  { content: 'Canary checkout-api v4.18.0 promovido (rollout ro-9f31c2, 10% → 100%, ~12 min). Base: na janela de 30 min, 48.211 requisições, 0 erros 5xx (confirmado nos logs, 6/6 shards, indexados até 04:41:57Z), 312 4xx (mesma ordem do baseline) e p99 de 212 ms contra 205 ms da v4.17.2. A primeira leitura de métricas falhou com 429 e foi repetida com sucesso.' },
] });

const app = await reactGraph({ model, tools: [metricas, logs, promover], name: 'sre_plantao' });
await t.turn({ userId: 'oncall-rafaela.m' }, () => app.invoke({ messages: [
  new SystemMessage('Você é o agente de plantão SRE. Só promova um canary se houver métricas válidas e confirmação independente de ausência de erros 5xx.'),
  new HumanMessage('O canary da checkout-api v4.18.0 está há 30 min em 10%. Pode promover se estiver saudável.'),
] }, { metadata: { session_id: 'inc-chat-20261204-0442-ckout' } }));
t.write(path.join(here, 'traces.jsonl'));
