// Kundenservice-Assistent einer Versicherung (Vercel AI SDK generateText, GenAI-Attribute über
// @ai-sdk/otel OpenTelemetry). Die Wissensbasis-Suche bettet die Frage ein und fragt den Vektorindex ab;
// der Index antwortet mit einem Gateway-Timeout.
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, z, stepCountIs,
  OpenTelemetry, sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-hausrat-wissensbasis-timeout';
const tracing = setupTracing({
  serviceName: 'kundenservice-bot',
  resource: { 'service.namespace': 'schaden', 'service.version': '0.31.2', 'deployment.environment.name': 'produktion' },
  seed,
});
const ids = makeIds(seed);
const runtimeContext = { sessionId: 'c7e1b9d2-4f0a-4b8e-9d55-2a61f0c3e8a4', userId: 'kunde-448120', channel: 'web' };
const telemetry = (functionId) => ({
  functionId,
  includeRuntimeContext: { sessionId: true, userId: true, channel: true },
  integrations: [new OpenTelemetry({ runtimeContext: true })],
});

const embedder = hashEmbeddingModel({ provider: 'openai.embedding', modelId: 'text-embedding-3-large', dims: 12 });

const vertragLaden = tool({
  description: 'Lädt den Versicherungsvertrag des angemeldeten Kunden (Tarif, Versicherungssumme, Beginn).',
  inputSchema: z.object({ kundennummer: z.string() }),
  execute: async ({ kundennummer }) => {
    await sleep(60);
    return { kundennummer, vertragsnummer: 'HR-2024-0088731', sparte: 'Hausrat', tarif: 'Komfort',
      versicherungssumme: '65.000 EUR', beginn: '2024-02-01', zahlweise: 'jährlich', status: 'aktiv' };
  },
});

const wissensbasisSuchen = tool({
  description: 'Sucht in den Allgemeinen Versicherungsbedingungen (AVB) und Tarifblättern nach passenden Abschnitten.',
  inputSchema: z.object({
    frage: z.string(),
    tarif: z.enum(['Basis', 'Komfort', 'Premium']),
    anzahl: z.number().int().default(4),
  }),
  execute: async ({ frage }) => {
    await embed({ model: embedder, value: frage, runtimeContext, telemetry: telemetry('avb-suche') });
    await sleep(250);
    throw new Error('vector search failed: 504 Gateway Timeout from qdrant-prod-2 (collection "avb_hausrat_2024", 8000 ms)');
  },
});

const [c1, c2] = [ids('call_'), ids('call_')];
const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o', ids,
  replies: [
    { calls: [[c1, 'vertragLaden', { kundennummer: 'kunde-448120' }]] },
    { calls: [[c2, 'wissensbasisSuchen', { frage: 'Fahrraddiebstahl aus Keller Hausratversicherung Entschädigung Selbstbeteiligung', tarif: 'Komfort', anzahl: 4 }]] },
    'Gute Nachricht: In Ihrem Tarif Komfort (Vertrag HR-2024-0088731) ist Fahrraddiebstahl mitversichert. ' +
      'Ersetzt werden bis zu 1.500 € pro Fahrrad, sofern das Rad in einem verschlossenen Gemeinschaftsraum oder mit einem ' +
      'Bügelschloss gesichert war; zwischen 22 und 6 Uhr gilt das nur für abgeschlossene Räume. Ihre Selbstbeteiligung beträgt 150 €.\n\n' +
      'Bitte zeigen Sie den Diebstahl innerhalb von 3 Tagen bei der Polizei an und melden Sie uns den Schaden spätestens nach ' +
      '7 Tagen mit der Anzeigebestätigung und dem Kaufbeleg. Die Auszahlung erfolgt in der Regel innerhalb von 10 Werktagen.',
  ],
});

await generateText({
  model,
  system:
    'Du bist der digitale Kundenservice der Lindenhof Versicherung AG. Beantworte Fragen zu Verträgen und Leistungen ' +
    'ausschließlich auf Grundlage des Vertrags und der AVB aus der Wissensbasis. Antworte auf Deutsch und sieze den Kunden.',
  prompt:
    'Guten Abend, mir wurde heute Nacht mein E-Bike aus dem Fahrradkeller unseres Mehrfamilienhauses gestohlen. ' +
    'Zahlt das meine Hausratversicherung und wie viel bekomme ich? Was muss ich jetzt tun?',
  tools: { vertragLaden, wissensbasisSuchen },
  stopWhen: stepCountIs(5),
  runtimeContext,
  telemetry: telemetry('kundenservice-chat'),
});

writeJsonl(out, 'spans.jsonl', [await tracing.flush()]);
