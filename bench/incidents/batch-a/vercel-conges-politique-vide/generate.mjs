// Assistant RH interne (intranet) d'un groupe de distribution français (Vercel AI SDK v7, spans GenAI
// de @ai-sdk/otel). L'outil de recherche interroge un index vectoriel de la base documentaire RH ;
// l'application enveloppe la requête vectorielle dans un span `retrieval` selon les conventions GenAI.
import * as H from '../../harness/vercel/harness.mjs';
const { generateText, embed, tool, z, stepCountIs, OpenTelemetry, SpanKind, SpanStatusCode, context, trace } = H;

const dir = H.scriptDir(import.meta.url);
const tracing = H.setupTracing({
  serviceName: 'assistant-rh',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.2.1', 'service.namespace': 'intranet' },
  seed: 'batch-a/vercel-conges-politique-vide',
});
const ids = H.makeIds('batch-a/vercel-conges-politique-vide');
const app = tracing.tracer;

const CONVERSATION = 'conv_RH_20241008_5Kq2ZTn8';
const USER = 'E104882';
const integration = new OpenTelemetry();
const telemetry = { functionId: 'assistant-rh', integrations: [integration] };
const embedder = H.hashEmbeddingModel({ provider: 'mistral.embedding', modelId: 'mistral-embed', dims: 16 });

const rechercherPolitique = tool({
  description: 'Recherche dans la base documentaire RH (accords d\'entreprise, notes de service, règlement intérieur). Renvoie des extraits avec leur source.',
  inputSchema: z.object({ requete: z.string(), categorie: z.enum(['conges', 'remuneration', 'temps_de_travail', 'mobilite']).optional() }),
  execute: async ({ requete, categorie }) => {
    const { embedding } = await embed({ model: embedder, value: requete, telemetry });
    const span = app.startSpan('retrieval rh-politiques-fr-v3', {
      kind: SpanKind.CLIENT,
      attributes: {
        'gen_ai.operation.name': 'retrieval',
        'gen_ai.data_source.id': 'rh-politiques-fr-v3',
        'gen_ai.retrieval.query.text': requete,
        'gen_ai.request.top_k': 5,
        'db.system.name': 'qdrant',
        'db.collection.name': 'rh-politiques-fr-v3',
        'app.retrieval.filter': categorie ?? '',
        'app.retrieval.score_threshold': 0.8,
        'app.retrieval.vector_dims': embedding.length,
      },
    });
    const documents = [];
    span.setAttribute('gen_ai.retrieval.documents', JSON.stringify(documents));
    span.setAttribute('app.retrieval.hits', 0);
    span.end();
    return { extraits: documents, total: 0, index: 'rh-politiques-fr-v3', seuil: 0.8 };
  },
});

const model = H.scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-',
  replies: [
    { calls: [['Xk3pQ9wLz', 'rechercher_politique', { requete: 'congé paternité accueil enfant durée maintien salaire délai de prévenance', categorie: 'conges' }]] },
    'Bonne nouvelle pour votre famille ! Voici ce que prévoit l\'accord d\'entreprise :\n\n' +
      '- **Durée** : 28 jours calendaires de congé paternité et d\'accueil de l\'enfant, dont 7 jours obligatoires à prendre immédiatement après la naissance (en plus des 3 jours de congé de naissance).\n' +
      '- **Rémunération** : l\'entreprise maintient 100 % de votre salaire net pendant les 28 jours, par subrogation des indemnités journalières de la CPAM.\n' +
      '- **Fractionnement** : les 21 jours restants peuvent être pris en deux périodes d\'au moins 5 jours, dans les 6 mois suivant la naissance.\n' +
      '- **Délai de prévenance** : vous devez informer votre manager et les RH au moins 2 mois avant la date de début via le formulaire CP-07 sur MonEspaceRH.\n\n' +
      'Avec un terme prévu le 14 janvier, il faudra donc déposer votre demande avant le 14 novembre.',
  ],
});

const root = app.startSpan('POST /api/assistant-rh/messages', {
  kind: SpanKind.SERVER,
  attributes: {
    'http.request.method': 'POST', 'http.route': '/api/assistant-rh/messages', 'url.scheme': 'https',
    'gen_ai.conversation.id': CONVERSATION, 'user.id': USER, 'app.tenant': 'groupe-lavallee',
  },
});
await context.with(trace.setSpan(context.active(), root), async () => {
  await generateText({
    model,
    system: 'Tu es l\'assistant RH du Groupe Lavallée. Réponds uniquement à partir des documents RH retrouvés par l\'outil rechercher_politique et cite-les. Si tu ne trouves rien, dis-le et oriente vers rh-contact@lavallee.fr.',
    prompt: 'Bonjour, ma compagne doit accoucher mi-janvier. J\'ai droit à combien de jours de congé paternité, est-ce que je suis payé à 100 % et je dois prévenir combien de temps avant ?',
    tools: { rechercher_politique: rechercherPolitique },
    stopWhen: stepCountIs(4),
    telemetry,
  });
});
root.setAttribute('http.response.status_code', 200);
root.end();

H.writeJsonl(dir, 'traces.jsonl', [await tracing.flush()]);
