// Banking (Italian): the balance service fails once with a 503, the agent retries, gets the real
// balance and answers with it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));

let tentativi = 0;
const saldo = tool({
  name: 'saldo_conto', description: 'Saldo disponibile e contabile di un conto.',
  parameters: z.object({ iban: z.string() }),
  execute: async ({ iban }) => {
    if (tentativi++ === 0) throw new Error('HTTP 503 Service Unavailable: core-banking gateway timeout (req 7f1e-0c2a)');
    return JSON.stringify({ iban, saldo_disponibile: '2.418,07', saldo_contabile: '2.618,07', valuta: 'EUR', aggiornato: '2025-11-14T10:02:11+01:00' });
  },
});
const bonifico = tool({
  name: 'prepara_bonifico', description: "Prepara una bozza di bonifico, che il cliente deve confermare con OTP.",
  parameters: z.object({ iban_ordinante: z.string(), iban_beneficiario: z.string(), importo: z.string(), causale: z.string() }),
  execute: async (a) => JSON.stringify({ bozza: 'BZ-20251114-00931', stato: 'IN_ATTESA_OTP', ...a }),
});
const m = scriptedModel([
  { tool_calls: [{ name: 'saldo_conto', args: { iban: 'IT60X0542811101000000123456' } }] },
  { content: 'Il servizio saldi non ha risposto, riprovo.', tool_calls: [{ name: 'saldo_conto', args: { iban: 'IT60X0542811101000000123456' } }] },
  { tool_calls: [{ name: 'prepara_bonifico', args: { iban_ordinante: 'IT60X0542811101000000123456', iban_beneficiario: 'IT02L1234512345123456789012', importo: '1.250,00', causale: 'Affitto novembre' } }] },
  { content: 'Il saldo disponibile è 2.418,07 EUR (contabile 2.618,07 EUR), sufficiente. Ho preparato la bozza BZ-20251114-00931 per 1.250,00 EUR "Affitto novembre": la confermi con il codice OTP che le arriva via SMS.' },
], { seed: 'conto-pa6' });
const agent = new Agent({ name: 'AssistenteConto', model: m, tools: [saldo, bonifico],
  instructions: 'Assisti i clienti retail. Verifica sempre il saldo prima di preparare un bonifico.' });
await new Runner({ groupId: 'sess-ITA-91c3e7d2', workflowName: 'Home banking chat', traceMetadata: { user: 'cliente-4471902' } })
  .run(agent, 'Devo pagare 1.250,00 € di affitto a IT02L1234512345123456789012, causale "Affitto novembre". Ho abbastanza sul conto?');
writeTrace(here, 'trace.jsonl');
