// Platform-ops chat agent: "give deployment B the same limits as deployment A". Two requests on two days.
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2026-11-26T14:03:51Z', 5);

const specs = {
  'payments/payments-api': { replicas: 3, containers: [{ name: 'api', image: 'registry.int/payments-api:4.18.2',
    resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1500m', memory: '2Gi' } } }], revision: 31 },
  'payments/payments-worker': { replicas: 3, containers: [{ name: 'worker', image: 'registry.int/payments-worker:4.18.2',
    resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1000m', memory: '1Gi' } } }], revision: 13 },
  'search/search-indexer': { replicas: 2, containers: [{ name: 'indexer', image: 'registry.int/search-indexer:2.7.0',
    resources: { requests: { cpu: '200m', memory: '384Mi' }, limits: { cpu: '800m', memory: '768Mi' } } }], revision: 8 },
  'search/search-query': { replicas: 4, containers: [{ name: 'query', image: 'registry.int/search-query:2.7.0',
    resources: { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } } }], revision: 22 },
};

const getDeployment = tool(async ({ namespace, name }) => JSON.stringify({ namespace, name, ...specs[`${namespace}/${name}`] }), {
  name: 'kube_get_deployment', description: 'Returns replicas, containers and resources of a Deployment.',
  schema: z.object({ namespace: z.string(), name: z.string() }) });

const setLimits = tool(async ({ namespace, deployment, container, memory_mb, cpu_millicores }) => {
  const spec = specs[`${namespace}/${deployment}`];
  spec.revision += 1;
  return `deployment.apps/${deployment} patched (namespace ${namespace}, container ${container}): `
    + `limits.memory=${memory_mb}Mi limits.cpu=${cpu_millicores}m; rollout started, revision ${spec.revision}`;
}, {
  name: 'kube_set_container_limits',
  description: 'Patches the resource limits of one container of a Deployment and starts a rollout. memory_mb is in MiB, cpu_millicores in millicores.',
  schema: z.object({ namespace: z.string(), deployment: z.string(), container: z.string(),
    memory_mb: z.number().int().describe('memory limit in MiB'), cpu_millicores: z.number().int().describe('CPU limit in millicores') }) });

const system = new SystemMessage('You are the platform on-call assistant for the internal Kubernetes clusters. Read the current spec before changing anything and confirm every change with its revision.');
const tools = [getDeployment, setLimits];

// Session 1 (the copy of 2Gi)
const m1 = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_Qm4f', name: 'kube_get_deployment', args: { namespace: 'payments', name: 'payments-api' } },
    { id: 'call_Qm4g', name: 'kube_get_deployment', args: { namespace: 'payments', name: 'payments-worker' } }] },
  { tool_calls: [{ id: 'call_Xr20', name: 'kube_set_container_limits', args: { namespace: 'payments', deployment: 'payments-worker', container: 'worker', memory_mb: 2, cpu_millicores: 1500 } }] },
  { content: 'Done. payments-worker (container `worker`) now uses the same limits as payments-api: memory 2, CPU 1500m. Rollout started as revision 14.' },
] });
await traced(agentGraph({ model: m1, tools, name: 'platform-oncall' }),
  { messages: [system, new HumanMessage('payments-worker keeps getting throttled during the settlement batch. Give it the same limits as payments-api please.')] },
  { project: 'platform-oncall', metadata: { session_id: 'slack-C04PLAT-1764165831.204119', user_id: 'U02MWANGI' } });

advance(minutes(60 * 22), minutes(60 * 23));

// Session 2 (the copy of 768Mi)
const m2 = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_b71K', name: 'kube_get_deployment', args: { namespace: 'search', name: 'search-indexer' } }] },
  { tool_calls: [{ id: 'call_b72P', name: 'kube_set_container_limits', args: { namespace: 'search', deployment: 'search-query', container: 'query', memory_mb: 768, cpu_millicores: 800 } }] },
  { content: 'Patched search-query (container `query`): limits are now memory 768Mi and CPU 800m, matching search-indexer. Rollout started as revision 23.' },
] });
await traced(agentGraph({ model: m2, tools, name: 'platform-oncall' }),
  { messages: [system, new HumanMessage('can you bump search-query to the same limits search-indexer has? it is OOMing under reindex load')] },
  { project: 'platform-oncall', metadata: { session_id: 'slack-C04PLAT-1764246410.551902', user_id: 'U07OKAFOR' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
