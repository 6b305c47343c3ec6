// Branch-kiosk assistant of a retail bank (Vercel AI SDK generateText, GenAI spans from @ai-sdk/otel
// OpenTelemetry with runtimeContext). Two customers use the same kiosk a few minutes apart; each
// conversation is one generateText call with its own session id and customer id.
// The case-note tools keep notes in the kiosk process (one store per kiosk, not per customer).
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-bank-dispute-notes-crossover';
const tracing = setupTracing({
  serviceName: 'branch-kiosk-assistant',
  resource: { 'service.version': '2025.1.4', 'host.name': 'kiosk-lis-03', 'deployment.environment.name': 'branch' },
  seed,
});
const ids = makeIds(seed);
const gid = () => ids('', 16);

const customers = {
  cus_51207: { customer_id: 'cus_51207', name: 'Priya Raman', segment: 'personal', card: { product: 'Visa Debit', last4: '4417', status: 'active' } },
  cus_60344: { customer_id: 'cus_60344', name: 'Tomasz Wójcik', segment: 'personal', card: { product: 'Mastercard Credit', last4: '0932', status: 'active' } },
};
const transactions = {
  cus_51207: [
    { id: 'tx_8f21c7', date: '2024-10-03', merchant: 'HOTEL ALMA LISBOA', amount: '742.18', currency: 'EUR', card_last4: '4417' },
    { id: 'tx_8f1d02', date: '2024-10-02', merchant: 'PINGO DOCE ALVALADE', amount: '36.40', currency: 'EUR', card_last4: '4417' },
    { id: 'tx_8f0b9e', date: '2024-09-30', merchant: 'CP COMBOIOS', amount: '24.15', currency: 'EUR', card_last4: '4417' },
  ],
};
const kioskNotes = []; // per kiosk process

const getCustomer = tool({
  description: 'Profile of the authenticated customer (name, card).',
  inputSchema: z.object({ customer_id: z.string() }),
  execute: async ({ customer_id }) => { await sleep(40); return customers[customer_id]; },
});
const listCardTransactions = tool({
  description: 'Recent card transactions of the authenticated customer.',
  inputSchema: z.object({ customer_id: z.string(), days: z.number().int().max(90).default(14) }),
  execute: async ({ customer_id }) => { await sleep(110); return { customer_id, transactions: transactions[customer_id] ?? [] }; },
});
const openDispute = tool({
  description: 'Opens a chargeback dispute for a card transaction.',
  inputSchema: z.object({ transaction_id: z.string(), reason: z.enum(['not_recognised', 'duplicate', 'goods_not_received', 'other']) }),
  execute: async ({ transaction_id, reason }) => {
    await sleep(180);
    return { dispute_id: 'DSP-20241009-3318', transaction_id, reason, status: 'submitted', provisional_credit: 'within 10 business days', card_blocked_and_reissued: true };
  },
});
const saveCaseNote = tool({
  description: 'Saves a short case note so that the follow-up conversation can pick up where this one ended.',
  inputSchema: z.object({ note: z.string() }),
  execute: async ({ note }) => { kioskNotes.push({ saved_at: new Date().toISOString(), note }); return { saved: true, notes: kioskNotes.length }; },
});
const recallCaseNotes = tool({
  description: 'Returns the most recent case notes for follow-up questions.',
  inputSchema: z.object({ limit: z.number().int().max(10).default(3) }),
  execute: async ({ limit }) => { await sleep(30); return { notes: kioskNotes.slice(-limit) }; },
});
const tools = { getCustomer, listCardTransactions, openDispute, saveCaseNote, recallCaseNotes };

const system =
  'You are the self-service assistant on a Meridian Bank branch kiosk. The customer has authenticated with their card and PIN; ' +
  'their customer id is given in the first line of the conversation. Help with card questions and disputes. ' +
  'Save a case note at the end of any case so follow-ups can be answered, and check case notes when a customer follows up.';

const telemetry = {
  functionId: 'kiosk-assistant',
  includeRuntimeContext: { sessionId: true, userId: true, kiosk: true },
  integrations: [new OpenTelemetry({ runtimeContext: true })],
};

// Conversation 1: Priya Raman disputes a hotel charge.
const a = [gid(), gid(), gid(), gid()];
await generateText({
  model: scriptedModel({
    provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', ids, responsePrefix: '',
    replies: [
      { calls: [[a[0], 'listCardTransactions', { customer_id: 'cus_51207', days: 14 }]] },
      { calls: [[a[1], 'openDispute', { transaction_id: 'tx_8f21c7', reason: 'not_recognised' }]] },
      { calls: [[a[2], 'saveCaseNote', { note: 'Customer disputes EUR 742.18 at HOTEL ALMA LISBOA on 2024-10-03, card ending 4417 (not recognised). Dispute DSP-20241009-3318 submitted; card blocked and reissued; provisional credit within 10 business days.' }]] },
      'I have opened dispute DSP-20241009-3318 for the €742.18 charge at Hotel Alma Lisboa on 3 October. Your card ending 4417 has been ' +
        'blocked and a new one is on its way. You should see a provisional credit within 10 business days.',
    ],
  }),
  system,
  prompt: '[customer cus_51207] There is a hotel charge of over 700 euros on my card from early October that I did not make. Please dispute it.',
  tools, stopWhen: stepCountIs(6), telemetry,
  runtimeContext: { sessionId: 'ksk-LIS03-000412', userId: 'cus_51207', kiosk: 'LIS-03' },
});
const first = await tracing.flush();

await sleep(400);
// Conversation 2: Tomasz Wójcik, a different customer, follows up on his own dispute.
const b = [gid(), gid()];
await generateText({
  model: scriptedModel({
    provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', ids, responsePrefix: '',
    replies: [
      { calls: [[b[0], 'getCustomer', { customer_id: 'cus_60344' }], [b[1], 'recallCaseNotes', { limit: 3 }]] },
      'Hello Tomasz. Your dispute DSP-20241009-3318 for the €742.18 charge at Hotel Alma Lisboa (3 October) has been submitted. ' +
        'The card ending 4417 was blocked and reissued, and you should receive a provisional credit within 10 business days. ' +
        'Is there anything else I can help you with?',
    ],
  }),
  system,
  prompt: '[customer cus_60344] Hi, I was here last week about a payment I disputed. What is the status of my dispute?',
  tools, stopWhen: stepCountIs(4), telemetry,
  runtimeContext: { sessionId: 'ksk-LIS03-000413', userId: 'cus_60344', kiosk: 'LIS-03' },
});
const second = await tracing.flush();

writeJsonl(out, 'kiosk-spans.jsonl', [first, second]);
