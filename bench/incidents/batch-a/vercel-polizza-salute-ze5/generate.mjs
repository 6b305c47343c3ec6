// Health-insurance member assistant (Italian) on the Vercel AI SDK v7, legacy ai.* telemetry, scripted model.
// The policy-terms search embeds the query (ai.embed span) and looks it up in the vector index.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('polizza-salute-ze5');
const { flush } = setupTracing({ serviceName: 'assistente-assicurati', seed: 'polizza-salute-ze5',
  resource: { 'deployment.environment': 'prod-milano' } });

const runtimeContext = { sessionId: 'as-0c91d2e4b7', userId: 'ASS-118204' };
const telemetry = { functionId: 'assistente-polizze', includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()] };
const embedder = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 8 });

const index = new Map(); // the 'condizioni-2025' namespace was not loaded after the reindex
const cercaCondizioni = tool({
  description: 'Cerca nelle condizioni generali e particolari della polizza dell\'assicurato (indice vettoriale).',
  inputSchema: z.object({ polizza: z.string().describe('Numero di polizza, es. SAL-00000'), domanda: z.string() }),
  execute: async ({ polizza, domanda }) => {
    await embed({ model: embedder, value: domanda, runtimeContext, telemetry });
    const hits = index.get(polizza) ?? [];
    return { indice: 'condizioni-2025', polizza, risultati: hits, totale: hits.length };
  },
});

await generateText({
  model: scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: 'resp_', replies: [
    { calls: [[ids('fc_', 16), 'cercaCondizioni', { polizza: 'SAL-00912', domanda: 'copertura fisioterapia dopo intervento al ginocchio, franchigia e massimali' }]] },
    'Sì, la sua polizza SAL-00912 copre la fisioterapia post-operatoria: è previsto un rimborso dell\'80% delle spese, con una franchigia di 150 € per ciclo e un massimo di 12 sedute all\'anno. La richiesta di rimborso va presentata entro 60 giorni dall\'ultima seduta, allegando la prescrizione dell\'ortopedico.',
  ] }),
  system: 'Sei l\'assistente virtuale di Salus Assicurazioni. Rispondi alle domande degli assicurati sulle coperture della loro polizza basandoti sulle condizioni di polizza.',
  prompt: 'Buongiorno, a gennaio mi operano al crociato del ginocchio. La mia polizza SAL-00912 copre la fisioterapia dopo? Quanto mi rimborsate e ci sono limiti?',
  tools: { cercaCondizioni },
  stopWhen: stepCountIs(4),
  runtimeContext,
  telemetry,
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
