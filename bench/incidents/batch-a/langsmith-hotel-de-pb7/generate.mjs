// Hotel booking assistant (German). A LangGraph agent with a MemorySaver checkpointer; before each model
// call the history is cut to the last 6 messages to stay under a token budget (trimMessages, strategy last).
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-05-14T08:12:03Z', 41);
const dir = here(import.meta.url);
const SYS = new SystemMessage('Du bist der Buchungsassistent von Alpenblick Hotels. Buche nur, was der Gast bestätigt.');

const suche = tool(({ ort, anreise, abreise }) => JSON.stringify({ ort, anreise, abreise, zimmer: [
  { zimmer_nr: 'AB-INN-214', kategorie: 'Doppelzimmer Superior', etage: 2, aufzug: false, dusche: 'Duschtasse 18 cm', preis_eur: 168 },
  { zimmer_nr: 'AB-INN-007', kategorie: 'Doppelzimmer Komfort', etage: 0, aufzug: true, dusche: 'bodengleich', tuerbreite_cm: 94, preis_eur: 182 } ] }),
  { name: 'zimmer_suchen', description: 'Freie Zimmer suchen', schema: z.object({ ort: z.string(), anreise: z.string(), abreise: z.string() }) });
const buchen = tool(({ zimmer_nr, gast }) => JSON.stringify({ status: 'bestaetigt', buchungsnr: 'ALP-25-0518-3391', zimmer_nr, gast }),
  { name: 'zimmer_buchen', description: 'Zimmer verbindlich buchen', schema: z.object({ zimmer_nr: z.string(), gast: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: 'Gern, Frau Brandt. Für welchen Ort und welche Daten darf ich suchen?' },
  { content: '', tool_calls: [{ id: 'call_Zx81kQ2', name: 'zimmer_suchen', args: { ort: 'Innsbruck', anreise: '2025-06-19', abreise: '2025-06-22' } }] },
  { content: 'In Innsbruck sind vom 19. bis 22. Juni zwei Zimmer frei: AB-INN-214 (Superior, 2. Stock, 168 € pro Nacht) und AB-INN-007 (Komfort, Erdgeschoss, 182 € pro Nacht). Welches möchten Sie?' },
  { content: 'Das Superior kostet 168 € pro Nacht, für drei Nächte also 504 €, das Komfort 546 €. Frühstück ist jeweils inklusive.' },
  { content: '', tool_calls: [{ id: 'call_Qm03vTe', name: 'zimmer_buchen', args: { zimmer_nr: 'AB-INN-214', gast: 'Helga Brandt' } }] },
  { content: 'Erledigt: Zimmer AB-INN-214 (Doppelzimmer Superior, 2. Stock) ist für Sie vom 19. bis 22. Juni gebucht, Buchungsnummer ALP-25-0518-3391. Gesamtpreis 504 €.' },
] });

const prepare = async (messages) => [SYS, ...(await trimMessages(messages, { maxTokens: 8, strategy: 'last', tokenCounter: (ms) => ms.length, startOn: 'human' }))];
const graph = agentGraph({ model, tools: [suche, buchen], checkpointer: new MemorySaver(), prepare });
const cfg = { project: 'alpenblick-booking', metadata: { session_id: 'alp-web-7f3c2e', user_id: 'gast-88213' }, configurable: { thread_id: 'alp-web-7f3c2e' } };

const turns = [
  'Guten Tag, Helga Brandt hier. Ich sitze im Rollstuhl und brauche ein barrierefreies Zimmer, bitte ebenerdig oder mit Aufzug und mit bodengleicher Dusche.',
  'Innsbruck, 19. bis 22. Juni, zwei Personen.',
  'Was kosten die beiden für die drei Nächte insgesamt?',
  'Dann nehmen Sie bitte das günstigere.',
];
for (const t of turns) { await traced(graph, { messages: [new HumanMessage(t)] }, cfg); advance(minutes(1), minutes(3)); }
writeRuns(path.join(dir, 'runs.jsonl'));
