// Agente de plantão SRE (OpenAI Agents SDK, modelo falso roteirizado, sem rede). Escreve trace.jsonl nesta pasta.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let consultas = 0;
const consultarMetricas = tool({
  name: 'consultar_metricas',
  description: 'Consulta métricas agregadas de um serviço no Prometheus (CPU, latência, erros, réplicas).',
  parameters: z.object({ servico: z.string(), namespace: z.string(), janela: z.string() }),
  errorFunction: (_ctx, err) => `Error: ${err?.message ?? err}`,
  execute: async ({ servico, namespace, janela }) => {
    consultas += 1;
    if (consultas === 1) throw new Error('PromQL query failed: 504 Gateway Timeout from thanos-query-frontend.monitoring.svc:9090 (query exceeded 30s)');
    return JSON.stringify({
      servico, namespace, janela, cpu_p95_pct: 91.4, cpu_limite_millicores: 1500, memoria_p95_pct: 63.0,
      latencia_p99_ms: 2380, erros_5xx_pct: 0.4, rps: 1840, replicas_atuais: 4, hpa_max: 12,
    });
  },
});

const listarIncidentes = tool({
  name: 'listar_incidentes_abertos',
  description: 'Lista incidentes abertos no PagerDuty para um serviço.',
  parameters: z.object({ servico: z.string() }),
  execute: async ({ servico }) => JSON.stringify({ servico, incidentes: [], total: 0 }),
});

const escalar = tool({
  name: 'escalar_deployment',
  description: 'Altera o número de réplicas de um Deployment (kubectl scale).',
  parameters: z.object({ namespace: z.string(), deployment: z.string(), replicas: z.number() }),
  execute: async ({ namespace, deployment, replicas }) => JSON.stringify({
    namespace, deployment, replicas_anteriores: 4, replicas_desejadas: replicas, resultado: 'deployment.apps/checkout-api scaled',
  }),
});

const statusRollout = tool({
  name: 'status_rollout',
  description: 'Mostra o estado do rollout de um Deployment.',
  parameters: z.object({ namespace: z.string(), deployment: z.string() }),
  execute: async () => JSON.stringify({ replicas_prontas: 8, replicas_desejadas: 8, atualizadas: 8, disponiveis: 8, condicao: 'Available=True' }),
});

const m = { servico: 'checkout-api', namespace: 'prod-sa-east-1', janela: '30m' };
const model = scriptedModel([
  { tool_calls: [{ name: 'consultar_metricas', args: m }] },
  { tool_calls: [{ name: 'consultar_metricas', args: m }] },
  { tool_calls: [{ name: 'listar_incidentes_abertos', args: { servico: 'checkout-api' } }] },
  { tool_calls: [{ name: 'escalar_deployment', args: { namespace: 'prod-sa-east-1', deployment: 'checkout-api', replicas: 8 } }] },
  { tool_calls: [{ name: 'status_rollout', args: { namespace: 'prod-sa-east-1', deployment: 'checkout-api' } }] },
  { content: 'Feito. A primeira consulta ao Prometheus estourou o tempo (504 do thanos-query-frontend); repeti e a segunda respondeu: '
    + 'nos últimos 30 min o checkout-api está com CPU p95 em 91,4%, p99 de 2.380 ms, 0,4% de 5xx e 1.840 rps, com 4 réplicas. '
    + 'Como a CPU passou de 80%, escalei de 4 para 8 réplicas em prod-sa-east-1; o rollout terminou com 8/8 disponíveis. '
    + 'Não encontrei nenhum incidente aberto no PagerDuty para o checkout-api — quer que eu abra um para registrar a lentidão?' },
], { seed: 'sre-checkout-ptbr' });

const agent = new Agent({
  name: 'Plantonista',
  instructions: 'Você é o agente de plantão do time de SRE. Antes de mudar qualquer coisa em produção, confirme com métricas reais. '
    + 'Se uma consulta falhar, tente de novo antes de decidir.',
  model, tools: [consultarMetricas, listarIncidentes, escalar, statusRollout],
});

const runner = new Runner({
  groupId: 'slack-C04SRE9-1736700112.004900', workflowName: 'sre-plantao',
  traceMetadata: { user_id: 'U02JQ8RNM3X', canal: '#sre-plantao' },
});
await runner.run(agent, 'O checkout-api tá lento desde umas 14h. Dá uma olhada nas métricas e, se a CPU estiver acima de 80%, escala pra 8 réplicas.');
writeTrace(here, 'trace.jsonl');
