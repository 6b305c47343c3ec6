// German logistics: a control-room agent hands a shipment to a dispatcher sub-agent (nested
// generateText inside a tool) through a free-text order summary.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'leitstand-agent', seed: 'vercel-kuehlkette-ne0' });
const ids = makeIds('vercel-kuehlkette-ne0');
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const runtimeContext = { sessionId: 'LS-2025-04-0193', userId: 'disp.hoffmann' };

const lkwSuchen = tool({
  description: 'Freie Fahrzeuge für eine Relation suchen.',
  inputSchema: z.object({ von: z.string(), nach: z.string(), paletten: z.number().int(), ladetag: z.string() }),
  execute: async () => ({ fahrzeuge: [
    { kennung: 'HH-TR 4471', typ: 'Planensattel', stellplaetze: 33, kuehlung: false, preis_eur: 1180 },
    { kennung: 'HH-KL 2208', typ: 'Kühlsattel (Thermo King, -25 bis +25 °C)', stellplaetze: 33, kuehlung: true, preis_eur: 1640 },
  ] }),
});
const lkwBuchen = tool({
  description: 'Fahrzeug verbindlich buchen.',
  inputSchema: z.object({ kennung: z.string(), auftrag: z.string(), ladetag: z.string() }),
  execute: async ({ kennung, auftrag, ladetag }) => ({ buchung: 'BK-88213-07', kennung, auftrag, ladetag, status: 'bestätigt' }),
});

const disponentModel = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_' + ids('', 22), 'lkw_suchen', { von: 'Hamburg', nach: 'München', paletten: 12, ladetag: '2025-04-09' }]] },
  { calls: [['call_' + ids('', 22), 'lkw_buchen', { kennung: 'HH-TR 4471', auftrag: 'A-55190', ladetag: '2025-04-09' }]] },
  'Gebucht: HH-TR 4471 (Planensattel, 1.180 €) für A-55190, Ladung 09.04. in Hamburg, Buchung BK-88213-07.',
] });

const disponentBeauftragen = tool({
  description: 'Übergibt einen Transportauftrag an den Disponenten-Agenten, der ein Fahrzeug sucht und bucht.',
  inputSchema: z.object({ auftrag_nr: z.string(), beschreibung: z.string() }),
  execute: async ({ auftrag_nr, beschreibung }) => {
    const r = await generateText({
      model: disponentModel,
      system: 'Du bist Disponent. Wähle das günstigste passende Fahrzeug für den Auftrag und buche es.',
      prompt: `Auftrag ${auftrag_nr}: ${beschreibung}`,
      tools: { lkw_suchen: lkwSuchen, lkw_buchen: lkwBuchen },
      stopWhen: stepCountIs(5),
      runtimeContext,
      telemetry: telemetry('disponent'),
    });
    return { auftrag_nr, ergebnis: r.text };
  },
});

const leitstandModel = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_' + ids('', 22), 'disponent_beauftragen', { auftrag_nr: 'A-55190', beschreibung: '12 Paletten Arzneimittel (Pharmagroßhandel Nord) von Hamburg nach München, Ladung 09.04., Zustellung bis Freitag 11.04.' }]] },
  'Auftrag A-55190 ist disponiert: Fahrzeug HH-TR 4471, Buchung BK-88213-07, Ladung am 09.04. in Hamburg, Zustellung bis 11.04. in München.',
] });

await generateText({
  model: leitstandModel,
  system: 'Du bist der Leitstand-Agent einer Spedition. Übergib Transportaufträge an den Disponenten.',
  prompt: 'Neuer Auftrag A-55190: 12 Paletten Insulin für Pharmagroßhandel Nord, Hamburg → München. Kühlkette 2–8 °C ist zwingend, durchgehend temperaturgeführt mit Datenlogger. Ladung 09.04., Zustellung spätestens Freitag 11.04. Bitte disponieren.',
  tools: { disponent_beauftragen: disponentBeauftragen },
  stopWhen: stepCountIs(4),
  runtimeContext,
  telemetry: telemetry('leitstand'),
});
writeJsonl(dir, 'otel-export.jsonl', [await flush()]);
