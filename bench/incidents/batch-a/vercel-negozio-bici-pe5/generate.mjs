// Bike shop chat assistant (Italian). First stock lookup times out, the assistant retries, the retry
// answers (genuinely zero on the shelf, a delivery due). Vercel AI SDK v7 + LegacyOpenTelemetry, scripted model.
import { generateText, tool, z, stepCountIs, LegacyOpenTelemetry, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'ciclo-assistente', resource: { 'service.version': '1.8.0' }, seed: 'negozio-bici-pe5' });
const ids = makeIds('negozio-bici-pe5');

let tentativi = 0;
const tools = {
  verifica_disponibilita: tool({
    description: 'Disponibilità di un articolo nei punti vendita (pezzi a scaffale e arrivi previsti).',
    inputSchema: z.object({ sku: z.string(), negozio: z.string() }),
    execute: async ({ sku, negozio }) => {
      tentativi += 1;
      if (tentativi === 1) throw new Error('connect ETIMEDOUT 10.40.2.17:8443 (gestionale-magazzino, 5000 ms)');
      return { sku, negozio, aScaffale: 0, riservati: 0, inArrivo: [{ ddt: 'DDT-2025-11-0931', pezzi: 6, dataPrevista: '2025-11-26' }], aggiornatoAlle: '2025-11-18T10:02:41+01:00' };
    },
  }),
};

const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-small-latest', ids, responsePrefix: 'cmpl-', replies: [
  { calls: [[ids('', 9), 'verifica_disponibilita', { sku: 'SHM-CN-M7100-126', negozio: 'MI-NAVIGLI' }]] },
  { text: 'Il gestionale non ha risposto, riprovo.', calls: [[ids('', 9), 'verifica_disponibilita', { sku: 'SHM-CN-M7100-126', negozio: 'MI-NAVIGLI' }]] },
  'Ho verificato: la catena Shimano SLX CN-M7100 (126 maglie) al momento è esaurita nel negozio dei Navigli, 0 pezzi a scaffale. Ne arrivano 6 con la consegna prevista per mercoledì 26 novembre. Vuole che ne tenga una da parte per lei appena arriva?',
] });

await generateText({
  model,
  system: "Sei l'assistente di Ciclofficina Navigli. Rispondi in italiano usando solo i dati del gestionale.",
  prompt: 'Ciao, avete la catena Shimano SLX 12v da 126 maglie in negozio? Passerei oggi pomeriggio.',
  tools, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'chat-navigli-3f9e1a7c', userId: 'cliente-ospite-88410' },
  telemetry: { functionId: 'assistente-negozio', recordInputs: true, recordOutputs: true,
    includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
