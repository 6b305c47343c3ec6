// Platform/devops agent (English): sizes a CI runner pool from the team's current quota.
// The model is given the declared schema of resize_runner_pool (vcpus: integer 1..64); the executor
// behind it is the platform API client, which forwards what it receives.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('platform-copilot', { 'deployment.environment': 'internal' });

const quota = tool(async ({ namespace }) => JSON.stringify({ namespace, cluster: 'gke-euw4-ci-02',
  requests: { cpu: '1500m', memory: '6Gi' }, limits: { cpu: '2', memory: '8Gi' }, runners: 3 }),
{ name: 'get_namespace_quota', description: 'Current resource quota of a namespace.', schema: z.object({ namespace: z.string() }) });

const declared = {
  type: 'function',
  function: { name: 'resize_runner_pool', description: 'Resize the CI runner pool of a namespace. vcpus is the per-runner CPU count in whole cores.',
    parameters: { type: 'object', additionalProperties: false, required: ['namespace', 'vcpus', 'memory_gib'],
      properties: { namespace: { type: 'string' }, vcpus: { type: 'integer', minimum: 1, maximum: 64 }, memory_gib: { type: 'integer', minimum: 1, maximum: 256 } } } },
};
const resize = tool(async ({ namespace, vcpus, memory_gib }) => JSON.stringify({ namespace, pool: 'ci-runners', machine_type: `custom-${vcpus}-${memory_gib * 1024}`,
  vcpus, memory_gib, runners: 3, status: 'RECONCILING', operation: 'op-1726051187-5c2d' }),
{ name: 'resize_runner_pool', description: 'Resize the CI runner pool.', schema: z.object({ namespace: z.string(), vcpus: z.any(), memory_gib: z.any() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_namespace_quota', args: { namespace: 'team-payments-ci' } }] },
  { content: '', tool_calls: [{ name: 'resize_runner_pool', args: { namespace: 'team-payments-ci', vcpus: 1500, memory_gib: 6 } }] },
  { content: 'Done — the team-payments-ci runner pool is being resized to match the current requests (1500 vCPU, 6 GiB per runner). Operation op-1726051187-5c2d is reconciling; runners will restart in a few minutes.' },
] });
const prepare = (m) => [new SystemMessage('You are the platform copilot. Make infrastructure changes only through the provided tools.'), ...m];
const app = await reactGraph({ model, tools: [quota, resize], modelTools: [quota, declared], prepare, name: 'platform_copilot' });

await t.turn({ userId: 'U04JQ7T2M' }, () => app.invoke({ messages: [new HumanMessage(
  'our CI runners keep getting OOM-killed / throttled. can you pin the runner pool to whatever the namespace requests right now (team-payments-ci)?')] },
  { metadata: { conversation_id: 'slack-C05D1-1726051160.449219' } }));

t.write(path.join(here, 'otlp-export.jsonl'));
