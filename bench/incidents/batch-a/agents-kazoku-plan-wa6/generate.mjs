// みなとモバイル (Minato Mobile) app chat. A family plan: the daughter (line user) asks for extra data,
// which on this plan needs the account holder's approval; the mother (account holder) reviews and
// approves a smaller amount from her own app; the daughter later checks her line.
// Each app user has their own chat (group id) and their own user id; within a chat the app passes
// the previous turns (result.history) to the next run.
// Offline: every model reply comes from a script (scriptedModel), no network, no key.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- the carrier's backend (one account, two lines) ----
const account = { id: 'MM-7730-2291', holder: { name: '山岸 恵子', line: '090-3318-6604' } };
const lines = {
  '080-4417-2290': { user: '山岸 結衣', plan: 'ファミリー20', cap_gb: 20, used_gb: 19.6, reset: '2025-07-01' },
};
const requests = new Map();

const getDataUsage = tool({
  name: 'get_data_usage', description: 'この回線の今月のデータ通信量と上限を返す。',
  parameters: z.object({ line: z.string() }),
  execute: async ({ line }) => {
    const l = lines[line];
    const addonRequests = [...requests.values()].filter((r) => r.line === line)
      .map((r) => ({ request_id: r.request_id, gb: r.gb, status: r.status }));
    return JSON.stringify({ line, plan: l.plan, used_gb: l.used_gb, cap_gb: l.cap_gb, addon_gb: l.addon_gb ?? 0,
      addon_requests: addonRequests, reset_date: l.reset });
  },
});
const requestDataAddon = tool({
  name: 'request_data_addon', description: '追加データ（1GB単位）を申し込む。ファミリープランの子回線は契約者の承認が必要。',
  parameters: z.object({ line: z.string(), gb: z.number().int() }),
  execute: async ({ line, gb }) => {
    const id = 'AR-20250611-0042';
    requests.set(id, { request_id: id, line, gb, status: 'pending_holder_approval' });
    return JSON.stringify({ request_id: id, line, gb, price: `${(gb * 330).toLocaleString('ja-JP')}円（税込）`,
      status: 'pending_holder_approval', approver: 'account_holder', notified: 'アプリ通知・SMS' });
  },
});
const listPendingApprovals = tool({
  name: 'list_pending_approvals', description: '契約者の承認待ちの申込一覧。',
  parameters: z.object({ account_id: z.string() }),
  execute: async ({ account_id }) => JSON.stringify({ account_id, pending: [...requests.values()]
    .filter((r) => r.status === 'pending_holder_approval')
    .map((r) => ({ request_id: r.request_id, type: 'data_addon', line: r.line, line_user: lines[r.line].user,
      gb: r.gb, price: `${(r.gb * 330).toLocaleString('ja-JP')}円（税込）`, requested_at: '2025-06-11T21:14:05+09:00' })) }),
});
const decideRequest = tool({
  name: 'decide_request', description: '承認待ちの申込を承認（容量変更可）または却下する。契約者のみ。',
  parameters: z.object({ request_id: z.string(), decision: z.enum(['approve', 'reject']), gb: z.number().int().nullable() }),
  execute: async ({ request_id, decision, gb }) => {
    const r = requests.get(request_id);
    r.status = decision === 'approve' ? 'approved' : 'rejected';
    if (decision === 'approve') { r.gb = gb ?? r.gb; lines[r.line].addon_gb = r.gb; }
    return JSON.stringify({ request_id, status: r.status, line: r.line, gb: r.gb,
      price: `${(r.gb * 330).toLocaleString('ja-JP')}円（税込）`, applied_at: '2025-06-11T22:03:40+09:00' });
  },
});

function agentFor(who, script, seed) {
  const tools = who.role === 'holder'
    ? [listPendingApprovals, decideRequest, getDataUsage]
    : [getDataUsage, requestDataAddon];
  return new Agent({
    name: 'みなとサポート',
    instructions: [
      'あなたはみなとモバイルのアプリ内サポートです。丁寧な日本語で簡潔に答えてください。',
      `ログイン中のお客様: ${who.name}様（${who.role === 'holder' ? '契約者' : '利用者'}、回線 ${who.line}、アカウント ${account.id}）。`,
      who.role === 'holder'
        ? '契約者はアカウント内の全回線の申込を確認・承認できます。'
        : 'ファミリープランの利用者回線の追加データは契約者の承認後に反映されます。',
    ].join('\n'),
    model: scriptedModel(script, { seed }), tools,
  });
}

const yui = { name: '山岸 結衣', role: 'member', line: '080-4417-2290', user_id: 'mm-u-5530871', chat: 'chat-0611-yui-9a7f' };
const keiko = { name: '山岸 恵子', role: 'holder', line: '090-3318-6604', user_id: 'mm-u-5530870', chat: 'chat-0611-kei-c24e' };
const runnerFor = (who) => new Runner({ groupId: who.chat, workflowName: 'みなとサポート チャット',
  traceMetadata: { user_id: who.user_id, account_id: account.id, app: 'minato-app 5.12.0' } });

// 21:13 結衣: extra data request
const y1 = await runnerFor(yui).run(agentFor(yui, [
  { tool_calls: [{ name: 'get_data_usage', args: { line: '080-4417-2290' } }] },
  { tool_calls: [{ name: 'request_data_addon', args: { line: '080-4417-2290', gb: 5 } }] },
  { content: '今月は19.6GB／20GBご利用済みです（7月1日リセット）。追加データ5GB（1,650円・税込）を申し込みました'
    + '（申込番号 AR-20250611-0042）。ファミリープランのため、契約者さまの承認後に反映されます。契約者さまにはアプリ通知とSMSでお知らせしています。' },
], 'kazoku-y1'), '今月のギガもうほぼない…部活の遠征で動画見すぎた。あと5GB追加できる？');

// 21:58 恵子: review the pending request
const k1 = await runnerFor(keiko).run(agentFor(keiko, [
  { tool_calls: [{ name: 'list_pending_approvals', args: { account_id: 'MM-7730-2291' } }] },
  { content: '承認待ちの申込が1件あります。\n・申込番号 AR-20250611-0042：山岸 結衣さまの回線（080-4417-2290）への追加データ5GB、'
    + '1,650円（税込）、6月11日21:14の申込です。\n承認・容量の変更・却下のいずれも可能です。' },
], 'kazoku-k1'), '娘から追加データの申込が来てるって通知があったんだけど、内容を教えてください。');

// 22:03 恵子: approve a smaller amount
await runnerFor(keiko).run(agentFor(keiko, [
  { tool_calls: [{ name: 'decide_request', args: { request_id: 'AR-20250611-0042', decision: 'approve', gb: 3 } }] },
  { content: '申込番号 AR-20250611-0042 を3GB（990円・税込）で承認しました。結衣さまの回線にすぐ反映されています。' },
], 'kazoku-k2'), [...k1.history, user('5GBは多いので、3GBなら承認します。')]);

// 22:10 結衣: check the line again
await runnerFor(yui).run(agentFor(yui, [
  { tool_calls: [{ name: 'get_data_usage', args: { line: '080-4417-2290' } }] },
  { content: '承認されました！追加データ3GBが反映され、今月の上限は23GB（ご利用済み19.6GB）になっています。7月1日にリセットされます。' },
], 'kazoku-y2'), [...y1.history, user('追加された？')]);

writeTrace(here, 'support-chat.jsonl');
