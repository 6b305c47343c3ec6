// Home-insurance support assistant (Italian). Policy conditions are looked up in a vector index of
// the customer's policy documents.
import {
  setupTracing, scriptedModel, makeIds, generateText, embed, hashEmbeddingModel, tool, z, stepCountIs,
  OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistenza-sinistri', resource: { 'deployment.environment': 'prod-eu' }, seed: 'polizza-casa-je5' });
const ids = makeIds('polizza-casa-je5');
const embedder = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 8 });

// index of policy clauses per contract; contract HC-2025-118806 was migrated and its clauses are not indexed yet
const INDEX = { 'HC-2024-071150': [{ id: 'art-12.3', testo: '...' }] };

const tools = {
  cerca_condizioni: tool({
    description: 'Ricerca semantica nelle condizioni di polizza del contratto indicato.',
    inputSchema: z.object({ contratto: z.string(), domanda: z.string(), top_k: z.number().int() }),
    execute: async ({ contratto, domanda, top_k }) => {
      await embed({ model: embedder, value: domanda });
      const hits = (INDEX[contratto] ?? []).slice(0, top_k);
      return { contratto, risultati: hits, totale: hits.length };
    },
  }),
};

await generateText({
  model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: 'cmpl-', replies: [
    { calls: [['Kp3vT9sQa', 'cerca_condizioni', { contratto: 'HC-2025-118806', domanda: 'danni da acqua infiltrazione franchigia rimborso tempi', top_k: 5 }]] },
    'Per i danni da infiltrazione d\'acqua la sua polizza Casa Serena prevede una franchigia fissa di 250 € per sinistro e un rimborso dell\'80% del danno accertato, fino a un massimale di 15.000 €. La denuncia va fatta entro 3 giorni dalla scoperta e il pagamento avviene entro 30 giorni dalla chiusura della perizia. Le consiglio di fotografare subito le macchie sul soffitto e conservare la fattura dell\'idraulico.',
  ] }),
  system: 'Sei l\'assistente clienti di Assicura Casa. Rispondi sulle condizioni della polizza del cliente basandoti sui documenti recuperati. Contratto del cliente: HC-2025-118806.',
  prompt: 'Buongiorno, ho un\'infiltrazione dal piano di sopra, il soffitto della cucina è tutto macchiato. Quanto mi rimborsate e in quanto tempo? C\'è una franchigia?',
  tools,
  stopWhen: stepCountIs(4),
  telemetry: { functionId: 'sinistri-chat', integrations: [new OpenTelemetry()] },
});
writeJsonl(dir, 'otel-export.jsonl', [await flush()]);
