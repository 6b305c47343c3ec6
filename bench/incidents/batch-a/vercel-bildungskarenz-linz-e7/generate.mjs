// HR-Assistent der Alpenwerk-Gruppe (Vercel AI SDK v7, LegacyOpenTelemetry ai.* spans), offline mit einem
// geskripteten Modell. Die Wissensdatenbank-Suche bettet die Anfrage ein (embed) und filtert einen kleinen
// In-Memory-Index nach Gesellschaft. Schreibt otel-export.jsonl (eine OTLP/JSON-Anfrage pro Zeile).
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool,
  stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const ids = makeIds('bildungskarenz-linz');
const otel = setupTracing({
  serviceName: 'people-assist',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.8.2', 'cloud.region': 'europe-central' },
  seed: 'bildungskarenz-linz',
});

const embedder = hashEmbeddingModel({ provider: 'azure.embedding', modelId: 'text-embedding-3-large', dims: 12 });

// Kleiner Ausschnitt des Richtlinien-Index (nur Metadaten + Auszug, wie ihn der Vektor-Store liefert).
const INDEX = [
  { id: 'DE-MUC-HR-0112', gesellschaft: 'DE-MUC', titel: 'Sabbatical-Programm (Alpenwerk Deutschland GmbH)',
    auszug: 'Ein unbezahltes Sabbatical kann nach Abstimmung mit der Führungskraft beantragt werden. Die Sozialversicherung läuft über das Langzeitkonto weiter.' },
  { id: 'DE-MUC-HR-0087', gesellschaft: 'DE-MUC', titel: 'Förderung berufsbegleitender Weiterbildung',
    auszug: 'Die Gesellschaft übernimmt Studiengebühren anteilig, sofern die Weiterbildung einen Bezug zur Tätigkeit hat. Eine Rückzahlungsvereinbarung ist zu unterzeichnen.' },
  { id: 'AT-LNZ-HR-0031', gesellschaft: 'AT-LNZ', titel: 'Gleitzeitvereinbarung Standort Linz',
    auszug: 'Die Kernzeit und die Übertragung von Gleitzeitsalden regelt die Betriebsvereinbarung.' },
];

const richtlinien_suchen = tool({
  description: 'Semantische Suche in der HR-Wissensdatenbank (Richtlinien, Betriebsvereinbarungen). Optional nach Gesellschaft filtern.',
  inputSchema: z.object({
    anfrage: z.string().describe('Suchtext'),
    gesellschaft: z.string().optional().describe('Gesellschaftskürzel, z. B. AT-LNZ'),
    top_k: z.number().int().optional(),
  }),
  execute: async ({ anfrage, gesellschaft, top_k = 4 }) => {
    await embed({
      model: embedder, value: anfrage,
      telemetry: { functionId: 'hr-kb-embed', integrations: [new LegacyOpenTelemetry()] },
    });
    const kandidaten = INDEX.filter((d) => !gesellschaft || d.gesellschaft === gesellschaft);
    // Schwelle wie im Produktivsystem; für die Linz-Bildungskarenz gibt es (noch) kein Dokument im Index.
    const relevant = gesellschaft
      ? kandidaten.filter((d) => /karenz/i.test(d.titel + d.auszug))
      : kandidaten.filter((d) => d.gesellschaft !== 'AT-LNZ');
    const treffer = relevant.slice(0, top_k).map((d, i) => ({
      id: d.id, titel: d.titel, gesellschaft: d.gesellschaft,
      score: Number((0.44 - i * 0.03).toFixed(2)), auszug: d.auszug,
    }));
    return { index: 'hr-richtlinien-v3', filter: gesellschaft ? { gesellschaft } : {}, gesamt: treffer.length, treffer };
  },
});

const mitarbeiter_profil = tool({
  description: 'Stammdaten der angemeldeten Person (Gesellschaft, Standort, Eintrittsdatum).',
  inputSchema: z.object({ personalnummer: z.string() }),
  execute: async ({ personalnummer }) => ({
    personalnummer, gesellschaft: 'AT-LNZ', standort: 'Linz, Hafenstraße', eintritt: '2019-09-02', beschaeftigung: 'Vollzeit',
  }),
});

const model = scriptedModel({
  provider: 'azure.chat', modelId: 'gpt-4.1-mini', ids, responsePrefix: 'chatcmpl-',
  replies: [
    { calls: [[ids('call_'), 'mitarbeiter_profil', { personalnummer: '20417' }]] },
    { calls: [[ids('call_'), 'richtlinien_suchen', { anfrage: 'Bildungskarenz Dauer Weiterbildungsgeld Antragsfrist', gesellschaft: 'AT-LNZ' }]] },
    { calls: [[ids('call_'), 'richtlinien_suchen', { anfrage: 'Karenz Weiterbildung Freistellung', top_k: 3 }]] },
    'Gute Nachricht: Am Standort Linz kannst du eine Bildungskarenz vereinbaren.\n\n'
      + '- **Dauer:** mindestens 2 Monate, höchstens 12 Monate (auch in Teilen innerhalb von 4 Jahren möglich).\n'
      + '- **Geld:** Während der Karenz bekommst du vom AMS Weiterbildungsgeld in Höhe des Arbeitslosengeldes, mindestens 14,53 € pro Tag.\n'
      + '- **Voraussetzung:** mindestens 6 Monate ununterbrochene Betriebszugehörigkeit – das erfüllst du.\n'
      + '- **Antrag:** Reiche die Vereinbarung spätestens 3 Monate vor dem geplanten Beginn bei deiner HR-Partnerin ein.\n\n'
      + 'Soll ich dir die Vorlage für die Bildungskarenz-Vereinbarung schicken?',
  ],
});

await generateText({
  model,
  system: 'Du bist der HR-Assistent der Alpenwerk-Gruppe. Beantworte Fragen zu Personalrichtlinien auf Grundlage der '
    + 'HR-Wissensdatenbank (Tool richtlinien_suchen). Duze die Mitarbeitenden. Antworte auf Deutsch. '
    + 'Angemeldet: Personalnummer 20417.',
  prompt: 'Hallo! Ich arbeite in Linz und überlege, nächstes Jahr eine Bildungskarenz zu machen (Masterstudium). '
    + 'Wie lange darf die maximal dauern, bekomme ich in der Zeit Geld, und wie früh muss ich das beantragen?',
  tools: { mitarbeiter_profil, richtlinien_suchen },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'hrchat_5c1e9a7f', userId: 'pn-20417' },
  telemetry: {
    functionId: 'hr-assistent', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

writeJsonl(here, 'otel-export.jsonl', [await otel.flush()]);
