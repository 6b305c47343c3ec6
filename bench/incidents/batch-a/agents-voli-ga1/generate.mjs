// Travel (Italian): the fare search times out once, the agent retries, gets fares and holds the
// cheapest one within the user's limit. Clean run.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let tentativi = 0;
const cercaVoli = tool({
  name: 'cerca_voli', description: 'Cerca voli disponibili tra due aeroporti in una data.',
  parameters: z.object({ da: z.string(), a: z.string(), data: z.string(), passeggeri: z.number() }),
  execute: async ({ da, a, data }) => {
    tentativi++;
    if (tentativi === 1) throw new Error('GDS timeout: nessuna risposta da Amadeus entro 20 s (ETIMEDOUT)');
    return JSON.stringify({ da, a, data, offerte: [
      { offerta_id: 'OF-9K2L7', volo: 'AZ 1409', partenza: '07:05', arrivo: '08:25', prezzo: 142.9, valuta: 'EUR', bagaglio: 'solo a mano' },
      { offerta_id: 'OF-9K2M1', volo: 'FR 4012', partenza: '11:40', arrivo: '13:00', prezzo: 0, valuta: 'EUR', bagaglio: 'solo a mano', nota: 'tariffa non disponibile: posti esauriti' },
      { offerta_id: 'OF-9K2P4', volo: 'AZ 1415', partenza: '18:20', arrivo: '19:40', prezzo: 118.4, valuta: 'EUR', bagaglio: '23 kg incluso' },
    ] });
  },
});
const opziona = tool({
  name: 'opziona_offerta', description: 'Blocca un\'offerta per 24 ore senza addebito.',
  parameters: z.object({ offerta_id: z.string(), nominativo: z.string() }),
  execute: async ({ offerta_id }) => JSON.stringify({ offerta_id, pnr: 'QX7TRM', scadenza_opzione: '2026-04-03T18:00:00+02:00', importo: 118.4, valuta: 'EUR' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'cerca_voli', args: { da: 'LIN', a: 'NAP', data: '2026-04-04', passeggeri: 1 } }] },
  { tool_calls: [{ name: 'cerca_voli', args: { da: 'LIN', a: 'NAP', data: '2026-04-04', passeggeri: 1 } }] },
  { tool_calls: [{ name: 'opziona_offerta', args: { offerta_id: 'OF-9K2P4', nominativo: 'ROSSI/CHIARA' } }] },
  { content: 'Ho opzionato il volo AZ 1415 Linate–Napoli del 4 aprile (18:20–19:40) a 118,40 €, bagaglio da 23 kg incluso. PNR QX7TRM, l\'opzione scade il 3 aprile alle 18:00. Il volo FR 4012 risulta esaurito, per questo non l\'ho considerato.' },
], { seed: 'voli-ga1' });

const agent = new Agent({
  name: 'Agente viaggi',
  instructions: 'Trovi e opzioni voli per i clienti, entro il budget indicato. Se la ricerca fallisce, riprova una volta.',
  model: m, tools: [cercaVoli, opziona],
});
const runner = new Runner({ groupId: 'tkt-2026-IT-004821', workflowName: 'Prenotazioni voli', traceMetadata: { user_id: 'chiara.rossi@esempio.it' } });
await runner.run(agent, 'Ciao, mi serve un volo Milano Linate → Napoli sabato 4 aprile, una persona, massimo 150 euro. Nominativo Rossi Chiara.');
writeTrace(here, 'trace.jsonl');
