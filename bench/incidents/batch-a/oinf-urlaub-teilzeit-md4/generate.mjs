// HR self-service bot (German): leave requests for a part-time employee. The app keeps the thread in a
// MemorySaver checkpointer and, to stay under its prompt budget, sends the model only the last few
// messages of the thread.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('hr-selfservice-bot', { 'deployment.environment': 'prod-eu' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { MemorySaver } = await load('@langchain/langgraph');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const personalakte = tool(async ({ personalnummer }) => JSON.stringify({
  personalnummer, name: 'Jana Köhler', abteilung: 'Controlling', standort: 'Leipzig',
  urlaubsanspruch_tage: 18, resturlaub_tage: 18, vertrag: 'unbefristet',
}), { name: 'personalakte_lesen', description: 'Liest Stammdaten einer Mitarbeiterin aus SAP HCM.',
  schema: z.object({ personalnummer: z.string() }) });

const urlaub = tool(async ({ personalnummer, von, bis, arbeitstage }) => JSON.stringify({
  antrag: 'UA-2025-04417', status: 'eingereicht', personalnummer, von, bis, arbeitstage,
  resturlaub_nach_genehmigung: 18 - arbeitstage, genehmiger: 'M. Brandt',
}), { name: 'urlaubsantrag_stellen', description: 'Stellt einen Urlaubsantrag; arbeitstage = abzuziehende Urlaubstage.',
  schema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number() }) });

const SYSTEM = 'Du bist der HR-Assistent der Nordwerk GmbH. Antworte auf Deutsch. Urlaubstage werden nach den vertraglichen Arbeitstagen der Person berechnet.';
// keep the window to the last two user turns (and what followed them)
const prepare = (messages) => {
  const humans = messages.map((m, i) => (m._getType() === 'human' ? i : -1)).filter((i) => i >= 0);
  const from = humans.length > 2 ? humans[humans.length - 2] : 0;
  return [new SystemMessage(SYSTEM), ...messages.slice(from)];
};

const model = new ScriptedChatModel({ replies: [
  // turn 1
  { content: '', tool_calls: [{ name: 'personalakte_lesen', args: { personalnummer: '00471203' } }] },
  { content: 'Danke, Frau Köhler. Ich habe notiert, dass Sie seit dem 1. Januar in Teilzeit an drei Tagen (Montag, Dienstag, Mittwoch) arbeiten. Ihr Anspruch von 18 Tagen bezieht sich auf diese drei Tage pro Woche. Womit kann ich helfen?' },
  // turn 2
  { content: 'Gern. Für Ostern sieht es im Controlling ruhig aus; der Monatsabschluss ist am 3. April erledigt. Sagen Sie mir einfach den Zeitraum.' },
    { content: '', tool_calls: [{ name: 'urlaubsantrag_stellen', args: { personalnummer: '00471203', von: '2025-04-14', bis: '2025-04-25', arbeitstage: 8 } }] },
  { content: 'Ihr Antrag UA-2025-04417 für den 14.–25. April ist eingereicht. Abgezogen werden 8 Urlaubstage (10 Werktage abzüglich Karfreitag und Ostermontag); danach bleiben Ihnen 10 Tage. Genehmiger ist M. Brandt.' },
] });

const app = await reactGraph({ model, tools: [personalakte, urlaub], prepare, checkpointer: new MemorySaver(), name: 'hr_agent' });
const thread = 'hr-thr-7c1e0b52';
const cfg = { configurable: { thread_id: thread }, metadata: { session_id: thread }, recursionLimit: 20 };
const user = { userId: 'emp-00471203' };
for (const text of [
  'Hallo, Personalnummer 00471203. Kurz vorab: ich arbeite seit Januar nur noch Mo–Mi, also 3 Tage die Woche.',
  'Passt es, wenn ich über Ostern weg bin?',
  'Dann bitte Urlaub vom 14. bis 25. April eintragen.',
]) await t.turn(user, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
