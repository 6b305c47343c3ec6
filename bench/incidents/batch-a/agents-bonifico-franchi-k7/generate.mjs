// Assistente dell'home banking di una banca italiana: bonifico estero in franchi svizzeri.
// OpenAI Agents SDK (JS) con un modello finto a copione, senza rete.
// Run from the repository root: node bench/incidents/batch-a/agents-bonifico-franchi-k7/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let quoteCalls = 0;
const cambioValuta = tool({
  name: 'cambio_valuta', description: 'Quotazione di cambio vincolante per un importo (valida 15 minuti).',
  parameters: z.object({ da: z.string(), a: z.string(), importo: z.number() }),
  errorFunction: (_ctx, err) => `ERRORE cambio_valuta: ${err.message}`,
  execute: async ({ da, a, importo }) => {
    if (++quoteCalls === 1) throw new Error('fx-quote-svc: ETIMEDOUT 10.40.2.17:8443 dopo 8000 ms');
    return JSON.stringify({ quotazione_id: 'FXQ-88213470', coppia: `${da}/${a}`, tasso: 0.9312, importo_origine: importo, importo_convertito: 1164.0, valido_fino: '2026-01-14T10:17:00+01:00' });
  },
});
const verificaIban = tool({
  name: 'verifica_iban', description: 'Controlla IBAN e corrispondenza con l\'intestatario.',
  parameters: z.object({ iban: z.string(), intestatario: z.string() }),
  execute: async ({ iban }) => JSON.stringify({ iban, valido: true, bic: 'UBSWCHZH80A', banca: 'UBS Switzerland AG', paese: 'CH', intestatario_corrisponde: true }),
});
const commissioni = tool({
  name: 'calcola_commissioni', description: 'Commissioni per un bonifico in uscita.',
  parameters: z.object({ tipo: z.enum(['sepa', 'estero_valuta']), importo_eur: z.number() }),
  execute: async () => JSON.stringify({ commissione_eur: 9.0, spese: 'SHA', data_valuta_stimata: '2026-01-16' }),
});
const eseguiBonifico = tool({
  name: 'esegui_bonifico', description: 'Dispone un bonifico dal conto del cliente (richiede conferma esplicita del cliente).',
  parameters: z.object({ iban: z.string(), beneficiario: z.string(), importo_eur: z.number(), valuta_accredito: z.string(), quotazione_id: z.string(), causale: z.string() }),
  execute: async ({ quotazione_id }) => JSON.stringify({ esito: 'eseguito', trn: '0306941277810402', quotazione_id, addebito_totale_eur: 1259.0, accredito_chf: 1164.0, data_valuta: '2026-01-16' }),
});

const IBAN = 'CH9300762011623852957';
const m = scriptedModel([
  { tool_calls: [{ name: 'cambio_valuta', args: { da: 'EUR', a: 'CHF', importo: 1250 } }] },
  { tool_calls: [{ name: 'cambio_valuta', args: { da: 'EUR', a: 'CHF', importo: 1250 } }] },
  { tool_calls: [
    { name: 'verifica_iban', args: { iban: IBAN, intestatario: 'Bernasconi Legnami SA' } },
    { name: 'calcola_commissioni', args: { tipo: 'estero_valuta', importo_eur: 1250 } },
  ] },
  { content: 'Ecco il riepilogo:\n- Cambio EUR/CHF 0,9312 (quotazione FXQ-88213470, valida fino alle 10:17): a Bernasconi Legnami SA arrivano 1.164,00 CHF.\n- IBAN verificato: UBS Switzerland AG, l\'intestatario corrisponde.\n- Commissione 9,00 € (spese condivise), addebito totale 1.259,00 €, valuta stimata 16/01.\nVuole che proceda? Se sì, mi indichi la causale.' },
  { tool_calls: [{ name: 'esegui_bonifico', args: { iban: IBAN, beneficiario: 'Bernasconi Legnami SA', importo_eur: 1250, valuta_accredito: 'CHF', quotazione_id: 'FXQ-88213470', causale: 'Saldo fattura 2025/118' } }] },
  { content: 'Bonifico eseguito: 1.164,00 CHF a Bernasconi Legnami SA, addebito 1.259,00 €, data valuta 16/01/2026. TRN 0306941277810402 — la contabile è disponibile nella sezione Movimenti.' },
], { seed: 'bonifico-franchi-k7', served: 'gpt-4o-mini-2024-07-18', model: 'gpt-4o-mini' });

const agent = new Agent({
  name: 'Assistente bonifici',
  instructions: 'Sei l\'assistente dell\'home banking di Banca Valtellinese Popolare. Dai del Lei al cliente. Non disporre mai un bonifico senza una conferma esplicita del cliente. Usa solo dati restituiti dagli strumenti.',
  model: m,
  tools: [cambioValuta, verificaIban, commissioni, eseguiBonifico],
});
const runner = new Runner({ groupId: 'sess_it_9f83d2a1c4', workflowName: 'hb-assistente', traceMetadata: { user_id: 'cli-0077124', app: 'hb-web 5.12.0' } });

let history = [];
for (const msg of [
  'Buongiorno, devo pagare un fornitore in Svizzera: 1.250 euro da convertire in franchi, IBAN CH93 0076 2011 6238 5295 7, intestato a Bernasconi Legnami SA. Quanti franchi arrivano e quanto mi costa?',
  'Sì, proceda pure. Causale: saldo fattura 2025/118',
]) {
  const res = await runner.run(agent, [...history, user(msg)], { maxTurns: 8 });
  history = res.history;
}
writeTrace(here, 'trace.jsonl');
