// Assistant RH interne (français). La base documentaire RH est interrogée par similarité
// (embeddings) via l'outil rechercher_base_rh ; l'index ne contient que les documents déjà ingérés.
import { setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, embedMany, cosineSimilarity,
  tool, stepCountIs, z, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'rh-assistant', resource: { 'service.version': '0.9.3' }, seed: 'rh-conge-ee0' });
const ids = makeIds('rh-conge-ee0');
const embedder = hashEmbeddingModel({ dims: 8 });
const telemetry = { functionId: 'rh-assistant', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const runtimeContext = { sessionId: 'rh-conv-20261204-a81', userId: 'e.moreau@soliane.fr' };

const docs = [
  { id: 'RH-POL-014', titre: 'Notes de frais – plafonds 2026', extrait: 'Repas en déplacement : plafond 21,10 € ; nuitée Paris 150 €, province 110 €.' },
  { id: 'RH-POL-022', titre: 'Télétravail – accord du 12/03/2025', extrait: 'Jusqu\'à 2 jours par semaine, indemnité forfaitaire de 2,70 € par jour télétravaillé.' },
  { id: 'RH-POL-031', titre: 'Mutuelle – garanties optique', extrait: 'Monture : 150 € tous les deux ans ; verres selon grille.' },
  { id: 'RH-POL-040', titre: 'Astreintes IT', extrait: 'Prime hebdomadaire 180 € brut, majorée de 50 % les jours fériés.' },
];
const { embeddings: docVecs } = await embedMany({ model: embedder, values: docs.map((d) => d.titre + ' ' + d.extrait), telemetry });
await otel.flush(); // indexing run, not part of the conversation export

const rechercher = tool({
  description: 'Recherche sémantique dans la base documentaire RH (politiques, accords). Renvoie les 2 passages les plus proches.',
  inputSchema: z.object({ requete: z.string() }),
  execute: async ({ requete }) => {
    const { embedding } = await embed({ model: embedder, value: requete, telemetry, runtimeContext });
    const scored = docs.map((d, i) => ({ ...d, score: Number(cosineSimilarity(embedding, docVecs[i]).toFixed(3)) }))
      .sort((a, b) => b.score - a.score).slice(0, 2);
    return { passages: scored };
  },
});

await generateText({
  model: scriptedModel({ ids, modelId: 'mistral-large-latest', provider: 'mistral.chat', responsePrefix: 'cmpl-', replies: [
    { calls: [['call_' + ids('', 9), 'rechercher_base_rh', { requete: 'congé de paternité et d\'accueil de l\'enfant durée maintien de salaire' }]] },
    'Félicitations ! Chez Soliane, le congé de paternité et d\'accueil de l\'enfant est de 25 jours calendaires (32 en cas de naissances multiples), dont 4 jours obligatoires pris immédiatement après les 3 jours de congé de naissance. Grâce à l\'accord d\'entreprise, votre salaire est maintenu à 100 % pendant les 11 premiers jours, puis complété à 90 % du net. Prévenez votre manager au moins un mois avant et déposez la demande dans MonEspaceRH > Absences.',
  ] }),
  system: 'Tu es l\'assistant RH de Soliane. Réponds uniquement à partir de la base documentaire RH, en citant la politique concernée.',
  prompt: 'Bonjour, ma compagne accouche fin janvier. Combien de jours de congé paternité j\'ai, et est-ce que Soliane maintient mon salaire ?',
  tools: { rechercher_base_rh: rechercher }, stopWhen: stepCountIs(3), runtimeContext, telemetry,
});
writeJsonl(dir, 'rh-assistant-traces.jsonl', [await otel.flush()]);
