// Agente de plantão (on-call) de uma fintech: um agente LangGraph consulta métricas, deploys e o
// Alertmanager antes de decidir entre rollback e silenciar um alerta. Modelo roteirizado, sem rede;
// spans OpenInference em OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sre-copiloto', { 'deployment.environment': 'prod-sa-east-1', 'service.version': '0.9.4', 'k8s.cluster.name': 'core-prod-01' });

let promCalls = 0;
const tools = [
  tool(async ({ servico, metrica, janela }) => {
    promCalls++;
    if (promCalls === 1) throw new Error(`prometheus query failed: 504 Gateway Timeout from thanos-query.monitoring.svc:10902 after 30s (query=sum(rate(http_requests_total{service="${servico}",code=~"5.."}[${janela}])))`);
    if (janela === '5m') return JSON.stringify({ servico, metrica, janela, avaliado_em: '2025-11-18T03:31:40Z', taxa_erro_5xx: 0.0, req_por_s: 412.7, p99_ms: 188, amostras: 300 });
    return JSON.stringify({ servico, metrica, janela, avaliado_em: '2025-11-18T03:31:52Z', taxa_erro_5xx_max: 0.083, pico_em: '2025-11-18T03:09:30Z',
      normalizado_em: '2025-11-18T03:14:10Z', taxa_erro_5xx_atual: 0.0, eventos: ['03:10:02Z HPA payments-api 6→10 réplicas'] });
  }, { name: 'consultar_metricas', description: 'Consulta uma métrica de um serviço no Prometheus/Thanos.',
    schema: z.object({ servico: z.string(), metrica: z.enum(['taxa_erro_5xx', 'latencia_p99', 'saturacao']), janela: z.string() }) }),
  tool(async ({ servico }) => JSON.stringify({ servico, atual: { versao: 'v2.15.0', implantado_em: '2025-11-17T19:42:11Z', por: 'argocd', status: 'Healthy', replicas: '10/10' },
    anterior: { versao: 'v2.14.3', implantado_em: '2025-11-10T14:05:37Z' } }),
    { name: 'listar_deploys', description: 'Versão atual e anterior de um serviço no Argo CD.', schema: z.object({ servico: z.string() }) }),
  tool(async ({ servico, versao }) => JSON.stringify({ servico, versao, sync: 'Started' }),
    { name: 'executar_rollback', description: 'Faz rollback de um serviço para uma versão anterior via Argo CD.', schema: z.object({ servico: z.string(), versao: z.string() }) }),
  tool(async ({ alerta, duracao, comentario }) => JSON.stringify({ silence_id: '7c2e9f4a-51b3-4d8e-a0f6-3e1d92b8c415', alerta, ate: '2025-11-18T04:32:05Z', criado_por: 'sre-copiloto', comentario }),
    { name: 'silenciar_alerta', description: 'Cria um silence no Alertmanager.', schema: z.object({ alerta: z.string(), duracao: z.string(), comentario: z.string() }) }),
];

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'consultar_metricas', args: { servico: 'payments-api', metrica: 'taxa_erro_5xx', janela: '15m' } }] },
  { content: 'A consulta de 15 min estourou o timeout do Thanos; vou tentar de novo com uma janela menor.',
    tool_calls: [{ name: 'consultar_metricas', args: { servico: 'payments-api', metrica: 'taxa_erro_5xx', janela: '5m' } }] },
  { tool_calls: [{ name: 'listar_deploys', args: { servico: 'payments-api' } }] },
  { tool_calls: [{ name: 'consultar_metricas', args: { servico: 'payments-api', metrica: 'taxa_erro_5xx', janela: '1h' } }] },
  { tool_calls: [{ name: 'silenciar_alerta', args: { alerta: 'PagamentosErroAlto', duracao: '1h',
    comentario: 'Pico de 8,3% de 5xx às 03:09Z resolvido às 03:14Z após HPA escalar 6→10; 0,0% nos últimos 5 min (300 amostras). Sem rollback: v2.15.0 está em produção desde 17/11 19:42Z sem erros até o pico.' } }] },
  { content: 'Resumo do PagamentosErroAlto:\n\n• A primeira consulta ao Thanos deu 504 (timeout); repeti com janela de 5 min e funcionou.\n• Agora: 0,0% de 5xx nos últimos 5 min (300 amostras, 412 req/s, p99 188 ms).\n• O pico foi de 8,3% às 03:09Z e normalizou às 03:14Z, logo depois de o HPA escalar o payments-api de 6 para 10 réplicas.\n• A v2.15.0 está no ar desde ontem às 19:42Z e rodou ~7 h sem erro antes do pico, então não parece ser o deploy.\n\nNão fiz rollback. Silenciei o alerta por 1 h (silence 7c2e9f4a-51b3-4d8e-a0f6-3e1d92b8c415, até 04:32Z). Vale olhar de manhã por que o HPA demorou a escalar.' },
] });

const app = await reactGraph({ model, tools, name: 'copiloto-plantao' });
const threadId = 'plantao/INC-48213';
await t.turn({ userId: 'joana.lima@pagfacil.com.br' }, () => app.invoke({ messages: [
  new SystemMessage('Você é o copiloto de plantão da PagFácil. Antes de qualquer ação em produção, confirme com métricas atuais. Rollback só se o erro persistir e houver deploy recente suspeito.'),
  new HumanMessage('Acordei com o PagamentosErroAlto disparando desde 03:12. Vê se o payments-api ainda está com erro; se estiver, faz rollback pra v2.14.3. Se não estiver, silencia o alerta por 1h que eu vejo de manhã.'),
] }, { metadata: { thread_id: threadId, pagerduty_incident: 'Q1ZP8K3V0RW2AB' }, configurable: { thread_id: threadId } }));

t.write(path.join(here, 'otel-spans.jsonl'));
