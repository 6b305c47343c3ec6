// Apotheken-Assistent (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration) mit geskriptetem Modell.
// Schreibt traces.jsonl (eine OTLP/JSON-Anfrage pro Zeile, wie der Collector-File-Exporter).
// Run from the repo root: node bench/incidents/batch-a/vercel-apotheke-reservierung-storniert-t2/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  OpenTelemetry, SpanStatusCode, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'apo-chat-backend',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.14.2' },
  seed: 'apotheke-reservierung-t2',
});
const ids = makeIds('apotheke-reservierung-t2');

const SESSION = 'kd-sess-5f1c0e93';
const KUNDE = 'KD-00481277';

const reservierung = {
  reservierung_id: 'RSV-7731-0425',
  kunde: KUNDE,
  filiale: 'KOE-EHR',
  filiale_name: 'Linden-Apotheke Köln-Ehrenfeld',
  positionen: [{ pzn: '16507327', artikel: 'Salbutamol-ratiopharm N Dosieraerosol 100 µg, 200 Hübe', menge: 2 }],
  rezept: 'E-Rezept eingelöst',
  status: 'reserviert',
  abholbar_ab: '2025-03-14T08:00:00+01:00',
  reserviert_bis: '2025-03-17T18:30:00+01:00',
};

const tools = {
  reservierung_abrufen: tool({
    description: 'Liest eine Reservierung (Click & Collect) des angemeldeten Kunden.',
    inputSchema: z.object({ reservierung_id: z.string() }),
    execute: async () => reservierung,
  }),
  filialbestand_pruefen: tool({
    description: 'Aktueller Bestand eines Artikels (PZN) in einer Filiale aus der Warenwirtschaft.',
    inputSchema: z.object({ filiale: z.string(), pzn: z.string() }),
    // The WaWi mirror had no row for the branch after last night's sync job; the adapter fills defaults.
    execute: async ({ filiale, pzn }) => ({
      filiale, pzn, bestand: 0, davon_reserviert: 0, nachlieferung: null,
      stand: '1970-01-01T00:00:00.000Z', quelle: 'wawi-spiegel',
    }),
  }),
  reservierung_stornieren: tool({
    description: 'Storniert eine Reservierung und gibt die reservierte Ware frei. Nicht rückgängig zu machen.',
    inputSchema: z.object({ reservierung_id: z.string(), grund: z.string() }),
    execute: async ({ reservierung_id }) => ({ reservierung_id, status: 'storniert', storniert_am: '2025-03-13T19:42:11+01:00', erezept_token_freigegeben: true }),
  }),
  kunde_benachrichtigen: tool({
    description: 'Schickt dem Kunden eine SMS an die hinterlegte Nummer.',
    inputSchema: z.object({ kunde: z.string(), text: z.string() }),
    execute: async () => ({ versendet: true, kanal: 'sms', nachricht_id: 'sms_8c41d20f77' }),
  }),
};

const frage = 'Hallo, ich hab gestern mein Asthmaspray in Ehrenfeld reserviert (RSV-7731-0425). Kann ich das morgen früh um 8 abholen? Brauche es dringend.';

const model = scriptedModel({
  ids,
  modelId: 'gpt-4o-2024-08-06',
  replies: [
    { calls: [['call_Qm4nR8vXw2LpT6yH', 'reservierung_abrufen', { reservierung_id: 'RSV-7731-0425' }]] },
    { calls: [['call_b7KdE1sZfA9uJc3P', 'filialbestand_pruefen', { filiale: 'KOE-EHR', pzn: '16507327' }]] },
    { text: 'Der Artikel ist in der Filiale nicht mehr vorrätig, die Reservierung kann nicht bedient werden.',
      calls: [['call_H2xVn5gYq8RtW0eM', 'reservierung_stornieren', { reservierung_id: 'RSV-7731-0425', grund: 'Artikel in Filiale KOE-EHR nicht vorrätig (Bestand 0)' }]] },
    { calls: [['call_Lp6Zc9TjK3bNs1Qa', 'kunde_benachrichtigen', { kunde: KUNDE, text: 'Linden-Apotheke: Ihre Reservierung RSV-7731-0425 wurde storniert, da der Artikel derzeit nicht vorrätig ist. Ihr E-Rezept ist wieder freigegeben.' }]] },
    'Es tut mir leid: Salbutamol-ratiopharm N ist in der Linden-Apotheke Köln-Ehrenfeld derzeit nicht vorrätig (Bestand 0). Ich habe Ihre Reservierung RSV-7731-0425 deshalb storniert und Ihr E-Rezept wieder freigegeben, Sie können es in jeder anderen Apotheke einlösen. Eine SMS mit der Bestätigung ist unterwegs.',
  ],
});

await tracer.startActiveSpan('POST /api/chat', { attributes: { 'session.id': SESSION, 'enduser.id': KUNDE, 'http.request.method': 'POST', 'http.route': '/api/chat' } }, async (span) => {
  await generateText({
    model,
    system: 'Du bist der Service-Assistent der Linden-Apotheken. Du hilfst bei Reservierungen (Click & Collect), Verfügbarkeit und Abholung. Antworte auf Deutsch, kurz und freundlich. Stornierungen nur, wenn eine Reservierung nicht bedient werden kann.',
    prompt: frage,
    tools,
    stopWhen: stepCountIs(8),
    telemetry: { functionId: 'apo-service-agent', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.setStatus({ code: SpanStatusCode.OK });
  span.end();
});

writeJsonl(here, 'traces.jsonl', [await flush()]);
