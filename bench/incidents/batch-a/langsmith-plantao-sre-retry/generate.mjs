// Plantão SRE: um agente no Slack investiga latência do checkout, consulta o Prometheus e reinicia um deployment.
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lib = await import(require.resolve('../../harness/langsmith/lib.mjs'));
const { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z, SystemMessage, HumanMessage } = lib;

startClock('2025-03-10T02:17:33.000Z', 2203);

let promCalls = 0;
const metricas = tool(async ({ servico, metrica, janela }) => {
  promCalls++;
  if (promCalls === 1) throw new Error('prometheus-query: POST http://prometheus.monitoring.svc:9090/api/v1/query -> 503 Service Unavailable: "query processing would load too many samples into memory in query execution"');
  if (promCalls === 2) return JSON.stringify({ servico, metrica, janela, valor_ms: 3412, por_pod: { 'checkout-api-7d9f8c6b5-hx2lq': 9870, 'checkout-api-7d9f8c6b5-p4wzn': 288, 'checkout-api-7d9f8c6b5-tq8rm': 301 }, amostras: 1440 });
  return JSON.stringify({ servico, metrica, janela, valor_ms: 412, por_pod: { 'checkout-api-7d9f8c6b5-p4wzn': 297, 'checkout-api-7d9f8c6b5-tq8rm': 305, 'checkout-api-7d9f8c6b5-zz91k': 436 }, amostras: 120 });
}, { name: 'consultar_metricas', description: 'Consulta o Prometheus (quantis de latência por serviço e por pod).', latency: [600, 2200],
  schema: z.object({ servico: z.string(), metrica: z.enum(['p50', 'p95', 'p99']), janela: z.string().describe('janela PromQL, ex. 5m, 15m') }) });
const reiniciarPod = tool(async ({ namespace, pod }) => JSON.stringify({ namespace, pod, acao: 'delete', resultado: 'pod removido; ReplicaSet checkout-api-7d9f8c6b5 criou checkout-api-7d9f8c6b5-zz91k', pronto_em_s: 38 }),
  { name: 'reiniciar_pod', description: 'Remove um pod para que o ReplicaSet crie outro (kubectl delete pod).', latency: [1500, 4000],
    schema: z.object({ namespace: z.string(), pod: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_pm01', name: 'consultar_metricas', args: { servico: 'checkout-api', metrica: 'p99', janela: '15m' } }] },
  { content: 'O Prometheus recusou a consulta de 15 minutos (503, amostras demais). Vou tentar de novo com uma janela menor.',
    tool_calls: [{ id: 'call_pm02', name: 'consultar_metricas', args: { servico: 'checkout-api', metrica: 'p99', janela: '5m' } }] },
  { content: 'p99 de 3.412 ms, acima do limite de 2 s, concentrado no pod checkout-api-7d9f8c6b5-hx2lq (9.870 ms); os outros dois estão em ~300 ms. Reiniciando só esse pod.',
    tool_calls: [{ id: 'call_k8s03', name: 'reiniciar_pod', args: { namespace: 'loja-prod', pod: 'checkout-api-7d9f8c6b5-hx2lq' } }] },
  { tool_calls: [{ id: 'call_pm04', name: 'consultar_metricas', args: { servico: 'checkout-api', metrica: 'p99', janela: '1m' } }] },
  { content: 'Resolvido por enquanto :white_check_mark:\n'
    + '• A primeira consulta ao Prometheus (janela de 15 min) falhou com 503; repeti com janela de 5 min e funcionou.\n'
    + '• p99 do checkout-api estava em 3.412 ms (limite: 2 s), puxado pelo pod checkout-api-7d9f8c6b5-hx2lq com 9.870 ms; os demais estavam em 288 e 301 ms.\n'
    + '• Reiniciei só esse pod; o ReplicaSet subiu o checkout-api-7d9f8c6b5-zz91k em 38 s.\n'
    + '• No último minuto o p99 caiu para 412 ms. Vale abrir um ticket para investigar por que o hx2lq degradou (possível vazamento de conexões).' },
] });

const app = agentGraph({ model, tools: [metricas, reiniciarPod], agentNode: 'sre_agent', toolsNode: 'ferramentas', name: 'plantao_sre' });
const thread = 'slack:C07H2K9QZ:1741573053.118299';
await traced(app, { messages: [
  new SystemMessage('Você é o agente de plantão SRE da Loja Aurora (cluster prod-sa-east-1). Sempre confirme com métricas antes de agir. '
    + 'Só reinicie pods quando o p99 do serviço passar de 2 s. Responda em português, no Slack.'),
  new HumanMessage('@plantao o checkout tá lento de novo, clientes reclamando no chat. Dá uma olhada e reinicia o que precisar se o p99 estiver acima de 2s.') ] },
{ project: 'plantao-sre', runName: 'plantao_sre', metadata: { thread_id: thread, user_id: 'U05RZ8K1M3A', canal: '#incidentes-loja' },
  configurable: { thread_id: thread } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
