// E-commerce support (Italian): the carrier tracking API answers 503 on the first call; the agent retries,
// gets the tracking, and answers from it. Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock model.
import * as H from '../../harness/vercel/harness.mjs';

const dir = H.scriptDir(import.meta.url);
const { flush } = H.setupTracing({ serviceName: 'assistenza-ordini', seed: 'spedizione-reso-ge5' });
const ids = H.makeIds('spedizione-reso-ge5');
const runtimeContext = { sessionId: 'tk-IT-0091-5523', userId: 'cli-0417722' };

let tentativi = 0;
const model = H.scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_', replies: [
  { calls: [['toolu_01Hc8', 'dettaglio_ordine', { ordine: 'ORD-IT-7781204' }]] },
  { calls: [['toolu_02Kp3', 'traccia_spedizione', { corriere: 'BRT', lettera_vettura: '050612203948771' }]] },
  { text: 'Il servizio del corriere non ha risposto, riprovo.', calls: [['toolu_03Xn6', 'traccia_spedizione', { corriere: 'BRT', lettera_vettura: '050612203948771' }]] },
  'Il pacco dell’ordine ORD-IT-7781204 non è perso: ieri alle 18:40 il corriere ha tentato la consegna ma non ha trovato nessuno, quindi è in giacenza presso la filiale BRT di Bologna Roveri fino al 21 novembre. Può riprogrammare la consegna gratuitamente dal link nell’SMS oppure ritirarlo in filiale (Via dell’Industria 36) con un documento.',
] });

await H.generateText({
  model,
  system: 'Sei l’assistente clienti di Casa Ardesia. Rispondi solo con informazioni ottenute dagli strumenti.',
  prompt: 'Il mio ordine doveva arrivare ieri e il sito del corriere dice “in giacenza”. L’avete perso? Ordine ORD-IT-7781204.',
  tools: {
    dettaglio_ordine: H.tool({ description: 'Dettagli di un ordine.', inputSchema: H.z.object({ ordine: H.z.string() }),
      execute: async () => ({ ordine: 'ORD-IT-7781204', stato: 'spedito', corriere: 'BRT', lettera_vettura: '050612203948771', consegna_prevista: '2025-11-13' }) }),
    traccia_spedizione: H.tool({ description: 'Stato della spedizione presso il corriere.', inputSchema: H.z.object({ corriere: H.z.string(), lettera_vettura: H.z.string() }),
      execute: async () => {
        if (tentativi++ === 0) throw new Error('BRT tracking API: 503 Service Unavailable (upstream timeout after 10000 ms)');
        return { lettera_vettura: '050612203948771', eventi: [
          { data: '2025-11-12T07:55', evento: 'In consegna', luogo: 'Bologna Roveri' },
          { data: '2025-11-13T18:40', evento: 'Mancata consegna - destinatario assente', luogo: 'Bologna' },
          { data: '2025-11-13T20:05', evento: 'In giacenza', luogo: 'Filiale BRT Bologna Roveri, Via dell’Industria 36' } ],
          giacenza_fino_al: '2025-11-21', riprogrammazione: 'gratuita via link SMS' };
      } }),
  },
  stopWhen: H.stepCountIs(6), runtimeContext,
  telemetry: { functionId: 'assistente-ordini', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new H.LegacyOpenTelemetry()] },
});
H.writeJsonDocument(dir, 'otlp-request.json', await flush());
