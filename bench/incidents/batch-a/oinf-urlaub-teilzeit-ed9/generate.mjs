// HR-Urlaubsassistent (LangGraph.js, scripted model), traced with OpenInference -> OTLP/JSON.
// The agent node only sees the last 5 messages of the thread (a context-window trim in prepare()).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('hr-urlaub-assistent', { 'deployment.environment': 'prod-eu' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { MemorySaver } = await load('@langchain/langgraph');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const getBalance = tool(async ({ personalnummer }) => JSON.stringify({
  personalnummer, jahr: 2026, anspruch_tage: 30, genommen: 8, rest: 22, basis: '5-Tage-Woche (Mo-Fr)',
}), { name: 'urlaubskonto_abfragen', description: 'Liest das Urlaubskonto eines Mitarbeiters.',
  schema: z.object({ personalnummer: z.string() }) });
const getHolidays = tool(async ({ bundesland, von, bis }) => JSON.stringify({
  bundesland, zeitraum: `${von}..${bis}`, feiertage: [{ datum: '2026-05-14', name: 'Christi Himmelfahrt' }] }),
{ name: 'feiertage_abfragen', description: 'Gesetzliche Feiertage im Zeitraum.',
  schema: z.object({ bundesland: z.string(), von: z.string(), bis: z.string() }) });
const book = tool(async ({ personalnummer, von, bis, arbeitstage }) => JSON.stringify({
  antrag: 'UA-2026-04471', personalnummer, von, bis, abgezogene_tage: arbeitstage, rest_neu: 22 - arbeitstage, status: 'genehmigt (automatisch)' }),
{ name: 'urlaub_eintragen', description: 'Trägt Urlaub ein und bucht die Arbeitstage vom Konto ab.',
  schema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number().int() }) });

const replies = [
  // Turn 1
  { content: '', tool_calls: [{ name: 'urlaubskonto_abfragen', args: { personalnummer: 'P-40417' } }] },
  { content: 'Laut Urlaubskonto haben Sie für 2026 noch 22 Tage (Anspruch 30, genommen 8), berechnet auf einer 5-Tage-Woche. Mit Ihrer 4-Tage-Woche ab 1. April zählen freitags keine Urlaubstage mehr, da der Freitag für Sie ohnehin arbeitsfrei ist. Die anteilige Neuberechnung des Anspruchs macht die Personalabteilung zum Quartalsende.' },
  // Turn 2
  { content: '', tool_calls: [{ name: 'feiertage_abfragen', args: { bundesland: 'BY', von: '2026-05-11', bis: '2026-05-22' } }] },
  { content: 'Ja, einen: Donnerstag, 14. Mai 2026 ist Christi Himmelfahrt, gesetzlicher Feiertag in Bayern. Dieser Tag wird nicht vom Urlaubskonto abgezogen.' },
  // Turn 3
  { content: 'Gern, ich trage den Zeitraum ein.', tool_calls: [{ name: 'urlaub_eintragen', args: { personalnummer: 'P-40417', von: '2026-05-11', bis: '2026-05-22', arbeitstage: 9 } }] },
  { content: 'Erledigt: Antrag UA-2026-04471 für 11.05.–22.05.2026 ist eingetragen und automatisch genehmigt. Abgebucht wurden 9 Arbeitstage (Mo–Fr über zwei Wochen, ohne Christi Himmelfahrt am 14.05.), Ihr Resturlaub beträgt jetzt 13 Tage.' },
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies });
const system = new SystemMessage('Du bist der Urlaubsassistent der Personalabteilung der Brenner Maschinenbau GmbH. Antworte auf Deutsch. Personalnummer der angemeldeten Person: P-40417, Standort Bayern.');
const app = await reactGraph({
  model, tools: [getBalance, getHolidays, book], checkpointer: new MemorySaver(), name: 'urlaub_agent',
  prepare: (messages) => [system, ...messages.slice(-5)],
});

const cfg = { configurable: { thread_id: 'hr-chat-7d21c0' }, metadata: { session_id: 'hr-chat-7d21c0' } };
const user = { userId: 'm.huber@brenner-mb.de' };
const turns = [
  'Hallo, ich bin ab 1. April auf 80 % Teilzeit, 4-Tage-Woche, freitags habe ich immer frei. Wie viele Urlaubstage habe ich dieses Jahr noch?',
  'Gibt es zwischen dem 11. und 22. Mai Feiertage bei uns?',
  'Okay, dann trag mir bitte Urlaub vom 11.05. bis 22.05. ein.',
];
for (const text of turns) {
  await t.turn(user, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
}
t.write(path.join(here, 'traces.otlp.jsonl'));
