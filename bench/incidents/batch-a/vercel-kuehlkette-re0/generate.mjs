// Logistics dispatch (German): a Disponent agent delegates carrier booking to a Frachtagent through a
// tool whose execute runs a second generateText fed with the Disponent's Auftragsbrief.
// Vercel AI SDK v7 with the GenAI-convention OpenTelemetry integration; scripted fake models, no network.
import {
  generateText, tool, stepCountIs, OpenTelemetry, z,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'dispo-assistent', resource: { 'service.namespace': 'spedition-hanse' }, seed: 'kuehlkette-re0' });
const ids = makeIds('kuehlkette-re0');
const telemetry = (functionId) => ({ functionId, integrations: [new OpenTelemetry()] });

const fracht_angebote = tool({
  description: 'Liefert Frachtangebote für eine Relation.',
  inputSchema: z.object({ von: z.string(), nach: z.string(), paletten: z.number().int(), ladedatum: z.string() }),
  execute: async () => ({
    angebote: [
      { angebot_id: 'ANG-88213', spediteur: 'Nordwest Trans GmbH', fahrzeug: 'Planensattel 13,6 m', temperaturgefuehrt: false, transit_h: 22, preis_eur: 1180 },
      { angebot_id: 'ANG-88219', spediteur: 'FrigoLine Logistik', fahrzeug: 'Kühlsattel 13,6 m (+2/+8 °C, Datenlogger)', temperaturgefuehrt: true, transit_h: 26, preis_eur: 1745 },
    ],
  }),
});
const fracht_buchen = tool({
  description: 'Bucht ein Frachtangebot verbindlich.',
  inputSchema: z.object({ angebot_id: z.string(), auftrag: z.string(), bemerkung: z.string().optional() }),
  execute: async ({ angebot_id, auftrag }) => ({ buchung: 'BK-2025-061194', angebot_id, auftrag, status: 'bestätigt', abholung: '2025-06-18 06:00' }),
});

const frachtModel = scriptedModel({
  ids, modelId: 'gpt-4o-mini',
  replies: [
    { calls: [['call_' + ids('', 24), 'fracht_angebote', { von: 'Marburg', nach: 'Wien', paletten: 14, ladedatum: '2025-06-18' }]] },
    { calls: [['call_' + ids('', 24), 'fracht_buchen', { angebot_id: 'ANG-88213', auftrag: 'TA-55120', bemerkung: 'günstigstes Angebot, Transit 22 h' }]] },
    'Gebucht: ANG-88213 bei Nordwest Trans GmbH (Planensattel), 1.180 €, Buchung BK-2025-061194, Abholung 18.06. 06:00 in Marburg.',
  ],
});

const an_frachtagent_uebergeben = tool({
  description: 'Übergibt einen Transportauftrag an den Frachtagenten, der Angebote einholt und bucht.',
  inputSchema: z.object({ auftrag: z.string(), auftragsbrief: z.string() }),
  execute: async ({ auftrag, auftragsbrief }) => {
    const r = await generateText({
      model: frachtModel,
      system: 'Du bist der Frachtagent der Spedition Hanse. Hole Angebote ein und buche das wirtschaftlichste passende Angebot.',
      prompt: `Auftrag ${auftrag}: ${auftragsbrief}`,
      tools: { fracht_angebote, fracht_buchen },
      stopWhen: stepCountIs(4),
      telemetry: telemetry('frachtagent'),
    });
    return r.text;
  },
});

const dispoModel = scriptedModel({
  ids, modelId: 'gpt-4o',
  replies: [
    { calls: [['call_' + ids('', 24), 'an_frachtagent_uebergeben', {
      auftrag: 'TA-55120',
      auftragsbrief: '14 Paletten von Marburg (Werk Görzhausen) nach Wien (Großhandel Pharmapost), Ladung am 18.06.2025 ab 06:00, Zustellung spätestens 19.06. 12:00. Bitte günstig buchen.',
    }]] },
    'Der Transport TA-55120 ist gebucht: Nordwest Trans GmbH, Buchung BK-2025-061194, Abholung am 18.06. um 06:00 in Görzhausen, Ankunft in Wien nach ca. 22 h. Kosten 1.180 €.',
  ],
});

await generateText({
  model: dispoModel,
  system: 'Du bist der Dispo-Assistent der Spedition Hanse. Nimm Transportaufträge auf und übergib die Buchung an den Frachtagenten.',
  prompt: 'Neuer Auftrag TA-55120: 14 Paletten Impfstoff (Influvac Tetra, GDP-pflichtig), Kühlkette +2 bis +8 °C durchgehend, Temperaturaufzeichnung Pflicht. Abholung Marburg-Görzhausen am 18.06. ab 06:00, Empfänger Pharmapost Wien, spätestens 19.06. 12:00. Budget bis 2.000 €.',
  tools: { an_frachtagent_uebergeben },
  stopWhen: stepCountIs(3),
  telemetry: telemetry('dispo-assistent'),
});

writeJsonl(dir, 'spans.jsonl', [await flush()]);
