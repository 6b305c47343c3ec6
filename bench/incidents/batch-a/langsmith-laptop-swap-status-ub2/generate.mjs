// Internal IT helpdesk bot (LangGraph.js, traced to LangSmith). Two employees ask about their hardware
// replacement a couple of hours apart; the replacement-status lookup sits behind a read-through cache.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, startClock, advance, minutes, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-01-14T08:51:40.000Z', 5);

const backend = {
  'EMP-11873': { ticket: 'RITM0048812', employee: 'EMP-11873', recipient: 'Ewa Kowalski', asset: 'ThinkPad T14 Gen 4',
    status: 'shipped', carrier: 'UPS', tracking: '1Z 7W3 V42 68 1130 447 2', ship_to: '14 Harbour Road, Leeds LS10 1PZ', eta: '2025-01-15' },
  'EMP-20417': { ticket: 'RITM0049027', employee: 'EMP-20417', recipient: 'Marcus Osei', asset: 'ThinkPad T14 Gen 4',
    status: 'awaiting_stock', carrier: null, tracking: null, ship_to: 'Office pickup, Manchester Spinningfields', eta: '2025-01-22' },
};
const cache = new Map();
const replacementStatus = tool(async ({ employee_id, asset_model }) => {
  const key = asset_model.toLowerCase().replace(/\s+/g, '-');
  if (!cache.has(key)) cache.set(key, { ...backend[employee_id], cached_at: new Date().toISOString() });
  return JSON.stringify(cache.get(key));
}, { name: 'get_replacement_status', description: 'Status of a hardware replacement request.',
  schema: z.object({ employee_id: z.string(), asset_model: z.string() }) });
const employeeProfile = tool(async ({ email }) => JSON.stringify(email.startsWith('e.kowalski')
  ? { employee_id: 'EMP-11873', name: 'Ewa Kowalski', site: 'Leeds (remote)', assets: ['ThinkPad T14 Gen 4 (swap open)'] }
  : { employee_id: 'EMP-20417', name: 'Marcus Osei', site: 'Manchester Spinningfields', assets: ['ThinkPad T14 Gen 4 (swap open)', 'Dell P2723DE'] }),
  { name: 'get_employee_profile', description: 'Directory profile for the signed-in employee.', schema: z.object({ email: z.string() }) });

const sys = new SystemMessage('You are Northwind IT Service Desk. Answer employees about their own tickets and devices. Look things up before answering.');

async function conversation({ session, user, email, question, replies }) {
  const app = agentGraph({ model: new ScriptedChatModel({ replies }), tools: [employeeProfile, replacementStatus], name: 'it-desk' });
  await traced(app, { messages: [sys, new HumanMessage(question)] }, { project: 'northwind-itsd',
    metadata: { session_id: session, user_id: user, user_email: email } });
}

await conversation({ session: 'c3f1a2e0-7d41-4b8e-9a55-1e02b6c4d901', user: 'u-11873', email: 'e.kowalski@northwind.co.uk',
  question: 'hi, any news on my replacement laptop? the hinge on the old one is held together with tape at this point',
  replies: [
    { tool_calls: [{ id: 'call_pr01', name: 'get_employee_profile', args: { email: 'e.kowalski@northwind.co.uk' } }] },
    { tool_calls: [{ id: 'call_rs01', name: 'get_replacement_status', args: { employee_id: 'EMP-11873', asset_model: 'ThinkPad T14 Gen 4' } }] },
    { content: 'Good news, Ewa: your replacement ThinkPad T14 Gen 4 (RITM0048812) has shipped with UPS, tracking 1Z 7W3 V42 68 1130 447 2, '
      + 'to 14 Harbour Road, Leeds. Expected delivery is tomorrow, 15 January.' },
  ] });
advance(minutes(95), minutes(130));
await conversation({ session: '5b9e0c17-2f8a-4d33-b6e4-8a7c1d0f3e62', user: 'u-20417', email: 'm.osei@northwind.co.uk',
  question: 'Morning - where is my T14 replacement at? Need it before the Thursday client demo',
  replies: [
    { tool_calls: [{ id: 'call_pr02', name: 'get_employee_profile', args: { email: 'm.osei@northwind.co.uk' } }] },
    { tool_calls: [{ id: 'call_rs02', name: 'get_replacement_status', args: { employee_id: 'EMP-20417', asset_model: 'ThinkPad T14 Gen 4' } }] },
    { content: 'Hi Marcus, your replacement ThinkPad T14 Gen 4 has already shipped with UPS (tracking 1Z 7W3 V42 68 1130 447 2) '
      + 'and is due tomorrow, 15 January, at 14 Harbour Road, Leeds LS10 1PZ - well ahead of your Thursday demo.' },
  ] });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
