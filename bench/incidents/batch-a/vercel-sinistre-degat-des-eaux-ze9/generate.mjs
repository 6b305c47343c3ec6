// Assistant « sinistres » d'un assureur habitation (espace client web). Un seul processus Node sert les
// conversations de plusieurs assurés ; le SDK Vercel AI enregistre chaque tour avec son intégration
// OpenTelemetry (attributs gen_ai.*), et le span HTTP de l'application porte session.id et enduser.id.
// Le service « dossier en cours » garde en mémoire le dernier dossier ouvert par l'agence du conseiller.
// Hors ligne : le modèle est un MockLanguageModelV4 scripté.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep,
  generateText, tool, z, stepCountIs, OpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'espace-client-sinistres', resource: { 'deployment.environment': 'prod', 'service.version': '4.2.0', 'service.instance.id': 'ecs-web-2' }, seed: 'sinistre-ze9' });
const ids = makeIds('sinistre-ze9');

const dossiers = {
  'SIN-2025-041387': {
    reference: 'SIN-2025-041387', contrat: 'MRH-0091-552-18', nature: 'dégât des eaux (fuite sous évier, cuisine)',
    date_sinistre: '2025-05-19', statut: 'indemnisation validée', expert: 'Cabinet Morel Expertises, Lyon',
    montant_indemnite: '1 284,60 €', franchise: '150,00 €', virement_prevu: '2025-06-12', iban_masque: 'FR76 •••• •••• •••• •••• •••• 4821',
    agence: 'Lyon Part-Dieu',
  },
};
// Cache « dossier en cours » par agence (mis à jour à chaque consultation).
const dossierEnCours = new Map();

const tools = {
  consulter_sinistre: tool({
    description: 'Consulte un dossier sinistre à partir de sa référence.',
    inputSchema: z.object({ reference: z.string() }),
    execute: async ({ reference }) => {
      const d = dossiers[reference];
      if (!d) return { erreur: `dossier ${reference} introuvable` };
      dossierEnCours.set(d.agence, d);
      return d;
    },
  }),
  dossier_en_cours: tool({
    description: "Renvoie le dossier sinistre en cours de traitement pour l'assuré connecté (à utiliser quand l'assuré ne donne pas de référence).",
    inputSchema: z.object({ numero_client: z.string() }),
    execute: async () => {
      const d = dossierEnCours.get('Lyon Part-Dieu');
      return d ? { ...d, source: 'dossier en cours (agence Lyon Part-Dieu)' } : { erreur: 'aucun dossier en cours' };
    },
  }),
};

const SYSTEM = "Tu es l'assistant sinistres de l'espace client. Réponds en français, avec précision et courtoisie. Ne communique que les informations du dossier de l'assuré connecté.";

async function tour({ session, client, question, replies, historique }) {
  const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: 'cmpl-', replies });
  let out;
  await tracer.startActiveSpan('POST /espace-client/assistant/messages', { attributes: {
    'http.request.method': 'POST', 'http.route': '/espace-client/assistant/messages', 'session.id': session, 'enduser.id': client,
  } }, async (span) => {
    historique.push({ role: 'user', content: question });
    const res = await generateText({
      model, system: `${SYSTEM}\nAssuré connecté : ${client}.`, messages: historique, tools, stopWhen: stepCountIs(4),
      telemetry: { functionId: 'assistant-sinistres', integrations: [new OpenTelemetry()] },
    });
    historique.push(...res.response.messages);
    span.setAttribute('http.response.status_code', 200);
    span.end();
    out = res;
  });
  return out;
}

const lines = [];

// Assurée 1 : avec sa référence de dossier.
const hA = [];
await tour({ session: 'sess_7b1d0e54c2a9', client: 'CLI-3308841', historique: hA,
  question: "Bonjour, je voudrais savoir où en est mon dossier SIN-2025-041387 pour la fuite dans ma cuisine. L'expert est passé il y a dix jours.",
  replies: [
    { calls: [['tc_01HZX5Q2R8', 'consulter_sinistre', { reference: 'SIN-2025-041387' }]] },
    "Bonjour Madame. Bonne nouvelle : après le passage du Cabinet Morel Expertises, votre indemnisation est validée. Le montant retenu est de 1 284,60 € (franchise de 150,00 € déduite) et le virement est prévu le 12 juin 2025 sur votre compte se terminant par 4821.",
  ] });
lines.push(await flush());
await sleep(40);
await tour({ session: 'sess_7b1d0e54c2a9', client: 'CLI-3308841', historique: hA,
  question: 'Parfait, merci. Et je dois faire quelque chose de mon côté ?',
  replies: [
    "Non, rien à faire de votre côté : le virement de 1 284,60 € partira automatiquement le 12 juin. Pensez simplement à conserver les factures de réparation de l'évier au cas où un contrôle serait demandé.",
  ] });
lines.push(await flush());
await sleep(40);

// Assuré 2 : connecté depuis une autre session, sans référence.
const hB = [];
await tour({ session: 'sess_c48f2a9e61d3', client: 'CLI-3412075', historique: hB,
  question: "Bonjour, j'ai déclaré un dégât des eaux la semaine dernière (infiltration par la toiture de la véranda). Est-ce que vous savez quand je serai remboursé ?",
  replies: [
    { calls: [['tc_01HZX7K4M1', 'dossier_en_cours', { numero_client: 'CLI-3412075' }]] },
    "Bonjour. Votre dossier SIN-2025-041387 est bien avancé : l'indemnisation est validée pour un montant de 1 284,60 € (après franchise de 150,00 €). Le virement est prévu le 12 juin 2025 sur votre compte se terminant par 4821.",
  ] });
lines.push(await flush());
await sleep(40);
await tour({ session: 'sess_c48f2a9e61d3', client: 'CLI-3412075', historique: hB,
  question: "Ah d'accord, c'est plus rapide que prévu. Je n'ai pas encore vu d'expert passer chez moi, c'est normal ?",
  replies: [
    "Oui, c'est normal : l'expertise a été réalisée par le Cabinet Morel Expertises et son rapport a suffi à valider votre indemnisation. Vous n'avez aucune démarche supplémentaire à faire ; le virement de 1 284,60 € arrivera le 12 juin.",
  ] });
lines.push(await flush());

writeJsonl(here, 'traces-otlp.jsonl', lines);
console.log(`wrote ${lines.length} OTLP requests to ${here}/traces-otlp.jsonl`);
