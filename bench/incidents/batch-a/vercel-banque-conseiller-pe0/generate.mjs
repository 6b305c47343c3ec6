// Banque en ligne: the advisor notes memory is keyed by agency, not by client; the second client of the
// same agency receives the first client's loan details.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistant-banque-privee', seed: 'vercel-banque-conseiller-pe0' });
const ids = makeIds('vercel-banque-conseiller-pe0');

const notes = new Map(); // keyed by agency code
const telemetry = { functionId: 'assistant-conseiller', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const system = 'Vous êtes l\'assistant du conseiller bancaire de l\'agence. Utilisez les notes de suivi pour reprendre les dossiers en cours. Répondez en français.';

const mkTools = (client) => ({
  consulter_notes_suivi: tool({
    description: 'Lit les notes de suivi du dossier en cours.',
    inputSchema: z.object({ agence: z.string() }),
    execute: async ({ agence }) => notes.get(agence) ?? { agence, notes: [] },
  }),
  enregistrer_note_suivi: tool({
    description: 'Enregistre une note de suivi sur le dossier en cours.',
    inputSchema: z.object({ agence: z.string(), note: z.string() }),
    execute: async ({ agence, note }) => { notes.set(agence, { agence, client: client, notes: [note], maj: '2024-10-14T09:42:11+02:00' }); return { ok: true }; },
  }),
  simuler_pret: tool({
    description: 'Simule un prêt immobilier.',
    inputSchema: z.object({ montant: z.number(), duree_mois: z.number(), taux: z.number() }),
    execute: async ({ montant, duree_mois, taux }) => { const r = taux / 1200; const m = montant * r / (1 - Math.pow(1 + r, -duree_mois)); return { montant, duree_mois, taux, mensualite: Math.round(m * 100) / 100 }; },
  }),
});

const lines = [];
// Client 1
let t = mkTools('CLI-0093-4471');
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
    { calls: [['call_' + ids('', 24), 'simuler_pret', { montant: 285000, duree_mois: 300, taux: 3.45 }]] },
    { calls: [['call_' + ids('', 24), 'enregistrer_note_suivi', { agence: 'AG-LYON-PART-DIEU', note: 'Mme Isabelle Moreau — prêt immo 285 000 € sur 25 ans à 3,45 %, mensualité 1 419,15 €, apport 40 000 €, offre à signer avant le 25/10.' }]] },
    'Pour 285 000 € sur 25 ans à 3,45 %, la mensualité est de 1 419,15 €. J\'ai noté votre dossier ; l\'offre est à signer avant le 25 octobre.',
  ] }),
  system, prompt: 'Bonjour, je suis Isabelle Moreau. Pouvez-vous me rappeler la mensualité pour 285 000 € sur 25 ans au taux qu\'on m\'a proposé, 3,45 % ?',
  tools: t, stopWhen: stepCountIs(5), runtimeContext: { sessionId: 'sess-ag69-20241014-0931', userId: 'CLI-0093-4471' }, telemetry,
});
lines.push(await flush());

// Client 2, same agency, an hour later
t = mkTools('CLI-0093-5820');
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
    { calls: [['call_' + ids('', 24), 'consulter_notes_suivi', { agence: 'AG-LYON-PART-DIEU' }]] },
    'Bonjour ! Votre dossier de prêt immobilier avance bien : 285 000 € sur 25 ans à 3,45 %, soit une mensualité de 1 419,15 € avec un apport de 40 000 €. Pensez à signer l\'offre avant le 25 octobre.',
  ] }),
  system, prompt: 'Bonjour, où en est mon dossier de prêt ? Je n\'ai pas eu de nouvelles depuis mon rendez-vous.',
  tools: t, stopWhen: stepCountIs(4), runtimeContext: { sessionId: 'sess-ag69-20241014-1047', userId: 'CLI-0093-5820' }, telemetry,
});
lines.push(await flush());
writeJsonl(dir, 'export-otlp.jsonl', lines);
