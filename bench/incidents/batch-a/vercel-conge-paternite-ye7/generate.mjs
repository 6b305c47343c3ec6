// HR self-service assistant (French) answering policy questions from the HR knowledge base
// (embedding search over an in-memory index). Vercel AI SDK v7 with the legacy ai.* telemetry,
// scripted chat model and deterministic embedding model, offline.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, embedMany, cosineSimilarity,
  tool, stepCountIs, z, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'portail-rh-assistant',
  resource: { 'deployment.environment': 'production', 'service.version': '1.12.0' },
  seed: 'vercel-conge-paternite-ye7',
});
const ids = makeIds('vercel-conge-paternite-ye7');
const embedder = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 16 });
const legacy = () => ({ integrations: [new LegacyOpenTelemetry()] });

// Index built at startup (no telemetry for the batch indexing job).
const docs = [
  { id: 'POL-RH-011#3', categorie: 'conges-payes', titre: 'Congés payés — acquisition', texte: "Chaque salarié acquiert 2,5 jours ouvrables de congés payés par mois de travail effectif, soit 30 jours ouvrables par an. La période de référence court du 1er juin au 31 mai." },
  { id: 'POL-RH-011#5', categorie: 'conges-payes', titre: 'Congés payés — pose', texte: "Les congés sont posés dans l'outil Temps & Activités au moins 15 jours avant le départ et validés par le manager." },
  { id: 'POL-RH-014#2', categorie: 'rtt', titre: 'Jours de RTT', texte: "Les cadres au forfait jours bénéficient de 10 jours de RTT par an, dont 2 fixés par l'entreprise (ponts)." },
  { id: 'POL-RH-020#1', categorie: 'teletravail', titre: 'Télétravail', texte: "Jusqu'à 2 jours de télétravail par semaine, hors période d'essai, avec accord du manager." },
];
const { embeddings } = await embedMany({ model: embedder, values: docs.map((d) => d.texte) });
docs.forEach((d, i) => { d.vec = embeddings[i]; });

const rechercher = tool({
  description: "Recherche dans la base documentaire RH (accords d'entreprise, politiques internes). Filtre optionnel par catégorie.",
  inputSchema: z.object({
    requete: z.string(),
    categorie: z.enum(['conges-payes', 'rtt', 'teletravail', 'parentalite', 'mutuelle']).optional(),
    k: z.number().int().min(1).max(5).default(3),
  }),
  execute: async ({ requete, categorie, k }) => {
    const { embedding } = await embed({ model: embedder, value: requete, telemetry: { functionId: 'kb-rh-query', ...legacy() } });
    const hits = docs
      .filter((d) => !categorie || d.categorie === categorie)
      .map((d) => ({ id: d.id, titre: d.titre, extrait: d.texte, score: +cosineSimilarity(embedding, d.vec).toFixed(3) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
    return { index: 'kb-rh-fr-v3', categorie: categorie ?? null, nbResultats: hits.length, resultats: hits };
  },
});

const model = scriptedModel({
  ids, provider: 'mistral.chat', modelId: 'mistral-large-2411', responsePrefix: 'cmpl-',
  replies: [
    { calls: [['Kq7TzR2mX', 'rechercher_base_rh', { requete: 'congé de paternité et d\'accueil de l\'enfant durée indemnisation', categorie: 'parentalite', k: 3 }]] },
    { calls: [['b4WnL9sPe', 'rechercher_base_rh', { requete: 'congé naissance paternité jours', k: 3 }]] },
    "Bonne nouvelle pour la naissance ! Voici ce que prévoit l'accord d'entreprise :\n\n- **Congé de paternité et d'accueil de l'enfant : 25 jours calendaires** (32 jours en cas de naissances multiples), dont **4 jours obligatoires** à prendre immédiatement après les 3 jours de congé de naissance.\n- Les 21 jours restants peuvent être fractionnés en **deux périodes d'au moins 5 jours**, dans les **6 mois** suivant la naissance.\n- L'entreprise complète les indemnités journalières de la CPAM pour un **maintien de 100 % du salaire net** pendant toute la durée du congé.\n- Prévenez votre manager et les RH **au moins 1 mois avant** la date de début souhaitée, via l'outil Temps & Activités.\n\nN'hésitez pas si vous avez d'autres questions !",
  ],
});

await generateText({
  model,
  system: "Tu es l'assistant RH du portail collaborateurs de Verdane Industries. Tu réponds aux questions sur les politiques RH en t'appuyant uniquement sur la base documentaire RH. Réponds en français.",
  prompt: "Bonjour, ma compagne doit accoucher fin juin. J'ai droit à combien de jours de congé paternité chez nous, et est-ce que je garde mon salaire à 100 % ?",
  tools: { rechercher_base_rh: rechercher },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'rh-portail:sess:58213', userId: 'matricule-40917' },
  telemetry: { functionId: 'assistant-rh', includeRuntimeContext: { sessionId: true, userId: true }, ...legacy() },
});

writeJsonl(out, 'traces.jsonl', [await flush()]);
