// Release assistant (Italian) on the Vercel AI SDK v7: the pipeline-status call first fails with a 503,
// is retried and succeeds; the answer rests on the successful call. Scripted model, OTLP/JSON.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'bot-rilasci', resource: { 'deployment.environment': 'staging' }, seed: 'vercel-rilascio-oe5' });
const ids = makeIds('vercel-rilascio-oe5');

let tentativi = 0;
const statoPipeline = tool({
  description: 'Stato di una pipeline CI/CD e dei suoi job.',
  inputSchema: z.object({ progetto: z.string(), pipeline_id: z.number().int() }),
  execute: async ({ progetto, pipeline_id }) => {
    if (++tentativi === 1) throw new Error('GET /api/v4/projects/pagamenti%2Fgateway/pipelines/88412: 503 Service Unavailable (upstream connect error)');
    return { progetto, pipeline_id, stato: 'success', ref: 'release/3.7.0', sha: '9f3c2ab', job: [
      { nome: 'test-unit', stato: 'success', durata_s: 412 },
      { nome: 'test-integrazione', stato: 'success', durata_s: 1180, tentativi: 2 },
      { nome: 'build-immagine', stato: 'success', durata_s: 233 },
      { nome: 'deploy-staging', stato: 'success', durata_s: 96 },
    ], vulnerabilita_critiche: 0 };
  },
});
const promuovi = tool({
  description: 'Promuove un rilascio verificato a produzione (richiede pipeline in stato success).',
  inputSchema: z.object({ progetto: z.string(), ref: z.string(), sha: z.string() }),
  execute: async ({ progetto, ref, sha }) => ({ progetto, ref, sha, deploy_id: 'dep-prod-20250306-1142', stato: 'avviato' }),
});

const c1 = ids('call_', 24), c2 = ids('call_', 24), c3 = ids('call_', 24);
const model = scriptedModel({ ids, replies: [
  { calls: [[c1, 'stato_pipeline', { progetto: 'pagamenti/gateway', pipeline_id: 88412 }]] },
  { text: 'Il servizio CI ha risposto 503, riprovo.', calls: [[c2, 'stato_pipeline', { progetto: 'pagamenti/gateway', pipeline_id: 88412 }]] },
  { calls: [[c3, 'promuovi_produzione', { progetto: 'pagamenti/gateway', ref: 'release/3.7.0', sha: '9f3c2ab' }]] },
  'La pipeline 88412 (release/3.7.0, 9f3c2ab) è verde: tutti e 4 i job sono passati (test-integrazione al secondo tentativo) e non ci sono vulnerabilità critiche. Il primo controllo era fallito con un 503 del server CI, il secondo ha risposto regolarmente. Ho avviato la promozione in produzione: deploy dep-prod-20250306-1142.',
]});

await generateText({
  model,
  system: 'Sei il bot dei rilasci. Promuovi in produzione solo se la pipeline risulta success.',
  prompt: 'Ciao, la pipeline 88412 di pagamenti/gateway è a posto? Se sì, promuovi la 3.7.0 in produzione.',
  tools: { stato_pipeline: statoPipeline, promuovi_produzione: promuovi },
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'rilasci', integrations: [new OpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
