// Assistant RH en libre-service (bornes d'atelier) de la société Méca-Forez, Vercel AI SDK v7 + LegacyOpenTelemetry.
// Chaque requête HTTP ouvre un span serveur qui porte session.id / user.id de la connexion par badge ;
// l'historique de conversation est gardé en mémoire par borne. Modèle scripté, hors ligne.
// Écrit spans.jsonl (une requête OTLP/JSON par ligne, une par requête HTTP).
import {
  generateText, tool, stepCountIs, z, LegacyOpenTelemetry, context, trace, SpanKind,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'rh-libre-service',
  resource: { 'service.version': '2.3.0', 'host.name': 'rh-app-02' },
  seed: 'meca-forez-u5',
});
const ids = makeIds('meca-forez-u5');

const SOLDES = {
  'E-20417': { matricule: 'E-20417', periode: '2024-2025', cp_acquis: 25, cp_pris: 7.5, cp_restants: 17.5, cp_a_poser_avant: '2025-05-31', rtt_restants: 4 },
  'E-31188': { matricule: 'E-31188', periode: '2024-2025', cp_acquis: 25, cp_pris: 19, cp_restants: 6, cp_a_poser_avant: '2025-05-31', rtt_restants: 0 },
};

const tools = {
  solde_conges: tool({
    description: "Soldes de congés payés (CP) et de RTT d'un salarié pour la période en cours.",
    inputSchema: z.object({ matricule: z.string() }),
    execute: async ({ matricule }) => SOLDES[matricule] ?? { erreur: 'matricule inconnu' },
  }),
  calendrier_entreprise: tool({
    description: "Jours de fermeture collective, ponts et jours fériés de l'établissement.",
    inputSchema: z.object({ annee: z.number().int() }),
    execute: async ({ annee }) => ({
      etablissement: 'Andrézieux-Bouthéon', annee,
      fermeture_collective: [{ du: '2024-12-24', au: '2025-01-01', imputation: 'CP' }],
      ponts: ['2024-11-01'], feries_ouvres: ['2024-11-11', '2024-12-25', '2025-01-01'],
    }),
  }),
  deposer_absence: tool({
    description: "Crée une demande d'absence (CP ou RTT) soumise à la validation du manager.",
    inputSchema: z.object({ matricule: z.string(), type: z.enum(['CP', 'RTT']), du: z.string(), au: z.string() }),
    execute: async ({ matricule, type, du, au }) => ({ demande: 'ABS-2025-00412', matricule, type, du, au, statut: 'en_attente_validation', valideur: 'N. Roussel' }),
  }),
};

const SYSTEME = (nom, matricule) => `Tu es l'assistant RH de Méca-Forez, accessible sur les bornes d'atelier. `
  + `Salarié connecté : ${nom} (matricule ${matricule}). Réponds en français, simplement, et ne traite que les demandes de ce salarié.`;

const historiques = new Map(); // par borne

async function requete({ borne, session, matricule, nom, message, replies }) {
  const span = tracer.startSpan('POST /api/assistant/message', {
    kind: SpanKind.SERVER,
    attributes: {
      'http.request.method': 'POST', 'http.route': '/api/assistant/message', 'url.path': '/api/assistant/message',
      'session.id': session, 'user.id': matricule, 'app.borne': borne,
    },
  });
  await context.with(trace.setSpan(context.active(), span), async () => {
    const historique = historiques.get(borne) ?? [];
    historique.push({ role: 'user', content: message });
    const res = await generateText({
      model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-small-2409', ids, responsePrefix: '', replies }),
      system: SYSTEME(nom, matricule),
      messages: historique,
      tools,
      stopWhen: stepCountIs(5),
      telemetry: { functionId: 'assistant-rh', integrations: [new LegacyOpenTelemetry()] },
    });
    historique.push(...res.response.messages);
    historiques.set(borne, historique);
    span.setAttribute('http.response.status_code', 200);
  });
  span.end();
  return flush();
}

const lignes = [];
const callId = () => ids('', 9);

// Poste de Sophie Marchand, équipe de jour, borne de l'atelier B.
lignes.push(await requete({
  borne: 'BORNE-ATB-03', session: 'sess_3c9e1f0a', matricule: 'E-20417', nom: 'Sophie Marchand',
  message: "Bonjour, il me reste combien de congés ? Et de RTT ?",
  replies: [
    { calls: [[callId(), 'solde_conges', { matricule: 'E-20417' }]] },
    "Bonjour Sophie ! Pour la période 2024-2025, il vous reste 17,5 jours de congés payés (à poser avant le 31 mai 2025) et 4 jours de RTT.",
  ],
}));

// Relève : Karim Benali badge sur la même borne un peu plus tard.
lignes.push(await requete({
  borne: 'BORNE-ATB-03', session: 'sess_8b27d4e5', matricule: 'E-31188', nom: 'Karim Benali',
  message: "Salut, c'est quand la fermeture de fin d'année cette fois ?",
  replies: [
    { calls: [[callId(), 'calendrier_entreprise', { annee: 2024 }]] },
    "Bonjour Karim, l'usine est fermée du mardi 24 décembre 2024 au mercredi 1er janvier 2025 inclus ; ces jours sont décomptés en congés payés. Reprise le jeudi 2 janvier.",
  ],
}));

lignes.push(await requete({
  borne: 'BORNE-ATB-03', session: 'sess_8b27d4e5', matricule: 'E-31188', nom: 'Karim Benali',
  message: "Ok. Je voudrais poser le vendredi 3 janvier en RTT pour faire le pont, j'en ai encore ?",
  replies: [
    { calls: [[callId(), 'deposer_absence', { matricule: 'E-31188', type: 'RTT', du: '2025-01-03', au: '2025-01-03' }]] },
    "Oui, il vous reste 4 jours de RTT, donc c'est bon. J'ai déposé votre demande de RTT pour le vendredi 3 janvier 2025 (demande ABS-2025-00412), "
      + "elle est en attente de validation par N. Roussel. Après celle-ci, il vous restera 3 RTT.",
  ],
}));

writeJsonl(out, 'spans.jsonl', lignes);
