// Disposition agent of a retail chain (German): checks stock of three promotion SKUs in the Hamburg
// warehouse and places reorders below the minimum. Vercel AI SDK v7 (`ai`) with the legacy ai.*
// telemetry (@ai-sdk/otel LegacyOpenTelemetry), a scripted Anthropic-looking mock model, tools executed
// by the SDK. Writes spans.jsonl (one OTLP/JSON request per line) next to this script.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const SEED = 'vercel-grillbriketts-aktion-k3';
const { flush } = setupTracing({
  serviceName: 'lager-disposition',
  resource: { 'deployment.environment': 'prod', 'service.version': '2.14.1' },
  seed: SEED,
});
const ids = makeIds(SEED);
const tu = () => ids('toolu_01', 22);

const now = Date.now();
const iso = (msAgo) => new Date(now - msAgo).toISOString().replace(/\.\d{3}Z$/, 'Z');

// What the warehouse service answered for each SKU.
const WMS = {
  '40211': { sku: '40211', lager: 'HH-02', verfuegbar: 340, reserviert: 25, stand: iso(4 * 60_000), quelle: 'wms-live' },
  '40212': { sku: '40212', lager: 'HH-02', verfuegbar: 0, reserviert: 0, stand: '1970-01-01T00:00:00Z', quelle: 'wms-cache' },
  '40217': { sku: '40217', lager: 'HH-02', verfuegbar: 88, reserviert: 10, stand: iso(3 * 60_000), quelle: 'wms-live' },
};
const LIEFERANT = {
  '40211': { sku: '40211', bezeichnung: 'Grillkohle Buche 10 kg', lieferant: 'L-1187', mindestabnahme: 60, vpe: 60 },
  '40212': { sku: '40212', bezeichnung: 'Grillbriketts Kokos 5 kg', lieferant: 'L-1187', mindestabnahme: 96, vpe: 96 },
  '40217': { sku: '40217', bezeichnung: 'Anzündwürfel 48 Stk.', lieferant: 'L-2043', mindestabnahme: 120, vpe: 40 },
};
let nb = 118733;

const tools = {
  bestand_abfragen: tool({
    description: 'Liefert den aktuellen Bestand einer SKU in einem Lager aus dem WMS.',
    inputSchema: z.object({ sku: z.string(), lager: z.string() }),
    execute: async ({ sku }) => WMS[sku],
  }),
  lieferant_ermitteln: tool({
    description: 'Stammdaten: Hauptlieferant, Mindestabnahme und Verpackungseinheit einer SKU.',
    inputSchema: z.object({ sku: z.string() }),
    execute: async ({ sku }) => LIEFERANT[sku],
  }),
  nachbestellung_anlegen: tool({
    description: 'Legt eine Nachbestellung beim Lieferanten an (wird sofort per EDI übermittelt).',
    inputSchema: z.object({ sku: z.string(), lager: z.string(), menge: z.number().int(), lieferant: z.string() }),
    execute: async ({ sku, menge, lieferant }) => ({
      bestellnr: `NB-0${++nb}`, sku, menge, lieferant, status: 'per EDI übermittelt',
      liefertermin: new Date(now + 4 * 86_400_000).toISOString().slice(0, 10),
    }),
  }),
};

const a = tu(), b = tu(), c = tu(), d = tu(), e = tu(), f = tu(), g = tu();
const model = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01',
  replies: [
    { text: 'Ich prüfe zuerst die Bestände der drei Artikel in HH-02.',
      calls: [[a, 'bestand_abfragen', { sku: '40211', lager: 'HH-02' }],
              [b, 'bestand_abfragen', { sku: '40212', lager: 'HH-02' }],
              [c, 'bestand_abfragen', { sku: '40217', lager: 'HH-02' }]] },
    { text: '40211 liegt mit 340 Stück deutlich über dem Mindestbestand. 40212 steht bei 0 und 40217 bei 88 Stück, beide unter 120. Ich hole die Lieferantendaten.',
      calls: [[d, 'lieferant_ermitteln', { sku: '40212' }], [e, 'lieferant_ermitteln', { sku: '40217' }]] },
    { text: 'Für 40212 ist nichts mehr am Lager; ich bestelle fünf VPE à 96 (480 Stück), damit die Aktion ab Donnerstag gedeckt ist. Für 40217 fehlen 32 Stück bis zum Mindestbestand, ich bestelle die Mindestabnahme von 120.',
      calls: [[f, 'nachbestellung_anlegen', { sku: '40212', lager: 'HH-02', menge: 480, lieferant: 'L-1187' }],
              [g, 'nachbestellung_anlegen', { sku: '40217', lager: 'HH-02', menge: 120, lieferant: 'L-2043' }]] },
    'Erledigt für HH-02 (Aktion nächste Woche):\n' +
      '- 40211 Grillkohle Buche 10 kg: 340 verfügbar, keine Bestellung nötig.\n' +
      '- 40212 Grillbriketts Kokos 5 kg: Bestand 0 – Nachbestellung NB-0118734 über 480 Stück bei L-1187, Liefertermin in 4 Tagen.\n' +
      '- 40217 Anzündwürfel: 88 verfügbar – Nachbestellung NB-0118735 über 120 Stück bei L-2043.\n' +
      'Beide Bestellungen sind per EDI an die Lieferanten übermittelt.',
  ],
});

await generateText({
  model,
  system: 'Du bist der Dispositions-Assistent der Filiallogistik. Prüfe Bestände mit den Werkzeugen, halte den vom Disponenten genannten Mindestbestand ein und lege Nachbestellungen nur in ganzen Verpackungseinheiten an. Antworte knapp auf Deutsch.',
  prompt: 'Moin, bitte prüf die Aktionsware der nächsten Woche im Lager Hamburg (HH-02): SKU 40211, 40212 und 40217. Mindestbestand je 120 Stück, wo es drunter liegt bitte direkt nachbestellen.',
  tools,
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'dispo-hh02-a81f07c2', userId: 'disponent.jkoehler' },
  telemetry: {
    functionId: 'dispo-agent',
    includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', [await flush()]);
