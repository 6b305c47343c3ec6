// Cross-border payments assistant (English) on the Vercel AI SDK v7, legacy ai.* telemetry, scripted model.
// The FX gateway drops the first quote request; the agent retries and proceeds on the second quote.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('fx-remit-ze5');
const { flush } = setupTracing({ serviceName: 'remit-assistant', seed: 'fx-remit-ze5',
  resource: { 'deployment.environment': 'production' } });

let quoteCalls = 0;
const getFxQuote = tool({
  description: 'Firm FX quote for a sell amount. Quotes are valid for 60 seconds.',
  inputSchema: z.object({ sellCurrency: z.string().length(3), buyCurrency: z.string().length(3), sellAmount: z.number() }),
  execute: async ({ sellCurrency, buyCurrency, sellAmount }) => {
    if (++quoteCalls === 1) throw new Error('fx-gateway: 503 Service Unavailable (upstream liquidity provider timeout after 3000 ms)');
    return { quoteId: 'q_01JD4Z8K2M7TQW', pair: `${sellCurrency}/${buyCurrency}`, rate: 6.1842, sellAmount, buyAmount: 12368.4,
      fee: { amount: 4.5, currency: sellCurrency }, expiresAt: '2024-11-21T10:14:37Z' };
  },
});
const createTransfer = tool({
  description: 'Books an international transfer against a firm FX quote.',
  inputSchema: z.object({ quoteId: z.string(), beneficiaryId: z.string(), reference: z.string().max(35) }),
  execute: async ({ quoteId, beneficiaryId, reference }) => ({ transferId: 'tr_5XHV2C9PLA', status: 'PROCESSING', quoteId, beneficiaryId, reference,
    debited: '2,004.50 EUR', credited: '12,368.40 BRL', estimatedArrival: '2024-11-22' }),
});

await generateText({
  model: scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', ids, responsePrefix: 'msg_', replies: [
    { text: 'Let me get a quote for that.', calls: [[ids('toolu_', 24), 'getFxQuote', { sellCurrency: 'EUR', buyCurrency: 'BRL', sellAmount: 2000 }]] },
    { text: 'The FX service did not respond; trying again.', calls: [[ids('toolu_', 24), 'getFxQuote', { sellCurrency: 'EUR', buyCurrency: 'BRL', sellAmount: 2000 }]] },
    { calls: [[ids('toolu_', 24), 'createTransfer', { quoteId: 'q_01JD4Z8K2M7TQW', beneficiaryId: 'ben_7QK2R1', reference: 'Aluguel novembro' }]] },
    'Done. Your transfer tr_5XHV2C9PLA is processing: 2,000.00 EUR converted at 6.1842 gives 12,368.40 BRL to Mariana Costa (ben_7QK2R1), reference "Aluguel novembro". With the 4.50 EUR fee, 2,004.50 EUR is debited; expected arrival 22 Nov 2024. (The first quote request failed with a gateway error, so I requested a fresh quote before booking.)',
  ] }),
  system: 'You are the payments assistant of Northwind Bank. Only book transfers against a firm quote the customer asked for. Saved beneficiaries: ben_7QK2R1 = Mariana Costa (Itaú, BRL).',
  prompt: 'Send 2000 euros to Mariana in Brazil for the rent, reference "Aluguel novembro".',
  tools: { getFxQuote, createTransfer },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'sess_4b1e77c0-remit', userId: 'cust-0088213' },
  telemetry: { functionId: 'remit-agent', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
