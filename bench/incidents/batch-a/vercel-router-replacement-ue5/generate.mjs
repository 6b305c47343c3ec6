// ISP support bot. The chat handler keeps its message history in a module-level array, so the second
// customer's request is sent with the first customer's turns in front of it. Vercel AI SDK v7, scripted
// model, offline.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'fibrenet-support', resource: { 'deployment.environment': 'production', 'host.name': 'support-api-3' }, seed: 'router-replacement-ue5' });
const ids = makeIds('router-replacement-ue5');
const system = 'You are FibreNet customer support. Use the tools to look up the customer\'s account and orders. Be concise.';

const lookup_account = tool({
  description: 'Fetch the customer account by account number.',
  inputSchema: z.object({ account_no: z.string() }),
  execute: async ({ account_no }) => account_no === 'FN-00718834'
    ? { account_no, holder: 'Maria Okafor', plan: 'Fibre 500', service_address: '14 Harbour Lane, Apt 3B, Leith EH6 6QT', payment: 'card ending 4417' }
    : { account_no, holder: 'Daniel Reyes', plan: 'Fibre 150', service_address: '2 Millbrook Close, Dalkeith EH22 1RT', payment: 'direct debit' },
});
const create_rma = tool({
  description: 'Open a hardware replacement (RMA) and ship a new device.',
  inputSchema: z.object({ account_no: z.string(), device: z.string(), ship_to: z.string() }),
  execute: async (a) => ({ rma: 'RMA-' + (a.account_no === 'FN-00718834' ? '5520917' : '5521043'), status: 'dispatched', ship_to: a.ship_to, eta: '2 working days' }),
});
const get_rma_status = tool({
  description: 'Status of replacement orders for an account.',
  inputSchema: z.object({ account_no: z.string() }),
  execute: async ({ account_no }) => ({ account_no, rmas: [{ rma: 'RMA-5521043', device: 'FN-Hub 6', status: 'label_created', ship_to: null, carrier: 'DPD', eta: null }] }),
});

const history = []; // shared by every request handled by this process

async function handle(customer, userText, replies) {
  history.push({ role: 'user', content: userText });
  const model = scriptedModel({ modelId: 'gpt-4.1-mini', ids, replies });
  const res = await generateText({ model, system, messages: history, tools: { lookup_account, create_rma, get_rma_status }, stopWhen: stepCountIs(5),
    runtimeContext: customer,
    telemetry: { functionId: 'support-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry({ runtimeContext: true })] } });
  history.push(...res.response.messages);
}

const cA = { sessionId: 'wc_7Qm2LpX9', userId: 'FN-00718834' };
const cB = { sessionId: 'wc_Z4t8RvK1', userId: 'FN-00902251' };

await handle(cA, 'Hi, my router keeps dropping every evening, lights go red. Account FN-00718834. Can you send a new one?', [
  { calls: [['call_' + ids('', 24), 'lookup_account', { account_no: 'FN-00718834' }]] },
  { calls: [['call_' + ids('', 24), 'create_rma', { account_no: 'FN-00718834', device: 'FN-Hub 6', ship_to: '14 Harbour Lane, Apt 3B, Leith EH6 6QT' }]] },
  'Sorry about that, Maria. A replacement FN-Hub 6 is on its way (RMA-5520917) to 14 Harbour Lane, Apt 3B, Leith EH6 6QT, arriving in 2 working days. No charge to your card ending 4417.',
]);

await handle(cB, 'Hello, I was told a replacement hub is being sent to me. Account FN-00902251. Where is it going and when will it arrive?', [
  { calls: [['call_' + ids('', 24), 'get_rma_status', { account_no: 'FN-00902251' }]] },
  'Your replacement FN-Hub 6 (RMA-5521043) is being shipped by DPD to 14 Harbour Lane, Apt 3B, Leith EH6 6QT and should arrive within 2 working days.',
]);

writeJsonl(dir, 'collector-traces.jsonl', [await flush()]);
