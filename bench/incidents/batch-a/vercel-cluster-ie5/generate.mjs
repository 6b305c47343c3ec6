// On-call devops assistant (Italian): the first status call to the cluster API times out, the agent retries,
// then restarts the crash-looping pod it was asked about. Vercel AI SDK v7 (OpenTelemetry GenAI integration).
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'sre-copilota', resource: { 'k8s.cluster.name': 'prod-mil-02' }, seed: 'cluster-ie5' });
const ids = makeIds('cluster-ie5');
let tentativi = 0;

const statoPod = tool({
  description: 'Stato di un deployment: pod, fase, riavvii, ultimo motivo di terminazione.',
  inputSchema: z.object({ namespace: z.string(), deployment: z.string() }),
  execute: async ({ namespace, deployment }) => {
    if (tentativi++ === 0) throw new Error('Get "https://10.0.3.14:6443/apis/apps/v1/namespaces/fatturazione/deployments/fatture-worker": dial tcp 10.0.3.14:6443: i/o timeout');
    return { namespace, deployment, pronti: '2/3', pod: [
      { nome: 'fatture-worker-7c9d5b-k2x8p', fase: 'Running', riavvii: 0 },
      { nome: 'fatture-worker-7c9d5b-q91zt', fase: 'Running', riavvii: 1 },
      { nome: 'fatture-worker-7c9d5b-w4m7c', fase: 'CrashLoopBackOff', riavvii: 14, ultimo_motivo: 'OOMKilled' },
    ] };
  },
});
const riavviaPod = tool({
  description: 'Elimina un pod perché il ReplicaSet lo ricrei.',
  inputSchema: z.object({ namespace: z.string(), pod: z.string() }),
  execute: async ({ pod }) => ({ eliminato: pod, sostituto: 'fatture-worker-7c9d5b-b8n3d', fase: 'ContainerCreating' }),
});

const model = scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-latest', responsePrefix: 'msg_', replies: [
  { calls: [['toolu_' + ids('', 24), 'stato_pod', { namespace: 'fatturazione', deployment: 'fatture-worker' }]] },
  { text: 'L\'API del cluster non ha risposto in tempo, riprovo.', calls: [['toolu_' + ids('', 24), 'stato_pod', { namespace: 'fatturazione', deployment: 'fatture-worker' }]] },
  { calls: [['toolu_' + ids('', 24), 'riavvia_pod', { namespace: 'fatturazione', pod: 'fatture-worker-7c9d5b-w4m7c' }]] },
  'Fatto. Il primo controllo è andato in timeout, al secondo tentativo: fatture-worker ha 2/3 pod pronti; fatture-worker-7c9d5b-w4m7c era in CrashLoopBackOff con 14 riavvii (ultimo motivo OOMKilled). L\'ho eliminato, il sostituto fatture-worker-7c9d5b-b8n3d è in ContainerCreating. Visto l\'OOMKilled conviene rivedere il limite di memoria se si ripete.',
] });

await generateText({
  model,
  system: 'Sei il copilota SRE di turno. Verifica sempre lo stato prima di intervenire; riavvia solo pod in CrashLoopBackOff.',
  prompt: 'Il worker delle fatture in namespace fatturazione sembra bloccato. Se c\'è un pod in crash loop riavvialo.',
  tools: { stato_pod: statoPod, riavvia_pod: riavviaPod },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'oncall-2025-05-14-n3', userId: 'sre.bianchi' },
  telemetry: { functionId: 'sre-copilota', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
