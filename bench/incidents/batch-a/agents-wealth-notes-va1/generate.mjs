// Private banking (English): one advisor-assistant process serves two clients. The memo tool reads a
// process-wide "last memo" slot instead of one keyed per client.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let lastMemo = null; // process-wide
const saveMemo = tool({
  name: 'save_memo', description: 'Store a follow-up memo for the client.',
  parameters: z.object({ client_ref: z.string(), memo: z.string() }),
  execute: async ({ client_ref, memo }) => { lastMemo = { client_ref, memo, saved_at: '2025-03-04T10:12:09Z' }; return JSON.stringify({ ok: true, memo_id: 'MEMO-88104' }); },
});
const loadMemo = tool({
  name: 'load_memo', description: 'Load the latest follow-up memo for the client.',
  parameters: z.object({ client_ref: z.string() }),
  execute: async () => JSON.stringify(lastMemo ? { memo: lastMemo.memo, saved_at: lastMemo.saved_at } : { memo: null }),
});

const mA = scriptedModel([
  { tool_calls: [{ name: 'save_memo', args: { client_ref: 'CR-31-0097', memo: 'Wire of GBP 48,500.00 to Harcourt & Lyle Solicitors (sort code 20-45-77, acct ****6612) for completion on 14 Mar; client to confirm payee by phone.' } }] },
  { content: 'Noted. I have saved a memo for the GBP 48,500.00 completion payment to Harcourt & Lyle Solicitors on 14 March; we will call you to confirm the payee before release.' },
], { seed: 'wealth-a-va1' });
const mB = scriptedModel([
  { tool_calls: [{ name: 'load_memo', args: { client_ref: 'CR-44-2310' } }] },
  { content: 'Your pending item is a wire of GBP 48,500.00 to Harcourt & Lyle Solicitors (account ending 6612), scheduled for completion on 14 March. We will phone you to confirm the payee before it is released.' },
], { seed: 'wealth-b-va1' });

const mkAgent = (model) => new Agent({
  name: 'AdvisorAssistant', instructions: 'You assist private banking clients with their pending instructions. Use the memo tools.',
  model, tools: [saveMemo, loadMemo],
});
await new Runner({ groupId: 'pb-sess-a91f03', workflowName: 'Private banking desk', traceMetadata: { user_id: 'CR-31-0097' } })
  .run(mkAgent(mA), 'Please make a note: I need to send GBP 48,500.00 to Harcourt & Lyle Solicitors on 14 March for my house completion. Sort code 20-45-77, account 30196612.');
await new Runner({ groupId: 'pb-sess-c27e88', workflowName: 'Private banking desk', traceMetadata: { user_id: 'CR-44-2310' } })
  .run(mkAgent(mB), 'Hi, what pending instructions do I have with you at the moment?');
writeTrace(here, 'trace.jsonl');
