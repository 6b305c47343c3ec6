// Utility customer care (Italian): the outstanding balance is 0, the payments lookup times out once,
// is retried, and confirms the bill was paid; only then is the payment reminder cancelled.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const saldoFattura = tool({
  name: 'saldo_fattura', description: 'Restituisce importo e residuo di una bolletta.',
  parameters: z.object({ numero: z.string() }),
  execute: async ({ numero }) => JSON.stringify({ numero, periodo: 'set-ott 2026', importo_eur: 87.4, residuo_eur: 0, scadenza: '2026-11-20', sollecito: { id: 'SOL-551902', inviato: '2026-12-01' } }),
});
let tentativi = 0;
const movimentiPagamento = tool({
  name: 'movimenti_pagamento', description: 'Elenca i pagamenti incassati su un contratto.',
  parameters: z.object({ contratto: z.string(), dal: z.string() }),
  execute: async ({ contratto, dal }) => {
    tentativi++;
    if (tentativi === 1) throw new Error('ECONNRESET: gateway incassi non raggiungibile (timeout 10s)');
    return JSON.stringify({ contratto, dal, movimenti: [
      { data: '2026-11-28', importo_eur: 87.4, canale: 'bollettino PagoPA', riferimento: 'FT-2026-0914433', esito: 'contabilizzato' } ] });
  },
});
const annullaSollecito = tool({
  name: 'annulla_sollecito', description: 'Annulla un sollecito di pagamento inviato per errore.',
  parameters: z.object({ sollecito: z.string(), motivo: z.string() }),
  execute: async ({ sollecito, motivo }) => JSON.stringify({ sollecito, stato: 'annullato', motivo }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'saldo_fattura', args: { numero: 'FT-2026-0914433' } }] },
  { tool_calls: [{ name: 'movimenti_pagamento', args: { contratto: 'LUCE-IT001E55102938', dal: '2026-11-01' } }] },
  { tool_calls: [{ name: 'movimenti_pagamento', args: { contratto: 'LUCE-IT001E55102938', dal: '2026-11-01' } }] },
  { tool_calls: [{ name: 'annulla_sollecito', args: { sollecito: 'SOL-551902', motivo: 'Bolletta FT-2026-0914433 pagata il 28/11 via PagoPA (87,40 €), incasso contabilizzato dopo l\'invio del sollecito.' } }] },
  { content: 'Ha ragione, signora Ferri: la bolletta FT-2026-0914433 (set-ott 2026, 87,40 €) risulta pagata il 28 novembre con PagoPA e il residuo è 0,00 €. Il sollecito SOL-551902 del 1° dicembre è partito prima che l\'incasso fosse contabilizzato: l\'ho annullato, non deve pagare nulla.' },
], { seed: 'bolletta-zero' });

const agent = new Agent({ name: 'AssistenzaClienti', instructions: 'Sei l\'assistente clienti di una società elettrica. Prima di annullare un sollecito verifica sempre l\'incasso nei movimenti di pagamento.', model: m,
  tools: [saldoFattura, movimentiPagamento, annullaSollecito] });
const runner = new Runner({ groupId: 'chat-assist-7Q2M-0094', workflowName: 'Assistenza bollette', traceMetadata: { user_id: 'cliente-IT001E55102938' } });
await runner.run(agent, 'Buongiorno, mi è arrivato un sollecito per la bolletta FT-2026-0914433 ma l\'ho già pagata a fine novembre. Contratto LUCE-IT001E55102938.');
writeTrace(here, 'assistenza-trace.jsonl');
