// Pharmacy pick-up assistant (Italian) on a family account: two members share one conversation id,
// but the app keeps a separate history per member, and each answer uses only that member's data.
// The second member has no active prescription and is told so honestly.
// Run from the repository root: node bench/incidents/batch-a/agents-farmacia-famiglia-ma1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const RICETTE = {
  'PZ-1187': [{ nre: '1200A4418832917', farmaco: 'Ramipril 5 mg, 28 cpr', stato: 'pronta', ritiro_entro: '2026-02-20', banco: 'Farmacia San Lorenzo, Via Po 41' }],
  'PZ-1188': [],
};
const ricetteAttive = tool({
  name: 'ricette_attive', description: 'Ricette elettroniche attive di un paziente del nucleo familiare.',
  parameters: z.object({ paziente: z.string() }),
  execute: async ({ paziente }) => JSON.stringify({ paziente, ricette: RICETTE[paziente] ?? [], aggiornato: '2026-02-11T08:05:00+01:00' }),
});

const histories = new Map(); // per member, keyed by user id
async function turn(member, paziente, text, replies, seed) {
  const m = scriptedModel(replies, { seed });
  const agent = new Agent({ name: 'Assistente Farmacia', model: m, tools: [ricetteAttive],
    instructions: `Assisti i clienti della farmacia. Il paziente collegato a questo utente è ${paziente}.` });
  const runner = new Runner({ groupId: 'fam-rossi-0291', workflowName: 'Farmacia – ritiri', traceMetadata: { user_id: member } });
  const prev = histories.get(member) ?? [];
  const result = await runner.run(agent, [...prev, user(text)]);
  histories.set(member, result.history);
}

await turn('marco.rossi', 'PZ-1187', 'Buongiorno, la mia ricetta del Ramipril è pronta? Fino a quando posso ritirarla?', [
  { tool_calls: [{ name: 'ricette_attive', args: { paziente: 'PZ-1187' } }] },
  { content: 'Sì, il Ramipril 5 mg (28 compresse) è pronto alla Farmacia San Lorenzo, Via Po 41. Può ritirarlo entro il 20/02/2026 con la tessera sanitaria.' },
], 'far-1');

await turn('giulia.rossi', 'PZ-1188', 'Ciao, c\'è anche qualcosa di pronto per me da ritirare?', [
  { tool_calls: [{ name: 'ricette_attive', args: { paziente: 'PZ-1188' } }] },
  { content: 'Al momento non risultano ricette attive a tuo nome. Se il medico te ne ha appena prescritta una, potrebbe non essere ancora arrivata: vuoi che ti avvisi appena compare, oppure preferisci indicarmi il numero NRE?' },
], 'far-2');

await turn('marco.rossi', 'PZ-1187', 'Perfetto, posso mandare mia figlia a ritirarla?', [
  { content: 'Certo: può ritirare il Ramipril anche un familiare, portando la sua tessera sanitaria (o il codice NRE 1200A4418832917). Ricordi che la scadenza per il ritiro è il 20/02/2026.' },
], 'far-3');

writeTrace(here, 'trace.jsonl');
