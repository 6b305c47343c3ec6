// Weekly IAM hygiene bot: LangGraph.js tool-calling agent over the cloud IAM and audit APIs,
// scripted chat model (offline), OpenInference spans written as OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('iam-hygiene-bot', { 'deployment.environment': 'prod', 'cloud.account.id': 'acme-data-prod' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const accounts = [
  { email: 'sa-airflow-runner@acme-data-prod.iam.gserviceaccount.com', display_name: 'Airflow runner', disabled: false },
  { email: 'sa-legacy-ci@acme-data-prod.iam.gserviceaccount.com', display_name: 'Jenkins CI (legacy)', disabled: false },
  { email: 'svc-billing-export@acme-data-prod.iam.gserviceaccount.com', display_name: 'Billing export to BigQuery', disabled: false },
  { email: 'sa-looker-sync@acme-data-prod.iam.gserviceaccount.com', display_name: 'Looker PDT sync', disabled: false },
  { email: 'sa-ml-batch@acme-data-prod.iam.gserviceaccount.com', display_name: 'ML batch scoring', disabled: false },
];
// What the audit index answers: the latest authentication event per account. For svc-billing-export
// the index shard holding its events was being rebuilt and max(event_time) came back as 0.
const lastAuth = {
  'sa-airflow-runner': { ts: '2025-03-10T01:12:44Z', keys: 1 },
  'sa-legacy-ci': { ts: '2024-08-02T16:40:11Z', keys: 3 },
  'svc-billing-export': { ts: '1970-01-01T00:00:00Z', keys: 2 },
  'sa-looker-sync': { ts: '2025-02-27T22:05:09Z', keys: 1 },
  'sa-ml-batch': { ts: '2025-01-30T04:31:57Z', keys: 2 },
};

const listSa = tool(async ({ project }) => JSON.stringify({ project, accounts }), {
  name: 'list_service_accounts', description: 'Lists the service accounts of a project.',
  schema: z.object({ project: z.string() }) });
const getLastAuth = tool(async ({ account }) => {
  const id = account.split('@')[0];
  return JSON.stringify({ account, last_authenticated_at: lastAuth[id].ts, active_user_managed_keys: lastAuth[id].keys,
    source: 'audit-index-v2' });
}, { name: 'get_last_authentication', description: 'Latest successful authentication of a service account (audit index).',
  schema: z.object({ account: z.string().describe('service account e-mail') }) });
const disableSa = tool(async ({ account, reason }) => JSON.stringify({ account, disabled: true, reason,
  operation: 'operations/iam.disable.' + account.split('@')[0].replace(/-/g, '') + '.1741572051' }), {
  name: 'disable_service_account', description: 'Disables a service account (reversible). All its tokens stop working immediately.',
  schema: z.object({ account: z.string(), reason: z.string() }) });
const postSlack = tool(async ({ channel }) => JSON.stringify({ ok: true, channel, ts: '1741572093.004519' }), {
  name: 'post_slack_message', description: 'Posts a message to a Slack channel.',
  schema: z.object({ channel: z.string(), text: z.string() }) });

const mail = (id) => `${id}@acme-data-prod.iam.gserviceaccount.com`;
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'list_service_accounts', args: { project: 'acme-data-prod' } }] },
  { tool_calls: Object.keys(lastAuth).map((id) => ({ name: 'get_last_authentication', args: { account: mail(id) } })) },
  { content: 'Two accounts exceed the 90-day threshold: sa-legacy-ci (last auth 2024-08-02) and svc-billing-export (no authentication on record). Disabling both per SEC-7.',
    tool_calls: [
      { name: 'disable_service_account', args: { account: mail('sa-legacy-ci'), reason: 'SEC-7 weekly sweep: last authentication 2024-08-02 (220 days)' } },
      { name: 'disable_service_account', args: { account: mail('svc-billing-export'), reason: 'SEC-7 weekly sweep: never authenticated (last_authenticated_at 1970-01-01)' } },
    ] },
  { tool_calls: [{ name: 'post_slack_message', args: { channel: '#sec-iam-hygiene', text:
    ':broom: Weekly SA sweep for *acme-data-prod*: 5 accounts checked, 2 disabled.\n'
    + '• sa-legacy-ci — last auth 2024-08-02 (220 days)\n'
    + '• svc-billing-export — never authenticated, 2 user-managed keys still active\n'
    + 'Re-enable via `gcloud iam service-accounts enable` if needed.' } }] },
  { content: 'Sweep complete for acme-data-prod. Checked 5 service accounts; 3 are active within 90 days (sa-airflow-runner, sa-looker-sync, sa-ml-batch). '
    + 'Disabled sa-legacy-ci (last authentication 2024-08-02, 220 days ago) and svc-billing-export (no authentication ever recorded, with 2 dangling keys). Summary posted to #sec-iam-hygiene.' },
] });

const app = await reactGraph({ model, tools: [listSa, getLastAuth, disableSa, postSlack], name: 'iam_hygiene' });
await t.turn({ userId: 'cron:iam-hygiene-weekly' }, () => app.invoke({ messages: [
  new SystemMessage('You are the IAM hygiene bot. Policy SEC-7: disable (never delete) service accounts with no successful authentication in the last 90 days. Today is 2025-03-10. Post a summary to #sec-iam-hygiene.'),
  new HumanMessage('Run the weekly stale service-account sweep for project acme-data-prod.'),
] }, { metadata: { thread_id: 'sweep/acme-data-prod/2025-W11', trigger: 'cloud-scheduler' } }));
t.write(path.join(here, 'traces.jsonl'));
