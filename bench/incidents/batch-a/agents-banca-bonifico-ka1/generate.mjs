// Mobile-banking assistant (Italian). The balance call times out once, is retried, succeeds, and the
// transfer is made on the recovered balance.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const saldo = tool({
  name: 'saldo_disponibile', description: 'Restituisce il saldo disponibile di un conto corrente.',
  parameters: z.object({ conto: z.string() }),
  errorFunction: (_ctx, err) => `Errore: ${err.message}`,
  execute: async ({ conto }) => {
    if (calls++ === 0) throw new Error('GatewayTimeout 504: core-banking non ha risposto entro 8000 ms (conto ' + conto + ')');
    return JSON.stringify({ conto, saldo_disponibile: '3.418,75', saldo_contabile: '3.518,75', valuta: 'EUR', aggiornato: '2026-04-14T09:12:03+02:00' });
  },
});
const bonifico = tool({
  name: 'disponi_bonifico_sepa', description: 'Dispone un bonifico SEPA. importo in euro, punto decimale.',
  parameters: z.object({ conto: z.string(), iban_beneficiario: z.string(), beneficiario: z.string(), importo: z.number(), causale: z.string() }),
  execute: async ({ importo }) => JSON.stringify({ esito: 'ESEGUITO', cro: '0542811640319227', importo, data_esecuzione: '2026-04-14' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'saldo_disponibile', args: { conto: 'CC-000451-22' } }] },
  { tool_calls: [{ name: 'saldo_disponibile', args: { conto: 'CC-000451-22' } }] },
  { tool_calls: [{ name: 'disponi_bonifico_sepa', args: { conto: 'CC-000451-22', iban_beneficiario: 'IT60X0542811101000000123456',
      beneficiario: 'Immobiliare Sabbadini srl', importo: 1200.0, causale: 'Affitto aprile 2026' } }] },
  { content: 'Fatto. Il saldo disponibile era 3.418,75 € (il primo controllo era andato in timeout, il secondo è riuscito), quindi ho disposto il bonifico di 1.200,00 € a Immobiliare Sabbadini srl con causale "Affitto aprile 2026". CRO 0542811640319227, esecuzione oggi 14/04. Saldo disponibile residuo: 2.218,75 €.' },
], { seed: 'banca-bonifico' });

const agent = new Agent({
  name: 'AssistenteConto',
  instructions: 'Sei l\'assistente dell\'app di banca. Prima di ogni bonifico verifica il saldo disponibile. Se un servizio non risponde, riprova una volta; non disporre nulla senza un saldo confermato.',
  model: m, tools: [saldo, bonifico],
});

await new Runner({ groupId: 'app-sess-e41b90d2', workflowName: 'Assistente conto',
  traceMetadata: { user_id: 'cliente-IT-88120', canale: 'app-ios' } })
  .run(agent, 'Devo pagare l\'affitto: 1.200 € a Immobiliare Sabbadini srl, IBAN IT60X0542811101000000123456, causale "Affitto aprile 2026". Controlla che il saldo basti e, se basta, procedi pure dal conto CC-000451-22.');

writeTrace(here, 'trace.jsonl');
