// Assistenza spedizioni: the tracking carrier API fails once (503), the agent retries and answers from
// the successful result.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'spedizioni-chat', seed: 'vercel-spedizioni-retry-pe0', resource: { 'deployment.environment': 'production' } });
const ids = makeIds('vercel-spedizioni-retry-pe0');

let attempts = 0;
const traccia_spedizione = tool({
  description: 'Stato di una spedizione dal corriere (numero di tracciamento).',
  inputSchema: z.object({ tracking: z.string() }),
  execute: async ({ tracking }) => {
    attempts++;
    if (attempts === 1) throw new Error('BRT gateway: 503 Service Unavailable (upstream timeout after 10000 ms)');
    return { tracking, stato: 'IN CONSEGNA', ultimo_evento: 'Partita dal deposito di Bologna Roveri', data_evento: '2024-11-12T07:18:00+01:00', consegna_prevista: '2024-11-12', fascia: '14:00-18:00' };
  },
});

await tracer.startActiveSpan('chat.turn', { attributes: { 'gen_ai.conversation.id': 'tk-IT-20241112-3391', 'enduser.id': 'cliente.88127' } }, async (span) => {
  await generateText({
    model: scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: 'cmpl-', replies: [
      { calls: [[ids('', 9), 'traccia_spedizione', { tracking: '05731204418893' }]] },
      { text: 'Il servizio del corriere non risponde, riprovo.', calls: [[ids('', 9), 'traccia_spedizione', { tracking: '05731204418893' }]] },
      'Il suo pacco 05731204418893 è in consegna: è partito stamattina alle 07:18 dal deposito di Bologna Roveri e arriverà oggi, 12 novembre, nella fascia 14:00–18:00.',
    ] }),
    system: 'Sei l\'assistente clienti di un e-commerce italiano. Rispondi solo con dati ottenuti dagli strumenti; se uno strumento fallisce, riprova una volta prima di arrenderti.',
    prompt: 'Buongiorno, il mio ordine non è ancora arrivato e il tracking 05731204418893 sul sito dà errore. Mi dite dov\'è?',
    tools: { traccia_spedizione }, stopWhen: stepCountIs(5),
    telemetry: { functionId: 'assistente-ordini', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(dir, 'traces.otlp.jsonl', [await flush()]);
