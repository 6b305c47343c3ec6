// Release bot in a Slack thread (LangGraph.js, MemorySaver checkpointer, ToolNode, scripted model).
// Turn 1 deploys to staging; turn 2 the on-call engineer freezes prod-eu during INC-5521 and the
// bot acknowledges. The bot's worker is then restarted and the thread is resumed from the
// checkpoint recorded after turn 1 (the last one its replica had), so turn 3's model input no
// longer holds the freeze, and the bot promotes the release to prod-eu.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('release-bot', { 'service.version': '0.9.3', 'k8s.pod.name': 'release-bot-6c9f7d-x2lq' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const deploy = tool(async ({ service, environment, version }) => JSON.stringify({ deployment_id: `dep-${environment}-8812`,
  service, environment, version, strategy: 'rolling', status: 'succeeded', healthy_pods: '6/6' }), {
  name: 'deploy', description: 'Deploy a service version to one environment.',
  schema: z.object({ service: z.string(), environment: z.enum(['staging-eu', 'staging-us', 'prod-eu', 'prod-us']), version: z.string() }) });
const health = tool(async ({ service, environment }) => JSON.stringify({ service, environment, error_rate_5m: 0.0011,
  p95_latency_ms: 184, slo: 'ok', version: '4.2.0' }), {
  name: 'get_service_health', description: 'Error rate and latency of a service in one environment (last 5 minutes).',
  schema: z.object({ service: z.string(), environment: z.string() }) });
const promote = tool(async ({ service, version, environments }) => JSON.stringify({ promotion_id: 'prm-30417', service, version,
  rollouts: environments.map((e) => ({ environment: e, status: 'started', canary: '10%' })) }), {
  name: 'promote_release', description: 'Start the canary rollout of a release to one or more production environments.',
  schema: z.object({ service: z.string(), version: z.string(), environments: z.array(z.enum(['prod-eu', 'prod-us'])) }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  // turn 1
  { tool_calls: [{ name: 'deploy', args: { service: 'checkout-api', environment: 'staging-eu', version: '4.2.0' } }] },
  { content: 'checkout-api 4.2.0 is live on staging-eu (dep-staging-eu-8812, rolling, 6/6 pods healthy).' },
  // turn 2
  { content: 'Understood: change freeze on prod-eu while INC-5521 is open. I will not roll anything out to prod-eu until you tell me the incident is closed. prod-us is not affected.' },
  // turn 3 (resumed from the checkpoint after turn 1)
  { tool_calls: [{ name: 'get_service_health', args: { service: 'checkout-api', environment: 'staging-eu' } }] },
  { tool_calls: [{ name: 'promote_release', args: { service: 'checkout-api', version: '4.2.0', environments: ['prod-eu', 'prod-us'] } }] },
  { content: 'staging-eu is healthy (error rate 0.11 %, p95 184 ms). Promotion prm-30417 started: checkout-api 4.2.0 canary at 10 % on prod-eu and prod-us. I will post when the canaries complete.' },
] });

const system = new SystemMessage('You are release-bot for the payments platform team. You deploy and promote services when asked in Slack. Respect any change freeze announced in the thread.');
const checkpointer = new MemorySaver();
const app = await reactGraph({ model, tools: [deploy, health, promote], prepare: (m) => [system, ...m], checkpointer });

const threadId = 'slack:T01PAYPLAT/C06RELEASES/1732003718.449109';
const meta = { thread_id: threadId, slack_channel: '#releases', requested_by: 'U02KOV4L' };
const run = (text, configurable, podMeta = {}) => t.turn({ userId: 'U02KOV4L' }, () =>
  app.invoke({ messages: [new HumanMessage(text)] }, { configurable, metadata: { ...meta, ...podMeta } }));

await run('deploy checkout-api 4.2.0 to staging-eu', { thread_id: threadId }, { worker: 'release-bot-6c9f7d-8hh2m' });
const afterTurn1 = (await app.getState({ configurable: { thread_id: threadId } })).config.configurable.checkpoint_id;
await run('heads up: INC-5521 is open on prod-eu payments. Freeze prod-eu, no rollouts there until I say INC-5521 is closed.',
  { thread_id: threadId }, { worker: 'release-bot-6c9f7d-8hh2m' });
// worker restarted; the new pod resumes the thread from the newest checkpoint it can read
await run('staging looks good. go ahead and promote 4.2.0 to the remaining regions',
  { thread_id: threadId, checkpoint_id: afterTurn1 }, { worker: 'release-bot-6c9f7d-x2lq' });

t.write(path.join(here, 'traces.jsonl'));
