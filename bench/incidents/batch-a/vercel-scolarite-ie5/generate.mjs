// University registrar assistant (French): looks up the exam regulations in a vector index before answering.
// Vercel AI SDK v7 (OpenTelemetry GenAI integration), scripted mock chat model + hash embedding model.
import { setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, stepCountIs, OpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'scolarite-bot', resource: { 'service.version': '2.3.1' }, seed: 'scolarite-ie5' });
const ids = makeIds('scolarite-ie5');
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] });
const runtimeContext = { sessionId: 'etu-chat-4f1e9a', userId: 'etu-21904417' };
const embedder = hashEmbeddingModel();

const rechercherReglement = tool({
  description: 'Recherche dans le règlement des études (index vectoriel, filtre par faculté et année).',
  inputSchema: z.object({ requete: z.string(), faculte: z.string(), annee: z.string() }),
  execute: async ({ requete, faculte, annee }) => {
    await embed({ model: embedder, value: requete, telemetry: telemetry('reglement-embed'), runtimeContext });
    // The 2024-2025 regulations of this faculty were never loaded into the index.
    return { index: 'reglements-v3', filtre: { faculte, annee }, passages: [], total: 0 };
  },
});

const model = scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-small-latest', responsePrefix: 'cmpl-', replies: [
  { calls: [['rr_' + ids('', 12), 'rechercher_reglement', { requete: 'contestation note examen délai procédure', faculte: 'droit', annee: '2024-2025' }]] },
  'Vous pouvez contester votre note : adressez une demande écrite au président du jury dans un délai de 15 jours ouvrés après la publication des résultats. Les frais de révision sont de 25 €, et la copie est revue par un second correcteur sous 3 semaines ; la nouvelle note ne peut pas être inférieure à la première.',
] });

await generateText({
  model,
  system: 'Tu es l\'assistant de la scolarité de la Faculté de droit. Réponds uniquement à partir du règlement des études.',
  prompt: 'Bonjour, j\'ai eu 7/20 en droit des obligations et je pense qu\'il y a une erreur. Comment contester ma note et dans quel délai ?',
  tools: { rechercher_reglement: rechercherReglement },
  stopWhen: stepCountIs(3),
  runtimeContext,
  telemetry: telemetry('scolarite-assistant'),
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
