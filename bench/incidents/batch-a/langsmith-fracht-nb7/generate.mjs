// Freight desk (German): the agent reads a shipment's weight from the warehouse scale API, which reports
// pounds for the US-built dock scale, and passes the number on to the carrier booking tool as kilograms.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-03-11T07:42:10Z', 31);

const waageLesen = tool(async ({ sendung }) => JSON.stringify({ sendung, dock: 'HAM-D4', waage: 'FB-2200-US',
  brutto: 1874, einheit: 'lb', paletten: 2, gemessen: '2025-03-11T07:38:55Z' }), {
  name: 'waage_lesen', description: 'Liest das gewogene Bruttogewicht einer Sendung von der Dockwaage.',
  schema: z.object({ sendung: z.string() }), latency: [120, 300] });
const frachtBuchen = tool(async ({ sendung, gewicht_kg, paletten, ziel }) => JSON.stringify({ buchung: 'DSV-BK-5520871',
  sendung, gewicht_kg, paletten, ziel, tarif: gewicht_kg > 1500 ? 'LTL-schwer' : 'LTL-standard',
  preis_eur: gewicht_kg > 1500 ? 1186.4 : 742.9, abholung: '2025-03-12 08:00-12:00' }), {
  name: 'fracht_buchen', description: 'Bucht einen Stückguttransport beim Spediteur. gewicht_kg: Bruttogewicht in Kilogramm.',
  schema: z.object({ sendung: z.string(), gewicht_kg: z.number(), paletten: z.number().int(), ziel: z.string() }),
  latency: [300, 700] });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Wg7rPq2', name: 'waage_lesen', args: { sendung: 'SND-2025-03-0417' } }] },
  { tool_calls: [{ id: 'call_Fb3kLm9', name: 'fracht_buchen',
    args: { sendung: 'SND-2025-03-0417', gewicht_kg: 1874, paletten: 2, ziel: 'DE-80939 München' } }] },
  { content: 'Erledigt: Sendung SND-2025-03-0417 ist gebucht (Buchung DSV-BK-5520871), 2 Paletten, 1874 kg, Tarif LTL-schwer, 1.186,40 €. Abholung morgen zwischen 08:00 und 12:00 Uhr.' },
] });
const app = agentGraph({ model, tools: [waageLesen, frachtBuchen], name: 'fracht-agent' });
await traced(app, { messages: [
  new SystemMessage('Du bist der Frachtassistent des Lagers Hamburg. Wiege jede Sendung über waage_lesen und buche dann den Transport mit fracht_buchen.'),
  new HumanMessage('Bitte SND-2025-03-0417 nach München buchen, die zwei Paletten stehen an Dock 4.') ] },
  { project: 'lager-hh-fracht', metadata: { thread_id: 'hh-fracht-7f3a91', user_id: 'disponent.kruse' } });
advance(200);
writeRuns(path.join(dir, 'runs.jsonl'));
