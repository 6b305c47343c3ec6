// On-call assistant for the payments platform team. The deploy API is flaky during the
// incident; the agent retries it before deciding anything, then rolls back and verifies.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const passError = (_ctx, err) => `ERROR: ${err.message}`;

let deployAttempts = 0;
const listDeploys = tool({
  name: 'list_deploys',
  description: 'Recent releases of a service from the deploy API, newest first.',
  parameters: z.object({ service: z.string(), env: z.string(), limit: z.number().int() }),
  errorFunction: passError,
  execute: async ({ service, env }) => {
    deployAttempts++;
    if (deployAttempts === 1) throw new Error('deploy-api.internal responded 502 Bad Gateway (upstream connect error or disconnect/reset before headers)');
    if (deployAttempts === 2) throw new Error('request to deploy-api.internal timed out after 10000 ms');
    return JSON.stringify({ service, env, releases: [
      { release: 'rel-7c41e09', version: '2026.02.26-3', deployed_at: '2026-02-26T14:01:37Z', by: 'ci/merge-train', changes: ['PAY-2291 switch card tokenizer client to pooled http2', 'PAY-2307 bump fraud-score timeout 300ms -> 800ms'], status: 'active' },
      { release: 'rel-a9b2f55', version: '2026.02.26-2', deployed_at: '2026-02-26T09:12:04Z', by: 'ci/merge-train', changes: ['PAY-2280 copy change on 3DS page'], status: 'superseded' },
      { release: 'rel-31d07c8', version: '2026.02.25-5', deployed_at: '2026-02-25T16:48:51Z', by: 'ci/merge-train', changes: ['PAY-2274 add idempotency key logging'], status: 'superseded' },
    ] });
  },
});

let metricCalls = 0;
const queryMetrics = tool({
  name: 'query_metrics',
  description: 'Latency and error metrics for a service over a time window (UTC), 5-minute buckets.',
  parameters: z.object({ service: z.string(), metric: z.string(), from: z.string(), to: z.string() }),
  execute: async ({ service, metric, from, to }) => {
    metricCalls++;
    if (metricCalls === 1) {
      return JSON.stringify({ service, metric, from, to, unit: 'ms', series: [
        ['13:40', 212], ['13:45', 208], ['13:50', 219], ['13:55', 214], ['14:00', 221], ['14:05', 1630], ['14:10', 2284], ['14:15', 2411], ['14:20', 2378],
      ], error_rate_5xx_pct: [['13:55', 0.11], ['14:00', 0.12], ['14:05', 3.9], ['14:10', 6.2], ['14:15', 6.8], ['14:20', 6.5]] });
    }
    return JSON.stringify({ service, metric, from, to, unit: 'ms', series: [
      ['14:25', 2302], ['14:30', 1190], ['14:35', 236], ['14:40', 218],
    ], error_rate_5xx_pct: [['14:25', 6.1], ['14:30', 2.4], ['14:35', 0.14], ['14:40', 0.1]] });
  },
});

const rollback = tool({
  name: 'rollback_release',
  description: 'Roll a service back to a previous release. Requires a reason; posts to the audit log.',
  parameters: z.object({ service: z.string(), env: z.string(), to_release: z.string(), reason: z.string() }),
  execute: async ({ service, env, to_release }) => JSON.stringify({ op: 'rb-20260226-0417', service, env, to_release, state: 'completed', pods_ready: '24/24', finished_at: '2026-02-26T14:31:09Z' }),
});

const postStatus = tool({
  name: 'post_incident_update',
  description: 'Post an update to the incident channel.',
  parameters: z.object({ incident: z.string(), text: z.string() }),
  execute: async ({ incident }) => JSON.stringify({ ok: true, incident, ts: '1772116342.009100' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'list_deploys', args: { service: 'checkout-api', env: 'prod-eu', limit: 3 } }] },
  { tool_calls: [{ name: 'list_deploys', args: { service: 'checkout-api', env: 'prod-eu', limit: 3 } }] },
  { tool_calls: [{ name: 'list_deploys', args: { service: 'checkout-api', env: 'prod-eu', limit: 3 } }] },
  { tool_calls: [{ name: 'query_metrics', args: { service: 'checkout-api', metric: 'http_server_latency_p99', from: '2026-02-26T13:40:00Z', to: '2026-02-26T14:20:00Z' } }] },
  { tool_calls: [{ name: 'rollback_release', args: { service: 'checkout-api', env: 'prod-eu', to_release: 'rel-a9b2f55', reason: 'INC-4821: p99 221ms -> 2.4s and 5xx 0.12% -> 6.8% starting 14:05, first bucket after rel-7c41e09 (14:01:37Z, PAY-2291 pooled http2 tokenizer client)' } }] },
  { tool_calls: [{ name: 'query_metrics', args: { service: 'checkout-api', metric: 'http_server_latency_p99', from: '2026-02-26T14:25:00Z', to: '2026-02-26T14:40:00Z' } }] },
  { tool_calls: [{ name: 'post_incident_update', args: { incident: 'INC-4821', text: 'checkout-api prod-eu rolled back from rel-7c41e09 (2026.02.26-3) to rel-a9b2f55 (2026.02.26-2), op rb-20260226-0417, 24/24 pods ready at 14:31Z. p99 back to 218 ms and 5xx 0.10% at 14:40. Suspect PAY-2291 (pooled http2 tokenizer client); release stays blocked until payments team reviews.' } }] },
  { content: "Done. The deploy API failed twice (502, then a 10 s timeout) before answering on the third try, so I only acted once I had the release list.\n\n- Cause: rel-7c41e09 (2026.02.26-3) went out at 14:01:37Z; p99 jumped from ~220 ms to 1.6 s in the 14:05 bucket and peaked at 2.4 s, 5xx went from 0.12% to 6.8%. Nothing else deployed in the window.\n- Action: rolled back to rel-a9b2f55 (2026.02.26-2), op rb-20260226-0417, 24/24 pods ready at 14:31Z.\n- Verification: p99 236 ms at 14:35 and 218 ms at 14:40; 5xx 0.14% then 0.10%, back to baseline.\n- Posted to INC-4821. Most likely culprit is PAY-2291 (pooled http2 client for the card tokenizer); the payments team should look at it before re-deploying." },
], { seed: 'oncall-inc-4821' });

const agent = new Agent({
  name: 'oncall-copilot',
  instructions: 'You are the on-call copilot for the payments platform. Before any production change, establish the facts from the deploy API and metrics. Only roll back when a release clearly correlates with the regression. If a tool fails, retry it; never act on a failed lookup. Verify after every change and post to the incident channel.',
  model: m,
  tools: [listDeploys, queryMetrics, rollback, postStatus],
});

const runner = new Runner({ groupId: 'INC-4821/oncall', workflowName: 'oncall-copilot', traceMetadata: { user: 'oncall:dkowalski', pagerduty: 'Q2XK7L1' } });
await runner.run(agent, 'checkout-api p99 is through the roof in prod-eu since ~14:05 UTC (INC-4821). If the latest deploy is the cause, roll it back and confirm it recovers.');

writeTrace(here, 'traces.jsonl');
