// On-call assistant: searches the runbook index, first with the pager's wording, then with the service name.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const searchRunbooks = tool({
  name: 'search_runbooks',
  description: 'Semantic search over the SRE runbook index.',
  parameters: z.object({ query: z.string(), service: z.string().nullable() }),
  execute: async ({ query, service }) => {
    if (!service) return JSON.stringify({ query, hits: [], took_ms: 18 });
    return JSON.stringify({ query, service, took_ms: 22, hits: [{
      doc: 'rb/payments-gateway/rollback.md', score: 0.87, rev: 'a41f9c0',
      text: 'Rollback of payments-gateway: use `deployctl rollback payments-gateway --to previous`. Only within 45 minutes of the deploy; after 45 minutes the ledger migration is irreversible and you must page #payments-oncall instead. Drain canary first: set canary weight to 0 and wait 120 s. Expected error rate after rollback: below 0.5 % within 10 minutes.',
    }] });
  },
});

const deployStatus = tool({
  name: 'deploy_status',
  description: 'Latest deploys for a service.',
  parameters: z.object({ service: z.string() }),
  execute: async ({ service }) => JSON.stringify({ service, current: 'v2026.01.08-3', previous: 'v2026.01.07-1', deployed_at: '2026-01-08T14:02:11Z', now: '2026-01-08T14:31:40Z', canary_weight: 10, error_rate_5m: 0.047 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'search_runbooks', args: { query: 'PGW-5XX-SPIKE alert after deploy what to do', service: null } }] },
  { tool_calls: [{ name: 'search_runbooks', args: { query: 'rollback procedure', service: 'payments-gateway' } }] },
  { tool_calls: [{ name: 'deploy_status', args: { service: 'payments-gateway' } }] },
  { content: 'The first search on the alert name found nothing; the payments-gateway rollback runbook (rb/payments-gateway/rollback.md @ a41f9c0) applies. v2026.01.08-3 went out at 14:02:11Z, it is now 14:31:40Z, so you are ~29 minutes in, inside the 45-minute rollback window (about 15 minutes left). Error rate is 4.7 % over 5 min.\n\nSteps:\n1. Drain the canary: set canary weight from 10 to 0 and wait 120 s.\n2. `deployctl rollback payments-gateway --to previous` (back to v2026.01.07-1).\n3. Error rate should drop below 0.5 % within 10 minutes. If you cannot start before 14:47Z, do not roll back; page #payments-oncall.' },
], { seed: 'runbook-rollback', served: 'gpt-4o-2024-11-20' });

const agent = new Agent({
  name: 'oncall-copilot',
  instructions: 'You help the on-call engineer. Only give procedures and thresholds that come from the runbooks or live tools; cite the runbook path.',
  model: m, tools: [searchRunbooks, deployStatus],
});

await new Runner({ groupId: 'inc-2026-0108-pgw-01', workflowName: 'oncall-copilot', traceMetadata: { user_id: 'sre:mkowalski' } })
  .run(agent, 'PGW-5XX-SPIKE firing since the 14:00 deploy. Should I roll back? What is the procedure?');

writeTrace(here, 'oncall-copilot.trace.jsonl');
