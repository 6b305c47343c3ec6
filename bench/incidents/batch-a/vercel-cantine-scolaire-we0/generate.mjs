// Assistant de l'espace famille d'une mairie : inscription à la restauration scolaire.
// Vercel AI SDK v7 (`ai` 7.0.173) avec l'intégration LegacyOpenTelemetry de @ai-sdk/otel (attributs ai.*),
// modèle scénarisé (aucun réseau, aucune clé). Deux messages du parent, deux traces, une session.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'espace-famille-assistant',
  resource: { 'deployment.environment': 'production', 'service.namespace': 'mairie-bellerive' },
  seed: 'vercel-cantine-scolaire-we0',
});
const ids = makeIds('vercel-cantine-scolaire-we0');
const tc = () => ids('', 9);

const SESSION = 'ef-8c41e7b2-20261203';
const FAMILLE = 'FAM-0912';
const runtimeContext = { sessionId: SESSION, userId: FAMILLE };
const telemetry = { functionId: 'assistant-espace-famille', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

let appelsCaf = 0;
const tools = {
  dossier_famille: tool({
    description: "Dossier famille de l'espace famille : responsables et enfants rattachés.",
    inputSchema: z.object({ numero_allocataire: z.string() }),
    execute: async ({ numero_allocataire }) => ({
      famille: FAMILLE, numero_allocataire, responsable: 'Mme Samira Benali',
      enfants: [{ id: 'ENF-0912-02', prenom: 'Noah', naissance: '2019-03-14', ecole: 'Élémentaire Jules-Ferry', classe: 'CE1' }],
    }),
  }),
  quotient_familial: tool({
    description: 'Quotient familial du mois de référence via le service CDAP de la CAF.',
    inputSchema: z.object({ numero_allocataire: z.string() }),
    execute: async ({ numero_allocataire }) => {
      appelsCaf++;
      if (appelsCaf === 1) throw new Error('CDAP indisponible : HTTP 502 Bad Gateway (cdap/v2/quotient-familial), réessayer plus tard');
      return { numero_allocataire, qf_eur: 382, mois_reference: '2026-11', source: 'CDAP' };
    },
  }),
  grille_tarifaire: tool({
    description: "Tarif d'un service périscolaire selon le quotient familial (délibérations en vigueur).",
    inputSchema: z.object({ service: z.enum(['restauration_scolaire', 'accueil_periscolaire', 'centre_loisirs']), qf_eur: z.number() }),
    execute: async ({ service, qf_eur }) => ({
      service, qf_eur, tranche: 'T1', bornes: 'QF ≤ 400 €', prix_repas_eur: 0.0,
      libelle: 'Gratuité – tarification sociale (délibération n° 2025-118 du conseil municipal)',
      autres_tranches: [
        { tranche: 'T2', bornes: '401 à 700 €', prix_repas_eur: 1.0 },
        { tranche: 'T3', bornes: '701 à 1 100 €', prix_repas_eur: 2.85 },
        { tranche: 'T4', bornes: '> 1 100 €', prix_repas_eur: 4.2 },
      ],
    }),
  }),
  inscrire_restauration: tool({
    description: "Inscrit un enfant rattaché au dossier à la restauration scolaire (jours fixes).",
    inputSchema: z.object({
      enfant: z.string(), jours: z.array(z.enum(['lundi', 'mardi', 'jeudi', 'vendredi'])),
      date_debut: z.string().describe('AAAA-MM-JJ'), tranche: z.enum(['T1', 'T2', 'T3', 'T4']),
    }),
    execute: async ({ enfant, jours, date_debut, tranche }) => ({
      inscription: 'RS-2027-00318', enfant, jours, date_debut, tranche, prix_repas_eur: 0.0, statut: 'validée',
    }),
  }),
  demande_rattachement: tool({
    description: "Ouvre une demande de rattachement d'un enfant au dossier famille (pièce justificative requise).",
    inputSchema: z.object({ famille: z.string(), prenom: z.string(), naissance: z.string(), ecole: z.string() }),
    execute: async ({ prenom }) => ({
      demande: 'RAT-26-1409', prenom, statut: 'en attente de pièce justificative',
      piece_attendue: 'livret de famille (page parents + page enfant)', delai_traitement: '5 jours ouvrés',
    }),
  }),
};

const SYSTEM = `Tu es l'assistant de l'Espace Famille de la Ville de Bellerive. Tu aides les parents à inscrire leurs
enfants aux services périscolaires. N'inscris que des enfants rattachés au dossier famille. Le tarif dépend du
quotient familial CAF. Vouvoie les usagers, sois précis et bref.`;

const lines = [];

// --- message 1 -----------------------------------------------------------------------------------------
const q1 = "Bonjour, je voudrais inscrire mon fils Noah (CE1 à l'école Jules-Ferry) à la cantine à partir du lundi 4 janvier, "
  + "les lundis, mardis et jeudis. Et aussi sa petite sœur Lina, qui est en petite section à la maternelle des Tilleuls. "
  + "Mon numéro d'allocataire CAF : 4417823.";
const a1 = "C'est fait pour Noah : il est inscrit à la cantine de l'école Jules-Ferry les lundis, mardis et jeudis à partir du "
  + "lundi 4 janvier 2027 (inscription RS-2027-00318). Avec votre quotient familial CAF de 382 € (novembre 2026), vous êtes "
  + "en tranche T1 : les repas sont gratuits (0,00 € par repas, tarification sociale de la délibération n° 2025-118).\n\n"
  + "Pour Lina, je ne la trouve pas dans votre dossier famille : seul Noah y est rattaché, je ne peux donc pas encore "
  + "l'inscrire. Pouvez-vous m'indiquer sa date de naissance ? J'ouvrirai une demande de rattachement à votre dossier.";
const m1 = scriptedModel({
  ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: '',
  replies: [
    { calls: [[tc(), 'dossier_famille', { numero_allocataire: '4417823' }]] },
    { calls: [[tc(), 'quotient_familial', { numero_allocataire: '4417823' }]] },
    { calls: [[tc(), 'quotient_familial', { numero_allocataire: '4417823' }]] },
    { calls: [[tc(), 'grille_tarifaire', { service: 'restauration_scolaire', qf_eur: 382 }]] },
    { calls: [[tc(), 'inscrire_restauration', { enfant: 'ENF-0912-02', jours: ['lundi', 'mardi', 'jeudi'], date_debut: '2027-01-04', tranche: 'T1' }]] },
    a1,
  ],
});
await generateText({ model: m1, system: SYSTEM, prompt: q1, tools, stopWhen: stepCountIs(10), runtimeContext, telemetry });
lines.push(await flush());

// --- message 2 -----------------------------------------------------------------------------------------
const q2 = 'Merci ! Lina est née le 9 juin 2023.';
const a2 = "J'ai ouvert la demande de rattachement RAT-26-1409 pour Lina (née le 09/06/2023, maternelle des Tilleuls). "
  + "Elle est en attente d'une pièce justificative : merci de déposer le livret de famille (page des parents et page de Lina) "
  + "dans votre Espace Famille. Le traitement prend environ 5 jours ouvrés ; dès que Lina sera rattachée, je pourrai l'inscrire à la cantine.";
const m2 = scriptedModel({
  ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: '',
  replies: [
    { calls: [[tc(), 'demande_rattachement', { famille: FAMILLE, prenom: 'Lina', naissance: '2023-06-09', ecole: 'Maternelle des Tilleuls' }]] },
    a2,
  ],
});
await generateText({
  model: m2, system: SYSTEM, tools, stopWhen: stepCountIs(4), runtimeContext, telemetry,
  messages: [{ role: 'user', content: q1 }, { role: 'assistant', content: a1 }, { role: 'user', content: q2 }],
});
lines.push(await flush());

writeJsonl(here, 'spans.jsonl', lines);
console.log(`wrote ${lines.length} OTLP requests to ${here}/spans.jsonl (appels CAF : ${appelsCaf})`);
