// Platform on-call assistant (English): reads a deployment's resources and patches limits through
// the internal "kubeops" gateway, whose tool contract is published to the model as JSON Schema.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('oncall-copilot', { 'k8s.cluster.name': 'prod-euw1-b' });

const getWorkload = tool(async ({ namespace, deployment }) => JSON.stringify({
  namespace, deployment, replicas: 3, image: 'registry.int/payments-api:4.19.2',
  containers: [{ name: 'api', resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '750m', memory: '1.5Gi' } } }],
  events: ['OOMKilled api (x7 in 1h)', 'Back-off restarting failed container'] }), {
  name: 'get_workload', description: 'Reads a deployment spec, resources and recent events.',
  schema: z.object({ namespace: z.string(), deployment: z.string() }) });

// the gateway forwards the number as-is into limits.memory with the Mi suffix
const patchResources = tool(async ({ namespace, deployment, container, memory_limit_mib }) => JSON.stringify({
  status: 'patched', namespace, deployment, container, 'limits.memory': `${memory_limit_mib}Mi`,
  revision: 58, rollout: 'started' }), {
  name: 'patch_resources', description: 'Patches container memory limit (MiB) on a deployment and triggers a rollout.',
  schema: z.object({ namespace: z.string(), deployment: z.string(), container: z.string(), memory_limit_mib: z.number() }) });

const rolloutStatus = tool(async ({ namespace, deployment }) => JSON.stringify({
  namespace, deployment, revision: 58, updatedReplicas: 1, readyReplicas: 2, message: 'Waiting for deployment "payments-api" rollout to finish: 1 of 3 updated replicas are available...' }), {
  name: 'rollout_status', description: 'Rollout progress of a deployment.',
  schema: z.object({ namespace: z.string(), deployment: z.string() }) });

const fn = (name, description, properties, required) => ({ type: 'function', function: { name, description,
  parameters: { type: 'object', properties, required, additionalProperties: false } } });
const modelTools = [
  fn('get_workload', 'Reads a deployment spec, resources and recent events.',
    { namespace: { type: 'string' }, deployment: { type: 'string' } }, ['namespace', 'deployment']),
  fn('patch_resources', 'Patches container memory limit (MiB) on a deployment and triggers a rollout.',
    { namespace: { type: 'string' }, deployment: { type: 'string' }, container: { type: 'string' },
      memory_limit_mib: { type: 'integer', minimum: 128, maximum: 65536, description: 'New memory limit in MiB' } },
    ['namespace', 'deployment', 'container', 'memory_limit_mib']),
  fn('rollout_status', 'Rollout progress of a deployment.',
    { namespace: { type: 'string' }, deployment: { type: 'string' } }, ['namespace', 'deployment']),
];

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { content: '', tool_calls: [{ name: 'get_workload', args: { namespace: 'payments', deployment: 'payments-api' } }] },
  { content: 'Current limit on container api is 1.5Gi and it is being OOMKilled repeatedly. Raising it by 50%.',
    tool_calls: [{ name: 'patch_resources', args: { namespace: 'payments', deployment: 'payments-api', container: 'api', memory_limit_mib: 2.25 } }] },
  { content: '', tool_calls: [{ name: 'rollout_status', args: { namespace: 'payments', deployment: 'payments-api' } }] },
  { content: 'Done. payments-api/api memory limit raised by 50% (1.5 → 2.25), revision 58 is rolling out (1 of 3 updated replicas available). The OOMKills should stop once the rollout finishes.' },
] });
const app = await reactGraph({ model, tools: [getWorkload, patchResources, rolloutStatus], modelTools, name: 'oncall_copilot' });

const sessionId = 'slack:C04PAYOPS:1718012345.449219';
await t.turn({ userId: 'U02K9RT7HQ' }, () => app.invoke({ messages: [
  new SystemMessage('You are the platform on-call copilot. You may change resource limits in namespaces owned by the requesting team.'),
  new HumanMessage('payments-api keeps getting OOMKilled in prod, can you bump the memory limit by 50%?'),
] }, { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
