// Travel desk assistant (German), LangGraph.js + MemorySaver, traced by OpenInference.
// The app keeps only the last few messages of the thread when it calls the model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('reisebuero-assistent', { 'deployment.environment': 'prod-eu' });

const sucheZug = tool(async ({ von, nach, datum }) => JSON.stringify({ verbindungen: [
  { zug: 'ICE 597', ab: `${datum}T06:28`, an: `${datum}T10:31`, preis_eur: 79.9, stufenfrei: false },
  { zug: 'ICE 1003', ab: `${datum}T09:52`, an: `${datum}T13:47`, preis_eur: 94.9, stufenfrei: true },
] }), { name: 'suche_zugverbindung', description: 'Sucht Zugverbindungen.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string() }) });

const hotel = tool(async ({ stadt, anreise }) => JSON.stringify({ angebote: [
  { hotel: 'Hotel Isarblick', preis_nacht_eur: 132, barrierefrei: true }] }),
  { name: 'suche_hotel', description: 'Sucht Hotels.', schema: z.object({ stadt: z.string(), anreise: z.string() }) });

const buche = tool(async ({ zug, reisender }) => JSON.stringify({ buchung: 'DB-7K2QXM', zug, reisender, status: 'bestaetigt' }),
  { name: 'buche_zug', description: 'Bucht eine Zugverbindung verbindlich.',
    schema: z.object({ zug: z.string(), reisender: z.string() }) });

const SYS = new SystemMessage('Du bist der Reiseassistent von Weber & Kranz Reisen. Buche nur, was der Kunde wünscht.');
// history window: system prompt + the last 4 messages of the thread
const prepare = (msgs) => [SYS, ...msgs.slice(-4)];

const model = new ScriptedChatModel({ replies: [
  { content: 'Verstanden, Frau Albers: Sie reisen im Rollstuhl, ich achte nur auf stufenfreie Verbindungen. Von wo nach wo und wann?' },
  { content: '', tool_calls: [{ name: 'suche_zugverbindung', args: { von: 'Hamburg Hbf', nach: 'München Hbf', datum: '2025-03-14' } }] },
  { content: '', tool_calls: [{ name: 'suche_hotel', args: { stadt: 'München', anreise: '2025-03-14' } }] },
  { content: 'Es gibt ICE 597 (06:28–10:31, 79,90 €) und ICE 1003 (09:52–13:47, 94,90 €). In München hätte das Hotel Isarblick für 132 € pro Nacht ein Zimmer frei.' },
  { content: '', tool_calls: [{ name: 'buche_zug', args: { zug: 'ICE 597', reisender: 'Renate Albers' } }] },
  { content: 'Erledigt: ICE 597 am 14.03. um 06:28 ab Hamburg, Buchungsnummer DB-7K2QXM. Gute Reise!' },
] });

const app = await reactGraph({ model, tools: [sucheZug, hotel, buche], prepare, checkpointer: new MemorySaver(), name: 'reiseassistent' });
const thread = 'rb-7f3e2a91';
const cfg = { configurable: { thread_id: thread }, metadata: { thread_id: thread, kunde: 'K-40118' } };
const turns = [
  'Hallo, ich bin Renate Albers. Wichtig: ich sitze im Rollstuhl, ich brauche also unbedingt stufenfreie Züge.',
  'Ich möchte am 14. März von Hamburg nach München, und bitte auch ein Hotel dort.',
  'Dann nehmen Sie bitte den günstigeren Zug.',
];
for (const q of turns) await t.turn({ userId: 'K-40118' }, () => app.invoke({ messages: [new HumanMessage(q)] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
