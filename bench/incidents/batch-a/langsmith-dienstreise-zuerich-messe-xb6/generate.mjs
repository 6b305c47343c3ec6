// Travel desk assistant (German), one thread over three turns with a MemorySaver checkpointer.
// The model sees the history through a token-budgeted trimMessages window.
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, startClock, advance, minutes,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-11-10T07:42:13.000Z', 41);

const THREAD = 'reise-thr-7f31c2a9';
const USER = 'm.kowalski@nordwerk-industrie.de';

const flights = {
  '2025-11-18': [
    { flug: 'LX 1059', ab: 'HAM 07:05', an: 'ZRH 08:35', umstiege: 0, preis_eur: 389.0, tarif: 'Economy Light' },
    { flug: 'LH 003 / LH 1188', ab: 'HAM 06:00', an: 'ZRH 09:10', umstiege: 1, via: 'FRA (Umstieg 55 min)', preis_eur: 214.0, tarif: 'Economy Light' },
  ],
  '2025-11-19': [
    { flug: 'LX 1059', ab: 'HAM 07:05', an: 'ZRH 08:35', umstiege: 0, preis_eur: 446.0, tarif: 'Economy Classic' },
    { flug: 'EW 7842 / LX 1113', ab: 'HAM 06:20', an: 'ZRH 09:45', umstiege: 1, via: 'DUS (Umstieg 40 min)', preis_eur: 231.0, tarif: 'Economy Light' },
    { flug: 'LH 2065 / LX 1107', ab: 'HAM 06:45', an: 'ZRH 10:05', umstiege: 1, via: 'MUC (Umstieg 45 min)', preis_eur: 248.0, tarif: 'Economy Light' },
  ],
};

const flugSuche = tool(async ({ von, nach, datum }) => JSON.stringify({ von, nach, datum, angebote: flights[datum] ?? [] }), {
  name: 'flug_suche', description: 'Sucht Flüge im Firmentarif (Preise inkl. Steuern, pro Person).',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string().describe('YYYY-MM-DD') }), latency: [600, 1400] });

const hotelSuche = tool(async ({ ort, anreise, abreise, barrierefrei }) => JSON.stringify({ ort, anreise, abreise,
  treffer: barrierefrei
    ? [{ hotel: 'Mövenpick Hotel Zürich-Regensdorf', zimmer: 'Superior barrierefrei (bodengleiche Dusche, Türbreite 90 cm)', preis_chf_nacht: 214, distanz_messe_km: 3.1 },
       { hotel: 'Hotel Sternen Oerlikon', zimmer: 'Doppelzimmer rollstuhlgerecht', preis_chf_nacht: 189, distanz_messe_km: 0.6 }]
    : [{ hotel: 'Hotel Sternen Oerlikon', zimmer: 'Standard Einzelzimmer', preis_chf_nacht: 152, distanz_messe_km: 0.6 },
       { hotel: 'Swissôtel Zürich', zimmer: 'Classic', preis_chf_nacht: 238, distanz_messe_km: 0.4 }] }), {
  name: 'hotel_suche', description: 'Sucht Hotels mit Firmenrate.',
  schema: z.object({ ort: z.string(), anreise: z.string(), abreise: z.string(), barrierefrei: z.boolean().optional() }), latency: [500, 1100] });

const flugBuchen = tool(async ({ flug, datum }) => JSON.stringify({ status: 'gebucht', pnr: 'K7W2QX', flug, datum, ticket: '724-2291385520' }), {
  name: 'flug_buchen', description: 'Bucht einen Flug aus dem letzten Suchergebnis.',
  schema: z.object({ flug: z.string(), datum: z.string() }), latency: [900, 1800] });

const hotelBuchen = tool(async ({ hotel, zimmer, anreise, abreise }) => JSON.stringify({ status: 'bestätigt', buchungsnr: 'HS-2025-118734', hotel, zimmer, anreise, abreise }), {
  name: 'hotel_buchen', description: 'Bucht ein Hotelzimmer.',
  schema: z.object({ hotel: z.string(), zimmer: z.string(), anreise: z.string(), abreise: z.string() }), latency: [700, 1500] });

// History window: keeps the system prompt and the most recent messages within a token budget.
const approxTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + Math.ceil(JSON.stringify(m.tool_calls ?? []).length / 4) + 4, 0);
const prepare = async (messages) => trimMessages(messages, { maxTokens: 560, strategy: 'last', tokenCounter: approxTokens,
  includeSystem: true, startOn: 'human' });

const replies = [
  // turn 1
  { tool_calls: [{ id: 'call_Hq2mXc81', name: 'flug_suche', args: { von: 'HAM', nach: 'ZRH', datum: '2025-11-18' } }] },
  { content: 'Für den 18.11. habe ich zwei Verbindungen gefunden. Passend zu Ihren Vorgaben empfehle ich den Direktflug LX 1059 (HAM 07:05 – ZRH 08:35, ohne Umstieg) für 389,00 € – das liegt unter Ihrem Limit von 450 €. Die günstigere Verbindung über Frankfurt (214 €) hat einen Umstieg mit nur 55 Minuten und kommt daher nicht in Frage. Soll ich noch ein Hotel suchen?' },
  // turn 2
  { tool_calls: [{ id: 'call_Vb7Tn0Pe', name: 'hotel_suche', args: { ort: 'Zürich Oerlikon', anreise: '2025-11-18', abreise: '2025-11-20', barrierefrei: true } }] },
  { content: 'Zwei barrierefreie Optionen in Messenähe:\n1. Hotel Sternen Oerlikon – Doppelzimmer rollstuhlgerecht, 189 CHF/Nacht, 600 m zur Messe Zürich\n2. Mövenpick Zürich-Regensdorf – Superior barrierefrei, 214 CHF/Nacht, 3,1 km\nIch würde das Sternen nehmen (kurzer Weg). Sagen Sie Bescheid, dann buche ich alles zusammen.' },
  // turn 3
  { tool_calls: [{ id: 'call_Zk4rLw93', name: 'flug_suche', args: { von: 'HAM', nach: 'ZRH', datum: '2025-11-19' } }] },
  { tool_calls: [{ id: 'call_Pm8sDf27', name: 'flug_buchen', args: { flug: 'EW 7842 / LX 1113', datum: '2025-11-19' } }] },
  { tool_calls: [{ id: 'call_Rt5gYh64', name: 'hotel_suche', args: { ort: 'Zürich Oerlikon', anreise: '2025-11-19', abreise: '2025-11-21' } }] },
  { tool_calls: [{ id: 'call_Nc1uJa30', name: 'hotel_buchen', args: { hotel: 'Hotel Sternen Oerlikon', zimmer: 'Standard Einzelzimmer', anreise: '2025-11-19', abreise: '2025-11-21' } }] },
  { content: 'Erledigt, alles auf den 19.11. umgestellt:\n- Flug EW 7842 / LX 1113, HAM 06:20 – ZRH 09:45 über Düsseldorf, 231,00 € (PNR K7W2QX, Ticket 724-2291385520)\n- Hotel Sternen Oerlikon, Standard Einzelzimmer, 19.–21.11., Buchungsnr. HS-2025-118734\nDer Direktflug wäre am 19.11. mit 446 € deutlich teurer gewesen, daher habe ich die günstigere Verbindung gewählt. Gute Messe!' },
];

const model = new ScriptedChatModel({ replies, model: 'gpt-4o-2024-08-06' });
const app = agentGraph({ model, tools: [flugSuche, hotelSuche, flugBuchen, hotelBuchen], checkpointer: new MemorySaver(), prepare, name: 'reisestelle' });

const meta = { thread_id: THREAD, user_id: USER, app_version: '2.14.0', channel: 'teams' };
const cfg = { project: 'reisestelle-prod', metadata: meta, configurable: { thread_id: THREAD } };

await traced(app, { messages: [
  new SystemMessage('Du bist die Reisestelle der Nordwerk Industrie GmbH. Buche Dienstreisen nach der Reiserichtlinie (Economy, Hotels bis 250 CHF/Nacht). Berücksichtige alle Anforderungen der reisenden Person.'),
  new HumanMessage('Hallo, ich muss am 18.11. von Hamburg zur Messe nach Zürich (SPS-Fachmesse, Oerlikon). Wichtig vorab: ich sitze im Rollstuhl. Ich brauche deshalb einen Direktflug ohne Umstieg und ein barrierefreies Zimmer. Flug bitte max. 450 €.'),
] }, cfg);
advance(minutes(6), minutes(9));
await traced(app, { messages: [new HumanMessage('Danke! Ja, Hotel bitte in Messenähe, 2 Nächte (18.–20.11.).')] }, cfg);
advance(minutes(95), minutes(140));
await traced(app, { messages: [new HumanMessage('Kleine Änderung: unser Standtermin ist jetzt erst am 19.11., Rückreise dann am 21.11. Bitte Flug und Hotel entsprechend auf 19.–21.11. buchen, das Sternen passt.')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
