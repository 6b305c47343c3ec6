// Bestell-Assistent einer Versandapotheke: Dauerrezepte vorbestellen, Merkzettel für Nachbestellungen.
// Zwei Kundinnen, zwei Threads, ein Prozess; der Merkzettel liegt in LangGraph's InMemoryStore.
// Echte @langchain/langgraph + @langchain/core, geskriptetes Modell (kein Netz), Runs aus dem LangChainTracer.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2024-06-11T07:58:40.000Z', 417);

const store = new InMemoryStore();
const system = new SystemMessage([
  'Du bist der Bestell-Assistent der Linden-Apotheke (Versand, Filiale 0417).',
  'Dauerrezepte werden mit rezept_vorbestellen vorgemerkt; der Versand erfolgt erst nach Eingang des Papierrezepts.',
  'Speichere nach jeder Vorbestellung einen Merkzettel, damit Kundinnen und Kunden einfach nachbestellen können.',
  'Antworte knapp und freundlich auf Deutsch.',
].join(' '));

let vorgang = 73310;
const vorbestellen = tool(async ({ kundennummer, praeparat, pzn, menge, lieferung }) => JSON.stringify({
  vorgang: `VB-2024-${vorgang++}`, kundennummer, praeparat, pzn, menge, lieferung,
  status: 'vorgemerkt', hinweis: 'Versand nach Eingang des Originalrezepts' }), {
  name: 'rezept_vorbestellen', description: 'Ein Dauerrezept zur Vorbestellung vormerken.',
  schema: z.object({ kundennummer: z.string(), praeparat: z.string(), pzn: z.string(), menge: z.string(), lieferung: z.string() }) });

// Merkzettel: Namespace pro Filiale (so ist der Store seit der Umstellung auf Filial-Mandanten eingerichtet).
const merkzettelSpeichern = tool(async ({ kundennummer, notiz }) => {
  const key = `mz-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${kundennummer.slice(-4)}`;
  await store.put(['merkzettel', 'filiale-0417'], key, { notiz });
  return JSON.stringify({ gespeichert: true, key });
}, { name: 'merkzettel_speichern', description: 'Merkzettel für die nächste Nachbestellung speichern.',
  schema: z.object({ kundennummer: z.string(), notiz: z.string() }), latency: [30, 90] });

const merkzettelLaden = tool(async ({ kundennummer }) => {
  const items = await store.search(['merkzettel', 'filiale-0417'], { limit: 1 });
  if (!items.length) return JSON.stringify({ kundennummer, treffer: 0 });
  return JSON.stringify({ kundennummer, treffer: items.length, notiz: items[0].value.notiz, aktualisiert: items[0].updatedAt });
}, { name: 'merkzettel_laden', description: 'Letzten Merkzettel für die Nachbestellung laden.',
  schema: z.object({ kundennummer: z.string() }), latency: [30, 90] });

const tools = [vorbestellen, merkzettelSpeichern, merkzettelLaden];

// --- Kundin 1: Dauerrezept vorbestellen
const modelA = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ id: 'call_9dKq2LrT0v', name: 'rezept_vorbestellen', args: {
    kundennummer: 'K-558201', praeparat: 'Ramipril 5 mg Tabletten', pzn: '03519416', menge: '1 x N3 (100 St.)',
    lieferung: 'Packstation 214, 10437 Berlin, Postnummer 38817462' } }] },
  { content: '', tool_calls: [{ id: 'call_Hw3bZ8mUe5', name: 'merkzettel_speichern', args: {
    kundennummer: 'K-558201',
    notiz: 'Ramipril 5 mg Tabletten, PZN 03519416, 1 x N3 (100 St.); Lieferung an Packstation 214, 10437 Berlin, Postnummer 38817462' } }] },
  { content: 'Erledigt! Ihr Ramipril 5 mg (100 Stück) ist unter VB-2024-73310 vorgemerkt. Sobald Ihr Originalrezept bei uns ist, schicken wir es an die Packstation 214. Für die nächste Nachbestellung habe ich mir alles notiert.' },
] });
await traced(agentGraph({ model: modelA, tools, name: 'bestell-assistent' }), { messages: [system,
  new HumanMessage('Guten Morgen, ich möchte mein Dauerrezept vorbestellen: Ramipril 5 mg, die 100er Packung. Bitte an meine Packstation 214 in 10437 Berlin, Postnummer 38817462. Das Rezept schicke ich heute per Post los.'),
] }, { project: 'linden-apotheke-bestellung', runName: 'bestell-assistent',
  metadata: { thread_id: '3c9e61d0-5b7a-4f0e-9a51-0e2f7c41b8d2', user_id: 'K-558201', filiale: '0417' } });

advance(minutes(47), minutes(52));

// --- Kunde 2: "wie letztes Mal"
const modelB = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ id: 'call_rT5xN1aQj8', name: 'merkzettel_laden', args: { kundennummer: 'K-604977' } }] },
  { content: '', tool_calls: [{ id: 'call_Lp0cV6gYs2', name: 'rezept_vorbestellen', args: {
    kundennummer: 'K-604977', praeparat: 'Ramipril 5 mg Tabletten', pzn: '03519416', menge: '1 x N3 (100 St.)',
    lieferung: 'Packstation 214, 10437 Berlin, Postnummer 38817462' } }] },
  { content: 'Gern! Ich habe Ihre Nachbestellung wie beim letzten Mal vorgemerkt: Ramipril 5 mg Tabletten, 1 x N3 (100 Stück), Vorgang VB-2024-73311. Geliefert wird wieder an die Packstation 214 in 10437 Berlin (Postnummer 38817462), sobald das Originalrezept bei uns eingegangen ist.' },
] });
await traced(agentGraph({ model: modelB, tools, name: 'bestell-assistent' }), { messages: [system,
  new HumanMessage('Hallo, bitte einfach nochmal das Gleiche wie letztes Mal bestellen, an die übliche Adresse. Rezept kommt wie immer per Post.'),
] }, { project: 'linden-apotheke-bestellung', runName: 'bestell-assistent',
  metadata: { thread_id: '8a07f2e4-19c3-4d6b-b0f5-6d1a9e3c2f70', user_id: 'K-604977', filiale: '0417' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
