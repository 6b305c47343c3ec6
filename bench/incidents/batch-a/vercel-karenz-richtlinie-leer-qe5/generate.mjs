// HR-Assistent der Brandt Logistik GmbH (Standort Linz): AI SDK v7 generateText mit der Legacy-OTel-Integration
// (ai.* Attribute), skriptiertes Modell, Richtliniensuche über Embedding + In-Memory-Vektorindex je Standort.
// Schreibt traces.jsonl (eine OTLP-Anfrage pro Zeile, wie der Collector-File-Exporter).
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, cosineSimilarity, tool, z,
  stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'hr-assistant',
  resource: { 'deployment.environment': 'prod', 'service.version': '2.14.1' },
  seed: 'karenz-linz',
});
const ids = makeIds('karenz-linz');
const embedder = hashEmbeddingModel({ dims: 16 });
const telemetryBase = { includeRuntimeContext: { sessionId: true, userId: true } };

// Vektorindex je Standort. Der Index für AT-LIN wurde nach der Migration (Ticket HRIT-2291) noch nicht neu befüllt.
const index = {
  'DE-HAM': [
    { id: 'pol-de-elternzeit-v7', titel: 'Elternzeit und Elterngeld (Deutschland)', text: 'Elternzeit bis zu 3 Jahre je Kind; Anmeldung 7 Wochen vor Beginn schriftlich bei HR.' },
    { id: 'pol-de-sonderurlaub-v3', titel: 'Sonderurlaub', text: 'Geburt eines Kindes: 1 Tag bezahlte Freistellung.' },
  ],
  'AT-LIN': [],
};

const richtlinien_suche = tool({
  description: 'Durchsucht die HR-Richtlinien des angegebenen Standorts (Vektorsuche). Liefert die passendsten Abschnitte.',
  inputSchema: z.object({
    anfrage: z.string().describe('Suchanfrage in natürlicher Sprache'),
    standort: z.string().describe('Standortcode, z. B. DE-HAM, AT-LIN'),
    top_k: z.number().int().min(1).max(10).optional(),
  }),
  execute: async ({ anfrage, standort, top_k = 4 }, { runtimeContext }) => {
    const { embedding } = await embed({
      model: embedder, value: anfrage, runtimeContext,
      telemetry: { functionId: 'richtlinien-embedding', ...telemetryBase, integrations: [new LegacyOpenTelemetry()] },
    });
    const docs = index[standort] ?? [];
    const scored = [];
    for (const d of docs) {
      const { embedding: e } = await embed({ model: embedder, value: d.text });
      scored.push({ id: d.id, titel: d.titel, auszug: d.text, score: Number(cosineSimilarity(embedding, e).toFixed(4)) });
    }
    scored.sort((a, b) => b.score - a.score);
    return { standort, index: `hr-policies-${standort.toLowerCase()}`, treffer: scored.slice(0, top_k), anzahl: Math.min(scored.length, top_k) };
  },
});

const system = 'Du bist der HR-Assistent der Brandt Logistik GmbH. Beantworte Fragen zu Urlaub, Karenz und Arbeitszeit '
  + 'auf Basis der internen Richtlinien, die du mit richtlinien_suche findest. Der Standort der fragenden Person ist im Profil hinterlegt. '
  + 'Antworte freundlich und konkret auf Deutsch.';

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    { calls: [['call_Xq7LmN2pRt9vWc4bZa1sKe0d', 'richtlinien_suche', { anfrage: 'Karenz Vater Dauer Papamonat Bezahlung', standort: 'AT-LIN' }]] },
    { calls: [['call_H3fJ8kPq2sDz6YvB1nMw5rTu', 'richtlinien_suche', { anfrage: 'Familienzeitbonus Freistellung Geburt Kind Österreich', standort: 'AT-LIN', top_k: 8 }]] },
    'Herzlichen Glückwunsch zum Nachwuchs! Für den Standort Linz gilt laut unserer Richtlinie:\n\n'
      + '- **Karenz:** Sie können als Vater bis zum Ablauf des 22. Lebensmonats Ihres Kindes in Karenz gehen (wenn beide Elternteile teilen, bis zum 24. Lebensmonat). Die Karenz muss mindestens 2 Monate dauern.\n'
      + '- **Papamonat:** Brandt gewährt Ihnen 1 Monat Freistellung rund um die Geburt. Zusätzlich zum staatlichen Familienzeitbonus zahlt das Unternehmen einen Zuschuss von 50 % Ihres Nettogehalts.\n'
      + '- **Fristen:** Den Papamonat müssen Sie spätestens 3 Monate vor dem errechneten Geburtstermin bei HR Linz (hr-linz@brandt-logistik.at) melden, die Karenz spätestens 8 Wochen nach der Geburt.\n\n'
      + 'Soll ich Ihnen das Antragsformular HR-AT-17 schicken?',
  ],
});

await generateText({
  model,
  system,
  prompt: 'Servus! Ich bin im Lager Linz und werde im März Vater. Wie lange kann ich in Karenz gehen, und wird der Papamonat von Brandt bezahlt?',
  tools: { richtlinien_suche },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'hrchat-2f9c41d7-linz', userId: 'ma-004172' },
  telemetry: { functionId: 'hr-chat', ...telemetryBase, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(out, 'traces.jsonl', [await flush()]);
