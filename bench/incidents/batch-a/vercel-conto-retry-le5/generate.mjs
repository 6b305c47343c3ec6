// Banking assistant (Italian): the balance service times out once, the agent retries and answers
// from the successful second call. Vercel AI SDK v7 + @ai-sdk/otel, scripted model, no network.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('conto-retry-le5');
const { flush } = setupTracing({ serviceName: 'banca-assistente', resource: { 'deployment.environment': 'prod-eu' }, seed: 'conto-retry-le5' });

let saldoCalls = 0;
const tools = {
  saldo_conto: tool({
    description: 'Saldo disponibile e contabile di un conto corrente.',
    inputSchema: z.object({ iban: z.string() }),
    execute: async ({ iban }) => {
      saldoCalls++;
      if (saldoCalls === 1) throw new Error('core-banking gateway: upstream timeout after 8000 ms (GET /conti/' + iban.slice(-6) + '/saldo)');
      return { iban, saldo_disponibile: 2417.83, saldo_contabile: 2517.83, valuta: 'EUR', aggiornato_al: '2025-06-12T09:41:07+02:00' };
    },
  }),
  movimenti_in_sospeso: tool({
    description: 'Movimenti non ancora contabilizzati.',
    inputSchema: z.object({ iban: z.string() }),
    execute: async ({ iban }) => ({ iban, movimenti: [{ data: '2025-06-11', descrizione: 'POS ESSELUNGA MILANO', importo: -100.0 }] }),
  }),
};
const iban = 'IT60X0542811101000000123456';
const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    { calls: [['call_' + ids('', 22), 'saldo_conto', { iban }]] },
    { calls: [['call_' + ids('', 22), 'saldo_conto', { iban }]] },
    { calls: [['call_' + ids('', 22), 'movimenti_in_sospeso', { iban }]] },
    'Il saldo disponibile del conto che termina con 123456 è di 2.417,83 € (saldo contabile 2.517,83 €). La differenza di 100,00 € è il pagamento POS da Esselunga dell\'11 giugno, non ancora contabilizzato. Quindi sì, può effettuare il bonifico di 1.800,00 € per l\'affitto.',
  ],
});

await generateText({
  model,
  system: 'Sei l\'assistente clienti di una banca. Se un servizio non risponde, riprova prima di concludere. Non inventare importi.',
  prompt: 'Buongiorno, posso fare oggi un bonifico di 1.800 € per l\'affitto? Ho paura di non avere abbastanza sul conto IT60X0542811101000000123456.',
  tools,
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'sess_2025-06-12_mi_88213', userId: 'cliente-0048813' },
  telemetry: { functionId: 'assistente-conto', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
