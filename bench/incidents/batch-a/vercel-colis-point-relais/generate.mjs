// Service client d'un transporteur de colis : assistant sur le Vercel AI SDK (ai v7, generateText + outils),
// télémétrie via l'intégration LegacyOpenTelemetry de @ai-sdk/otel (attributs ai.*), contexte d'exécution
// (sessionId, userId) recopié dans les spans. Modèle scénarisé (MockLanguageModelV4, sans réseau) ;
// les outils s'exécutent réellement. Le premier appel à l'API de suivi échoue (502), le second réussit.
// Sortie : otel-spans.jsonl, une requête OTLP/JSON par ligne.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep,
  generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const otel = setupTracing({
  serviceName: 'assistant-suivi-colis',
  resource: { 'service.version': '1.8.2', 'deployment.environment': 'production', 'cloud.region': 'europe-west9' },
  seed: 'vercel-colis-point-relais',
});
const ids = makeIds('vercel-colis-point-relais');

const SESSION = '01JQ7ZK4M9V3XH2B8D6TNC5RWE';
const CLIENT = 'cl_55810394';

const SYSTEM = `Tu es l'assistant du service client de Colivia Express.
Tu peux consulter le suivi d'un colis et programmer une nouvelle livraison à domicile (du lundi au samedi, créneaux matin 8h-13h ou après-midi 13h-19h).
N'invente jamais un statut : base-toi uniquement sur le résultat de l'outil de suivi. Si l'outil est momentanément indisponible, réessaie avant de répondre.
Réponds en français, en vouvoyant le client.`;

let appelsSuivi = 0;
const tools = {
  suivi_colis: tool({
    description: 'Renvoie le dernier statut et l\'historique d\'un colis à partir de son numéro (13 caractères).',
    inputSchema: z.object({ numero: z.string() }),
    execute: async ({ numero }) => {
      appelsSuivi++;
      await sleep(appelsSuivi === 1 ? 250 : 70);
      if (appelsSuivi === 1) throw new Error('tracking-api: 502 Bad Gateway (upstream request timeout) – x-request-id 7f3e0c2a9b');
      return {
        numero, statut: 'EN_INSTANCE_POINT_RELAIS', motif: 'Destinataire absent – avis de passage déposé',
        point_relais: { id: 'PR-69003-0412', nom: 'Tabac Le Balto', adresse: '12 rue Paul Bert, 69003 Lyon', horaires: 'lun-sam 7h-19h30' },
        depuis: '2025-03-12T16:42:00+01:00', a_retirer_avant: '2025-03-26',
        historique: [
          { date: '2025-03-11T06:10:00+01:00', evenement: 'Pris en charge – plateforme de Corbas' },
          { date: '2025-03-12T09:05:00+01:00', evenement: 'En cours de livraison' },
          { date: '2025-03-12T11:48:00+01:00', evenement: 'Destinataire absent – avis de passage déposé' },
          { date: '2025-03-12T16:42:00+01:00', evenement: 'Disponible au point relais Tabac Le Balto' },
        ],
        relivraison_possible: true,
      };
    },
  }),
  programmer_relivraison: tool({
    description: 'Programme une nouvelle livraison à domicile pour un colis en instance.',
    inputSchema: z.object({ numero: z.string(), date: z.string(), creneau: z.enum(['matin', 'apres-midi']) }),
    execute: async ({ numero, date, creneau }) => {
      await sleep(110);
      return { numero, reference: 'RLV-448120', date, creneau, plage: '8h-13h', sms_confirmation: true, statut: 'PROGRAMMEE' };
    },
  }),
};

const call = (name, input) => [ids('', 16), name, input];
const turns = [
  {
    prompt: 'Bonjour, mon colis 6A21789345012 devait arriver hier et je n\'ai rien reçu. Pourtant j\'étais chez moi toute la journée !',
    replies: [
      { calls: [call('suivi_colis', { numero: '6A21789345012' })] },
      { calls: [call('suivi_colis', { numero: '6A21789345012' })] },
      'Je suis désolé pour ce désagrément. D\'après le suivi, le livreur a indiqué hier à 11h48 « destinataire absent » et a déposé un avis de passage. Votre colis 6A21789345012 est disponible depuis hier 16h42 au point relais Tabac Le Balto, 12 rue Paul Bert, 69003 Lyon (lun-sam 7h-19h30), jusqu\'au 26 mars. Vous pouvez aller le retirer, ou je peux programmer une nouvelle livraison à domicile : souhaitez-vous que je le fasse ?',
    ],
  },
  {
    prompt: 'Oui, relivrez-le samedi matin s\'il vous plaît, je ne peux pas me déplacer en semaine.',
    replies: [
      { calls: [call('programmer_relivraison', { numero: '6A21789345012', date: '2025-03-15', creneau: 'matin' })] },
      'C\'est fait : la nouvelle livraison de votre colis 6A21789345012 est programmée le samedi 15 mars entre 8h et 13h (référence RLV-448120). Vous recevrez un SMS de confirmation. Bonne journée !',
    ],
  },
];

const history = [];
const lines = [];
for (const t of turns) {
  history.push({ role: 'user', content: t.prompt });
  const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', replies: t.replies });
  const res = await generateText({
    model, system: SYSTEM, messages: history, tools, stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: CLIENT },
    telemetry: { functionId: 'suivi-colis', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  history.push(...res.response.messages);
  lines.push(await otel.flush());
}
writeJsonl(out, 'otel-spans.jsonl', lines);
console.log(`wrote ${lines.length} OTLP requests to ${out}/otel-spans.jsonl`);
