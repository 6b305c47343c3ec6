// Assistant de prise de rendez-vous d'un réseau de laboratoires d'analyses médicales (Lyon).
// Real `ai` package (v7), scripted mock model standing in for Mistral, traced with @ai-sdk/otel's
// LegacyOpenTelemetry integration (ai.* attributes). Both turns of the conversation are exported in one
// OTLP/HTTP JSON request body, saved pretty-printed.
//
//   node bench/incidents/batch-a/vercel-labo-rdv-reessai/generate.mjs
import {
  setupTracing, makeIds, scriptedModel, writeJsonDocument, scriptDir, sleep,
  generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'biolabo-rdv-assistant', seed: 'batch-a/vercel-labo-rdv-reessai',
  resource: { 'deployment.environment': 'prod', 'service.version': '1.12.0', 'cloud.region': 'fr-par' } });
const ids = makeIds('batch-a/vercel-labo-rdv-reessai');

// The planning backend answers 503 while its cache warms up after the 07:00 deploy.
let planningCalls = 0;
const tools = {
  verifier_ordonnance: tool({
    description: "Vérifie une ordonnance (numéro) et renvoie les examens prescrits et les consignes de prélèvement.",
    inputSchema: z.object({ numero: z.string() }),
    execute: async ({ numero }) => ({
      numero, valide: true, valide_jusqu_au: '2025-09-30', prescripteur: 'Dr A. Benali',
      examens: ['NFS', 'Glycémie à jeun', 'Bilan lipidique (EAL)'],
      consignes: 'À jeun depuis 12 h (eau autorisée). Apporter carte Vitale et ordonnance.',
    }),
  }),
  creneaux_disponibles: tool({
    description: "Créneaux de prélèvement libres d'un site pour une date donnée.",
    inputSchema: z.object({ site: z.string(), date: z.string().describe('AAAA-MM-JJ'), demi_journee: z.enum(['matin', 'apres-midi']).optional() }),
    execute: async ({ site, date }) => {
      planningCalls += 1;
      await sleep(20);
      if (planningCalls === 1) throw new Error('HTTP 503 Service Unavailable – planning-api: service momentanément indisponible, veuillez réessayer');
      return { site, date, creneaux: ['07:20', '07:40', '08:10', '09:30'] };
    },
  }),
  reserver_creneau: tool({
    description: 'Réserve un créneau de prélèvement pour le patient.',
    inputSchema: z.object({ site: z.string(), date: z.string(), heure: z.string(), ordonnance: z.string() }),
    execute: async ({ site, date, heure }) => ({ reservation: 'RDV-7Q4K-2291', site, date, heure, statut: 'confirmé', sms_envoye: true }),
  }),
};

const SYSTEM = `Tu es l'assistant de prise de rendez-vous de BioLabo Rhône (laboratoires d'analyses médicales).
Tu réponds en français, en vouvoyant le patient. Tu vérifies l'ordonnance avant de proposer des créneaux,
tu ne réserves qu'après le choix explicite du patient et tu rappelles les consignes de prélèvement renvoyées par verifier_ordonnance.
Si un outil échoue de façon temporaire, réessaie une fois avant d'abandonner. Nous sommes le lundi 16 juin 2025.`;

const sessionId = 'rdv-330948';
const userId = 'pat-77120';
const telemetry = { functionId: 'rdv-prelevement', includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()] };
const c = (name, input) => [ids('', 9), name, input]; // Mistral tool call ids: 9 alphanumerics

const model = scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: '',
  replies: [
    { calls: [c('verifier_ordonnance', { numero: 'ORD-69-448213' })] },
    { calls: [c('creneaux_disponibles', { site: 'Villeurbanne Gratte-Ciel', date: '2025-06-19', demi_journee: 'matin' })] },
    { calls: [c('creneaux_disponibles', { site: 'Villeurbanne Gratte-Ciel', date: '2025-06-19', demi_journee: 'matin' })] },
    'Votre ordonnance ORD-69-448213 est valide (NFS, glycémie à jeun, bilan lipidique). '
      + 'Au site de Villeurbanne Gratte-Ciel, jeudi 19 juin au matin, il reste ces créneaux : 7h20, 7h40, 8h10 et 9h30. Lequel vous convient ?',
    { calls: [c('reserver_creneau', { site: 'Villeurbanne Gratte-Ciel', date: '2025-06-19', heure: '07:40', ordonnance: 'ORD-69-448213' })] },
    "C'est réservé : jeudi 19 juin à 7h40 au laboratoire de Villeurbanne Gratte-Ciel (réservation RDV-7Q4K-2291, un SMS de confirmation vous a été envoyé). "
      + "Pensez à venir à jeun depuis 12 h (l'eau est autorisée) et à apporter votre carte Vitale et l'ordonnance. Bonne journée !",
  ],
});

const first = [{ role: 'user', content: "Bonjour, je voudrais prendre rendez-vous pour une prise de sang à Villeurbanne, plutôt jeudi matin. "
  + "Mon ordonnance porte le numéro ORD-69-448213." }];
const r1 = await generateText({ model, system: SYSTEM, messages: first, tools, stopWhen: stepCountIs(6),
  runtimeContext: { sessionId, userId }, telemetry });
await sleep(50);
const second = [...first, ...r1.response.messages, { role: 'user', content: '7h40, parfait.' }];
await generateText({ model, system: SYSTEM, messages: second, tools, stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId }, telemetry });

writeJsonDocument(out, 'otlp-request.json', await tracing.flush());
console.log(`wrote ${out}/otlp-request.json`);
