// Platform-team ops bot cleaning up feature flags (LangGraph.js + scripted model), traced by
// OpenInference. The usage endpoint answers from its rollup cache when the metrics store is slow.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('flagops-agent', { 'deployment.environment': 'ops', 'service.version': '0.14.2' });

const listFlags = tool(async ({ project, older_than_days }) => JSON.stringify({ project, older_than_days, flags: [
  { key: 'checkout.tax-engine-v2', created: '2024-06-03', owner: 'team-payments', rollout: '100% prod' },
  { key: 'checkout.legacy-coupon-banner', created: '2024-02-19', owner: 'team-growth', rollout: '0% prod' },
] }), { name: 'list_flags', description: 'Lists feature flags of a project older than N days.',
  schema: z.object({ project: z.string(), older_than_days: z.number() }) });
const flagUsage = tool(async ({ key, window }) => JSON.stringify(key === 'checkout.tax-engine-v2'
  ? { key, window, evaluations: 0, unique_contexts: 0, last_evaluated_at: '1970-01-01T00:00:00Z', served_from: 'rollup-cache', rollup_generated_at: null }
  : { key, window, evaluations: 0, unique_contexts: 0, last_evaluated_at: '2024-05-28T11:02:44Z', served_from: 'metrics-store', rollup_generated_at: '2025-02-20T06:00:00Z' }),
{ name: 'flag_usage', description: 'Evaluation count of a flag over a window (e.g. 30d).',
  schema: z.object({ key: z.string(), window: z.string() }) });
const archiveFlag = tool(async ({ key, reason }) => JSON.stringify({ key, archived: true, prod_serving: 'default (false)', audit_id: 'aud_01JMB7Q2Z8K4' }),
  { name: 'archive_flag', description: 'Archives a flag: it stops being evaluated and every environment serves the code default.',
    schema: z.object({ key: z.string(), reason: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'list_flags', args: { project: 'storefront', older_than_days: 180 } }] },
  { tool_calls: [{ name: 'flag_usage', args: { key: 'checkout.tax-engine-v2', window: '30d' } }] },
  { tool_calls: [{ name: 'flag_usage', args: { key: 'checkout.legacy-coupon-banner', window: '30d' } }] },
  { content: 'Both flags show zero evaluations in the last 30 days, archiving them.',
    tool_calls: [{ name: 'archive_flag', args: { key: 'checkout.tax-engine-v2', reason: 'no evaluations in 30d, stale flag (>180d)' } }] },
  { tool_calls: [{ name: 'archive_flag', args: { key: 'checkout.legacy-coupon-banner', reason: 'no evaluations in 30d, stale flag (>180d)' } }] },
  { content: 'Cleanup done for storefront. Archived 2 flags older than 180 days with no evaluations in the last 30 days:\n' +
    '- checkout.tax-engine-v2 (team-payments) — 0 evaluations, audit aud_01JMB7Q2Z8K4\n- checkout.legacy-coupon-banner (team-growth) — 0 evaluations, last seen 2024-05-28\nNo code changes needed; both now serve their defaults.' },
] });
const app = await reactGraph({ model, tools: [listFlags, flagUsage, archiveFlag], name: 'flag_janitor' });

await t.turn({ userId: 'u_rkowalczyk' }, () => app.invoke({ messages: [
  new SystemMessage('You are FlagOps, the feature-flag hygiene bot. Archive flags only when they are older than 180 days and unused in the last 30 days.'),
  new HumanMessage('quarterly flag cleanup for storefront please — archive anything stale and unused'),
] }, { metadata: { session_id: 'slack-C04FLAGOPS-1741702233.118409' }, recursionLimit: 20 }));

t.write(path.join(here, 'spans.otlp.jsonl'));
