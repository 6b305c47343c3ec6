// HR leave assistant (German). Two turns on one LangGraph thread with a MemorySaver checkpointer;
// before each model call the history is cut to the last few messages by trimMessages.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T08:42:10Z', 31);
const thread = 'hr-thr-5f0c2a91';
const user = 'emp-40877';

const getBalance = tool(async ({ personalnummer }) => JSON.stringify({ personalnummer, resturlaub_tage: 9,
  jahr: 2025, modell: 'Teilzeit', arbeitstage: ['Mo', 'Di', 'Mi'] }), {
  name: 'urlaubskonto_abfragen', description: 'Resturlaub eines Mitarbeiters.',
  schema: z.object({ personalnummer: z.string() }) });
const bookLeave = tool(async ({ personalnummer, von, bis, tage }) => JSON.stringify({ antrag: 'UA-2025-0318',
  personalnummer, von, bis, abgezogene_tage: tage, resturlaub_tage: 9 - tage, status: 'eingereicht' }), {
  name: 'urlaubsantrag_stellen', description: 'Stellt einen Urlaubsantrag und zieht die Tage vom Konto ab.',
  schema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), tage: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_k1Qw', name: 'urlaubskonto_abfragen', args: { personalnummer: '40877' } }] },
  { content: 'Sie haben für 2025 noch 9 Urlaubstage. Da Sie Montag bis Mittwoch arbeiten, zählen nur diese Tage als Urlaubstage.' },
  { content: 'Gern. Meinen Sie die Kalenderwoche 16 (14.–18. April)?' },
  { tool_calls: [{ id: 'call_p8Zr', name: 'urlaubsantrag_stellen',
    args: { personalnummer: '40877', von: '2025-04-14', bis: '2025-04-18', tage: 5 } }] },
  { content: 'Erledigt: Antrag UA-2025-0318 für 14.–18. April ist eingereicht, 5 Urlaubstage wurden abgezogen. Ihr Resturlaub beträgt jetzt 4 Tage.' },
] });

const prepare = (messages) => trimMessages(messages, { maxTokens: 5, strategy: 'last', tokenCounter: (ms) => ms.length,
  includeSystem: true, startOn: 'human' });
const app = agentGraph({ model, tools: [getBalance, bookLeave], checkpointer: new MemorySaver(), prepare, name: 'hr-urlaub' });
const opts = { project: 'hr-selfservice', metadata: { thread_id: thread, user_id: user }, configurable: { thread_id: thread } };

await traced(app, { messages: [new SystemMessage('Du bist der HR-Self-Service-Assistent der Kessler Logistik GmbH. Personalnummer des angemeldeten Mitarbeiters: 40877.'),
  new HumanMessage('Hallo, wie viele Urlaubstage habe ich noch? Zur Info: ich bin seit Januar in Teilzeit und arbeite nur Montag, Dienstag und Mittwoch.')] }, opts);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Danke. Ich möchte Mitte April eine Woche frei nehmen.')] }, opts);
advance(minutes(1), minutes(2));
await traced(app, { messages: [new HumanMessage('Ja genau, KW 16. Bitte direkt einreichen.')] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
