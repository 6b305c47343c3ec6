// Freight dispatch (German): a planner agent delegates carrier booking to a dispatcher sub-agent
// through the `disponent_beauftragen` tool. The Vercel AI SDK (ai v7) runs both agents with
// scripted mock models; spans are exported as OTLP/JSON.
import {
  generateText, tool, stepCountIs, z, OpenTelemetry, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('frachtdispo-ue0');
const { flush } = setupTracing({ serviceName: 'frachtplaner', resource: { 'deployment.environment': 'prod-eu' }, seed: 'frachtdispo-ue0' });

const sessionId = 'dispo-2024-11-0417';
const userId = 'kunde-DE-55120';
const telemetry = (functionId) => ({
  functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()],
});

const auftrag = {
  auftragsnr: 'LX-88231-B', abholung: 'Duisburg, Hafenstr. 12', ziel: 'Linz, Industriezeile 4',
  paletten: 6, max_gewicht_pro_palette_kg: 450, lieferfenster_bis: '2024-11-08T14:00', adr_gefahrgut: true, un_nummer: 'UN1263',
};

const auftragLesen = tool({
  description: 'Liest einen Transportauftrag aus dem TMS.',
  inputSchema: z.object({ auftragsnr: z.string() }),
  execute: async () => auftrag,
});

const carrierSuchen = tool({
  description: 'Sucht freie Frachtführer für eine Relation.',
  inputSchema: z.object({ von: z.string(), nach: z.string(), paletten: z.number(), adr: z.boolean() }),
  execute: async ({ adr }) => ({
    angebote: [
      { carrier_id: 'CR-0091', name: 'Rhein-Donau Spedition', preis_eur: 1840, adr_zertifiziert: false, abholung: '2024-11-06' },
      { carrier_id: 'CR-0344', name: 'Alpentrans GmbH', preis_eur: 2260, adr_zertifiziert: true, abholung: '2024-11-06' },
    ],
    filter_adr: adr,
  }),
});

const carrierBuchen = tool({
  description: 'Bucht einen Frachtführer verbindlich für einen Auftrag.',
  inputSchema: z.object({ auftragsnr: z.string(), carrier_id: z.string(), preis_eur: z.number() }),
  execute: async ({ auftragsnr, carrier_id, preis_eur }) => ({ buchung: 'BK-' + auftragsnr.slice(3, 8) + '-07', status: 'bestätigt', carrier_id, preis_eur }),
});

const disponentModel = scriptedModel({
  modelId: 'gpt-4o-mini', ids,
  replies: [
    { calls: [['call_' + ids('', 20), 'carrier_suchen', { von: 'Duisburg', nach: 'Linz', paletten: 6, adr: false }]] },
    { calls: [['call_' + ids('', 20), 'carrier_buchen', { auftragsnr: 'LX-88231-B', carrier_id: 'CR-0091', preis_eur: 1840 }]] },
    'Gebucht: Rhein-Donau Spedition (CR-0091), 1.840 EUR, Abholung 06.11. Buchung BK-88231-07.',
  ],
});

const disponentBeauftragen = tool({
  description: 'Übergibt einen Auftrag an den Disponenten-Agenten, der einen Frachtführer auswählt und bucht.',
  inputSchema: z.object({ auftragsnr: z.string(), zusammenfassung: z.string() }),
  execute: async ({ auftragsnr, zusammenfassung }) => {
    const r = await generateText({
      model: disponentModel,
      system: 'Du bist Disponent. Wähle den günstigsten passenden Frachtführer und buche ihn.',
      prompt: `Auftrag ${auftragsnr}: ${zusammenfassung}`,
      tools: { carrier_suchen: carrierSuchen, carrier_buchen: carrierBuchen },
      stopWhen: stepCountIs(4),
      runtimeContext: { sessionId, userId },
      telemetry: telemetry('disponent'),
    });
    return r.text;
  },
});

const planerModel = scriptedModel({
  modelId: 'gpt-4o', ids,
  replies: [
    { calls: [['call_' + ids('', 20), 'auftrag_lesen', { auftragsnr: 'LX-88231-B' }]] },
    { calls: [['call_' + ids('', 20), 'disponent_beauftragen', {
      auftragsnr: 'LX-88231-B',
      zusammenfassung: '6 Paletten Duisburg → Linz, Abholung ab 06.11., Zustellung bis 08.11. 14:00. Bitte günstigsten Frachtführer buchen.',
    }]] },
    'Ihr Auftrag LX-88231-B ist disponiert: Rhein-Donau Spedition holt am 06.11. in Duisburg ab, Preis 1.840 EUR (Buchung BK-88231-07).',
  ],
});

await generateText({
  model: planerModel,
  system: 'Du bist der Transportplaner. Lies den Auftrag und beauftrage den Disponenten mit allen relevanten Vorgaben.',
  prompt: 'Bitte Auftrag LX-88231-B disponieren, möglichst günstig.',
  tools: { auftrag_lesen: auftragLesen, disponent_beauftragen: disponentBeauftragen },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('transportplaner'),
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
