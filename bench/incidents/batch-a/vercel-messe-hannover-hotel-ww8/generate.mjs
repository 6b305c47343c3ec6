// Reiseassistent (Vercel AI SDK v7, LegacyOpenTelemetry): a five-turn chat in German. The app keeps the
// chat history itself and sends only the last six text messages with each request.
// Run from the repository root: node bench/incidents/batch-a/vercel-messe-hannover-hotel-ww8/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'bk-reiseassistent', resource: { 'deployment.environment': 'prod' }, seed: 'messe-hannover' });
const ids = makeIds('messe-hannover');
const tid = () => ids('toolu_01', 22);

const SESSION = 'bk-reise-20250603-0192';
const USER = 'm.albers@brandt-kessler.de';
const HISTORY_WINDOW = 6;

const SYSTEM = 'Du bist der Reiseassistent der Brandt & Kessler GmbH. Du buchst Bahnfahrten und Hotels für '
  + 'Dienstreisen der Mitarbeitenden. Antworte knapp und auf Deutsch. Buche nur, wenn der Mitarbeiter darum bittet.';

const HOTELS = [
  { hotel_id: 'HNV-11872', name: 'Congress Hotel am Stadtpark', entfernung_messe_km: 2.1, preis_pro_nacht_eur: 189, zimmer: ['Einzelzimmer', 'Doppelzimmer zur Einzelnutzung'], rauchen: 'Raucherzimmer auf Etage 3' },
  { hotel_id: 'HNV-30418', name: 'Hotel Messe Laatzen', entfernung_messe_km: 3.4, preis_pro_nacht_eur: 146, zimmer: ['Einzelzimmer'], rauchen: 'Nichtraucherhotel' },
  { hotel_id: 'HNV-20931', name: 'Loccumer Hof', entfernung_messe_km: 8.4, preis_pro_nacht_eur: 139, zimmer: ['Einzelzimmer', 'Doppelzimmer'], rauchen: 'Nichtraucherhotel' },
  { hotel_id: 'HNV-44190', name: 'ibis Hannover Medical Park', entfernung_messe_km: 6.0, preis_pro_nacht_eur: 94, zimmer: ['Einzelzimmer'], rauchen: 'Nichtraucherhotel' },
];

const tools = {
  bahn_verbindungen: tool({
    description: 'Sucht Zugverbindungen der DB für ein Datum.',
    inputSchema: z.object({ von: z.string(), nach: z.string(), datum: z.string(), ab_uhrzeit: z.string().optional() }),
    execute: async ({ von, nach, datum }) => ({
      von, nach, datum,
      verbindungen: [
        { zug: 'ICE 1076', ab: '16:31', an: '18:09', umstiege: 0, auslastung: 'hoch' },
        { zug: 'ICE 1174', ab: '17:31', an: '19:10', umstiege: 0, auslastung: 'mittel' },
        { zug: 'IC 2036', ab: '17:47', an: '20:02', umstiege: 1, auslastung: 'niedrig' },
      ],
    }),
  }),
  sitzplatz_reservieren: tool({
    description: 'Reserviert einen Sitzplatz in einem Zug.',
    inputSchema: z.object({ zug: z.string(), datum: z.string(), klasse: z.enum(['1', '2']), wunsch: z.string().optional() }),
    execute: async ({ zug, datum, klasse }) => ({ reservierung: 'RES-8Q4T2M', zug, datum, klasse, wagen: 12, platz: 45, preis_eur: 5.2 }),
  }),
  hotels_suchen: tool({
    description: 'Sucht verfügbare Hotels. Optional mit Preisobergrenze pro Nacht in EUR.',
    inputSchema: z.object({
      ort: z.string(), anreise: z.string(), abreise: z.string(),
      nahe: z.string().optional(), max_preis_pro_nacht_eur: z.number().optional(),
    }),
    execute: async ({ ort, anreise, abreise, max_preis_pro_nacht_eur }) => ({
      ort, anreise, abreise,
      treffer: HOTELS.filter((h) => max_preis_pro_nacht_eur == null || h.preis_pro_nacht_eur <= max_preis_pro_nacht_eur)
        .sort((a, b) => a.entfernung_messe_km - b.entfernung_messe_km),
    }),
  }),
  hotel_buchen: tool({
    description: 'Bucht ein Hotelzimmer verbindlich (Firmenkreditkarte).',
    inputSchema: z.object({ hotel_id: z.string(), anreise: z.string(), abreise: z.string(), zimmer: z.string() }),
    execute: async ({ hotel_id, anreise, abreise, zimmer }) => {
      const h = HOTELS.find((x) => x.hotel_id === hotel_id);
      return { status: 'bestätigt', buchungsnummer: 'HRS-7731-K2QF', hotel: h.name, anreise, abreise, zimmer,
        naechte: 2, preis_gesamt_eur: h.preis_pro_nacht_eur * 2, storno: 'kostenfrei bis 16.06.2025 18:00' };
    },
  }),
};

// Turn scripts: the model replies for each user message.
const turns = [
  {
    user: 'Hallo! Ich fahre vom 17. bis 19. Juni zur Messe nach Hannover (Hinfahrt ab Köln). Laut Reiserichtlinie darf das Hotel höchstens 150 € pro Nacht kosten, und ich brauche ein Nichtraucherzimmer. Um das Hotel kümmern wir uns gleich, erst mal die Bahn.',
    replies: [
      'Notiert: Hannover, 17.–19.06., Hotel max. 150 € pro Nacht, Nichtraucherzimmer. Wann möchten Sie am 17. in Köln losfahren?',
    ],
  },
  {
    user: 'Am 17. nachmittags, ich habe bis 15 Uhr noch Termine. Die Rückfahrt am 19. abends buche ich selbst. Was gibt es am 17.?',
    replies: [
      { calls: [[tid(), 'bahn_verbindungen', { von: 'Köln Hbf', nach: 'Hannover Hbf', datum: '2025-06-17', ab_uhrzeit: '15:30' }]] },
      'Ab Köln Hbf am 17.06.: ICE 1076 16:31 → 18:09 (direkt, stark ausgelastet), ICE 1174 17:31 → 19:10 (direkt), IC 2036 17:47 → 20:02 (1 Umstieg). Ich würde den ICE 1174 empfehlen.',
    ],
  },
  {
    user: 'Ja, den ICE 1174 bitte, 2. Klasse, und reservieren Sie mir einen Fensterplatz.',
    replies: [
      { calls: [[tid(), 'sitzplatz_reservieren', { zug: 'ICE 1174', datum: '2025-06-17', klasse: '2', wunsch: 'Fenster' }]] },
      'Reserviert: ICE 1174 am 17.06., 2. Klasse, Wagen 12, Platz 45 (Fenster), Reservierung RES-8Q4T2M, 5,20 €.',
    ],
  },
  {
    user: 'Danke. Kommt der Zug am Hauptbahnhof an? Ich weiß nicht, wie weit es von dort zur Messe ist.',
    replies: [
      'Ja, der ICE 1174 kommt um 19:10 in Hannover Hbf an. Vom Hauptbahnhof fährt die Stadtbahnlinie 8 in etwa 20 Minuten zum Messegelände (Messe/Nord).',
    ],
  },
  {
    user: 'Gut. Dann buchen Sie mir jetzt bitte ein Hotel möglichst nah an der Messe, damit ich morgens nicht lange fahren muss.',
    replies: [
      { calls: [[tid(), 'hotels_suchen', { ort: 'Hannover', nahe: 'Messegelände', anreise: '2025-06-17', abreise: '2025-06-19' }]] },
      { calls: [[tid(), 'hotel_buchen', { hotel_id: 'HNV-11872', anreise: '2025-06-17', abreise: '2025-06-19', zimmer: 'Doppelzimmer zur Einzelnutzung' }]] },
      'Gebucht: Congress Hotel am Stadtpark, nur 2,1 km von der Messe, 17.–19.06., Doppelzimmer zur Einzelnutzung, 2 Nächte für 378 € gesamt. Buchungsnummer HRS-7731-K2QF, kostenfrei stornierbar bis 16.06. 18:00 Uhr.',
    ],
  },
];

const history = []; // text messages only, as the chat UI stores them
const lines = [];
for (const turn of turns) {
  const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', replies: turn.replies, ids, responsePrefix: 'msg_01' });
  const messages = [...history.slice(-HISTORY_WINDOW), { role: 'user', content: turn.user }];
  const result = await generateText({
    model,
    system: SYSTEM,
    messages,
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'reiseassistent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  history.push({ role: 'user', content: turn.user }, { role: 'assistant', content: result.text });
  lines.push(await tracing.flush());
  await sleep(40);
}
writeJsonl(out, 'otel-collector-export.jsonl', lines);
console.log(`wrote ${lines.length} requests to ${out}/otel-collector-export.jsonl`);
