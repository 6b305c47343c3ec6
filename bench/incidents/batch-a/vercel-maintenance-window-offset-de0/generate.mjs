// DevOps (English): the change window comes back in Tokyo time with an offset; the agent drops the offset
// when scheduling, and the scheduler reads the bare timestamp as UTC.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('vercel-maintenance-window-offset-de0');
const { flush } = setupTracing({ serviceName: 'ops-copilot', seed: 'vercel-maintenance-window-offset-de0',
  resource: { 'deployment.environment': 'internal' } });

const getChangeWindow = tool({
  description: 'Returns the approved change window for a service from the CAB calendar.',
  inputSchema: z.object({ service: z.string(), region: z.string() }),
  execute: async ({ service, region }) => ({
    service, region, cab_ticket: 'CHG0048817',
    window_start: '2026-12-06T02:00:00+09:00', window_end: '2026-12-06T04:00:00+09:00',
    blackout_after: '2026-12-06T08:00:00+09:00', approver: 'k.tanaka',
  }),
});
const scheduleMaintenance = tool({
  description: 'Schedules a maintenance job. start: ISO-8601 local datetime; naive values are interpreted as UTC.',
  inputSchema: z.object({ service: z.string(), start: z.string(), duration_minutes: z.number().int(), runbook: z.string(), cab_ticket: z.string() }),
  execute: async ({ service, start, duration_minutes, cab_ticket }) => {
    const s = new Date(start.endsWith('Z') || /[+-]\d\d:\d\d$/.test(start) ? start : start + 'Z');
    const e = new Date(s.getTime() + duration_minutes * 60000);
    return { job_id: 'mjob-5521', service, cab_ticket, scheduled_start_utc: s.toISOString(), scheduled_end_utc: e.toISOString(), status: 'SCHEDULED' };
  },
});

const model = scriptedModel({ ids, modelId: 'claude-sonnet-4-5', provider: 'anthropic.messages', responsePrefix: 'msg_', replies: [
  { calls: [['toolu_' + ids('', 22), 'get_change_window', { service: 'payments-ledger-db', region: 'ap-northeast-1' }]] },
  { calls: [['toolu_' + ids('', 22), 'schedule_maintenance', { service: 'payments-ledger-db', start: '2026-12-06T02:00:00',
    duration_minutes: 120, runbook: 'rb/pg-minor-upgrade-16.6', cab_ticket: 'CHG0048817' }]] },
  'Done. The Postgres minor upgrade for payments-ledger-db is scheduled as job mjob-5521 inside the approved CAB window '
  + 'CHG0048817 (02:00–04:00, Dec 6), well before the 08:00 blackout. I will post in #ops-apac when it starts.',
] });

await generateText({
  model,
  system: 'You are the ops copilot. Only schedule maintenance inside the CAB-approved window for the service.',
  prompt: 'Please schedule the pg minor upgrade (runbook rb/pg-minor-upgrade-16.6) for payments-ledger-db in Tokyo during its approved window.',
  tools: { get_change_window: getChangeWindow, schedule_maintenance: scheduleMaintenance },
  stopWhen: stepCountIs(5),
  telemetry: { functionId: 'ops-scheduler', integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'otel-traces.jsonl', [await flush()]);
