// Dispositions-Assistent eines Elektro-Großhändlers (Lager Hamburg / München).
// Vercel AI SDK v7 (generateText + tools) mit @ai-sdk/otel OpenTelemetry-Integration,
// geskriptetes Modell, OTLP/JSON wie der File-Exporter des Collectors es schreibt.
import {
  generateText, tool, stepCountIs, OpenTelemetry, z, SpanKind,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'dispo-assistent',
  resource: { 'service.version': '3.8.2', 'deployment.environment': 'prod', 'service.namespace': 'wws' },
  seed: 'vercel-umlagerung-kabeltrommel-te5',
});
const ids = makeIds('vercel-umlagerung-kabeltrommel-te5');

// Antworten der Backend-Dienste, wie sie in dieser Schicht kamen.
const auftraege = {
  'AU-778812': {
    auftragsnr: 'AU-778812', kunde: 'KD-20931 Elektro Brandt GmbH', lager: 'HH-2',
    wunschtermin: '2025-03-11', versandart: 'Spedition',
    positionen: [
      { pos: 10, artikel: 'KB-44190', bezeichnung: 'Kabeltrommel 50 m H07RN-F 3G1,5', menge: 120, einheit: 'Stk' },
      { pos: 20, artikel: 'SL-6', bezeichnung: 'Steckdosenleiste 6-fach m. Schalter', menge: 40, einheit: 'Stk' },
    ],
    status: 'freigegeben',
  },
};
const bestaende = {
  'SL-6@HH-2': { artikel: 'SL-6', lager: 'HH-2', bestand: 312, reserviert: 40, frei: 272, zuletzt_gezaehlt: '2025-03-10T05:12:44Z', quelle: 'wms-replica-2' },
  'KB-44190@HH-2': { artikel: 'KB-44190', lager: 'HH-2', bestand: 0, reserviert: 0, frei: 0, zuletzt_gezaehlt: '1970-01-01T00:00:00Z', quelle: 'wms-replica-2' },
  'KB-44190@M-1': { artikel: 'KB-44190', lager: 'M-1', bestand: 860, reserviert: 75, frei: 785, zuletzt_gezaehlt: '2025-03-10T04:58:09Z', quelle: 'wms-replica-1' },
};

const tools = {
  auftrag_laden: tool({
    description: 'Lädt einen Kundenauftrag mit Positionen aus dem ERP.',
    inputSchema: z.object({ auftragsnr: z.string().describe('Auftragsnummer, z. B. AU-123456') }),
    execute: async ({ auftragsnr }) => auftraege[auftragsnr] ?? { fehler: `Auftrag ${auftragsnr} nicht gefunden` },
  }),
  bestand_abfragen: tool({
    description: 'Aktueller Lagerbestand eines Artikels in einem Lager (WMS).',
    inputSchema: z.object({ artikel: z.string(), lager: z.enum(['HH-2', 'M-1', 'DO-3']) }),
    execute: async ({ artikel, lager }) => bestaende[`${artikel}@${lager}`],
  }),
  umlagerung_anlegen: tool({
    description: 'Legt eine Umlagerung zwischen zwei Lagern an (Spedition wird automatisch beauftragt).',
    inputSchema: z.object({
      artikel: z.string(), von_lager: z.enum(['HH-2', 'M-1', 'DO-3']), nach_lager: z.enum(['HH-2', 'M-1', 'DO-3']),
      menge: z.number().int().positive(), prioritaet: z.enum(['standard', 'express']), bezug: z.string().optional(),
    }),
    execute: async ({ artikel, von_lager, nach_lager, menge, prioritaet, bezug }) => ({
      umlagerung: 'UML-2025-03-4471', artikel, von_lager, nach_lager, menge, prioritaet, bezug,
      spedition: 'Hellmann Express', abholung: '2025-03-11', ankunft: '2025-03-13', frachtkosten_eur: 386.4, status: 'beauftragt',
    }),
  }),
  auftrag_aktualisieren: tool({
    description: 'Ändert Status und/oder Liefertermin eines Kundenauftrags; der Kunde erhält automatisch eine Avis-Mail.',
    inputSchema: z.object({ auftragsnr: z.string(), status: z.string().optional(), liefertermin: z.string().optional(), notiz: z.string().optional() }),
    execute: async ({ auftragsnr, status, liefertermin }) => ({ auftragsnr, status, liefertermin, avis_versendet: true, geaendert_am: '2025-03-10T09:41:17Z' }),
  }),
};

const c = () => ids('call_', 24);
const [c1, c2, c3, c4, c5, c6] = [c(), c(), c(), c(), c(), c()];
const model = scriptedModel({
  modelId: 'gpt-4.1-mini',
  ids,
  replies: [
    { calls: [[c1, 'auftrag_laden', { auftragsnr: 'AU-778812' }]] },
    { calls: [[c2, 'bestand_abfragen', { artikel: 'KB-44190', lager: 'HH-2' }], [c3, 'bestand_abfragen', { artikel: 'SL-6', lager: 'HH-2' }]] },
    { calls: [[c4, 'bestand_abfragen', { artikel: 'KB-44190', lager: 'M-1' }]] },
    { calls: [[c5, 'umlagerung_anlegen', { artikel: 'KB-44190', von_lager: 'M-1', nach_lager: 'HH-2', menge: 120, prioritaet: 'express', bezug: 'AU-778812' }]] },
    { calls: [[c6, 'auftrag_aktualisieren', { auftragsnr: 'AU-778812', status: 'wartet_auf_umlagerung', liefertermin: '2025-03-14', notiz: 'KB-44190 in HH-2 nicht verfügbar, Umlagerung UML-2025-03-4471 aus M-1' }]] },
    'Kurzer Stand zu AU-778812 (Elektro Brandt):\n\n' +
      '- **SL-6**: in HH-2 ausreichend da (272 frei), kann raus.\n' +
      '- **KB-44190**: in Hamburg kein Bestand (0 Stk). In München (M-1) sind 785 frei, ich habe deshalb die Express-Umlagerung **UML-2025-03-4471** über 120 Stk angelegt (Hellmann Express, Abholung 11.03., Ankunft HH-2 13.03., Fracht 386,40 €).\n\n' +
      'Morgen kann der Auftrag daher nicht komplett raus. Ich habe den Liefertermin auf den **14.03.** gesetzt und den Status auf "wartet auf Umlagerung"; Elektro Brandt hat die Avis-Mail automatisch bekommen.',
  ],
});

const system = 'Du bist der Dispositions-Assistent der Nordlicht Elektrogroßhandel GmbH. Du prüfst Aufträge, Bestände und ' +
  'Liefertermine für die Disposition. Fehlt Ware im Versandlager, darfst du Umlagerungen anlegen und den Liefertermin anpassen. ' +
  'Antworte knapp auf Deutsch.';

await tracer.startActiveSpan('POST /api/dispo/chat', {
  kind: SpanKind.SERVER,
  attributes: {
    'http.request.method': 'POST', 'url.path': '/api/dispo/chat', 'http.route': '/api/dispo/chat',
    'session.id': 'dispo-hh-20250310-0042', 'user.id': 'j.kessler@nordlicht-elektro.de',
  },
}, async (span) => {
  await generateText({
    model,
    system,
    prompt: 'Moin, Elektro Brandt (KD-20931) fragt nach AU-778812 – geht der morgen komplett aus Hamburg raus? ' +
      'Falls was fehlt, bitte gleich die Umlagerung anstoßen und den Termin anpassen.',
    tools,
    stopWhen: stepCountIs(8),
    telemetry: { functionId: 'dispo-chat', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});

writeJsonl(out, 'otel-traces.jsonl', [await flush()]);
console.log('wrote', out);
