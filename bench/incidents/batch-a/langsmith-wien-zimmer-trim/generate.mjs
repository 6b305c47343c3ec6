// Reisebüro-Assistent (LangGraph.js, MemorySaver): vier Turns in einem Thread, der Modellaufruf sieht
// nur die letzten 10 Nachrichten (trimMessages, startOn human). Schreibt runs.jsonl.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
const THREAD = 'thr_7Hc2kQ9xWm';
const USER = 'kd-4471902';
const PROJECT = 'reisebuero-assistent-prod';

const hotelSuche = tool(async ({ stadt, anreise, abreise, personen, barrierefrei }) => JSON.stringify({
  stadt, anreise, abreise, personen, filter: { barrierefrei },
  treffer: [
    { hotel_id: 'AT-VIE-0193', name: 'Hotel Am Stephansplatz', sterne: 4, ab_preis_eur: 189, barrierefreie_zimmer: 2 },
    { hotel_id: 'AT-VIE-0457', name: 'Austria Trend Hotel Savoyen', sterne: 4, ab_preis_eur: 164, barrierefreie_zimmer: 6 },
    { hotel_id: 'AT-VIE-0788', name: 'Motel One Wien-Staatsoper', sterne: 3, ab_preis_eur: 121, barrierefreie_zimmer: 1 },
  ],
}), { name: 'hotel_suche', description: 'Sucht Hotels in einer Stadt für einen Zeitraum.',
  schema: z.object({ stadt: z.string(), anreise: z.string(), abreise: z.string(), personen: z.number().int(),
    barrierefrei: z.boolean().optional() }) });

const zugVerbindung = tool(async ({ von, nach, datum }) => JSON.stringify({
  von, nach, datum,
  verbindungen: [
    { zug: 'RJX 63', ab: '07:28', an: '11:30', umstiege: 0, preis_eur: 59.9 },
    { zug: 'RJX 61', ab: '05:28', an: '09:30', umstiege: 0, preis_eur: 44.9 },
    { zug: 'ICE 91 / RJ 541', ab: '09:16', an: '14:02', umstiege: 1, preis_eur: 39.9 },
  ],
}), { name: 'zug_verbindung', description: 'Fahrplanauskunft ÖBB/DB.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string() }) });

const veranstaltungen = tool(async ({ stadt, datum }) => JSON.stringify({
  stadt, datum,
  events: [
    { titel: 'La Traviata', ort: 'Wiener Staatsoper', beginn: '19:00', restkarten: 14, ab_preis_eur: 68 },
    { titel: 'Neujahrskonzert-Nachlese: Strauss & Lanner', ort: 'Kursalon Wien', beginn: '20:15', restkarten: 40, ab_preis_eur: 49 },
  ],
}), { name: 'veranstaltungen', description: 'Kulturprogramm einer Stadt an einem Tag.',
  schema: z.object({ stadt: z.string(), datum: z.string() }) });

const zimmerVerfuegbarkeit = tool(async ({ hotel_id, anreise, abreise }) => JSON.stringify({
  hotel_id, anreise, abreise, waehrung: 'EUR',
  zimmer: [
    { typ_code: 'DZ-CLS', bezeichnung: 'Classic Doppelzimmer', preis_nacht: 189, frei: 3,
      ausstattung: ['Badewanne mit Duschvorhang', 'Stufe zum Bad (18 cm)', 'Türbreite 70 cm'] },
    { typ_code: 'DZ-KMF-BF', bezeichnung: 'Komfort Doppelzimmer', preis_nacht: 229, frei: 1,
      ausstattung: ['bodengleiche Dusche', 'Haltegriffe', 'Türbreite 94 cm', 'unterfahrbares Waschbecken'] },
    { typ_code: 'JS', bezeichnung: 'Junior Suite', preis_nacht: 312, frei: 2,
      ausstattung: ['Badewanne und separate Dusche', 'Stufe zum Bad (12 cm)'] },
  ],
}), { name: 'zimmer_verfuegbarkeit', description: 'Freie Zimmerkategorien eines Hotels.',
  schema: z.object({ hotel_id: z.string(), anreise: z.string(), abreise: z.string() }) });

const zimmerBuchen = tool(async ({ hotel_id, typ_code, anreise, abreise, personen }) => JSON.stringify({
  status: 'bestaetigt', buchungsnummer: 'WB-25-0312-88417', hotel_id, typ_code, anreise, abreise, personen,
  naechte: 3, gesamt_eur: 567.0, storno_kostenfrei_bis: '2025-03-05',
}), { name: 'zimmer_buchen', description: 'Bucht ein Zimmer verbindlich.', latency: [600, 1400],
  schema: z.object({ hotel_id: z.string(), typ_code: z.string(), anreise: z.string(), abreise: z.string(),
    personen: z.number().int() }) });

const SYSTEM = new SystemMessage('Du bist der Reiseassistent von Weltblick Reisen. Du planst und buchst Hotels, '
  + 'Bahnfahrten und Kulturprogramm für Kundinnen und Kunden. Buche nur, was ausdrücklich gewünscht ist, '
  + 'und berücksichtige alle Anforderungen der Reisenden. Heute ist der 20.02.2025.');

const prepare = async (messages) => [SYSTEM, ...(await trimMessages(messages, {
  maxTokens: 10, tokenCounter: (msgs) => msgs.length, strategy: 'last', startOn: 'human',
}))];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // Turn 1
  { tool_calls: [{ id: 'call_Qm3vT8aLx1', name: 'hotel_suche', args: { stadt: 'Wien', anreise: '2025-03-12',
    abreise: '2025-03-15', personen: 2, barrierefrei: true } }] },
  { content: 'Gern! Für den 12. bis 15. März habe ich drei Hotels in Wien mit barrierefreien Zimmern gefunden:\n'
    + '1. Hotel Am Stephansplatz (4*, ab 189 € pro Nacht) – direkt am Dom\n'
    + '2. Austria Trend Hotel Savoyen (4*, ab 164 €) – 3. Bezirk\n'
    + '3. Motel One Wien-Staatsoper (3*, ab 121 €)\n'
    + 'Soll ich bei einem davon die konkreten Zimmer prüfen?' },
  // Turn 2
  { tool_calls: [{ id: 'call_Zr81nKd0Pq', name: 'zug_verbindung', args: { von: 'München Hbf', nach: 'Wien Hbf',
    datum: '2025-03-12' } }] },
  { content: 'Am 12.03. fahren ab München Hbf direkt nach Wien: der Railjet RJX 61 um 05:28 (an 09:30, 44,90 €) '
    + 'und der RJX 63 um 07:28 (an 11:30, 59,90 €). Mit Umstieg gäbe es noch 09:16 für 39,90 €. '
    + 'Der RJX 63 wäre wohl die angenehmste Option.' },
  // Turn 3
  { tool_calls: [{ id: 'call_bW4yo2Hs7E', name: 'veranstaltungen', args: { stadt: 'Wien', datum: '2025-03-13' } }] },
  { content: 'Am Donnerstag, 13.03., gibt es in der Staatsoper „La Traviata“ um 19:00 (noch 14 Karten, ab 68 €) '
    + 'und im Kursalon ein Strauss-&-Lanner-Konzert um 20:15 (ab 49 €).' },
  // Turn 4
  { tool_calls: [{ id: 'call_F0kYp6uTg9', name: 'zimmer_verfuegbarkeit', args: { hotel_id: 'AT-VIE-0193',
    anreise: '2025-03-12', abreise: '2025-03-15' } }] },
  { tool_calls: [{ id: 'call_Lx2cR7wVe5', name: 'zimmer_buchen', args: { hotel_id: 'AT-VIE-0193', typ_code: 'DZ-CLS',
    anreise: '2025-03-12', abreise: '2025-03-15', personen: 2 } }] },
  { content: 'Erledigt! Ich habe im Hotel Am Stephansplatz das günstigste Zimmer gebucht: Classic Doppelzimmer, '
    + '12.–15. März, 2 Personen, 3 Nächte für insgesamt 567,00 €. Buchungsnummer WB-25-0312-88417, '
    + 'kostenfrei stornierbar bis 05.03.2025. Viel Spaß in Wien!' },
] });

const graph = agentGraph({ model, tools: [hotelSuche, zugVerbindung, veranstaltungen, zimmerVerfuegbarkeit, zimmerBuchen],
  checkpointer: new MemorySaver(), prepare, name: 'reiseassistent' });

const turns = [
  'Hallo! Wir möchten vom 12. bis 15. März zu zweit nach Wien. Wichtig vorab: meine Frau sitzt im Rollstuhl, '
    + 'wir brauchen also unbedingt ein barrierefreies Zimmer mit bodengleicher Dusche. Was gibt es da in der Innenstadt?',
  'Danke. Wie kommen wir am 12. am besten mit dem Zug von München hin?',
  'Und was läuft am Donnerstagabend kulturell? Oper wäre schön.',
  'Super, dann nehmen wir das Hotel Am Stephansplatz. Bitte buch dort das günstigste Zimmer für uns.',
];

startClock('2025-02-20T09:41:07.000Z', 31);
for (const [i, text] of turns.entries()) {
  if (i > 0) advance(minutes(2), minutes(9));
  await traced(graph, { messages: [new HumanMessage(text)] }, { project: PROJECT,
    metadata: { session_id: THREAD, user_id: USER, channel: 'web-chat', app_version: '3.14.2' },
    configurable: { thread_id: THREAD } });
}
writeRuns(path.join(dir, 'runs.jsonl'));
