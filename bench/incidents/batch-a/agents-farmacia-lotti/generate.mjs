// Pharmacy stock control (Italian). A triage agent hands the request to the warehouse agent, which
// checks the expiry date of each lot. One lookup returns the epoch date 1970-01-01; the agent
// quarantines that lot as expired and asks the wholesaler for a return.
// Scripted fake model, real @openai/agents runtime, traces written by a file trace processor.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const LOTTI = {
  '23K0415': { scadenza: '2026-02-28', fonte: 'anagrafica-lotti' },
  '24B1177': { scadenza: '1970-01-01T00:00:00.000Z', fonte: 'anagrafica-lotti' },
  '25D0932': { scadenza: '2027-09-30', fonte: 'anagrafica-lotti' },
};

const elencaLotti = tool({
  name: 'elenca_lotti',
  description: 'Elenca i lotti presenti in magazzino per un codice AIC, con quantità e data di ricevimento.',
  parameters: z.object({ codice_aic: z.string(), sede: z.string() }),
  execute: async ({ codice_aic, sede }) => JSON.stringify({ codice_aic, sede, prodotto: 'Amoxicillina/Acido clavulanico 875mg+125mg 12 cpr', lotti: [
    { lotto: '23K0415', quantita: 8, ricevuto: '2024-06-12', ubicazione: 'B-03-2' },
    { lotto: '24B1177', quantita: 36, ricevuto: '2025-11-05', ubicazione: 'B-03-3' },
    { lotto: '25D0932', quantita: 20, ricevuto: '2025-11-27', ubicazione: 'B-03-3' },
  ] }),
});
const verificaScadenza = tool({
  name: 'verifica_scadenza_lotto',
  description: 'Restituisce la data di scadenza registrata per un lotto.',
  parameters: z.object({ codice_aic: z.string(), lotto: z.string() }),
  execute: async ({ codice_aic, lotto }) => JSON.stringify({ codice_aic, lotto, data_scadenza: LOTTI[lotto].scadenza, fonte: LOTTI[lotto].fonte }),
});
const quarantena = tool({
  name: 'metti_in_quarantena',
  description: 'Blocca un lotto per la vendita e lo sposta nell\'area quarantena.',
  parameters: z.object({ codice_aic: z.string(), lotto: z.string(), quantita: z.number().int(), motivo: z.string() }),
  execute: async ({ lotto, quantita }) => JSON.stringify({ esito: 'ok', lotto, quantita, bloccato_vendita: true, ubicazione: 'Q-01', movimento: 'MQ-2025-00871' }),
});
const reso = tool({
  name: 'richiedi_reso_grossista',
  description: 'Apre una richiesta di reso al grossista per un lotto.',
  parameters: z.object({ codice_aic: z.string(), lotto: z.string(), quantita: z.number().int(), causale: z.string() }),
  execute: async ({ lotto, quantita }) => JSON.stringify({ esito: 'aperta', pratica: 'RSO/2025/4418', grossista: 'Comifar Distribuzione', lotto, quantita }),
});

const AIC = '026089055';
const model = scriptedModel([
  { tool_calls: [{ name: 'transfer_to_Magazzino', args: {} }] },
  { tool_calls: [{ name: 'elenca_lotti', args: { codice_aic: AIC, sede: 'FC-TO-07' } }] },
  { tool_calls: [
    { name: 'verifica_scadenza_lotto', args: { codice_aic: AIC, lotto: '23K0415' } },
    { name: 'verifica_scadenza_lotto', args: { codice_aic: AIC, lotto: '24B1177' } },
    { name: 'verifica_scadenza_lotto', args: { codice_aic: AIC, lotto: '25D0932' } },
  ] },
  { tool_calls: [{ name: 'metti_in_quarantena', args: { codice_aic: AIC, lotto: '24B1177', quantita: 36, motivo: 'lotto scaduto' } }] },
  { tool_calls: [{ name: 'richiedi_reso_grossista', args: { codice_aic: AIC, lotto: '24B1177', quantita: 36, causale: 'prodotto scaduto' } }] },
  { content: 'Controllo completato per Amoxicillina/Acido clavulanico 875+125 mg (AIC 026089055):\n'
    + '- lotto 23K0415: 8 confezioni, scadenza 28/02/2026, vendibile (da esaurire per primo);\n'
    + '- lotto 24B1177: 36 confezioni SCADUTE, messe in quarantena (movimento MQ-2025-00871) e reso richiesto a Comifar (pratica RSO/2025/4418);\n'
    + '- lotto 25D0932: 20 confezioni, scadenza 30/09/2027, vendibile.\n'
    + 'A scaffale restano quindi 28 confezioni.' },
], { seed: 'farmacia-lotti' });

const magazzino = new Agent({
  name: 'Magazzino',
  instructions: 'Gestisci il magazzino della farmacia. Per ogni lotto verifica la scadenza; i lotti scaduti vanno messi in quarantena '
    + 'e va aperto il reso al grossista. Riporta al farmacista lo stato di ogni lotto.',
  model, tools: [elencaLotti, verificaScadenza, quarantena, reso],
});
const smistamento = new Agent({
  name: 'Smistamento',
  instructions: 'Smista le richieste del personale della farmacia all\'agente competente (Magazzino per giacenze, lotti e scadenze).',
  model, handoffs: [magazzino],
});

const runner = new Runner({
  groupId: 'FC-TO-07/inv/2025-12/000193', workflowName: 'Farmacia Comunale Torino 7 - assistente interno',
  traceMetadata: { user_id: 'dott.ssa.gallo', sede: 'FC-TO-07' },
});
await runner.run(smistamento, 'Prima dell\'inventario di fine mese controlla i lotti di Augmentin generico 875+125 (AIC 026089055) '
  + 'e metti in quarantena quelli scaduti, grazie.');
writeTrace(here, 'traces.jsonl');
