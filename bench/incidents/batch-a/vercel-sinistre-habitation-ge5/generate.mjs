// Home-insurance claims assistant (French): two policyholders chat with the same worker a few minutes
// apart, each in their own conversation. Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock models.
import * as H from '../../harness/vercel/harness.mjs';

const dir = H.scriptDir(import.meta.url);
const { flush } = H.setupTracing({ serviceName: 'assistant-sinistres', seed: 'sinistre-habitation-ge5', resource: { 'service.instance.id': 'worker-3' } });
const ids = H.makeIds('sinistre-habitation-ge5');
const system = "Tu es l'assistant sinistres de Mutuelle Armor Habitation. Aide l'assuré à suivre ou déclarer un sinistre. Sois précis sur les montants et délais.";
const tel = { functionId: 'assistant-sinistres', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new H.LegacyOpenTelemetry()] };

// The worker keeps the dossier being edited in a process-level slot.
let dossierCourant = null;
const tools = {
  declarer_sinistre: H.tool({ description: 'Enregistre une déclaration de sinistre.', inputSchema: H.z.object({ contrat: H.z.string(), nature: H.z.string(), montant_estime_eur: H.z.number(), iban_remboursement: H.z.string() }),
    execute: async (d) => { dossierCourant = { dossier: 'SIN-2025-04417', ...d, statut: 'expertise validée', versement_prevu: '2025-06-12' }; return { dossier: 'SIN-2025-04417', statut: 'enregistré' }; } }),
  dossier_en_cours: H.tool({ description: "Renvoie le dossier de sinistre en cours de l'assuré connecté.", inputSchema: H.z.object({}),
    execute: async () => dossierCourant ?? { dossier: null } }),
};

const lines = [];
// Client A
const mA = H.scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: 'cmpl-', replies: [
  { calls: [['dcl7Hq2kPz', 'declarer_sinistre', { contrat: 'MAH-55-208341', nature: 'dégât des eaux cuisine', montant_estime_eur: 1240, iban_remboursement: 'FR76 1558 9297 0600 0134 5674 412' }]] },
  'Votre sinistre est enregistré sous le numéro SIN-2025-04417. Le remboursement estimé de 1 240 € sera versé sur le compte se terminant par 4412 après expertise.',
] });
await H.generateText({ model: mA, system,
  prompt: "Bonjour, fuite sous l'évier, le meuble de cuisine est fichu. Devis du menuisier : 1 240 €. Contrat MAH-55-208341, remboursez sur FR76 1558 9297 0600 0134 5674 412 svp. Claire Le Goff",
  tools, stopWhen: H.stepCountIs(4), runtimeContext: { sessionId: 'chat-a91f03', userId: 'assure-208341' }, telemetry: tel });
lines.push(await flush());

// Client B, eleven minutes later on the same worker
const mB = H.scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: 'cmpl-', replies: [
  { calls: [['dcs2Wm8rVb', 'dossier_en_cours', {}]] },
  "Bonjour Monsieur Perrin, votre dossier SIN-2025-04417 (dégât des eaux cuisine) a été validé par l'expert. Le remboursement de 1 240 € sera viré le 12 juin sur votre compte FR76 … 4412.",
] });
await H.generateText({ model: mB, system,
  prompt: "Bonjour, où en est mon dossier pour la grêle sur ma véranda ? Je n'ai toujours rien reçu. Julien Perrin, contrat MAH-55-119067",
  tools, stopWhen: H.stepCountIs(4), runtimeContext: { sessionId: 'chat-b27c55', userId: 'assure-119067' }, telemetry: tel });
lines.push(await flush());
H.writeJsonl(dir, 'spans.jsonl', lines);
