// Ops copilot in an incident channel: an on-call engineer asks it to roll back a bad deploy. It works
// through the deploy API, metrics and rollout status. Traced with OpenInference (LangChain.js),
// OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('opsbot', { 'deployment.environment': 'prod', 'service.version': '0.42.7', 'k8s.namespace.name': 'sre-tools' });

let historyCalls = 0;
const deployHistory = tool(async ({ service, env }) => {
  if (historyCalls++ === 0) {
    throw new Error(`deployd returned 502 Bad Gateway for GET /api/v2/services/${service}/releases?env=${env} (upstream connection reset, x-request-id 5d0e9b7c-1f42-4a8e-9c1d-2b7f0e6a4c13)`);
  }
  return JSON.stringify({ service, env, releases: [
    { release: 'r-2025.03.07-3', sha: '9f1c2ab', deployed_at: '2025-03-07T14:05:12Z', by: 'ci-bot', status: 'active', health: 'degraded' },
    { release: 'r-2025.03.06-1', sha: '41d07e3', deployed_at: '2025-03-06T09:31:40Z', by: 'ci-bot', status: 'superseded', health: 'healthy' },
    { release: 'r-2025.03.04-2', sha: 'c8a3310', deployed_at: '2025-03-04T16:02:03Z', by: 'a.ng', status: 'superseded', health: 'healthy' },
  ] });
}, { name: 'get_deploy_history', description: 'Recent releases of a service in an environment (newest first).',
  schema: z.object({ service: z.string(), env: z.enum(['prod-eu', 'prod-us', 'staging']) }) });

let metricCalls = 0;
const sloMetrics = tool(async ({ service, window_minutes }) => JSON.stringify(metricCalls++ === 0
  ? { service, window_minutes, requests: 412877, p50_ms: 212, p99_ms: 1843, error_rate_pct: 2.71, top_error: 'upstream timeout: pricing-svc' }
  : { service, window_minutes, requests: 68911, p50_ms: 88, p99_ms: 306, error_rate_pct: 0.04, top_error: 'client closed request' }), {
  name: 'get_slo_metrics', description: 'Latency and error rate of a service over the last N minutes.',
  schema: z.object({ service: z.string(), window_minutes: z.number().int() }) });

let rollbackCalls = 0;
const rollback = tool(async ({ service, env, to_release }) => {
  if (rollbackCalls++ === 0) {
    throw new Error(`409 Conflict: release lock for ${service}/${env} is held by job pr-77118 (canary-promote r-2025.03.07-3), retry when it has finished`);
  }
  return JSON.stringify({ job: 'rb-77123', service, env, to_release, status: 'in_progress', started_at: '2025-03-07T14:41:55Z' });
}, { name: 'rollback_release', description: 'Rolls a service back to an earlier release. Takes the release lock.',
  schema: z.object({ service: z.string(), env: z.string(), to_release: z.string(), reason: z.string() }) });

const jobs = [
  { job: 'pr-77118', kind: 'canary-promote', status: 'aborted', finished_at: '2025-03-07T14:41:31Z', note: 'aborted by analysis: p99 above threshold' },
  { job: 'rb-77123', kind: 'rollback', status: 'in_progress', pods_updated: 5, pods_total: 12 },
  { job: 'rb-77123', kind: 'rollback', status: 'succeeded', pods_updated: 12, pods_total: 12, finished_at: '2025-03-07T14:44:09Z' },
];
let jobCalls = 0;
const rolloutStatus = tool(async ({ job }) => JSON.stringify(jobs[Math.min(jobCalls++, jobs.length - 1)]), {
  name: 'get_rollout_status', description: 'Status of a deploy job.', schema: z.object({ job: z.string() }) });

const postUpdate = tool(async ({ channel, text }) => JSON.stringify({ ok: true, channel, ts: '1741358702.004100' }), {
  name: 'post_status_update', description: 'Posts a status update to the incident channel and status page draft.',
  schema: z.object({ channel: z.string(), text: z.string() }) });

const S = 'checkout-api';
const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'get_deploy_history', args: { service: S, env: 'prod-eu' } }] },
  { content: 'The deploy API returned a 502; retrying once.', tool_calls: [{ name: 'get_deploy_history', args: { service: S, env: 'prod-eu' } }] },
  { tool_calls: [{ name: 'get_slo_metrics', args: { service: S, window_minutes: 30 } }] },
  { tool_calls: [{ name: 'rollback_release', args: { service: S, env: 'prod-eu', to_release: 'r-2025.03.06-1',
    reason: 'INC-0412: p99 1843 ms / 2.71% errors since r-2025.03.07-3 (14:05Z)' } }] },
  { content: 'The release lock is held by the canary promotion pr-77118; checking that job before retrying.',
    tool_calls: [{ name: 'get_rollout_status', args: { job: 'pr-77118' } }] },
  { tool_calls: [{ name: 'rollback_release', args: { service: S, env: 'prod-eu', to_release: 'r-2025.03.06-1',
    reason: 'INC-0412: p99 1843 ms / 2.71% errors since r-2025.03.07-3 (14:05Z)' } }] },
  { tool_calls: [{ name: 'get_rollout_status', args: { job: 'rb-77123' } }] },
  { tool_calls: [{ name: 'get_rollout_status', args: { job: 'rb-77123' } }] },
  { tool_calls: [{ name: 'get_slo_metrics', args: { service: S, window_minutes: 5 } }] },
  { tool_calls: [{ name: 'post_status_update', args: { channel: '#inc-0412-checkout-latency', text:
    'Mitigated: checkout-api (prod-eu) rolled back from r-2025.03.07-3 to r-2025.03.06-1 (job rb-77123, 12/12 pods, 14:44Z). '
    + 'Last 5 min: p99 306 ms, errors 0.04%. Canary promotion pr-77118 was aborted by analysis. Monitoring.' } }] },
  { content: 'Done. checkout-api in prod-eu is back on r-2025.03.06-1 (sha 41d07e3).\n'
    + '- First deploy-history call hit a 502 from deployd; the retry succeeded.\n'
    + '- The first rollback attempt got 409 because canary promotion pr-77118 held the lock; that job had already been aborted (14:41:31Z), so I retried and rollback rb-77123 finished at 14:44:09Z with 12/12 pods.\n'
    + '- Before: p99 1843 ms, 2.71% errors (top error: upstream timeout to pricing-svc). Last 5 min: p99 306 ms, 0.04% errors.\n'
    + 'Posted the update in #inc-0412-checkout-latency. r-2025.03.07-3 should stay blocked until the pricing-svc timeouts are understood.' },
] });

const SYSTEM = 'You are opsbot, the SRE copilot of Lumen Retail. You may roll back services when the on-call engineer asks. '
  + 'Confirm the target release from deploy history before acting, verify the rollout and the metrics afterwards, and post a status update.';
const app = await reactGraph({ model, tools: [deployHistory, sloMetrics, rollback, rolloutStatus, postUpdate], name: 'opsbot' });

await t.turn({ userId: 'oncall:jdiaz' }, () => app.invoke({ messages: [new SystemMessage(SYSTEM), new HumanMessage(
  '@opsbot checkout-api p99 went through the roof right after the 14:05 deploy in prod-eu. Roll it back to the previous good release pls')] },
  { metadata: { thread_id: 'INC-0412', incident: 'INC-0412', slack_channel: 'C07INC0412' }, recursionLimit: 40 }));

t.write(path.join(here, 'traces.jsonl'));
