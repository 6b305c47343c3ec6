// Home banking: un cliente chiede di pagare l'affitto con un bonifico SEPA. La prima lettura del saldo
// va in timeout, l'assistente riprova e prosegue con il saldo letto davvero.
// OpenAI Agents SDK (JS) con modello scriptato, offline. Scrive trace.jsonl accanto a questo script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let tentativiSaldo = 0;
const saldoConto = tool({
  name: 'saldo_conto',
  description: 'Saldo contabile e disponibile di un conto del cliente.',
  parameters: z.object({ conto: z.string() }),
  execute: async ({ conto }) => {
    tentativiSaldo++;
    if (tentativiSaldo === 1) throw new Error('CoreBankingTimeout: GET /conti/' + conto + '/saldo non ha risposto entro 10000 ms (gateway 504)');
    return JSON.stringify({ conto, saldo_contabile: 3102.41, saldo_disponibile: 2314.67, valuta: 'EUR', aggiornato_al: '2026-03-02T08:41:17+01:00' });
  },
});

const verificaIban = tool({
  name: 'verifica_beneficiario',
  description: 'Verifica IBAN e corrispondenza del nome del beneficiario (Verification of Payee).',
  parameters: z.object({ iban: z.string(), nome: z.string() }),
  execute: async ({ iban, nome }) => JSON.stringify({ iban, nome_dichiarato: nome, esito: 'MATCH', banca: 'BPER Banca – Filiale di Modena Centro', circuito: 'SEPA SCT' }),
});

const eseguiBonifico = tool({
  name: 'esegui_bonifico',
  description: 'Dispone un bonifico SEPA dal conto del cliente. Richiede conferma esplicita del cliente.',
  parameters: z.object({ conto: z.string(), iban: z.string(), beneficiario: z.string(), importo_eur: z.number(), causale: z.string() }),
  execute: async ({ importo_eur }) => JSON.stringify({ esito: 'ESEGUITO', cro: '0306912718450207481910', importo_eur, commissioni_eur: 0, piano: 'Conto Zero (bonifici SEPA online gratuiti)', data_esecuzione: '2026-03-02', data_valuta_beneficiario: '2026-03-03', saldo_disponibile_dopo: 1464.67 }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'saldo_conto', args: { conto: 'IT-0000-7731' } }] },
  { tool_calls: [{ name: 'saldo_conto', args: { conto: 'IT-0000-7731' } }] },
  { tool_calls: [{ name: 'verifica_beneficiario', args: { iban: 'IT60X0538712900000003517842', nome: 'Rossetti Gianluca' } }] },
  { content: 'Il saldo disponibile è di 2.314,67 €, quindi il bonifico è coperto. Il beneficiario Rossetti Gianluca corrisponde all\'IBAN IT60 X053 8712 9000 0000 3517 842 (BPER Banca, Modena). Riepilogo: 850,00 € con causale "Affitto marzo 2026 – via Emilia Est 112, int. 4". Confermi che procedo?' },
  { tool_calls: [{ name: 'esegui_bonifico', args: { conto: 'IT-0000-7731', iban: 'IT60X0538712900000003517842', beneficiario: 'Rossetti Gianluca', importo_eur: 850, causale: 'Affitto marzo 2026 - via Emilia Est 112, int. 4' } }] },
  { content: 'Fatto: bonifico di 850,00 € a Rossetti Gianluca eseguito oggi, CRO 0306912718450207481910. Arriva sul conto del padrone di casa con valuta 3 marzo. Nessuna commissione, perché col piano Conto Zero i bonifici SEPA online sono gratuiti. Ti restano 1.464,67 € disponibili.' },
], { seed: 'hb-7731-xa4' });

const agent = new Agent({
  name: 'Assistente Home Banking',
  instructions: 'Sei l\'assistente dell\'home banking. Prima di ogni bonifico controlla il saldo disponibile e verifica il beneficiario; disponi il bonifico solo dopo la conferma esplicita del cliente. Se un servizio non risponde, riprova prima di concludere qualsiasi cosa.',
  model, tools: [saldoConto, verificaIban, eseguiBonifico],
});

const runner = new Runner({
  groupId: 'hb-sess-5f0a9c1e', workflowName: 'Home banking assistente',
  traceMetadata: { user_id: 'CLI-00817734', canale: 'app-ios' },
});
const r1 = await runner.run(agent, 'Ciao, devo pagare l\'affitto di marzo: 850 euro a Rossetti Gianluca, IBAN IT60X0538712900000003517842, causale "Affitto marzo 2026 – via Emilia Est 112, int. 4". Ce la faccio col saldo?');
await runner.run(agent, [...r1.history, { role: 'user', content: 'Sì, confermo, vai pure.' }]);
writeTrace(here, 'trace.jsonl');
