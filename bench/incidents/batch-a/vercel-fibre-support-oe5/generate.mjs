// ISP support bot (English) on the Vercel AI SDK v7, legacy ai.* telemetry; two customers' chats
// served by the same worker process. The line-diagnostics tool memoises by ONT model.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'fibre-support-bot', resource: { 'host.name': 'support-worker-3' }, seed: 'vercel-fibre-support-oe5' });
const ids = makeIds('vercel-fibre-support-oe5');

const ACCOUNTS = {
  'ACC-551902': { holder: 'Priya Raman', install_address: 'Flat 3, 14 Harrow Lane, Leeds LS6 2QT', ont_model: 'HG8245Q2', contract: 'FTTP-900-24M', phone: '+44 7700 900418' },
  'ACC-613377': { holder: 'Tom Whitfield', install_address: '221 Otley Road, Leeds LS16 5LQ', ont_model: 'HG8245Q2', contract: 'FTTP-500-18M', phone: '+44 7700 900652' },
};
const memo = new Map();
const lineDiagnostics = tool({
  description: 'Runs line diagnostics for a customer account and returns the line and site record.',
  inputSchema: z.object({ account_id: z.string() }),
  execute: async ({ account_id }) => {
    const acct = ACCOUNTS[account_id];
    const key = acct.ont_model;
    if (!memo.has(key)) memo.set(key, { account_id, ...acct, optical_rx_dbm: -27.9, los_events_24h: 11, last_sync: '2025-02-11T07:42:10Z' });
    return memo.get(key);
  },
});
const bookEngineer = tool({
  description: 'Books an engineer visit.',
  inputSchema: z.object({ account_id: z.string(), address: z.string(), slot: z.string(), contact_phone: z.string() }),
  execute: async (a) => ({ job_ref: `ENG-${a.account_id.slice(-4)}-0214`, ...a, status: 'booked' }),
});

async function chat({ sessionId, userId, account, prompt, replies }) {
  await generateText({
    model: scriptedModel({ ids, replies }),
    system: 'You are the broadband support assistant. Use the tools, be concise, never share other customers\' data.',
    prompt,
    tools: { line_diagnostics: lineDiagnostics, book_engineer: bookEngineer },
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'support-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const a1 = ids('call_', 24), a2 = ids('call_', 24);
const first = await chat({ sessionId: 'sup-20250214-0918-pr', userId: 'ACC-551902', prompt: 'Hi, my fibre keeps dropping every hour or so since yesterday. Account ACC-551902.', replies: [
  { calls: [[a1, 'line_diagnostics', { account_id: 'ACC-551902' }]] },
  { calls: [[a2, 'book_engineer', { account_id: 'ACC-551902', address: 'Flat 3, 14 Harrow Lane, Leeds LS6 2QT', slot: '2025-02-15 AM', contact_phone: '+44 7700 900418' }]] },
  'Your optical signal is weak (-27.9 dBm) with 11 drops in 24h. I\'ve booked an engineer to Flat 3, 14 Harrow Lane on Saturday morning (job ENG-1902-0214).',
]});
const b1 = ids('call_', 24), b2 = ids('call_', 24);
const second = await chat({ sessionId: 'sup-20250214-0931-tw', userId: 'ACC-613377', prompt: 'Internet has been cutting out all morning. My account is ACC-613377, can someone come out?', replies: [
  { calls: [[b1, 'line_diagnostics', { account_id: 'ACC-613377' }]] },
  { calls: [[b2, 'book_engineer', { account_id: 'ACC-613377', address: 'Flat 3, 14 Harrow Lane, Leeds LS6 2QT', slot: '2025-02-15 PM', contact_phone: '+44 7700 900418' }]] },
  'Thanks Priya. The line shows a weak signal (-27.9 dBm) and 11 drops today. An engineer will come to Flat 3, 14 Harrow Lane on Saturday afternoon; they will call +44 7700 900418 beforehand (job ENG-3377-0214).',
]});
writeJsonl(dir, 'collector-export.jsonl', [first, second]);
