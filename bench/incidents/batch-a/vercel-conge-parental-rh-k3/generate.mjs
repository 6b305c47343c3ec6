// Assistant RH interne (français) : une salariée demande les conditions du congé parental. L'outil de
// recherche embarque la question (embed, modèle d'embedding simulé) et interroge l'index des politiques
// RH avec un seuil de score. Vercel AI SDK v7 (`ai`) avec l'intégration OpenTelemetry de @ai-sdk/otel
// (gen_ai.*), span serveur de l'app portant gen_ai.conversation.id et user.id. Modèles simulés
// (MockLanguageModelV4 / MockEmbeddingModelV4), aucune requête réseau. Écrit spans.jsonl.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, stepCountIs,
  OpenTelemetry, z, SpanKind, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const SEED = 'vercel-conge-parental-rh-k3';
const { tracer, flush } = setupTracing({
  serviceName: 'kiosque-rh-assistant',
  resource: { 'deployment.environment': 'prod', 'service.version': '0.31.4' },
  seed: SEED,
});
const ids = makeIds(SEED);
const embeddingModel = hashEmbeddingModel({ dims: 8 });

// Ce que l'index contient pour ces requêtes (score cosinus > seuil) : ici, rien pour la France.
const INDEX = {
  'congé parental durée rémunération préavis': [],
  'congé parental': [
    { id: 'RH-BE-2023-07', entite: 'Altimea Belgium SRL', titre: 'Congé de naissance (père / coparent)', score: 0.81,
      extrait: 'Le travailleur a droit à 20 jours de congé de naissance à prendre dans les 4 mois suivant la naissance. Les 3 premiers jours sont payés par l’employeur, les suivants par la mutuelle.' },
  ],
};

const tools = {
  rechercher_politique_rh: tool({
    description: 'Recherche sémantique dans la base des politiques RH (accords, notes de service). Renvoie les passages au-dessus du seuil de pertinence.',
    inputSchema: z.object({ requete: z.string(), pays: z.enum(['FR', 'BE', 'ES']) }),
    execute: async ({ requete, pays }) => {
      await embed({ model: embeddingModel, value: requete, telemetry: { functionId: 'rh-index-query', integrations: [new OpenTelemetry()] } });
      const hits = (INDEX[requete] ?? []);
      return { index: 'politiques-rh-v5', filtre_pays: pays, seuil_score: 0.78, resultats: hits };
    },
  }),
};

const c1 = ids('call_', 24), c2 = ids('call_', 24);
const model = scriptedModel({
  provider: 'azure.chat', modelId: 'gpt-4o', ids,
  replies: [
    { calls: [[c1, 'rechercher_politique_rh', { requete: 'congé parental durée rémunération préavis', pays: 'FR' }]] },
    { calls: [[c2, 'rechercher_politique_rh', { requete: 'congé parental', pays: 'FR' }]] },
    'Bonne nouvelle, Claire : chez Altimea France, le congé parental d’éducation est de 16 semaines maximum, rémunéré à 70 % de votre salaire de base pendant les 8 premières semaines (complément employeur au-delà de la PreParE). ' +
      'Vous devez prévenir votre manager et les RH au moins 2 mois avant la date de début, via le formulaire « Congé parental » du Kiosque RH. ' +
      'Votre ancienneté (plus d’un an) vous ouvre droit au complément ; le congé peut aussi être pris à temps partiel à 80 %.',
  ],
});

const question = 'Bonjour, j’accouche en février et je voudrais enchaîner avec un congé parental. Combien de temps je peux prendre, est-ce que c’est payé par Altimea et quand dois-je prévenir ? Je suis en CDI à Lyon depuis 2021.';

await tracer.startActiveSpan('POST /assistant/messages', {
  kind: SpanKind.SERVER,
  attributes: { 'http.request.method': 'POST', 'http.route': '/assistant/messages',
    'gen_ai.conversation.id': 'rh-7QKX2M9D4T', 'user.id': 'e.claire.dumont' },
}, async (span) => {
  try {
    await generateText({
      model,
      system: 'Tu es l’assistant RH d’Altimea. Réponds uniquement à partir des politiques RH trouvées avec l’outil de recherche ; si tu ne trouves pas, dis-le et oriente vers rh@altimea.fr. Vouvoie toujours l’utilisateur.',
      prompt: question,
      tools,
      stopWhen: stepCountIs(4),
      telemetry: { functionId: 'assistant-rh', integrations: [new OpenTelemetry()] },
    });
  } finally { span.end(); }
});

writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', [await flush()]);
