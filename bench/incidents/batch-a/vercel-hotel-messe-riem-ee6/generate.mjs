// Reisestelle-Assistent (Geschäftsreisen) einer Firma: mehrere Chat-Turns in einer Sitzung, jede Turn ein
// generateText-Aufruf des `ai`-SDK (v7) mit LegacyOpenTelemetry (ai.*-Attribute). Die App hält den Verlauf
// selbst (nur Nutzer- und Assistententexte) und schickt dem Modell ein gleitendes Fenster der letzten
// vier Einträge plus die neue Nachricht.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'reisestelle-assistent', seed: 'hotel-messe-riem-ee6',
  resource: { 'deployment.environment': 'prod', 'service.version': '2.14.0' } });
const ids = makeIds('hotel-messe-riem-ee6');

const SESSION = 'reise-4f1c09a2';
const USER = 'MA-20417';
const HISTORY_WINDOW = 4;

const SYSTEM = 'Du bist der Assistent der Reisestelle der Kessler Antriebstechnik GmbH. Du suchst und buchst ' +
  'Hotels für Dienstreisen nach der Reiserichtlinie (max. 150 € pro Nacht in München). Antworte knapp auf Deutsch.';

const hotels = {
  riem_barrierefrei: [
    { hotel_id: 'HTL-NV-1180', name: 'Novum Hotel Messe München', zimmertyp: 'KOMF-DZ-B', preis_nacht_eur: 178,
      entfernung_halle_b_m: 900, barrierefrei: true, hinweis: 'bodengleiche Dusche, Aufzug' },
    { hotel_id: 'HTL-PZ-0931', name: 'prizeotel München-Messe', zimmertyp: 'ACC-DZ', preis_nacht_eur: 149,
      entfernung_halle_b_m: 1400, barrierefrei: true, hinweis: 'Zimmer EG, Aufzug, Frühstück 14,90 € extra' },
  ],
  halle_b: [
    { hotel_id: 'HTL-RP-0442', name: 'Hotel Riem Park', zimmertyp: 'STD-DZ', preis_nacht_eur: 129,
      entfernung_halle_b_m: 600, barrierefrei: false, hinweis: 'Zimmer 2. OG, Gebäude ohne Aufzug, Dusche mit Stufe' },
    { hotel_id: 'HTL-PZ-0931', name: 'prizeotel München-Messe', zimmertyp: 'STD-DZ', preis_nacht_eur: 139,
      entfernung_halle_b_m: 1400, barrierefrei: false, hinweis: 'Zimmer 4. OG, Aufzug' },
    { hotel_id: 'HTL-NV-1180', name: 'Novum Hotel Messe München', zimmertyp: 'STD-EZ', preis_nacht_eur: 146,
      entfernung_halle_b_m: 900, barrierefrei: false, hinweis: 'Zimmer 3. OG, Aufzug' },
  ],
};

const tools = {
  hotels_suchen: tool({
    description: 'Sucht verfügbare Hotelzimmer über das Buchungsportal (HRS Corporate).',
    inputSchema: z.object({
      ort: z.string(), anreise: z.string(), abreise: z.string(),
      max_preis: z.number().optional(), barrierefrei: z.boolean().optional(),
    }),
    execute: async ({ ort, barrierefrei, max_preis }) => {
      const list = barrierefrei ? hotels.riem_barrierefrei : hotels.halle_b;
      const treffer = list.filter((h) => max_preis == null || h.preis_nacht_eur <= max_preis);
      return { ort, anzahl: treffer.length, treffer };
    },
  }),
  zimmer_buchen: tool({
    description: 'Bucht ein Zimmer verbindlich auf die Kostenstelle des Mitarbeiters.',
    inputSchema: z.object({
      hotel_id: z.string(), zimmertyp: z.string(), anreise: z.string(), abreise: z.string(), personalnummer: z.string(),
    }),
    execute: async ({ hotel_id, zimmertyp, anreise, abreise }) => ({
      status: 'bestätigt', buchungsnummer: 'BKG-7731-RP', hotel_id, zimmertyp, anreise, abreise,
      naechte: 3, gesamt_eur: 387, storno_kostenfrei_bis: '2025-04-05T18:00:00+02:00',
    }),
  }),
};

const replies = [
  // Turn 1
  'Notiert – ich suche nur Zimmer, die für Rollstuhl geeignet sind (bodengleiche Dusche, Aufzug oder EG). Für welche Daten brauchst du das Hotel?',
  // Turn 2
  { calls: [['call_q1Lr7TnW', 'hotels_suchen', { ort: 'München-Riem', anreise: '2025-04-07', abreise: '2025-04-10', barrierefrei: true }]] },
  'Für 07.–10.04. habe ich in Riem zwei Optionen: Novum Hotel Messe München (KOMF-DZ-B) für 178 €/Nacht, 900 m zur Halle B, und prizeotel München-Messe (ACC-DZ) für 149 €/Nacht, 1,4 km zur Halle B.',
  // Turn 3
  'Laut Richtlinie passt nur das prizeotel (149 €/Nacht). Frühstück ist dort nicht enthalten und kostet 14,90 € extra pro Tag.',
  // Turn 4
  { calls: [['call_V8d2kPzs', 'hotels_suchen', { ort: 'Messe München Halle B', anreise: '2025-04-07', abreise: '2025-04-10', max_preis: 150 }]] },
  'Näher an Halle B gibt es das Hotel Riem Park: 600 m Fußweg, Standard-Doppelzimmer für 129 €/Nacht – das ist auch günstiger als das prizeotel (139 €). Soll ich das Riem Park buchen?',
  // Turn 5
  { calls: [['call_Hm3cX0aQ', 'zimmer_buchen', { hotel_id: 'HTL-RP-0442', zimmertyp: 'STD-DZ', anreise: '2025-04-07', abreise: '2025-04-10', personalnummer: 'MA-20417' }]] },
  'Erledigt: Hotel Riem Park, Standard-Doppelzimmer, 07.–10.04.2025, 3 Nächte, 387 € gesamt. Buchungsnummer BKG-7731-RP, kostenfrei stornierbar bis 05.04., 18 Uhr.',
];
const model = scriptedModel({ provider: 'azure.chat', modelId: 'gpt-4o', replies, ids });

const userTurns = [
  'Hallo! Ich fahre zur bauma nach München und brauche ein Hotel in der Nähe der Messe Riem. Wichtig: Ich sitze im Rollstuhl, das Zimmer muss barrierefrei sein mit bodengleicher Dusche.',
  'Anreise Montag 7. April, Abreise Donnerstag 10. April.',
  'Welches davon ist innerhalb der Richtlinie? Und gibt es Frühstück?',
  'Frühstück brauch ich nicht. Gibt es was, das noch näher an Halle B liegt? Schau bitte nochmal.',
  'Ja, passt, buch das bitte.',
];

const history = [];
const lines = [];
for (const text of userTurns) {
  history.push({ role: 'user', content: text });
  const window = history.slice(-(HISTORY_WINDOW + 1));
  const result = await generateText({
    model,
    system: SYSTEM,
    messages: window,
    tools,
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'reisestelle-chat', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  history.push({ role: 'assistant', content: result.text });
  lines.push(await flush());
}
writeJsonl(here, 'otel-traces.jsonl', lines);
