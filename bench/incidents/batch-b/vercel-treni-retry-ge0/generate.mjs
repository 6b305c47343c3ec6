// Italian rail booking assistant (Vercel AI SDK v7, legacy ai.* telemetry), one turn. The first timetable
// search fails with a gateway timeout; the agent retries the same search, which answers, and books the
// train that matches the user's constraints at the price the search returned.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'binari-assistente', resource: { 'deployment.environment': 'produzione' }, seed: 'treni-retry-ge0' });
const ids = makeIds('treni-retry-ge0');

const sessionId = 'viaggi-it-3f91e2a7';
const userId = 'utente_0417';

let tentativi = 0;
const cercaTreni = tool({
  description: 'Cerca le soluzioni di viaggio tra due stazioni in una data (orari e prezzi in EUR).',
  inputSchema: z.object({ da: z.string(), a: z.string(), data: z.string(), partenza_entro: z.string().optional(), classe: z.enum(['standard', 'premium', 'business']) }),
  execute: async ({ da, a, data }) => {
    tentativi += 1;
    if (tentativi === 1) throw new Error('ETIMEDOUT: orari-gw.binari.internal did not answer within 8000 ms (GET /v2/soluzioni)');
    return {
      da, a, data,
      soluzioni: [
        { treno: 'FR 9507', partenza: '06:20', arrivo: '09:29', posti_liberi: 0, prezzo_eur: 69.9 },
        { treno: 'FR 9511', partenza: '07:00', arrivo: '09:59', posti_liberi: 14, prezzo_eur: 89.9 },
        { treno: 'FR 9519', partenza: '08:00', arrivo: '10:59', posti_liberi: 41, prezzo_eur: 79.9 },
        { treno: 'FR 9531', partenza: '09:30', arrivo: '12:40', posti_liberi: 63, prezzo_eur: 55.9 },
      ],
    };
  },
});

const prenotaPosto = tool({
  description: 'Prenota un posto su un treno per un passeggero adulto. Restituisce il PNR.',
  inputSchema: z.object({ treno: z.string(), data: z.string(), classe: z.enum(['standard', 'premium', 'business']), prezzo_eur: z.number() }),
  execute: async ({ treno, data, classe, prezzo_eur }) => ({ pnr: 'QX7L2M', treno, data, classe, carrozza: 6, posto: '11A', prezzo_eur, stato: 'emesso' }),
});

const args = { da: 'Milano Centrale', a: 'Roma Termini', data: '2026-12-05', partenza_entro: '09:00', classe: 'standard' };
await generateText({
  model: scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: 'cmpl-', replies: [
    { calls: [['tc-3b71e0c2', 'cercaTreni', args]] },
    { text: 'Il servizio orari non ha risposto, riprovo la ricerca.', calls: [['tc-8d04f9a1', 'cercaTreni', args]] },
    { calls: [['tc-c92a5b17', 'prenotaPosto', { treno: 'FR 9511', data: '2026-12-05', classe: 'standard', prezzo_eur: 89.9 }]] },
    'Fatto! Ti ho prenotato il Frecciarossa FR 9511 di domani, sabato 5 dicembre: partenza da Milano Centrale alle 07:00, arrivo a Roma Termini alle 09:59, classe Standard, carrozza 6 posto 11A, 89,90 €. Codice PNR: QX7L2M. Il FR 9507 delle 06:20 era più economico ma non aveva più posti; il FR 9519 parte alle 08:00 ma arriva dopo le 10.',
  ] }),
  system: 'Sei l\'assistente di viaggio di Binari. Prenota solo soluzioni che rispettano i vincoli dell\'utente e riporta il prezzo esatto restituito dalla ricerca.',
  prompt: 'Prenotami un Frecciarossa Milano Centrale → Roma Termini per domani mattina: devo partire entro le 9 e arrivare prima delle 10. Classe standard, un adulto.',
  tools: { cercaTreni, prenotaPosto },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'prenotazioni-treni', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(out, 'collector-export.jsonl', [await flush()]);
