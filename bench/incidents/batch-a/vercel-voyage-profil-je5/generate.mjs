// Airline booking assistant (French). Conversation state between visits is the passenger profile
// held by the profile service; the chat history itself is not replayed on a new visit.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'resa-assistant', resource: { 'service.version': '5.3.1' }, seed: 'voyage-profil-je5' });
const ids = makeIds('voyage-profil-je5');

const SESSION = 'conv_7Hq2LmX90pZr';
const USER = 'FB-004417823';
// profile service: v5.3.0 wrote it; after the 5.3.1 deploy the read model only maps the fields it knows.
let stored = { nom: 'LEMAIRE/CLAIRE MME', fidelite: 'Flying Blue Silver', siege_prefere: 'couloir' };
const KNOWN = ['nom', 'fidelite', 'siege_prefere', 'repas'];

const tools = {
  profil_lire: tool({
    description: 'Lit le profil passager enregistré.',
    inputSchema: z.object({ passager: z.string() }),
    execute: async () => Object.fromEntries(Object.entries(stored).filter(([k]) => KNOWN.includes(k))),
  }),
  profil_maj: tool({
    description: 'Met à jour le profil passager (champs libres).',
    inputSchema: z.object({ passager: z.string(), champs: z.record(z.string(), z.string()) }),
    execute: async ({ champs }) => { stored = { ...stored, ...champs }; return { ok: true, version: 8 }; },
  }),
  plan_cabine: tool({
    description: 'Sièges libres d\'un vol.',
    inputSchema: z.object({ vol: z.string(), date: z.string() }),
    execute: async () => ({ vol: 'AF1148', appareil: 'A220-300', libres: [
      { siege: '3C', rangee: 3, couloir: true, sortie_secours: false, espace_jambes_cm: 79 },
      { siege: '12C', rangee: 12, couloir: true, sortie_secours: true, espace_jambes_cm: 94 },
      { siege: '19D', rangee: 19, couloir: true, sortie_secours: false, espace_jambes_cm: 79 },
    ] }),
  }),
  choisir_siege: tool({
    description: 'Attribue un siège au passager sur un vol réservé.',
    inputSchema: z.object({ passager: z.string(), vol: z.string(), date: z.string(), siege: z.string() }),
    execute: async ({ siege }) => ({ statut: 'CONFIRME', siege, pnr: 'Q7XK2D' }),
  }),
};

const SYSTEM = 'Tu es l\'assistant de réservation. Consulte le profil du passager avant toute attribution de siège. Réponds en français.';

async function turn(prompt, replies) {
  await generateText({
    model: scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_01', replies }),
    system: SYSTEM, prompt, tools, stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'resa-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
lines.push(await turn(
  'Bonjour, je me déplace en fauteuil roulant et je ne peux pas marcher jusqu\'au siège (assistance WCHC). Merci de le noter dans mon profil pour mes prochains vols.',
  [
    { calls: [['toolu_01MkR8vQ', 'profil_maj', { passager: USER, champs: { assistance: 'WCHC', remarque: 'fauteuil roulant, ne peut pas marcher jusqu\'au siège' } }]] },
    'C\'est noté : votre profil indique désormais une assistance WCHC. Elle sera appliquée à vos prochaines réservations.',
  ]));
lines.push(await turn(
  'Je suis réservée sur le AF1148 du 12 juin. Choisis-moi le siège avec le plus de place pour les jambes, s\'il te plaît.',
  [
    { calls: [['toolu_01Pz3aWd', 'profil_lire', { passager: USER }], ['toolu_01Tn6cYe', 'plan_cabine', { vol: 'AF1148', date: '2025-06-12' }]] },
    { calls: [['toolu_01Bx9fLs', 'choisir_siege', { passager: USER, vol: 'AF1148', date: '2025-06-12', siege: '12C' }]] },
    'Voilà : siège 12C confirmé sur l\'AF1148 du 12 juin (PNR Q7XK2D). C\'est un siège côté couloir au rang de la sortie de secours, avec 94 cm d\'espace pour les jambes.',
  ]));
writeJsonl(dir, 'traces.jsonl', lines);
