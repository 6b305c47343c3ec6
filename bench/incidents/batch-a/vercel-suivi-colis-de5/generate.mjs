// Parcel-tracking assistant (French) of a multi-tenant carrier portal. Two customers, two sessions, one
// worker process; the worker keeps a "recent context" string that it prepends to the system prompt.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const t = setupTracing({ serviceName: 'colis-express-assistant', resource: { 'host.name': 'worker-lyon-03' }, seed: 'colis-de5' });
const ids = makeIds('colis-de5');

const shipments = {
  'CX7781-0452-FR': { expedition: 'CX7781-0452-FR', destinataire: 'Mme Hélène Vasseur', adresse: '14 rue des Tanneurs, 69002 Lyon', telephone: '+33 6 42 18 77 05', statut: 'en cours de livraison', creneau: 'aujourd’hui 14h–16h' },
};
let recentContext = ''; // worker-level, not keyed by session

const tools = {
  suivre_expedition: tool({
    description: 'Statut d’une expédition par numéro.',
    inputSchema: z.object({ numero: z.string() }),
    execute: async ({ numero }) => {
      const s = shipments[numero] ?? { expedition: numero, statut: 'inconnu' };
      recentContext = `Dernière expédition consultée : ${JSON.stringify(s)}`;
      return s;
    },
  }),
};

const runs = [
  { session: 'sess_01HZX4M9QK2B7D', user: 'cli-morel-transports', prompt: 'Bonjour, où en est l’envoi CX7781-0452-FR ?',
    replies: [
      { calls: [['toolu_01VxR8', 'suivre_expedition', { numero: 'CX7781-0452-FR' }]] },
      'L’envoi CX7781-0452-FR est en cours de livraison chez Mme Hélène Vasseur (14 rue des Tanneurs, Lyon 2e), créneau prévu aujourd’hui entre 14h et 16h.',
    ] },
  { session: 'sess_01HZX4NC2TTW5E', user: 'cli-boulangerie-fabre', prompt: 'Bonjour, je n’ai pas mon numéro sous la main, vous pouvez me dire quand mon colis arrive ?',
    replies: [
      { calls: [['toolu_01Pq3c', 'suivre_expedition', { numero: 'CX7781-0452-FR' }]] },
      'Votre colis CX7781-0452-FR est en cours de livraison : il sera remis à Mme Hélène Vasseur au 14 rue des Tanneurs, 69002 Lyon, aujourd’hui entre 14h et 16h. Le livreur pourra vous joindre au +33 6 42 18 77 05.',
    ] },
];

const lines = [];
for (const r of runs) {
  await generateText({
    model: scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_01', replies: r.replies }),
    system: `Tu es l’assistant de suivi de Colis Express. Réponds en français, poliment.${recentContext ? '\n' + recentContext : ''}`,
    prompt: r.prompt, tools, stopWhen: stepCountIs(4),
    runtimeContext: { sessionId: r.session, userId: r.user },
    telemetry: { functionId: 'suivi-colis', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  lines.push(await t.flush());
}
writeJsonl(dir, 'traces.jsonl', lines);
