// Pharmacy refill chat (Vercel AI SDK v7, scripted mock model, offline). The chat backend keeps the
// recent conversation in a map keyed by the pickup store and replays it as message history.
import { generateText, tool, stepCountIs, LegacyOpenTelemetry, z, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('rx-elm');
const { flush } = setupTracing({ serviceName: 'refill-chat', resource: { 'service.namespace': 'pharmacy-digital' }, seed: 'rx-elm' });
const history = new Map(); // key: pickup store

const rxDb = {
  '4471023': { rx_number: '4471023', drug: 'Metformin HCl 500 mg tab', qty: 180, status: 'in_queue', ready_eta: '2024-09-19T14:00:00-05:00', store: 'Elm St #0412', copay_usd: 4.0, patient_ref: 'pt-55102' },
};
const get_refill_status = tool({ description: 'Refill status for a prescription number.', inputSchema: z.object({ rx_number: z.string() }),
  execute: async ({ rx_number }) => rxDb[rx_number] ?? { rx_number, status: 'not_found' } });

const system = 'You are the refill assistant for Maple Pharmacy. Help patients check refill status. Be brief and friendly.';
const lines = [];

async function turn({ sessionId, userId, store, text, replies }) {
  const prior = history.get(store) ?? [];
  const messages = [...prior, { role: 'user', content: text }];
  const r = await generateText({ model: scriptedModel({ ids, modelId: 'gpt-4o-mini', replies }), system, messages,
    tools: { get_refill_status }, stopWhen: stepCountIs(4), runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'refill-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] } });
  history.set(store, [...messages, { role: 'assistant', content: r.text }]);
  lines.push(await flush());
}

await turn({ sessionId: 'rc-2024-09-18-a81f03', userId: 'pt-55102', store: '0412',
  text: 'hi, checking on my metformin refill, rx 4471023',
  replies: [
    { calls: [[ids('call_', 24), 'get_refill_status', { rx_number: '4471023' }]] },
    'Your Metformin 500 mg refill (Rx 4471023, 180 tabs) is in the queue and should be ready Thursday after 2 pm at Elm St. Copay is $4.00.',
  ] });

await turn({ sessionId: 'rc-2024-09-18-c2d977', userId: 'pt-90877', store: '0412',
  text: 'hey is my refill ready yet? same store as always',
  replies: [
    { calls: [[ids('call_', 24), 'get_refill_status', { rx_number: '4471023' }]] },
    'Not quite yet: your Metformin 500 mg refill (Rx 4471023) is in the queue and will be ready Thursday after 2 pm at Elm St. The copay is $4.00.',
  ] });

writeJsonl(dir, 'spans.jsonl', lines);
