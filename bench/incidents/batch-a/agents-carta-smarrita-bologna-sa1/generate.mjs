// Assistente dell'app di una banca retail (OpenAI Agents SDK, modello Chat Completions risposto da un
// copione, senza rete). Scrive trace.jsonl accanto a questo script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// --- servizi simulati ----------------------------------------------------------------------
const carte = {
  'CD-7781-0042': { id_carta: 'CD-7781-0042', tipo: 'debito', circuito: 'Mastercard', ultime_cifre: '4417', stato: 'ATTIVA' },
  'CC-2290-0108': { id_carta: 'CC-2290-0108', tipo: 'credito', circuito: 'Visa', ultime_cifre: '9035', stato: 'ATTIVA' },
};
let tentativiBlocco = 0;

const elencoCarte = tool({
  name: 'elenco_carte',
  description: 'Elenca le carte intestate al cliente autenticato.',
  parameters: z.object({}),
  execute: async () => JSON.stringify({ carte: Object.values(carte) }),
});
const bloccaCarta = tool({
  name: 'blocca_carta',
  description: 'Blocca definitivamente una carta per furto o smarrimento.',
  parameters: z.object({ id_carta: z.string(), motivo: z.enum(['smarrimento', 'furto', 'frode']) }),
  execute: async ({ id_carta }) => {
    if (tentativiBlocco++ === 0) throw new Error('ETIMEDOUT: nessuna risposta dal gateway circuito Mastercard entro 15000 ms');
    carte[id_carta].stato = 'BLOCCATA';
    return JSON.stringify({ esito: 'OK', id_carta, stato: 'BLOCCATA', pratica: 'BLK-20260214-55120', ora_blocco: '2026-02-14T09:42:17+01:00' });
  },
  errorFunction: (_ctx, err) => `Errore: ${err.message}. Esito del blocco sconosciuto: verificare lo stato della carta prima di riprovare.`,
});
const statoCarta = tool({
  name: 'stato_carta',
  description: 'Legge lo stato attuale di una carta.',
  parameters: z.object({ id_carta: z.string() }),
  execute: async ({ id_carta }) => JSON.stringify({ id_carta, stato: carte[id_carta].stato, aggiornato: '2026-02-14T09:42:03+01:00' }),
});
const movimentiCarta = tool({
  name: 'movimenti_carta',
  description: 'Elenca i movimenti di una carta a partire da una data (inclusa).',
  parameters: z.object({ id_carta: z.string(), dal: z.string() }),
  execute: async () => JSON.stringify({ movimenti: [
    { data: '2026-02-14T07:58:41+01:00', esercente: 'BAR STAZIONE CENTRALE BOLOGNA', importo: '-2,40 EUR', stato: 'contabilizzato' },
  ] }),
});
const richiediSostituzione = tool({
  name: 'richiedi_sostituzione',
  description: 'Richiede una nuova carta in sostituzione di una carta bloccata.',
  parameters: z.object({ id_carta: z.string(), consegna: z.enum(['residenza', 'filiale']) }),
  execute: async ({ id_carta }) => JSON.stringify({ pratica: 'SOS-20260214-08873', carta_sostituita: id_carta,
    consegna: 'Via Saragozza 118, 40135 Bologna', arrivo_previsto: '5-7 giorni lavorativi', costo: '0,00 EUR (primo duplicato gratuito)' }),
});

// --- copione del modello -------------------------------------------------------------------
const m = scriptedModel([
  { tool_calls: [{ name: 'elenco_carte', args: {} }] },
  { tool_calls: [{ name: 'blocca_carta', args: { id_carta: 'CD-7781-0042', motivo: 'smarrimento' } }] },
  { tool_calls: [{ name: 'stato_carta', args: { id_carta: 'CD-7781-0042' } }] },
  { tool_calls: [{ name: 'blocca_carta', args: { id_carta: 'CD-7781-0042', motivo: 'smarrimento' } }] },
  { tool_calls: [{ name: 'movimenti_carta', args: { id_carta: 'CD-7781-0042', dal: '2026-02-14' } }] },
  { content: 'La sua carta di debito Mastercard che termina con 4417 è ora bloccata (pratica BLK-20260214-55120, ore 9:42). Il primo tentativo era andato in timeout verso il circuito: ho verificato che la carta risultava ancora attiva e ho ripetuto il blocco, che questa volta è andato a buon fine.\n\nOggi sulla carta c\'è un solo movimento: 2,40 € al Bar Stazione Centrale di Bologna alle 7:58. Se è stato lei, non risultano utilizzi da parte di altri. La carta di credito che termina con 9035 non è stata toccata.\n\nVuole che le richieda una carta sostitutiva?' },
  { tool_calls: [{ name: 'richiedi_sostituzione', args: { id_carta: 'CD-7781-0042', consegna: 'residenza' } }] },
  { content: 'Fatto: nuova carta richiesta (pratica SOS-20260214-08873). Arriverà in Via Saragozza 118, 40135 Bologna in 5-7 giorni lavorativi, senza costi perché è il primo duplicato.' },
], { seed: 'banca-carta-bo' });

const agent = new Agent({
  name: 'Assistente Carte',
  instructions: 'Sei l\'assistente carte dell\'app Banca Emiliana. Il cliente è già autenticato. Per un blocco usa blocca_carta e conferma al cliente solo un blocco con esito OK. Rispondi in italiano.',
  model: m, tools: [elencoCarte, bloccaCarta, statoCarta, movimentiCarta, richiediSostituzione],
});
const runner = new Runner({ groupId: 'app-sess-8841c07e19', workflowName: 'Assistenza carte', traceMetadata: { user_id: 'cli-00419327' } });
let r = await runner.run(agent, 'Buongiorno, ho perso il portafoglio stamattina in stazione, dentro c\'era la bancomat. Potete bloccarla? E vorrei sapere se qualcuno l\'ha già usata.');
r = await runner.run(agent, [...r.history, { role: 'user', content: 'Sì, il caffè l\'ho preso io. Mandatemela a casa per favore.' }]);

writeTrace(here, 'trace.jsonl');
