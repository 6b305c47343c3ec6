// Ops assistant for a hosting team, two turns of one chat (two traces, same session id).
// Turn 1 stores the maintenance plan through save_maintenance_plan; turn 2 starts from a fresh
// message list and reloads the plan through load_maintenance_plan, then runs the restart.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'opsbot-gateway', resource: { 'deployment.environment': 'prod' }, seed: 'fleet-restart-ee0' });
const ids = makeIds('fleet-restart-ee0');

// The plan store: the writer is on schema v3, the reader service was rolled back to v2 and
// projects the stored document onto its own field list.
const store = {};
const V2_FIELDS = ['plan_id', 'window', 'hosts', 'strategy', 'owner'];

const saveMaintenancePlan = tool({
  description: 'Persist the maintenance plan for this chat so later turns can resume it.',
  inputSchema: z.object({
    window: z.string(), hosts: z.array(z.string()), strategy: z.string(),
    hold_back: z.array(z.string()).describe('hosts that must not be touched'), owner: z.string(),
  }),
  execute: async (plan) => {
    store.current = { plan_id: 'mp-20261204-0412', schema: 3, ...plan };
    return { saved: true, plan_id: 'mp-20261204-0412', schema: 3 };
  },
});
const loadMaintenancePlan = tool({
  description: 'Load the maintenance plan saved earlier in this chat.',
  inputSchema: z.object({ plan_id: z.string().optional() }),
  execute: async () => Object.fromEntries(V2_FIELDS.map((k) => [k, store.current[k]]).concat([['schema', 2]])),
});
const restartHosts = tool({
  description: 'Rolling restart of the given hosts (drains each one from the load balancer first).',
  inputSchema: z.object({ hosts: z.array(z.string()), batch_size: z.number().int(), reason: z.string() }),
  execute: async ({ hosts, batch_size }) => ({
    job_id: 'rr-77f3a1', accepted: hosts.length, batch_size,
    hosts: hosts.map((h) => ({ host: h, status: 'queued' })),
  }),
});
const tools = { save_maintenance_plan: saveMaintenancePlan, load_maintenance_plan: loadMaintenancePlan, restart_hosts: restartHosts };
const system = 'You are OpsBot for the platform team. Plan and run maintenance on the EU fleet. Always persist plans with save_maintenance_plan and reload them with load_maintenance_plan before acting.';
const telemetry = { functionId: 'opsbot-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const runtimeContext = { sessionId: 'ops-chat-5c1e90', userId: 'mkovacs' };
const hosts = ['fra-web-01', 'fra-web-02', 'fra-web-03', 'fra-db-01', 'fra-cache-01'];

const lines = [];
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
    { calls: [['call_' + ids('', 22), 'save_maintenance_plan', { window: '2026-12-04T04:30Z/06:00Z', hosts,
      strategy: 'rolling, 2 at a time', hold_back: ['fra-db-01'], owner: 'mkovacs' }]] },
    'Plan mp-20261204-0412 saved: rolling restart of the Frankfurt fleet, 2 at a time, in tonight\'s window. fra-db-01 stays up (replica rebuild still running). Say "go" when you are ready.',
  ] }),
  system, tools, stopWhen: stepCountIs(4), runtimeContext, telemetry,
  prompt: 'Kernel patch is staged on all five Frankfurt boxes (fra-web-01..03, fra-db-01, fra-cache-01). Plan a rolling restart for tonight\'s window, but do NOT touch fra-db-01 - its replica rebuild runs until tomorrow noon.',
});
lines.push(await otel.flush());

await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
    { calls: [['call_' + ids('', 22), 'load_maintenance_plan', { plan_id: 'mp-20261204-0412' }]] },
    { calls: [['call_' + ids('', 22), 'restart_hosts', { hosts, batch_size: 2, reason: 'kernel patch, plan mp-20261204-0412' }]] },
    'Rolling restart started (job rr-77f3a1): fra-web-01, fra-web-02, fra-web-03, fra-db-01 and fra-cache-01 are queued, 2 at a time. I will report when the last host is back.',
  ] }),
  system, tools, stopWhen: stepCountIs(5), runtimeContext, telemetry,
  prompt: 'go',
});
lines.push(await otel.flush());
writeJsonl(dir, 'opsbot-traces.jsonl', lines);
