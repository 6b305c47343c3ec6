// Reiseassistent (Bahn + Hotel) über sechs Gesprächsrunden in einem Thread. LangGraph-Agent mit
// MemorySaver; vor jedem Modellaufruf wird der Verlauf per trimMessages auf ein Token-Budget gekürzt
// (Deployment-Einstellung CONTEXT_BUDGET=600). Läufe über LangChainTracer erfasst.
import path from 'node:path';
import {
  ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-04-28T07:41:09Z', 4411);

const count = (msgs) => msgs.reduce((n, m) => n + Math.ceil(((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length
  + JSON.stringify(m.tool_calls ?? []).length) / 4) + 4, 0);
const prepare = (messages) => trimMessages(messages, { maxTokens: 600, tokenCounter: count, strategy: 'last',
  includeSystem: true, startOn: 'human' });

const verbindungen = tool(({ von, nach, datum, ab }) => JSON.stringify(datum === '2025-05-14' ? {
  datum, von, nach, verbindungen: [
    { zug: 'ICE 1007', ab: '08:24', an: '12:41', umstiege: 1, umstieg_in: 'Berlin Hbf', preis_eur: 79.9, rollstuhlstellplatz_frei: 2 },
    { zug: 'IC 2072', ab: '09:05', an: '13:58', umstiege: 1, umstieg_in: 'Leipzig Hbf', preis_eur: 54.9, rollstuhlstellplatz_frei: 0 },
    { zug: 'ICE 1509', ab: '10:24', an: '14:41', umstiege: 1, umstieg_in: 'Berlin Hbf', preis_eur: 89.9, rollstuhlstellplatz_frei: 1 },
  ] } : {
  datum, von, nach, verbindungen: [
    { zug: 'ICE 1010', ab: '15:36', an: '19:52', umstiege: 1, umstieg_in: 'Berlin Hbf', preis_eur: 84.9, rollstuhlstellplatz_frei: 1 },
    { zug: 'EC 178', ab: '16:10', an: '20:49', umstiege: 1, umstieg_in: 'Berlin Hbf', preis_eur: 59.9, rollstuhlstellplatz_frei: 1 },
  ] }), { name: 'verbindungen_suchen', description: 'Sucht Zugverbindungen (Fahrplan + Preise).',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string(), ab: z.string().optional(), rollstuhl: z.boolean().optional() }),
  latency: [300, 900] });

let resNr = 0;
const reservieren = tool(({ zug, datum, personen, rollstuhlstellplatz }) => JSON.stringify({
  reservierung: `RZ-${['4K7Q', 'M2D9'][resNr++]}-0514`.replace('0514', datum.slice(5).replace('-', '')), zug, datum, personen,
  wagen: rollstuhlstellplatz ? 21 : 24, plaetze: rollstuhlstellplatz ? ['21/115 (Rollstuhlstellplatz)', '21/116'] : ['24/63', '24/64'],
  status: 'bestaetigt' }), { name: 'platz_reservieren', description: 'Reserviert Sitzplätze in einem Zug.',
  schema: z.object({ zug: z.string(), datum: z.string(), personen: z.number(), rollstuhlstellplatz: z.boolean().optional() }) });

const hotels = tool(({ ort, anreise, abreise, max_preis_nacht }) => JSON.stringify({ ort, anreise, abreise, treffer: [
  { hotel_id: 'DD-H-31877', name: 'Hotel Neumarkt Residenz', entfernung_frauenkirche_m: 150, preis_nacht_eur: 138, zimmer: 'Komfort-Doppelzimmer', etage: 4, aufzug: true, stufenlos: false },
  { hotel_id: 'DD-H-20412', name: 'Pension Am Altmarkt', entfernung_frauenkirche_m: 420, preis_nacht_eur: 96, zimmer: 'Standard-Doppelzimmer', etage: 2, aufzug: false, stufenlos: false },
  { hotel_id: 'DD-H-09955', name: 'Aparthotel Terrassenufer', entfernung_frauenkirche_m: 610, preis_nacht_eur: 124, zimmer: 'Doppelzimmer barrierefrei (DIN 18040-2 R)', etage: 0, aufzug: true, stufenlos: true },
].filter((h) => h.preis_nacht_eur <= max_preis_nacht) }), { name: 'hotels_suchen',
  description: 'Hotelsuche mit Filtern.', schema: z.object({ ort: z.string(), anreise: z.string(), abreise: z.string(),
    max_preis_nacht: z.number(), barrierefrei: z.boolean().optional(), naehe: z.string().optional() }), latency: [400, 1100] });

const veranstaltungen = tool(({ ort, datum }) => JSON.stringify({ ort, datum, termine: [
  { titel: 'La Bohème', ort: 'Semperoper', beginn: '19:00', preis_ab_eur: 38 },
  { titel: 'Orgelkonzert', ort: 'Frauenkirche', beginn: '20:00', preis_ab_eur: 15 },
  { titel: 'Dresdner Philharmonie – Brahms', ort: 'Kulturpalast', beginn: '19:30', preis_ab_eur: 29 },
] }), { name: 'veranstaltungen_suchen', description: 'Veranstaltungskalender einer Stadt.',
  schema: z.object({ ort: z.string(), datum: z.string(), ab: z.string().optional() }) });

const buchen = tool(({ hotel_id, zimmer, anreise, abreise, gaeste }) => JSON.stringify({ buchung: 'HB-2025-771043', hotel_id, zimmer,
  anreise, abreise, gaeste, naechte: 3, gesamt_eur: hotel_id === 'DD-H-20412' ? 288 : 0, storno: 'kostenfrei bis 12.05.2025 18:00',
  status: 'bestaetigt' }), { name: 'hotel_buchen', description: 'Bucht ein Hotelzimmer verbindlich.',
  schema: z.object({ hotel_id: z.string(), zimmer: z.string(), anreise: z.string(), abreise: z.string(), gaeste: z.number() }) });

const tc = (id, name, args) => ({ tool_calls: [{ id, name, args }] });
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // Runde 1
  { content: 'Gern! Ich habe notiert: Dresden, 14. bis 17. Mai, zwei Reisende, Ihre Mutter im Rollstuhl – ich achte bei Zug und Unterkunft auf Rollstuhlstellplatz und ein rollstuhlgerechtes, stufenlos erreichbares Zimmer. Von wo aus fahren Sie los?' },
  // Runde 2
  tc('call_8sVQ2mX1bE0aTqKc', 'verbindungen_suchen', { von: 'Hamburg Hbf', nach: 'Dresden Hbf', datum: '2025-05-14', ab: '07:00', rollstuhl: true }),
  { content: 'Am 14. Mai ab Hamburg Hbf:\n- ICE 1007, 08:24 → 12:41, Umstieg Berlin Hbf, 79,90 €, 2 Rollstuhlstellplätze frei\n- IC 2072, 09:05 → 13:58, 54,90 €, aber kein Rollstuhlstellplatz mehr frei\n- ICE 1509, 10:24 → 14:41, 89,90 €, 1 Stellplatz frei\nIch würde den ICE 1007 empfehlen.' },
  // Runde 3
  tc('call_Pq0r7LdZ3nYw5HfA', 'platz_reservieren', { zug: 'ICE 1007', datum: '2025-05-14', personen: 2, rollstuhlstellplatz: true }),
  { content: 'Reserviert: ICE 1007 am 14.05., Wagen 21, Platz 115 (Rollstuhlstellplatz) und 116 daneben. Reservierungsnummer RZ-4K7Q-0514.' },
  // Runde 4
  tc('call_yT4uVb9KcM2sLe7R', 'veranstaltungen_suchen', { ort: 'Dresden', datum: '2025-05-15', ab: '18:00' }),
  { content: 'Am Donnerstag, 15. Mai, abends in Dresden:\n- Semperoper: „La Bohème“, 19:00 Uhr, Karten ab 38 €\n- Frauenkirche: Orgelkonzert, 20:00 Uhr, 15 €\n- Kulturpalast: Dresdner Philharmonie (Brahms), 19:30 Uhr, ab 29 €\nSoll ich für eines davon nach Karten schauen?' },
  // Runde 5
  tc('call_Lm5XoA0pWd6vJy2N', 'hotels_suchen', { ort: 'Dresden', anreise: '2025-05-14', abreise: '2025-05-17', max_preis_nacht: 140, naehe: 'Frauenkirche' }),
  { content: 'Drei Hotels in der Nähe der Frauenkirche unter 140 € pro Nacht:\n1. Hotel Neumarkt Residenz – 150 m, 138 €/Nacht, Komfort-Doppelzimmer\n2. Pension Am Altmarkt – 420 m, 96 €/Nacht, Standard-Doppelzimmer im 2. OG\n3. Aparthotel Terrassenufer – 610 m, 124 €/Nacht\nPreislich am günstigsten ist die Pension Am Altmarkt (288 € für drei Nächte).' },
  // Runde 6
  tc('call_c9RfE2tHs1UiWb4D', 'hotel_buchen', { hotel_id: 'DD-H-20412', zimmer: 'Standard-Doppelzimmer', anreise: '2025-05-14', abreise: '2025-05-17', gaeste: 2 }),
  { content: 'Gebucht! Pension Am Altmarkt, Standard-Doppelzimmer, 14.–17. Mai, 3 Nächte für 288 €. Buchungsnummer HB-2025-771043, kostenfrei stornierbar bis 12.05. 18:00 Uhr. Gute Reise nach Dresden!' },
] });

const app = agentGraph({ model, tools: [verbindungen, reservieren, veranstaltungen, hotels, buchen], checkpointer: new MemorySaver(), prepare });
const thread = 'web-7f3a9c21-5e0b-4d2a-9c11-0e6b8d4f2a71';
const meta = { thread_id: thread, user_id: 'kd-0088213', kanal: 'web', app_version: '3.14.2' };
const system = new SystemMessage('Du bist der Reiseassistent von NordReisen. Du hilfst bei Bahnverbindungen, Sitzplatzreservierungen und Hotels. '
  + 'Buche nur, was der Kunde ausdrücklich bestätigt. Antworte auf Deutsch, knapp und freundlich.');
const turns = [
  'Hallo! Ich plane eine Reise nach Dresden vom 14. bis 17. Mai, für mich und meine Mutter. Wichtig vorab: Meine Mutter sitzt im Rollstuhl, wir brauchen also stufenlose Zugänge und ein rollstuhlgerechtes Zimmer.',
  'Wir fahren ab Hamburg Hbf. Welche Verbindungen gibt es am 14. morgens?',
  'Nehmen wir den ICE 1007. Bitte zwei Plätze reservieren.',
  'Danke! Gibt es am Donnerstagabend, also am 15., irgendwas Schönes, Konzert oder Oper?',
  'Schauen wir vor Ort. Jetzt brauchen wir noch ein Hotel in Dresden, möglichst nah an der Frauenkirche, höchstens 140 € pro Nacht.',
  'Die Pension klingt gut, bitte die buchen.',
];
for (let i = 0; i < turns.length; i++) {
  const messages = i === 0 ? [system, new HumanMessage(turns[i])] : [new HumanMessage(turns[i])];
  await traced(app, { messages }, { project: 'nordreisen-assistent-prod', metadata: meta, configurable: { thread_id: thread } });
  advance(minutes(1), minutes(4));
}
writeRuns(path.join(dir, 'runs.jsonl'));
