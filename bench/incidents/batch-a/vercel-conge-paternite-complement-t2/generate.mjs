// Assistant RH interne (Vercel AI SDK v7, intégration LegacyOpenTelemetry : attributs ai.*), modèle scripté.
// La recherche dans la base documentaire RH passe par embed() + similarité cosinus sur un petit index en mémoire.
// Lancer depuis la racine du dépôt : node bench/incidents/batch-a/vercel-conge-paternite-complement-t2/generate.mjs
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, cosineSimilarity, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonDocument, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'rh-assistant',
  resource: { 'deployment.environment': 'production', 'service.namespace': 'intranet' },
  seed: 'conge-paternite-t2',
});
const ids = makeIds('conge-paternite-t2');
const embeddingModel = hashEmbeddingModel({ provider: 'mistral.embedding', modelId: 'mistral-embed', dims: 16 });

const index = [
  { id: 'kb-rh-0112#3', titre: 'Accord télétravail 2024', extrait: "Jusqu'à 2 jours de télétravail par semaine, après validation du manager. Indemnité forfaitaire de 2,60 € par jour télétravaillé." },
  { id: 'kb-rh-0087#1', titre: 'Congés payés – règles d’acquisition', extrait: 'Acquisition de 2,08 jours ouvrés par mois de travail effectif, soit 25 jours ouvrés par an. Période de référence du 1er juin au 31 mai.' },
  { id: 'kb-rh-0140#2', titre: 'Mutuelle d’entreprise', extrait: 'Adhésion obligatoire ; prise en charge employeur de 60 % de la cotisation du régime de base.' },
];
for (const doc of index) {
  const { embedding } = await embed({ model: embeddingModel, value: doc.extrait });
  doc.vecteur = embedding;
}
await flush(); // indexation : hors de la conversation

const rechercher_base_rh = tool({
  description: 'Recherche sémantique dans la base documentaire RH (accords, politiques internes). Renvoie les extraits dont le score dépasse le seuil.',
  inputSchema: z.object({ requete: z.string(), k: z.number().int().default(3) }),
  execute: async ({ requete, k }) => {
    const { embedding } = await embed({ model: embeddingModel, value: requete, telemetry: { functionId: 'rh-retriever', integrations: [new LegacyOpenTelemetry()] } });
    const seuil = 0.75;
    const scored = index.map((d) => ({ id: d.id, titre: d.titre, extrait: d.extrait, score: Number(cosineSimilarity(embedding, d.vecteur).toFixed(3)) }))
      .sort((a, b) => b.score - a.score).slice(0, k);
    return { requete, seuil, resultats: scored.filter((d) => d.score >= seuil) };
  },
});

const model = scriptedModel({
  ids,
  provider: 'mistral.chat',
  modelId: 'mistral-large-latest',
  responsePrefix: 'cmpl-',
  replies: [
    { calls: [['T7rP2kQ9x', 'rechercher_base_rh', { requete: 'complément employeur salaire congé de paternité et d’accueil de l’enfant durée', k: 3 }]] },
    "Bonne nouvelle : pendant ton congé de paternité et d'accueil de l'enfant, l'entreprise complète les indemnités journalières de la Sécurité sociale pour maintenir 100 % de ton salaire net, pendant les 25 jours du congé. Condition : avoir au moins 6 mois d'ancienneté à la date de naissance. Pense à prévenir les RH au moins un mois avant la date de début prévue, via le formulaire « Absence longue » sur MyRH.",
  ],
});

await generateText({
  model,
  system: "Tu es l'assistant RH de Norvalis SAS. Tu réponds aux questions des salariés sur les accords et politiques internes, en t'appuyant sur la base documentaire RH. Tutoiement, ton chaleureux.",
  prompt: "Salut ! Ma compagne accouche en juin. Est-ce que Norvalis complète le salaire pendant le congé paternité, et pendant combien de temps ? J'ai entendu dire que la Sécu ne paie pas tout.",
  tools: { rechercher_base_rh },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: '3f9c2a71-8d4e-4b0f-a6c5-1e7d92b4f038', userId: 'EMP-004217' },
  telemetry: { functionId: 'rh-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonDocument(here, 'otlp-request.json', await flush());
