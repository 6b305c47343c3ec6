// Energy retailer's move-out assistant (German). Two turns of one chat session, a day apart, run with the
// Vercel AI SDK (`ai` v7) and a scripted fake model (no network); telemetry through the legacy ai.* span
// integration with the session and customer ids of the runtime context.
// Between the turns the app keeps no chat history, only the case record it stores with `vorgang_speichern`
// and reads back with `vorgang_laden`; a release of the case service went out overnight.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'kundenservice-umzug', resource: { 'deployment.environment': 'prod' }, seed: 'stromumzug-xe0' });
const ids = makeIds('stromumzug-xe0');
const toolu = () => ids('toolu_01', 22);

const runtimeContext = { sessionId: 'umz-2025-01-20-c8f1d2', userId: 'KD-7719-0348' };
const telemetry = () => ({
  functionId: 'umzugsassistent',
  includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()],
});

const ZP = 'DE0004960112300000000000000551207';
const store = new Map();

const vertragLesen = tool({
  description: 'Liest den Stromliefervertrag zu einer Zählpunktbezeichnung.',
  inputSchema: z.object({ zaehlpunkt: z.string() }),
  execute: async ({ zaehlpunkt }) => ({
    vertragsnr: 'VK-8841-2207',
    kunde: 'Jana Oltmanns',
    zaehlpunkt,
    lieferadresse: 'Karl-Heine-Str. 41, 04229 Leipzig',
    tarif: 'EnerFix 24',
    vertragsende: '2026-01-31',
    kuendigungsfrist: '3 Monate zum Vertragsende',
    sonderkuendigung_umzug: 'möglich, Frist 6 Wochen ab Mitteilung, frühestens zum Auszugstag',
  }),
});

// Turn 1: the case record as the service stored it (schema 2).
const vorgangSpeichern = tool({
  description: 'Speichert den Umzugsvorgang, damit er in einem späteren Gespräch fortgesetzt werden kann.',
  inputSchema: z.object({
    vertragsnr: z.string(),
    zaehlpunkt: z.string(),
    kuendigungsart: z.enum(['ordentlich', 'sonderkuendigung_umzug']),
    kuendigung_zum: z.string().describe('Datum JJJJ-MM-TT'),
    neue_anschrift: z.string(),
    mitteilung_am: z.string(),
  }),
  execute: async (v) => {
    const id = 'VG-20250120-0457';
    store.set(id, { ...v, schema: 2 });
    return { gespeichert: true, vorgang_id: id, schema: 2 };
  },
});

// Turn 2: the service after the overnight release reads records with schema 3 (field `termin`, art
// defaulting to "ordentlich"); the schema-2 record comes back without the move-out data.
const vorgangLaden = tool({
  description: 'Lädt einen gespeicherten Umzugsvorgang.',
  inputSchema: z.object({ vorgang_id: z.string() }),
  execute: async ({ vorgang_id }) => {
    const v = store.get(vorgang_id);
    return {
      vorgang_id,
      vertragsnr: v.vertragsnr,
      zaehlpunkt: v.zaehlpunkt,
      neue_anschrift: v.neue_anschrift,
      kuendigungsart: 'ordentlich',
      termin: null,
      schema: 3,
      geaendert_am: '2025-01-21T07:58:12+01:00',
    };
  },
});

const kuendigungEinreichen = tool({
  description: 'Reicht die Kündigung des Liefervertrags beim Abrechnungssystem ein (verbindlich).',
  inputSchema: z.object({
    vertragsnr: z.string(),
    art: z.enum(['ordentlich', 'sonderkuendigung_umzug']),
    zum: z.string().describe('Vertragsende JJJJ-MM-TT'),
    zaehlerstand_kwh: z.number(),
    ablesedatum: z.string(),
  }),
  execute: async ({ vertragsnr, art, zum }) => ({
    status: 'eingegangen',
    vorgangsnummer: 'KUE-2025-0031877',
    vertragsnr,
    art,
    lieferende: zum,
    bestaetigung_per_post: true,
  }),
});

const system1 = 'Du bist der Umzugsassistent der Stadtwerke Mitteldeutschland Energie. Prüfe den Vertrag, erfasse den ' +
  'Umzug und speichere den Vorgang mit vorgang_speichern, bevor das Gespräch endet. Antworte auf Deutsch, knapp und freundlich.';

// ---- Turn 1 (2025-01-20)
const model1 = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01',
  replies: [
    { text: 'Ich sehe mir Ihren Vertrag an.', calls: [[toolu(), 'vertrag_lesen', { zaehlpunkt: ZP }]] },
    { calls: [[toolu(), 'vorgang_speichern', {
      vertragsnr: 'VK-8841-2207', zaehlpunkt: ZP, kuendigungsart: 'sonderkuendigung_umzug',
      kuendigung_zum: '2025-03-15', neue_anschrift: 'Wilhelmshöher Allee 212, 34119 Kassel', mitteilung_am: '2025-01-20',
    }]] },
    'Danke, Frau Oltmanns. Ihr Vertrag EnerFix 24 (VK-8841-2207) läuft regulär bis 31.01.2026, wegen Ihres Umzugs ' +
      'können Sie aber sonderkündigen: Die 6-Wochen-Frist ist eingehalten, der Vertrag endet dann am Auszugstag, dem 15.03.2025. ' +
      'Ich habe den Vorgang VG-20250120-0457 angelegt. Schicken Sie mir bitte noch den Zählerstand, dann reiche ich die Kündigung ein.',
  ],
});
await generateText({
  model: model1,
  system: system1,
  prompt: `Hallo, ich ziehe am 15.03.2025 von Leipzig nach Kassel (Wilhelmshöher Allee 212, 34119 Kassel). Mein Zählpunkt in Leipzig ist ${ZP}. ` +
    'Bitte kündigen Sie den Stromvertrag zum Auszugstag, das ist doch eine Sonderkündigung wegen Umzug, oder? Den Zählerstand schicke ich morgen.',
  tools: { vertrag_lesen: vertragLesen, vorgang_speichern: vorgangSpeichern },
  stopWhen: stepCountIs(6),
  runtimeContext,
  telemetry: telemetry(),
});
const turn1 = await tracing.flush();

// ---- Turn 2 (next day): no chat history, only the stored case id
const model2 = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01',
  replies: [
    { calls: [[toolu(), 'vorgang_laden', { vorgang_id: 'VG-20250120-0457' }]] },
    { text: 'Ich reiche die Kündigung jetzt ein.', calls: [[toolu(), 'kuendigung_einreichen', {
      vertragsnr: 'VK-8841-2207', art: 'ordentlich', zum: '2026-01-31', zaehlerstand_kwh: 48213.7, ablesedatum: '2025-01-21',
    }]] },
    'Erledigt: Die Kündigung für Vertrag VK-8841-2207 ist eingegangen (Vorgangsnummer KUE-2025-0031877). ' +
      'Die Belieferung endet zum 31.01.2026, der Zählerstand 48.213,7 kWh vom 21.01.2025 ist hinterlegt. ' +
      'Die Bestätigung kommt per Post an Ihre neue Anschrift in Kassel.',
  ],
});
await generateText({
  model: model2,
  system: system1 + ' Offener Vorgang dieses Kunden: VG-20250120-0457 – lade ihn mit vorgang_laden und schließe ihn ab.',
  prompt: 'Guten Morgen, hier wie versprochen der Zählerstand: 48213,7 kWh, heute abgelesen. Können Sie die Kündigung jetzt einreichen?',
  tools: { vorgang_laden: vorgangLaden, kuendigung_einreichen: kuendigungEinreichen },
  stopWhen: stepCountIs(6),
  runtimeContext,
  telemetry: telemetry(),
});
const turn2 = await tracing.flush();

writeJsonl(dir, 'otel-export.jsonl', [turn1, turn2]);
console.log('wrote otel-export.jsonl');
