// Platform ops assistant (French). It reads a deployment's current resource requests from the
// cluster (Kubernetes quantities) and applies a namespace quota through a tool that takes numbers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const lireDeploiement = tool({
  name: 'k8s_lire_deploiement', description: 'Lit les requests/limits et le nombre de réplicas d\'un Deployment.',
  parameters: z.object({ namespace: z.string(), deployment: z.string() }),
  execute: async ({ namespace, deployment }) => JSON.stringify({
    namespace, deployment, replicas: 6,
    conteneurs: [{ nom: 'api', requests: { cpu: '750m', memory: '1536Mi' }, limits: { cpu: '1500m', memory: '2Gi' } }],
    hpa: { min: 6, max: 12 },
  }),
});
const appliquerQuota = tool({
  name: 'appliquer_resource_quota',
  description: 'Crée ou met à jour le ResourceQuota d\'un namespace. requests_cpu_coeurs : nombre de cœurs vCPU (décimal autorisé) ; requests_memoire_gio : Gio.',
  parameters: z.object({ namespace: z.string(), requests_cpu_coeurs: z.number(), requests_memoire_gio: z.number(), motif: z.string() }),
  execute: async (a) => JSON.stringify({ resourcequota: `${a.namespace}/rq-plateforme`, appliqué: true,
    spec: { hard: { 'requests.cpu': String(a.requests_cpu_coeurs), 'requests.memory': `${a.requests_memoire_gio}Gi` } }, generation: 14 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'k8s_lire_deploiement', args: { namespace: 'facturation-prod', deployment: 'api-factures' } }] },
  { tool_calls: [{ name: 'appliquer_resource_quota', args: {
    namespace: 'facturation-prod', requests_cpu_coeurs: 9000, requests_memoire_gio: 18,
    motif: 'HPA max 12 réplicas × (750 cpu, 1,5 Gio)' } }] },
  { content: 'C\'est fait : le quota de facturation-prod couvre maintenant le HPA au maximum (12 réplicas) — requests.cpu = 9000, requests.memory = 18Gi. Le déploiement api-factures pourra monter à 12 pods sans être bloqué.' },
], { seed: 'quota-cpu-ya1' });

const agent = new Agent({
  name: 'Ops_plateforme', model: m, tools: [lireDeploiement, appliquerQuota],
  instructions: 'Tu es l\'assistant de l\'équipe plateforme. Dimensionne les ResourceQuota pour que le HPA puisse atteindre son maximum, sans marge excessive.',
});
const runner = new Runner({ groupId: 'OPS-4471', workflowName: 'ops-chat', traceMetadata: { user: 'n.lefebvre' } });
await runner.run(agent, 'Le HPA de api-factures dans facturation-prod n\'arrive pas à dépasser 8 pods, le quota bloque. Ajuste le ResourceQuota pour qu\'il tienne 12 réplicas, pas plus.');
writeTrace(here, 'trace.jsonl');
