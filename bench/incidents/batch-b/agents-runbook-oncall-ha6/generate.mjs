// On-call assistant (devops, en). Two engineers, two sessions.
// 1. A canary reports 0 errors on 0 requests; the assistant reads it as "no traffic yet", not as healthy.
// 2. A runbook search comes back empty; the assistant says so and asks; the second search finds it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, user, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const rolloutStatus = tool({
  name: 'rollout_status',
  description: 'Canary status of a rollout.',
  parameters: z.object({ service: z.string(), release: z.string() }),
  execute: async ({ service, release }) => JSON.stringify({ service, release, phase: 'canary', traffic_pct: 0, requests_5m: 0,
    errors_5m: 0, error_rate: 0, gate: 'awaiting-approval', gate_opened_at: '2026-12-04T09:12:40Z' }),
});

const runbooks = {
  'ledger-sync lag alert': [],
  'ledgersyncd consumer lag treasury-data': [{ id: 'RB-0412', title: 'ledgersyncd: consumer lag above threshold', owner: 'treasury-data',
    steps: ['Check partition skew in dashboard "ledgersyncd / lag by partition"', 'If one partition lags, restart that consumer pod only',
      'If all lag, scale ledgersyncd from 4 to 8 replicas and page #treasury-data'] }],
};
const searchRunbooks = tool({
  name: 'search_runbooks',
  description: 'Full-text search over the on-call runbook wiki.',
  parameters: z.object({ query: z.string() }),
  execute: async ({ query }) => JSON.stringify({ query, hits: runbooks[query] ?? [] }),
});

const instructions = 'You are the on-call assistant. Ground every claim in tool output; say when you do not know.';

// Session 1
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'rollout_status', args: { service: 'payments-api', release: '2026.12.04-r3' } }] },
    { content: 'Not enough data to call it healthy. payments-api 2026.12.04-r3 is in canary but receiving 0% of traffic: '
        + '0 requests in the last 5 minutes, so the 0 errors say nothing yet. The rollout is paused at the approval gate '
        + '(opened 09:12 UTC). Once someone approves and traffic starts flowing, I can check the error rate again.' },
  ], { seed: 'oc-7731' });
  const agent = new Agent({ name: 'oncall-assistant', instructions, model: m, tools: [rolloutStatus, searchRunbooks] });
  const runner = new Runner({ groupId: 'oc-7731-ab', workflowName: 'On-call', traceMetadata: { user: 'sre.okafor' } });
  await runner.run(agent, 'is the payments-api rollout 2026.12.04-r3 healthy? want to promote it before lunch');
}

// Session 2 (two turns)
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'search_runbooks', args: { query: 'ledger-sync lag alert' } }] },
    { content: 'I found no runbook matching "ledger-sync lag alert". Do you know the exact service name or the owning team? I can search again with that.' },
    { tool_calls: [{ name: 'search_runbooks', args: { query: 'ledgersyncd consumer lag treasury-data' } }] },
    { content: 'Found RB-0412 "ledgersyncd: consumer lag above threshold" (owner treasury-data): 1) check partition skew in the '
        + '"ledgersyncd / lag by partition" dashboard; 2) if a single partition lags, restart only that consumer pod; '
        + '3) if all partitions lag, scale ledgersyncd from 4 to 8 replicas and page #treasury-data.' },
  ], { seed: 'oc-7732' });
  const agent = new Agent({ name: 'oncall-assistant', instructions, model: m, tools: [rolloutStatus, searchRunbooks] });
  const runner = new Runner({ groupId: 'oc-7732-cd', workflowName: 'On-call', traceMetadata: { user: 'sre.lindqvist' } });
  const first = await runner.run(agent, "what's the runbook for the ledger-sync lag alert? it just fired");
  await runner.run(agent, [...first.history, user('service is ledgersyncd, team treasury-data')]);
}

writeTrace(here, 'oncall.jsonl');
