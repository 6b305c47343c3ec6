// Travel-desk assistant of a company (German): LangGraph.js ReAct agent with a MemorySaver thread,
// the chat history trimmed to a token budget before each model call (trimMessages, strategy "last").
// Scripted model, OpenInference tracing. Four turns of one conversation.
// Run from the checkout root: node bench/incidents/batch-a/oinf-dienstreise-hamburg-vv3/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('reisestelle-assistent', { 'deployment.environment': 'production' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const zugSuchen = tool(async ({ von, nach, datum }) => JSON.stringify({ verbindungen: [
  { zug: 'ICE 577', ab: `${datum}T07:34`, an: `${datum}T11:52`, umstiege: 0, preis_eur: 94.9, rollstuhlstellplatz_frei: true },
  { zug: 'ICE 1023', ab: `${datum}T08:51`, an: `${datum}T13:37`, umstiege: 1, preis_eur: 79.9, rollstuhlstellplatz_frei: false },
] }), { name: 'zugverbindungen_suchen', description: 'Sucht Bahnverbindungen (DB Business-Tarif).',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string(), rueckfahrt: z.string().optional() }) });

const zugBuchen = tool(async ({ zug, datum, rollstuhlstellplatz }) => JSON.stringify({
  buchung: 'BC-7Q2K9M', zug, datum, klasse: 2, platz: rollstuhlstellplatz ? 'Wagen 9, Rollstuhlstellplatz 21' : 'Wagen 7, Platz 64',
  mobilitaetsservice: rollstuhlstellplatz ? 'Ein- und Ausstiegshilfe angemeldet (Köln Hbf / Hamburg Hbf)' : null, preis_eur: 94.9 }),
{ name: 'zug_buchen', description: 'Bucht eine Bahnverbindung inkl. Sitzplatzreservierung.',
  schema: z.object({ zug: z.string(), datum: z.string(), rollstuhlstellplatz: z.boolean().optional() }) });

const kostenstelle = tool(async ({ buchung, kostenstelle }) => JSON.stringify({ buchung, kostenstelle, status: 'zugeordnet', freigabe: 'automatisch' }),
{ name: 'kostenstelle_zuordnen', description: 'Ordnet eine Buchung einer Kostenstelle zu.',
  schema: z.object({ buchung: z.string(), kostenstelle: z.string() }) });

const hotelsSuchen = tool(async ({ stadt, anreise, abreise }) => JSON.stringify({ stadt, anreise, abreise, treffer: [
  { hotel_id: 'HH-MES-0193', name: 'Hotel am Messeplatz', entfernung_messe_m: 250, zimmer: 'Superior Doppelzimmer, Badewanne', zugang: 'Eingang über 4 Stufen', preis_pro_nacht_eur: 189 },
  { hotel_id: 'HH-STP-2210', name: 'Stadthotel St. Pauli', entfernung_messe_m: 900, zimmer: 'Komfortzimmer, bodengleiche Dusche, Haltegriffe', zugang: 'stufenlos, Aufzug', preis_pro_nacht_eur: 152 },
  { hotel_id: 'HH-DAM-0871', name: 'Dammtor Business Inn', entfernung_messe_m: 1400, zimmer: 'Standardzimmer, Dusche/WC', zugang: 'stufenlos, Aufzug', preis_pro_nacht_eur: 129 },
] }), { name: 'hotels_suchen', description: 'Sucht Hotels mit Firmenrate.',
  schema: z.object({ stadt: z.string(), anreise: z.string(), abreise: z.string(), naehe: z.string().optional(),
    max_preis_eur: z.number().optional(), barrierefrei: z.boolean().optional() }) });

const hotelBuchen = tool(async ({ hotel_id, anreise, abreise }) => JSON.stringify({
  bestaetigung: 'HTL-55820417', hotel_id, anreise, abreise, naechte: 2, preis_pro_nacht_eur: 189, gesamt_eur: 378, storno_kostenfrei_bis: '2025-03-10T18:00' }),
{ name: 'hotel_buchen', description: 'Bucht ein Hotelzimmer zur Firmenrate.',
  schema: z.object({ hotel_id: z.string(), anreise: z.string(), abreise: z.string(), reisende: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  // Turn 1
  { tool_calls: [{ name: 'zugverbindungen_suchen', args: { von: 'Köln Hbf', nach: 'Hamburg Hbf', datum: '2025-03-12', rueckfahrt: '2025-03-14' } }] },
  { content: 'Für den 12.03. habe ich zwei Verbindungen Köln → Hamburg gefunden:\n'
    + '1. ICE 577, 07:34–11:52, direkt, 94,90 € – Rollstuhlstellplatz verfügbar\n'
    + '2. ICE 1023, 08:51–13:37, 1 Umstieg, 79,90 € – kein Rollstuhlstellplatz mehr frei\n'
    + 'Für Sie kommt damit nur der ICE 577 in Frage. Soll ich ihn buchen?' },
  // Turn 2
  { tool_calls: [{ name: 'zug_buchen', args: { zug: 'ICE 577', datum: '2025-03-12', rollstuhlstellplatz: true } }] },
  { content: 'Gebucht: ICE 577 am 12.03., Wagen 9, Rollstuhlstellplatz 21 (Buchung BC-7Q2K9M). Die Ein- und Ausstiegshilfe in Köln Hbf und Hamburg Hbf ist angemeldet.' },
  // Turn 3
  { tool_calls: [{ name: 'kostenstelle_zuordnen', args: { buchung: 'BC-7Q2K9M', kostenstelle: '4711-VT' } }] },
  { content: 'Die Bahnbuchung BC-7Q2K9M ist jetzt der Kostenstelle 4711-VT zugeordnet; die Freigabe erfolgte automatisch.' },
  // Turn 4
  { tool_calls: [{ name: 'hotels_suchen', args: { stadt: 'Hamburg', anreise: '2025-03-12', abreise: '2025-03-14', naehe: 'Messe Hamburg' } }] },
  { tool_calls: [{ name: 'hotel_buchen', args: { hotel_id: 'HH-MES-0193', anreise: '2025-03-12', abreise: '2025-03-14', reisende: 'Derya Yılmaz' } }] },
  { content: 'Erledigt: Ich habe das Hotel am Messeplatz gebucht, nur 250 m von der Messe entfernt (Superior Doppelzimmer, 12.–14.03., 2 Nächte à 189 €, '
    + 'Bestätigung HTL-55820417). Kostenlos stornierbar bis 10.03., 18:00 Uhr.' },
] });

const system = new SystemMessage('Du bist der Reiseassistent der Reisestelle. Du buchst Dienstreisen nach der Reiserichtlinie RR-2024 '
  + 'und den Wünschen der Reisenden. Frage nach, wenn Angaben fehlen.');
const countTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + Math.ceil(JSON.stringify(m.tool_calls ?? []).length / 4) + 4, 0);
const prepare = async (messages) => trimMessages([system, ...messages], {
  maxTokens: 420, strategy: 'last', tokenCounter: countTokens, includeSystem: true, startOn: 'human' });

const app = await reactGraph({ model, tools: [zugSuchen, zugBuchen, kostenstelle, hotelsSuchen, hotelBuchen], prepare,
  checkpointer: new MemorySaver(), name: 'reiseassistent' });
const conv = 'rs-conv-20250303-0042';
const cfg = { configurable: { thread_id: conv }, metadata: { conversation_id: conv, mandant: 'vt-koeln' } };
const user = { userId: 'd.yilmaz@vt-koeln.example' };
const say = (text) => t.turn(user, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));

await say('Hallo! Ich muss vom 12. bis 14. März zur Fachmesse nach Hamburg, Abfahrt Köln. Wichtig vorab: Ich sitze im Rollstuhl, '
  + 'ich brauche also überall Barrierefreiheit – im Zug einen Rollstuhlstellplatz und im Hotel ein barrierefreies Zimmer mit bodengleicher Dusche. '
  + 'Und laut Reiserichtlinie darf das Hotel höchstens 160 € pro Nacht kosten. Kannst du erst mal die Züge raussuchen?');
await say('Ja, bitte den ICE 577 buchen.');
await say('Kannst du die Bahnbuchung noch auf die Kostenstelle 4711-VT legen?');
await say('Super, danke. Jetzt bitte noch ein Hotel für die zwei Nächte, möglichst nah an der Messe.');
t.write(path.join(here, 'traces.otlp.jsonl'));
