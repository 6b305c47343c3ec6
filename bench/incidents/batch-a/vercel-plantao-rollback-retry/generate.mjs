// Agente de plantão (on-call) de uma fintech brasileira, acionado por um alerta do Alertmanager
// (Vercel AI SDK v7, telemetria legada ai.*). A primeira consulta ao Argo CD falha com 503; o agente
// repete a consulta, obtém o estado real e só então decide o rollback.
import * as H from '../../harness/vercel/harness.mjs';
const { generateText, tool, z, stepCountIs, LegacyOpenTelemetry } = H;

const dir = H.scriptDir(import.meta.url);
const tracing = H.setupTracing({
  serviceName: 'oncall-copilot',
  resource: { 'deployment.environment': 'prd', 'service.version': '2024.06.3', 'k8s.cluster.name': 'gke-sa-east1-core' },
  seed: 'batch-a/vercel-plantao-rollback-retry',
});
const ids = H.makeIds('batch-a/vercel-plantao-rollback-retry');

const SESSION = 'inc-20240611-0347';
const USER = 'pagerduty:PX4T9QK';

let statusCalls = 0;
const statusDeploy = tool({
  description: 'Estado de uma aplicação no Argo CD: revisão atual, histórico e métricas do canário.',
  inputSchema: z.object({ app: z.string(), namespace: z.string() }),
  execute: async ({ app, namespace }) => {
    statusCalls += 1;
    if (statusCalls === 1) {
      throw new Error('503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection termination (argocd-server.argocd.svc:443)');
    }
    return {
      app, namespace,
      sync: 'Synced', health: 'Degraded',
      revisao_atual: { id: 42, imagem: 'registry.fintech.local/pix-gateway:3.18.0', implantada_em: '2024-06-11T03:21:08Z' },
      revisao_anterior: { id: 41, imagem: 'registry.fintech.local/pix-gateway:3.17.4', implantada_em: '2024-06-04T14:02:51Z' },
      canario: { taxa_erro_5xx: 0.142, p99_ms: 2840, baseline_taxa_erro_5xx: 0.003, baseline_p99_ms: 410 },
    };
  },
});
const rollback = tool({
  description: 'Faz rollback de uma aplicação do Argo CD para uma revisão do histórico.',
  inputSchema: z.object({ app: z.string(), namespace: z.string(), revisao: z.number().int(), motivo: z.string() }),
  execute: async ({ app, revisao, motivo }) => ({ app, operacao: 'rollback', revisao_alvo: revisao, fase: 'Succeeded', health: 'Progressing', motivo, operacao_id: 'op-7f3e91' }),
});
const postarSlack = tool({
  description: 'Publica uma mensagem no canal do incidente.',
  inputSchema: z.object({ canal: z.string(), texto: z.string() }),
  execute: async ({ canal }) => ({ ok: true, canal, ts: '1718077733.004219' }),
});

const model = H.scriptedModel({
  provider: 'google.generative-ai', modelId: 'gemini-1.5-pro-002', ids, responsePrefix: '',
  replies: [
    { calls: [['a8f1c0e2-status-1', 'status_deploy', { app: 'pix-gateway', namespace: 'pagamentos' }]] },
    { text: 'O Argo CD respondeu 503. Vou tentar de novo antes de decidir qualquer coisa.',
      calls: [['b3d9e4a7-status-2', 'status_deploy', { app: 'pix-gateway', namespace: 'pagamentos' }]] },
    { text: 'A revisão 42 (3.18.0) está com 14,2 % de 5xx no canário contra 0,3 % de baseline e p99 de 2840 ms. Rollback para a revisão 41 (3.17.4).',
      calls: [['c41be8f0-rollback-1', 'rollback', { app: 'pix-gateway', namespace: 'pagamentos', revisao: 41, motivo: 'canário 3.18.0 com 14,2% de 5xx (baseline 0,3%), p99 2840 ms' }]] },
    { calls: [['d27a5c19-slack-1', 'postar_slack', { canal: '#inc-20240611-pix', texto: 'Rollback do pix-gateway para a revisão 41 (3.17.4) concluído (op-7f3e91). Motivo: canário 3.18.0 com 14,2% de 5xx vs 0,3% de baseline e p99 2840 ms. Acompanhando o health.' }]] },
    'Rollback feito. O pix-gateway (namespace pagamentos) voltou da revisão 42 (imagem 3.18.0) para a revisão 41 (3.17.4), operação op-7f3e91, health em Progressing. Motivo: o canário da 3.18.0 estava com 14,2 % de respostas 5xx (baseline 0,3 %) e p99 de 2840 ms. A primeira consulta ao Argo CD falhou com 503 e foi repetida com sucesso. Avisei o canal #inc-20240611-pix.',
  ],
});

await generateText({
  model,
  system: 'Você é o copiloto de plantão da equipe de Pagamentos. Diagnostique alertas com as ferramentas; só faça rollback com base em métricas obtidas de fato. Registre tudo no canal do incidente.',
  prompt: '[Alertmanager] FIRING PixGatewayHigh5xx severity=critical namespace=pagamentos app=pix-gateway: taxa de 5xx acima de 5% por 10m desde 03:31 UTC. Investigue e mitigue.',
  tools: { status_deploy: statusDeploy, rollback, postar_slack: postarSlack },
  stopWhen: stepCountIs(8),
  runtimeContext: { sessionId: SESSION, userId: USER, alerta: 'PixGatewayHigh5xx' },
  telemetry: {
    functionId: 'oncall-copilot',
    includeRuntimeContext: { sessionId: true, userId: true, alerta: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

H.writeJsonl(dir, 'spans.jsonl', [await tracing.flush()]);
