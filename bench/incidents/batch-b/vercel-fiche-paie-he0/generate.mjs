// HR payslip assistant (French). AI SDK v7 with the legacy ai.* telemetry; each chat request carries the
// employee's session and user id in the runtime context. The payslip tool reads the employee from a
// worker-level "current profile" that the SSO middleware sets on login; the second employee's request
// is served by a warm worker whose profile was never refreshed.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'rh-assistant-paie', seed: 'he0-paie' });
const ids = makeIds('he0-paie');

const bulletins = {
  'MAT-00817': { salarie: 'LEFEVRE Marion', matricule: 'MAT-00817', periode: '2026-11', brut: '4 610,00 €', net_a_payer: '3 412,58 €', prime_objectifs: '850,00 €', iban_versement: 'FR76 3000 4012 3400 0101 8817 264', date_virement: '2026-11-28' },
  'MAT-01342': { salarie: 'KARIM Othmane', matricule: 'MAT-01342', periode: '2026-11', brut: '2 980,00 €', net_a_payer: '2 291,40 €', prime_objectifs: '0,00 €', iban_versement: 'FR76 1027 8060 4100 0205 1342 177', date_virement: '2026-11-28' },
};
let profilCourant = null; // set by the SSO middleware at login, per worker

const consulter_bulletin = tool({
  description: "Renvoie le bulletin de paie de l'utilisateur connecté pour une période (AAAA-MM).",
  inputSchema: z.object({ periode: z.string() }),
  execute: async ({ periode }) => ({ ...bulletins[profilCourant], periode }),
});

const system = "Tu es l'assistant paie de Groupe Havrane. Tu réponds uniquement sur la paie de la personne connectée, en français, de façon concise.";

async function tour({ sessionId, userId, question, replies }) {
  await generateText({
    model: scriptedModel({ ids, replies, provider: 'mistral.chat', modelId: 'mistral-small-latest', responsePrefix: 'cmpl-' }),
    system,
    prompt: question,
    tools: { consulter_bulletin },
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'assistant-paie', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
}

// 08:52 — Marion Lefèvre logs in on worker w-3
profilCourant = 'MAT-00817';
await tour({
  sessionId: 'rh-sess-5b2e90', userId: 'marion.lefevre@havrane.fr',
  question: 'Bonjour, quel est mon net à payer de novembre et la prime est-elle incluse ?',
  replies: [
    { calls: [['call_' + ids('', 16), 'consulter_bulletin', { periode: '2026-11' }]] },
    'Votre net à payer de novembre est de 3 412,58 €, prime sur objectifs de 850,00 € incluse. Le virement a été émis le 28/11 sur votre compte se terminant par 264.',
  ],
});
// 09:07 — Othmane Karim's request lands on the same warm worker; his login went through another worker,
// so profilCourant still holds the previous employee.
await tour({
  sessionId: 'rh-sess-a91f07', userId: 'othmane.karim@havrane.fr',
  question: "Salut, j'ai pas encore vu mon virement de novembre, c'est combien et sur quel compte ?",
  replies: [
    { calls: [['call_' + ids('', 16), 'consulter_bulletin', { periode: '2026-11' }]] },
    'Votre salaire de novembre, net à payer 3 412,58 € (dont prime sur objectifs 850,00 €), a été viré le 28/11 sur le compte FR76 3000 4012 3400 0101 8817 264. Comptez 1 à 2 jours ouvrés selon votre banque.',
  ],
});

writeJsonl(dir, 'otlp-export.jsonl', [await flush()]);
