// Billing help desk of a practice-management SaaS: one Node service answers many customer workspaces.
// Each chat turn runs `ai` v7 generateText with the @ai-sdk/otel OpenTelemetry integration (GenAI
// semantic conventions) inside an app span carrying session.id / user.id. The billing API client sits
// behind an in-process response cache whose key is the request path template (`/v2/accounts/{id}/billing`)
// and the plan tier, not the account id.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z,
  writeJsonl, scriptDir, SpanKind } from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'billing-desk-api', seed: 'saas-billing-desk-ee6',
  resource: { 'deployment.environment': 'production', 'service.version': '5.3.2', 'cloud.region': 'us-east-2' } });
const ids = makeIds('saas-billing-desk-ee6');

const accounts = {
  acct_7Hq2NW: { account_id: 'acct_7Hq2NW', company: 'Northwind Dental Group', plan: 'practice-pro',
    balance_due: '4812.90', currency: 'USD', next_invoice: { number: 'INV-2025-0312', amount: '1604.30', due: '2025-03-28' },
    payment_method: { brand: 'visa', last4: '4417', exp: '08/27' }, billing_contact: 'ap@northwinddental.com' },
  acct_2Lm9BS: { account_id: 'acct_2Lm9BS', company: 'Baker Street Physio', plan: 'practice-pro',
    balance_due: '389.00', currency: 'USD', next_invoice: { number: 'INV-2025-0377', amount: '389.00', due: '2025-04-01' },
    payment_method: { brand: 'mastercard', last4: '9032', exp: '11/28' }, billing_contact: 'office@bakerstreetphysio.co' },
};
const cache = new Map();
function getBilling(accountId) {
  const key = `GET /v2/accounts/{id}/billing|${accounts[accountId].plan}`;
  if (!cache.has(key)) cache.set(key, structuredClone(accounts[accountId]));
  return cache.get(key);
}

const tools = {
  get_billing_profile: tool({
    description: 'Fetch the billing profile (balance, next invoice, payment method) of the caller\'s account.',
    inputSchema: z.object({ account_id: z.string() }),
    execute: async ({ account_id }) => getBilling(account_id),
  }),
  email_invoice: tool({
    description: 'Email an invoice PDF to the account\'s billing contact.',
    inputSchema: z.object({ account_id: z.string(), invoice_number: z.string() }),
    execute: async ({ invoice_number }) => ({ queued: true, message_id: '<01J9Y3TQ8B.inv@mailer.cliniq.app>', invoice_number }),
  }),
};

const SYSTEM = (company, accountId) => `You are the billing assistant of Cliniq, a practice-management platform. ` +
  `The signed-in user belongs to ${company} (account ${accountId}). Only discuss that account. Be brief and friendly.`;

const northwindModel = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4.1-mini', ids, replies: [
  { calls: [['call_nW1xq9fJb2', 'get_billing_profile', { account_id: 'acct_7Hq2NW' }]] },
  'Your current balance is $4,812.90. The next invoice, INV-2025-0312 for $1,604.30, is due on March 28 and will be charged to the Visa ending in 4417.',
  { calls: [['call_nW2pL0sKe7', 'email_invoice', { account_id: 'acct_7Hq2NW', invoice_number: 'INV-2025-0312' }]] },
  'Done — INV-2025-0312 is on its way to ap@northwinddental.com.',
] });
const bakerModel = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4.1-mini', ids, replies: [
  { calls: [['call_bS1mR4yTc8', 'get_billing_profile', { account_id: 'acct_2Lm9BS' }]] },
  'You currently owe $4,812.90. Your next invoice, INV-2025-0312 for $1,604.30, is due March 28 and will be charged to the Visa ending in 4417. If you changed cards recently, you can update the payment method under Settings → Billing.',
] });

async function turn({ sessionId, userId, company, accountId, model, messages }) {
  return tracer.startActiveSpan('POST /api/assistant/messages', { kind: SpanKind.SERVER,
    attributes: { 'session.id': sessionId, 'user.id': userId, 'http.request.method': 'POST',
      'http.route': '/api/assistant/messages', 'app.workspace': accountId } }, async (span) => {
    const r = await generateText({ model, system: SYSTEM(company, accountId), messages, tools, stopWhen: stepCountIs(4),
      telemetry: { functionId: 'billing-assistant', integrations: [new OpenTelemetry()] } });
    span.setAttribute('http.response.status_code', 200);
    span.end();
    return r;
  });
}

const NW = { sessionId: 'conv_01JPB7Z4K2XQ9R8MWT3E5N6C1D', userId: 'usr_3391', company: 'Northwind Dental Group', accountId: 'acct_7Hq2NW', model: northwindModel };
const BS = { sessionId: 'conv_01JPB81F0AHVD2S7YQ4GJ9KX6M', userId: 'usr_5120', company: 'Baker Street Physio', accountId: 'acct_2Lm9BS', model: bakerModel };

const lines = [];
const nwHist = [{ role: 'user', content: 'Hi, what do we owe at the moment and when is the next invoice due?' }];
let r = await turn({ ...NW, messages: nwHist });
nwHist.push({ role: 'assistant', content: r.text });
lines.push(await flush());

r = await turn({ ...BS, messages: [{ role: 'user', content: 'Hello! Can you tell me our current balance? We switched to a new card last week, which one will be charged for the next invoice?' }] });
lines.push(await flush());

nwHist.push({ role: 'user', content: 'Great, can you email me that invoice?' });
r = await turn({ ...NW, messages: nwHist });
lines.push(await flush());

writeJsonl(here, 'collector-export.jsonl', lines);
