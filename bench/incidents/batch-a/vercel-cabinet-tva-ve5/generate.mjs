// Assistant comptable d'un cabinet (Vercel AI SDK v7, LegacyOpenTelemetry), scripted mock model.
// Two clients of the same firm chat one after the other; the notes memory is cached per firm (cabinet), not per client.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'compta-assistant', resource: { 'service.namespace': 'cabinet-fabre-associes' }, seed: 've5-tva' });
const ids = makeIds('ve5-tva');
const system = 'Tu es l’assistant du cabinet Fabre & Associés. Tu réponds au client connecté sur son propre dossier uniquement.';
const telemetry = { functionId: 'assistant-tva', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const cache = new Map(); // keyed by cabinet
const dossiers = {
  'cli-30417': { raisonSociale: 'Boulangerie Lemoine SARL', siret: '532 118 904 00027', periode: '2024-T2', tvaCollectee: 21904.10, tvaDeductible: 7521.50 },
  'cli-30982': { raisonSociale: 'Atelier Kerbrat EURL', siret: '889 240 117 00015', periode: '2024-T2', tvaCollectee: 4310.00, tvaDeductible: 3987.25 },
};
const makeTools = (clientId) => ({
  consulter_dossier: tool({
    description: 'Déclaration de TVA du client pour une période.',
    inputSchema: z.object({ periode: z.string() }),
    execute: async ({ periode }) => { const d = dossiers[clientId]; const r = { ...d, periode, soldeAPayer: +(d.tvaCollectee - d.tvaDeductible).toFixed(2) }; cache.set('cabinet-fabre', r); return r; },
  }),
  notes_recentes: tool({
    description: 'Dernières notes du dossier (mémoire de conversation).',
    inputSchema: z.object({ limite: z.number() }),
    execute: async () => ({ notes: cache.has('cabinet-fabre') ? [cache.get('cabinet-fabre')] : [] }),
  }),
});

const a = ids('call_'), b = ids('call_');
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [[a, 'consulter_dossier', { periode: '2024-T2' }]] },
    'Pour le 2e trimestre 2024, Boulangerie Lemoine SARL doit reverser 14 382,60 € de TVA (collectée 21 904,10 €, déductible 7 521,50 €).',
  ] }),
  system, prompt: 'Bonjour, combien de TVA dois-je reverser pour le T2 ?', tools: makeTools('cli-30417'), stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'sess-lemoine-5e21', userId: 'cli-30417' }, telemetry,
});
const t1 = await flush();

await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [[b, 'notes_recentes', { limite: 1 }]] },
    'D’après les dernières notes de votre dossier, le solde de TVA à payer pour le T2 2024 est de 14 382,60 € (SIRET 532 118 904 00027).',
  ] }),
  system, prompt: 'Re-bonjour, vous pouvez me rappeler le montant de TVA à régler, comme la dernière fois ?', tools: makeTools('cli-30982'), stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'sess-kerbrat-a903', userId: 'cli-30982' }, telemetry,
});
const t2 = await flush();
writeJsonl(dir, 'traces.jsonl', [t1, t2]);
