// Parcel-delivery assistant (French), two customers of the same delivery round talk to the bot within
// minutes. The delivery-instructions service caches by round (tournée) instead of by parcel.
// Vercel AI SDK v7 with the legacy ai.* telemetry (LegacyOpenTelemetry), scripted model, no network.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('colis-consignes-le5');
const { flush } = setupTracing({ serviceName: 'suivi-colis-bot', resource: { 'service.version': '5.2.1', 'deployment.environment': 'production' }, seed: 'colis-consignes-le5' });

const cacheParTournee = new Map();
const tournee = (colis) => (colis.startsWith('LY3-5582') || colis.startsWith('LY3-5587') ? 'T-LY3-12' : 'T-LY3-04');
const tools = {
  ajouter_consigne: tool({
    description: 'Ajoute une consigne de livraison pour un colis (accès, voisin, point relais).',
    inputSchema: z.object({ colis: z.string(), consigne: z.string() }),
    execute: async ({ colis, consigne }) => {
      cacheParTournee.set(tournee(colis), { consigne, maj: '2025-04-09T08:14:52+02:00' });
      return { colis, tournee: tournee(colis), statut: 'consigne enregistrée' };
    },
  }),
  consignes_colis: tool({
    description: 'Consignes de livraison transmises au livreur pour un colis.',
    inputSchema: z.object({ colis: z.string() }),
    execute: async ({ colis }) => {
      const c = cacheParTournee.get(tournee(colis));
      return { colis, tournee: tournee(colis), transmis_au_livreur: true, consignes: c ? [c.consigne] : [], maj: c?.maj ?? null };
    },
  }),
  statut_colis: tool({
    description: 'Statut de livraison d\'un colis.',
    inputSchema: z.object({ colis: z.string() }),
    execute: async ({ colis }) => ({ colis, statut: 'en cours de livraison', creneau: '10:00-12:00', livreur: 'Karim B.' }),
  }),
};

async function turn({ sessionId, userId, prompt, replies }) {
  await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini-2024-07-18', ids, replies }),
    system: 'Tu es l\'assistant de suivi des colis. Tu aides le destinataire à suivre son colis et à transmettre ses consignes au livreur.',
    prompt,
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'suivi-colis', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const a = await turn({
  sessionId: 'conv-0409-a81f2c', userId: 'dest-44718203',
  prompt: 'Bonjour, colis LY3-558201 livré aujourd\'hui : le code du portail est 4471B, et si je suis absente merci de le laisser à la gardienne, Mme Ferreira, loge au fond de la cour (06 12 48 90 33).',
  replies: [
    { calls: [['call_' + ids('', 24), 'ajouter_consigne', { colis: 'LY3-558201', consigne: 'Code portail 4471B. Si absente : gardienne Mme Ferreira, loge au fond de la cour, 06 12 48 90 33.' }]] },
    'C\'est noté : le livreur aura le code 4471B et déposera le colis LY3-558201 chez Mme Ferreira si vous êtes absente.',
  ],
});
const b = await turn({
  sessionId: 'conv-0409-c03d97', userId: 'dest-51190577',
  prompt: 'Salut, mon colis LY3-558744 arrive quand ? Et le livreur sait comment entrer dans la résidence ?',
  replies: [
    { calls: [['call_' + ids('', 24), 'statut_colis', { colis: 'LY3-558744' }], ['call_' + ids('', 24), 'consignes_colis', { colis: 'LY3-558744' }]] },
    'Votre colis LY3-558744 est en cours de livraison, créneau 10h-12h (livreur : Karim B.). Oui, vos consignes lui ont bien été transmises : code portail 4471B, et en cas d\'absence il le laissera à la gardienne, Mme Ferreira, loge au fond de la cour (06 12 48 90 33).',
  ],
});
writeJsonl(dir, 'collector-export.jsonl', [a, b]);
