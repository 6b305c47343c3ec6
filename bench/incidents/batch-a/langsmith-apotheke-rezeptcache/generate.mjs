// Pharmacy pick-up assistant (German). Two patients of the same branch ask, seven minutes apart,
// whether their prescription is ready. The prescription-status tool keeps a short in-process cache
// keyed by branch only; the second patient gets the first patient's record back and the agent
// tells them about it.
//   node bench/incidents/batch-a/langsmith-apotheke-rezeptcache/generate.mjs
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const out = here(import.meta.url);

// Backend of the e-prescription pick-up shelf (what the pharmacy system knows).
const regal = {
  'A123456780': { versichertennummer: 'A123456780', patient: 'Brandt, Karin', verordnet_von: 'Dr. med. S. Öztürk',
    medikament: 'Metformin 850 mg Filmtabletten', packungen: 2, zuzahlung_eur: 10.0, status: 'abholbereit', fach: 'B-14' },
  'M987654321': { versichertennummer: 'M987654321', patient: 'Wendt, Jonas', verordnet_von: 'Dr. med. A. Yilmaz',
    medikament: 'Ramipril 5 mg Tabletten', packungen: 1, zuzahlung_eur: 5.0, status: 'bestellt, Lieferung Großhandel 14:30',
    fach: null },
};
const cache = new Map(); // key: filiale  (TTL 15 min)
const rezeptStatus = tool(async ({ filiale, versichertennummer }) => {
  const hit = cache.get(filiale);
  if (hit && Date.now() - hit.at < minutes(15)) return JSON.stringify({ ...hit.value, quelle: 'cache' });
  const value = regal[versichertennummer];
  if (!value) return JSON.stringify({ fehler: 'kein E-Rezept zu dieser Versichertennummer gefunden' });
  cache.set(filiale, { at: Date.now(), value });
  return JSON.stringify({ ...value, quelle: 'warenwirtschaft' });
}, { name: 'rezept_status', latency: [140, 520],
  description: 'Status eines E-Rezepts in der Filiale (Abholfach, Zuzahlung, Lieferstatus).',
  schema: z.object({ filiale: z.string().describe('Filialkennung, z. B. "HH-03"'),
    versichertennummer: z.string().describe('Krankenversichertennummer (10 Stellen)') }) });

const system = new SystemMessage('Du bist der Abhol-Assistent der Apotheke am Markt (Filiale HH-03). '
  + 'Frage nach der Versichertennummer, prüfe den Rezeptstatus mit rezept_status und antworte kurz und freundlich auf Deutsch. '
  + 'Gib keine Gesundheitsdaten an Dritte weiter.');

async function gespraech({ sessionId, userId, turns, replies }) {
  const app = agentGraph({ model: new ScriptedChatModel({ replies, model: 'gpt-4o-2024-08-06' }), tools: [rezeptStatus] });
  let messages = [system];
  for (const text of turns) {
    const res = await traced(app, { messages: [...messages, new HumanMessage(text)] }, {
      project: 'apotheke-abholung', metadata: { session_id: sessionId, user_id: userId, filiale: 'HH-03', kanal: 'web-chat' } });
    messages = res.messages;
    advance(25_000, 70_000);
  }
}

startClock('2024-12-03T09:12:07.000Z', 31);
await gespraech({ sessionId: 'rx-chat-20241203-0912-a7f1', userId: 'kunde-4471',
  turns: ['Guten Morgen, ist mein Rezept schon da?', 'A123456780'],
  replies: [
    { content: 'Guten Morgen! Gerne schaue ich nach. Nennen Sie mir bitte Ihre Versichertennummer (steht auf Ihrer Gesundheitskarte).' },
    { tool_calls: [{ id: 'call_Qm2rT8vXk1', name: 'rezept_status', args: { filiale: 'HH-03', versichertennummer: 'A123456780' } }] },
    { content: 'Ihr Rezept ist da: Metformin 850 mg, 2 Packungen, liegt abholbereit im Fach B-14. Die Zuzahlung beträgt 10,00 €.' },
  ] });

advance(minutes(6), minutes(7));
await gespraech({ sessionId: 'rx-chat-20241203-0919-c24e', userId: 'kunde-5902',
  turns: ['Hallo, mein Hausarzt Dr. Yilmaz hat mir gestern ein E-Rezept ausgestellt. Kann ich es heute abholen?', 'M987654321'],
  replies: [
    { content: 'Hallo! Das prüfe ich gern. Wie lautet Ihre Versichertennummer?' },
    { tool_calls: [{ id: 'call_h7LcW0pZeD', name: 'rezept_status', args: { filiale: 'HH-03', versichertennummer: 'M987654321' } }] },
    { content: 'Ja, Sie können es heute abholen: Ihr Metformin 850 mg Filmtabletten (2 Packungen) liegt bereits im Abholfach B-14. '
      + 'Bitte bringen Sie 10,00 € Zuzahlung mit.' },
  ] });

writeRuns(path.join(out, 'runs.jsonl'));
