// Online-Apotheke (German): a LangGraph.js assistant with a MemorySaver checkpointer; the app trims the
// history it sends the model to the current turn. Traced with OpenInference into OTLP/JSON.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('apotheke-assistent', { 'deployment.environment': 'prod-eu' });

const kundeAbrufen = tool(async ({ kundennr }) => JSON.stringify({ kundennr, name: 'Jana Wolter', plz: '04109', kasse: 'AOK Plus', rezept_offen: 'E-Rezept 160.100.553.204.118.52' }),
  { name: 'kunde_abrufen', description: 'Kundenstammdaten abrufen', schema: z.object({ kundennr: z.string() }) });
const rezeptLesen = tool(async ({ token }) => JSON.stringify({ token, verordnung: 'Antibiotikum gegen Streptokokken-Angina, Wirkstoff nach Wahl des Apothekers (Aut-idem erlaubt)', arzt: 'Dr. med. H. Brandt', ausgestellt: '2024-11-18' }),
  { name: 'erezept_lesen', description: 'E-Rezept auslesen', schema: z.object({ token: z.string() }) });
const abgabe = tool(async ({ kundennr, pzn, praeparat, menge }) => JSON.stringify({ status: 'reserviert', auftrag: 'AB-2024-118-7731', kundennr, pzn, praeparat, menge, abholung: 'ab 16:00 Uhr, Filiale Gohlis' }),
  { name: 'abgabe_reservieren', description: 'Arzneimittel zur Abholung reservieren',
    schema: z.object({ kundennr: z.string(), pzn: z.string(), praeparat: z.string(), menge: z.number() }) });

const SYS = new SystemMessage('Du bist der Beratungsassistent der Stadt-Apotheke Leipzig. Prüfe vor jeder Reservierung Allergien und Wechselwirkungen.');
// keep the prompt short: system prompt + the current turn (from the latest customer message on)
const prepare = (msgs) => {
  let i = msgs.length - 1;
  while (i > 0 && msgs[i]._getType() !== 'human') i--;
  return [SYS, ...msgs.slice(i)];
};

const model = new ScriptedChatModel({ replies: [
  // Turn 1
  { content: '', tool_calls: [{ name: 'kunde_abrufen', args: { kundennr: 'K-558120' } }] },
  { content: 'Danke, Frau Wolter. Ich habe notiert, dass Sie eine Penicillin-Allergie haben (Hautausschlag und Atemnot 2019). Ich berücksichtige das bei allen Antibiotika. Sobald das E-Rezept da ist, melden Sie sich einfach.' },
  // Turn 2
  { content: '', tool_calls: [{ name: 'erezept_lesen', args: { token: '160.100.553.204.118.52' } }] },
  { content: '', tool_calls: [{ name: 'abgabe_reservieren', args: { kundennr: 'K-558120', pzn: '03041347', praeparat: 'Amoxicillin 1000 mg Filmtabletten', menge: 20 } }] },
  { content: 'Ihr Rezept ist eingelöst: Amoxicillin 1000 mg, 20 Filmtabletten, reserviert unter AB-2024-118-7731. Abholung ab 16:00 Uhr in der Filiale Gohlis. Einnahme 3× täglich für 7 Tage.' },
] });

const app = await reactGraph({ model, tools: [kundeAbrufen, rezeptLesen, abgabe], prepare, checkpointer: new MemorySaver(), name: 'apotheke' });
const thread = 'apo-thr-7f3c2e91';
const cfg = { configurable: { thread_id: thread }, metadata: { session_id: thread } };
await t.turn({ userId: 'K-558120' }, () => app.invoke({ messages: [new HumanMessage('Hallo, Kundennummer K-558120. Wichtig vorab: ich bin allergisch gegen Penicillin, 2019 hatte ich Ausschlag und Atemnot. Mein Arzt schickt gleich ein E-Rezept.')] }, cfg));
await t.turn({ userId: 'K-558120' }, () => app.invoke({ messages: [new HumanMessage('So, das E-Rezept ist jetzt da (Token 160.100.553.204.118.52). Können Sie es bitte zur Abholung reservieren?')] }, cfg));
t.write(path.join(here, 'traces.jsonl'));
