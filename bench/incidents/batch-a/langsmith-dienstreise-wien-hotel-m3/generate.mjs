// Travel desk assistant (German), LangGraph agent with a MemorySaver checkpointer and a message window
// trimmed before every model call. Four turns on one thread; runs captured from the LangSmith tracer.
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, startClock, advance, minutes,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-09-23T07:41:12.000Z', 4711);

const SYSTEM = 'Du bist der Reiseassistent der Firmenreisestelle (Kessler Antriebstechnik GmbH). '
  + 'Du suchst Hotels und Bahnverbindungen und buchst nach Freigabe durch die reisende Person. '
  + 'Antworte knapp auf Deutsch.';

const HOTELS_MESSE = {
  ort: 'Wien, Umkreis Messe Wien (Trabrennstraße)',
  anreise: '2025-10-14', abreise: '2025-10-17', naechte: 3,
  treffer: [
    { hotel_id: 'WIE-H-0931', name: 'Hotel Prater Residenz', entfernung_km: 0.4, preis_nacht_eur: 212,
      barrierefrei: false, hinweis: 'Altbau, Aufzug bis 3. OG, Dusche mit Stufe' },
    { hotel_id: 'WIE-H-1177', name: 'Austria Trend Messe Suites', entfernung_km: 0.9, preis_nacht_eur: 168,
      barrierefrei: true, hinweis: 'rollstuhlgerechte Zimmer (Kat. B), bodengleiche Dusche' },
    { hotel_id: 'WIE-H-0458', name: 'Motel One Wien-Prater', entfernung_km: 1.6, preis_nacht_eur: 139,
      barrierefrei: true, hinweis: '2 barrierefreie Zimmer, nur auf Anfrage' },
    { hotel_id: 'WIE-H-2210', name: 'Harmonie Boutique Leopoldstadt', entfernung_km: 2.3, preis_nacht_eur: 154,
      barrierefrei: false, hinweis: 'kein Aufzug' },
  ],
};

const hotelSuche = tool(async ({ ort, anreise, abreise }) => JSON.stringify({ ...HOTELS_MESSE, anfrage: { ort, anreise, abreise } }), {
  name: 'hotel_suche', latency: [380, 1150],
  description: 'Sucht verfügbare Hotels über den Firmenkontingent-Katalog (HRS Corporate).',
  schema: z.object({ ort: z.string(), anreise: z.string().describe('YYYY-MM-DD'), abreise: z.string().describe('YYYY-MM-DD') }),
});

const bahnVerbindungen = tool(async ({ von, nach, datum }) => JSON.stringify({
  von, nach, datum,
  verbindungen: [
    { zug: 'RJX 61', ab: '06:24', an: '10:53', umstiege: 0, preis_eur: 79.9, hinweis: 'Rollstuhlstellplatz Wagen 22 buchbar' },
    { zug: 'ICE 91 / RJX 63', ab: '07:28', an: '12:53', umstiege: 1, umstieg: 'Linz Hbf (14 min)', preis_eur: 69.9 },
    { zug: 'RJX 65', ab: '08:24', an: '12:53', umstiege: 0, preis_eur: 89.9, hinweis: 'Rollstuhlstellplatz Wagen 22 buchbar' },
    { zug: 'NJ 40490', ab: '22:40', an: '06:05+1', umstiege: 0, preis_eur: 119.0, hinweis: 'Schlafwagen' },
  ],
  rueckfahrt_am: '2025-10-17',
  rueck: [
    { zug: 'RJX 262', ab: '15:30', an: '19:50', umstiege: 0, preis_eur: 79.9 },
    { zug: 'RJX 264', ab: '17:30', an: '21:50', umstiege: 0, preis_eur: 89.9 },
  ],
}), {
  name: 'bahn_verbindungen', latency: [500, 1400],
  description: 'Fahrplanauskunft (ÖBB/DB) mit Preisen für Geschäftskunden.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string() }),
});

const wegZurMesse = tool(async ({ start }) => JSON.stringify({
  start, ziel: 'Messe Wien, Eingang D (Trabrennstraße 7)',
  optionen: [
    { modus: 'U2 Richtung Seestadt bis Krieau, dann 350 m Fußweg', dauer_min: 19, stufenfrei: true },
    { modus: 'Taxi', dauer_min: 11, kosten_eur: 18 },
  ],
}), {
  name: 'weg_zur_messe', latency: [150, 420],
  description: 'Anfahrt vom Hauptbahnhof bzw. Hotel zum Messegelände.',
  schema: z.object({ start: z.string() }),
});

const hotelBuchen = tool(async ({ hotel_id, anreise, abreise, gast }) => JSON.stringify({
  buchung: 'HRS-7Q4-22918', status: 'bestätigt', hotel_id, hotel: 'Hotel Prater Residenz', anreise, abreise, gast,
  zimmer: 'Standard Doppelzimmer zur Einzelnutzung', preis_gesamt_eur: 636, storno: 'kostenfrei bis 2025-10-12 18:00',
}), {
  name: 'hotel_buchen', latency: [700, 1600],
  description: 'Bucht ein Hotel aus dem Firmenkontingent auf die reisende Person.',
  schema: z.object({ hotel_id: z.string(), anreise: z.string(), abreise: z.string(), gast: z.string() }),
});

// The deployed window: keep the system prompt and the most recent ~1000 tokens of the conversation.
const countTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil(
  (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4) + 6
  + (m.tool_calls?.length ? Math.ceil(JSON.stringify(m.tool_calls).length / 4) : 0), 0);
const prepare = (messages) => trimMessages(messages, {
  maxTokens: 1000, strategy: 'last', tokenCounter: countTokens, includeSystem: true, startOn: 'human',
});

const replies = [
  // turn 1
  { tool_calls: [{ id: 'call_hs01', name: 'hotel_suche', args: { ort: 'Wien Messe', anreise: '2025-10-14', abreise: '2025-10-17' } }] },
  { content: 'Für 14.–17.10. passen zwei Häuser zu Ihren Vorgaben (rollstuhlgerecht, max. 180 €/Nacht):\n'
      + '1. Austria Trend Messe Suites – 0,9 km zur Messe, 168 €/Nacht, rollstuhlgerechte Zimmer, bodengleiche Dusche\n'
      + '2. Motel One Wien-Prater – 1,6 km, 139 €/Nacht, barrierefreie Zimmer nur auf Anfrage\n'
      + 'Das Hotel Prater Residenz ist näher (0,4 km), aber nicht barrierefrei und über Budget. Soll ich eins davon reservieren?' },
  // turn 2
  { tool_calls: [{ id: 'call_bv02', name: 'bahn_verbindungen', args: { von: 'Stuttgart Hbf', nach: 'Wien Hbf', datum: '2025-10-14' } }] },
  { content: 'Hinfahrt 14.10.: Am bequemsten ist der RJX 61 ab Stuttgart 06:24, an Wien Hbf 10:53, ohne Umstieg (79,90 €). '
      + 'Der RJX 65 um 08:24 kommt erst 12:53 an. Rückfahrt 17.10. z. B. RJX 262 ab 15:30, an 19:50. '
      + 'Die Tickets kann ich Ihnen gleich über das Firmenkonto mitbuchen.' },
  // turn 3
  { tool_calls: [{ id: 'call_wm03', name: 'weg_zur_messe', args: { start: 'Wien Hauptbahnhof' } }] },
  { content: 'Vom Hauptbahnhof zur Messe Wien (Eingang D): U2 bis Krieau und 350 m zu Fuß, ca. 19 Minuten, stufenfrei. '
      + 'Alternativ Taxi, ca. 11 Minuten, rund 18 €. Mit Ankunft 10:53 sind Sie gegen 11:20 am Stand.' },
  // turn 4: the user's first message (and the first hotel list) are no longer in the window
  { tool_calls: [{ id: 'call_hs04', name: 'hotel_suche', args: { ort: 'Wien Messe', anreise: '2025-10-14', abreise: '2025-10-17' } }] },
  { tool_calls: [{ id: 'call_hb05', name: 'hotel_buchen', args: { hotel_id: 'WIE-H-0931', anreise: '2025-10-14', abreise: '2025-10-17', gast: 'Jana Wohlfahrt' } }] },
  { content: 'Erledigt: Hotel Prater Residenz, 14.–17.10.2025 (3 Nächte), 0,4 km zur Messe – näher geht es nicht. '
      + 'Buchungsnummer HRS-7Q4-22918, Gesamtpreis 636 €, kostenfrei stornierbar bis 12.10., 18:00 Uhr. '
      + 'Soll ich den RJX 61 gleich mitbuchen?' },
];

const model = new ScriptedChatModel({ replies, model: 'gpt-4o-2024-08-06' });
const app = agentGraph({ model, tools: [hotelSuche, bahnVerbindungen, wegZurMesse, hotelBuchen],
  checkpointer: new MemorySaver(), prepare, agentNode: 'reiseassistent', toolsNode: 'werkzeuge' });

const thread = 'reise-4f1c9a2e-wohlfahrt';
const meta = { thread_id: thread, user_id: 'j.wohlfahrt@kessler-antrieb.de', deployment: 'reisestelle-prod', app_version: '2.14.1' };
const turns = [
  [new SystemMessage(SYSTEM), new HumanMessage('Hallo! Ich fahre vom 14. bis 17. Oktober zur Vienna Automation Expo nach Wien. '
    + 'Wichtig vorab: Ich sitze im Rollstuhl, das Hotel muss also ein wirklich rollstuhlgerechtes Zimmer haben, '
    + 'und die Reiserichtlinie erlaubt mir maximal 180 € pro Nacht. Was gibt es in Messenähe?')],
  [new HumanMessage('Danke. Wie komme ich am 14. am besten mit dem Zug von Stuttgart hin? Ich möchte möglichst vormittags da sein.')],
  [new HumanMessage('Und wie weit ist es dann vom Hauptbahnhof zur Messe?')],
  [new HumanMessage('Super, dann buch mir bitte das Hotel, das am nächsten an der Messe liegt. Gast: Jana Wohlfahrt.')],
];
for (const [i, msgs] of turns.entries()) {
  if (i > 0) advance(minutes(2), minutes(9));
  await traced(app, { messages: msgs }, { project: 'reisestelle-assistent', metadata: meta, configurable: { thread_id: thread } });
}
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
