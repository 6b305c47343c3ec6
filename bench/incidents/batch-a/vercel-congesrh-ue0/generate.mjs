// HR policy assistant (French): answers employee questions from the HR policy base through a
// vector search tool (embeddings + cosine similarity). Vercel AI SDK (ai v7) with a scripted mock
// model and a deterministic fake embedding model; legacy ai.* telemetry attributes, OTLP/JSON export.
import {
  generateText, embed, embedMany, cosineSimilarity, tool, stepCountIs, z, LegacyOpenTelemetry,
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('congesrh-ue0');
const { flush } = setupTracing({ serviceName: 'rh-assistant', resource: { 'deployment.environment': 'production' }, seed: 'congesrh-ue0' });

const sessionId = 'thr-5b1e-20241104-0932';
const userId = 'emp-FR-004417';
const telemetry = { functionId: 'assistant-rh', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const embeddingModel = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 8 });
const corpus = [
  { id: 'POL-FR-CP-2023', pays: 'FR', texte: 'Congés payés : 25 jours ouvrés par année de référence, acquis au prorata.' },
  { id: 'POL-FR-TT-2024', pays: 'FR', texte: 'Télétravail : jusqu’à 2 jours par semaine après accord du manager.' },
  { id: 'POL-FR-MUT-2024', pays: 'FR', texte: 'Mutuelle : prise en charge employeur de 60 % de la cotisation.' },
];
const { embeddings } = await embedMany({ model: embeddingModel, values: corpus.map((d) => d.texte) });
const SEUIL = 0.82;

const rechercherPolitique = tool({
  description: 'Recherche sémantique dans la base des politiques RH (renvoie les passages pertinents avec leur score).',
  inputSchema: z.object({ question: z.string(), pays: z.string() }),
  execute: async ({ question, pays }) => {
    const { embedding } = await embed({ model: embeddingModel, value: question, telemetry });
    const resultats = corpus
      .map((d, i) => ({ id: d.id, pays: d.pays, texte: d.texte, score: Number(cosineSimilarity(embedding, embeddings[i]).toFixed(3)) }))
      .filter((d) => d.pays === pays && d.score >= SEUIL);
    return { requete: question, index: 'politiques-rh-v7', seuil: SEUIL, resultats };
  },
});

const model = scriptedModel({
  provider: 'azure.chat', modelId: 'gpt-4o', ids, responsePrefix: 'chatcmpl-',
  replies: [
    { calls: [['call_' + ids('', 24), 'rechercher_politique', { question: 'congé de paternité durée indemnisation complément employeur', pays: 'FR' }]] },
    'Bonne nouvelle ! Pour la naissance de votre enfant, vous avez droit à 28 jours de congé de paternité, dont 7 obligatoires juste après la naissance. '
      + 'L’entreprise complète les indemnités de la Sécurité sociale pour maintenir 90 % de votre salaire net pendant 21 jours, '
      + 'à condition de prévenir les RH au moins un mois à l’avance via le formulaire RH-PAT-02.',
  ],
});

await generateText({
  model,
  system: 'Tu es l’assistant RH interne. Réponds uniquement à partir des politiques trouvées par l’outil rechercher_politique. Si rien n’est trouvé, dis-le et oriente vers rh@entreprise.fr.',
  prompt: 'Bonjour, ma compagne accouche en janvier. Combien de jours de congé paternité j’ai, et est-ce que l’entreprise complète le salaire ?',
  tools: { rechercher_politique: rechercherPolitique },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId },
  telemetry,
});

writeJsonl(dir, 'spans.jsonl', [await flush()]);
