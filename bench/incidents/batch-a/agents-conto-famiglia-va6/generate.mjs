// Home-banking assistant (Italian). Two holders of a joint-household chat share one conversation id
// (the app's "famiglia" channel), but each holder's run gets only their own history and their own
// account lookups. The second holder mentions the first by name; the answer uses only his own data.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const conti = {
  'IT60X0542811101000000123456': { intestatario: 'Giulia Ferri', saldo_disponibile: '4.812,37 EUR', ultimi: [{ data: '2026-05-04', descrizione: 'Bonifico a Studio Dentistico Lodi', importo: '-640,00' }] },
  'IT02L1234512345123456789012': { intestatario: 'Marco Ferri', saldo_disponibile: '1.206,90 EUR', ultimi: [{ data: '2026-05-05', descrizione: 'Addebito SDD Enel Energia', importo: '-88,14' }] },
};
const saldo = tool({
  name: 'saldo_movimenti', description: 'Saldo disponibile e ultimi movimenti del conto dell\'utente collegato.',
  parameters: z.object({ iban: z.string() }),
  execute: async ({ iban }) => JSON.stringify({ iban, ...conti[iban] }),
});
const histories = new Map(); // per user_id

async function turno(user, iban, testo, replies, seed) {
  const agent = new Agent({
    name: 'Assistente Banca', model: scriptedModel(replies, { seed }), tools: [saldo],
    instructions: `Sei l'assistente di home banking. L'utente collegato è il titolare del conto ${iban}. Mostra solo i dati di questo conto.`,
  });
  const runner = new Runner({ groupId: 'chat-famiglia-FERRI-77', workflowName: 'Home banking', traceMetadata: { user_id: user } });
  const input = [...(histories.get(user) ?? []), { role: 'user', content: testo }];
  const res = await runner.run(agent, input);
  histories.set(user, res.history);
}

await turno('cli-3390417', 'IT60X0542811101000000123456', 'Quanto ho disponibile? E il bonifico al dentista è partito?', [
  { tool_calls: [{ name: 'saldo_movimenti', args: { iban: 'IT60X0542811101000000123456' } }] },
  { content: 'Hai 4.812,37 € disponibili. Sì, il bonifico di 640,00 € a Studio Dentistico Lodi è stato eseguito il 4 maggio.' },
], 'fam-1');

await turno('cli-3390788', 'IT02L1234512345123456789012', 'Giulia mi ha detto che ha appena controllato il suo conto. Io invece quanto ho? E quanto ha speso lei dal dentista?', [
  { tool_calls: [{ name: 'saldo_movimenti', args: { iban: 'IT02L1234512345123456789012' } }] },
  { content: 'Sul tuo conto hai 1.206,90 € disponibili; l\'ultimo movimento è l\'addebito Enel Energia di 88,14 € del 5 maggio. Non posso mostrarti i movimenti di un altro conto: per quello Giulia può controllare dalla sua app o aggiungerti come delegato.' },
], 'fam-2');

writeTrace(here, 'traces.jsonl');
