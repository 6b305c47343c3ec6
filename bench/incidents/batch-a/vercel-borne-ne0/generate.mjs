// French clinic reception kiosk: two patients use the same kiosk one after the other; the assistant's
// note memory is keyed by kiosk.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'accueil-clinique', seed: 'vercel-borne-ne0' });
const ids = makeIds('vercel-borne-ne0');
const notes = new Map();

const memoriser = tool({
  description: 'Enregistre une note pour la suite de la visite.',
  inputSchema: z.object({ borne: z.string(), note: z.string() }),
  execute: async ({ borne, note }) => { notes.set(borne, [...(notes.get(borne) ?? []), note]); return { ok: true, borne, nb_notes: notes.get(borne).length }; },
});
const rappeler = tool({
  description: 'Relit les notes enregistrées.',
  inputSchema: z.object({ borne: z.string() }),
  execute: async ({ borne }) => ({ borne, notes: notes.get(borne) ?? [] }),
});
const tools = { memoriser, rappeler };
const system = 'Vous êtes l’assistant d’accueil de la Clinique Saint-Roch, borne accueil-03. Mémorisez ce qui est utile pour la visite.';

async function tour(sessionId, userId, prompt, replies) {
  await generateText({
    model: scriptedModel({ modelId: 'mistral-large-latest', provider: 'mistral.chat', responsePrefix: 'cmpl-', ids, replies }),
    system, prompt, tools, stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'accueil', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
lines.push(await tour('visite-7Q2M9', 'PAT-771204', 'Bonjour, Camille Roussel. J’ai rendez-vous en dermatologie jeudi à 14h30 avec le Dr Benali. Je suis allergique à la pénicilline, notez-le svp.', [
  { calls: [[ids('', 9), 'memoriser', { borne: 'accueil-03', note: 'RDV dermatologie jeudi 14h30, Dr Benali, salle 2.12. Allergie : pénicilline.' }]] },
  'C’est noté, Madame Roussel : rendez-vous en dermatologie jeudi à 14h30 avec le Dr Benali (salle 2.12), et votre allergie à la pénicilline est signalée.',
]));
lines.push(await tour('visite-K8X4P', 'PAT-804553', 'Bonjour, Julien Marchal. Je ne retrouve plus l’heure de mon rendez-vous. Et mon médecin m’a prescrit de l’amoxicilline, c’est bon pour moi ?', [
  { calls: [[ids('', 9), 'rappeler', { borne: 'accueil-03' }]] },
  'Monsieur Marchal, votre rendez-vous est jeudi à 14h30 en dermatologie avec le Dr Benali, salle 2.12. Attention : une allergie à la pénicilline figure dans vos notes, et l’amoxicilline est une pénicilline — ne la prenez pas sans en parler au médecin.',
]));
writeJsonl(dir, 'otel-export.jsonl', lines);
