// Hotel booking assistant (German), one thread over four turns with a MemorySaver checkpointer.
// The app keeps only the system prompt and the last six messages of the thread when it calls the model.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, rand,
  HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-02T16:41:07.000Z', 31);
const id = () => 'call_' + Array.from({ length: 24 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 62)]).join('');
const SYSTEM = new SystemMessage('Du bist der Buchungsassistent von reisefix.at. Antworte auf Deutsch, knapp und freundlich. Buche nur, wenn der Kunde ausdrücklich darum bittet.');

const hotelSuche = tool(async ({ stadt, naehe, anreise, abreise }) => JSON.stringify({ stadt, anreise, abreise, treffer: [
  { hotel_id: 'AT-WIE-00417', name: 'Hotel Kaiserhof Westbahnhof', sterne: 3, entfernung_m: 350, zimmer: [
    { typ: 'Standard Doppelzimmer', preis_nacht_eur: 89, barrierefrei: false, hinweis: 'Dusche mit Einstieg 18 cm, Aufzug bis 4. OG' },
    { typ: 'Komfort Doppelzimmer barrierefrei', preis_nacht_eur: 112, barrierefrei: true, hinweis: 'bodengleiche Dusche, Türbreite 90 cm' } ] },
  { hotel_id: 'AT-WIE-00982', name: 'Motel One Wien-Westbahnhof', sterne: 2, entfernung_m: 120, zimmer: [
    { typ: 'Doppelzimmer', preis_nacht_eur: 104, barrierefrei: true, hinweis: '2 rollstuhlgerechte Zimmer' } ] } ] }),
  { name: 'hotel_suche', description: 'Sucht Hotels und Zimmer', schema: z.object({ stadt: z.string(), naehe: z.string(), anreise: z.string(), abreise: z.string() }) });
const wetter = tool(async ({ ort, von, bis }) => JSON.stringify({ ort, von, bis, tage: [
  { datum: '2025-05-12', max_c: 21, min_c: 11, regen_mm: 0.4 }, { datum: '2025-05-13', max_c: 19, min_c: 10, regen_mm: 3.1 },
  { datum: '2025-05-14', max_c: 23, min_c: 12, regen_mm: 0 } ] }),
  { name: 'wetter_vorhersage', description: 'Wettervorhersage', schema: z.object({ ort: z.string(), von: z.string(), bis: z.string() }) });
const zimmerBuchen = tool(async ({ hotel_id, zimmer_typ, anreise, abreise, gast }) => JSON.stringify({ status: 'bestaetigt',
  buchungsnummer: 'RF-7Q4K-2291', hotel_id, zimmer_typ, anreise, abreise, gast, naechte: 3, gesamt_eur: 267.0, storno_bis: '2025-05-10T18:00:00+02:00' }),
  { name: 'zimmer_buchen', description: 'Bucht ein Zimmer verbindlich', schema: z.object({ hotel_id: z.string(), zimmer_typ: z.string(), anreise: z.string(), abreise: z.string(), gast: z.string() }) });

const c1 = id(), c2 = id(), c3 = id();
const model = new ScriptedChatModel({ replies: [
  { content: 'Gerne! Ich habe notiert: Wien, 12. bis 15. Mai 2025, und das Zimmer muss barrierefrei und rollstuhlgerecht sein. Soll ich nach Hotels in einer bestimmten Gegend suchen?' },
  { content: '', tool_calls: [{ id: c1, name: 'hotel_suche', args: { stadt: 'Wien', naehe: 'Westbahnhof', anreise: '2025-05-12', abreise: '2025-05-15' } }] },
  { content: 'In der Nähe vom Westbahnhof habe ich zwei Hotels gefunden:\n- Hotel Kaiserhof Westbahnhof (3★, 350 m): Standard Doppelzimmer 89 €/Nacht, Komfort Doppelzimmer barrierefrei 112 €/Nacht\n- Motel One Wien-Westbahnhof (2★, 120 m): Doppelzimmer 104 €/Nacht, rollstuhlgerecht' },
  { content: '', tool_calls: [{ id: c2, name: 'wetter_vorhersage', args: { ort: 'Wien', von: '2025-05-12', bis: '2025-05-15' } }] },
  { content: 'Das Wetter in Wien sieht angenehm aus: 19–23 °C, am 13. Mai etwas Regen (ca. 3 mm). Einen Schirm einzupacken schadet nicht.' },
  { content: '', tool_calls: [{ id: c3, name: 'zimmer_buchen', args: { hotel_id: 'AT-WIE-00417', zimmer_typ: 'Standard Doppelzimmer', anreise: '2025-05-12', abreise: '2025-05-15', gast: 'Jürgen Leitner' } }] },
  { content: 'Erledigt! Ich habe im Hotel Kaiserhof Westbahnhof das Standard Doppelzimmer für den 12.–15. Mai gebucht (3 Nächte, 267,00 €). Buchungsnummer: RF-7Q4K-2291. Kostenlos stornierbar bis 10. Mai, 18:00 Uhr.' },
] });

const keepLast = async (messages) => [SYSTEM, ...messages.slice(-6)];
const graph = agentGraph({ model, tools: [hotelSuche, wetter, zimmerBuchen], checkpointer: new MemorySaver(), prepare: keepLast, name: 'reisefix_assistent' });
const thread = 'thr_wien_8c1d0e72';
const meta = { session_id: thread, user_id: 'kunde-448120', app_version: '2.14.1' };
const turns = [
  'Hallo, ich plane eine Reise nach Wien vom 12. bis 15. Mai. Wichtig: ich sitze im Rollstuhl, das Zimmer muss also unbedingt barrierefrei sein.',
  'Welche Hotels gibt es in der Nähe vom Westbahnhof?',
  'Und wie wird das Wetter in der Zeit?',
  'Okay, buch bitte den Kaiserhof, das günstigste Zimmer. Name: Jürgen Leitner.',
];
for (const [i, text] of turns.entries()) {
  if (i) advance(minutes(1), minutes(4));
  await traced(graph, { messages: [new HumanMessage(text)] }, { project: 'reisefix-prod', metadata: meta, configurable: { thread_id: thread }, runName: 'reisefix_assistent' });
}
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
