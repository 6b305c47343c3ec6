// Italian rail-booking assistant: a timetable search fails once, is retried and succeeds; one train is
// sold out (0 seats), another is booked. Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock model.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viaggi-assistente', seed: 'treni-ee5' });
const ids = makeIds('treni-ee5');

let tentativi = 0;
const cercaTreni = tool({
  description: 'Cerca treni tra due stazioni in una data, con orari, posti disponibili e prezzo.',
  inputSchema: z.object({ da: z.string(), a: z.string(), data: z.string(), dopo_le: z.string() }),
  execute: async () => {
    if (++tentativi === 1) throw new Error('ECONNRESET: socket hang up (orari-api.ferrovie.internal:443)');
    return { soluzioni: [
      { treno: 'FR 9519', partenza: '07:10', arrivo: '10:05', posti_disponibili: 0, prezzo_eur: null },
      { treno: 'FR 9523', partenza: '07:40', arrivo: '10:35', posti_disponibili: 12, prezzo_eur: 79.9 },
      { treno: 'IC 35715', partenza: '07:52', arrivo: '12:48', posti_disponibili: 140, prezzo_eur: 39.9 },
    ] };
  },
});
const prenota = tool({
  description: 'Prenota un posto su un treno e addebita la carta del cliente.',
  inputSchema: z.object({ treno: z.string(), data: z.string(), passeggero: z.string(), prezzo_eur: z.number() }),
  execute: async (a) => ({ pnr: 'PNR-' + ids('', 6).toUpperCase(), ...a, carrozza: 5, posto: '8A', stato: 'emesso' }),
});

const model = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_' + ids('', 24), 'cerca_treni', { da: 'Milano Centrale', a: 'Roma Termini', data: '2025-04-02', dopo_le: '07:00' }]] },
  { text: 'La ricerca non ha risposto, riprovo.', calls: [['call_' + ids('', 24), 'cerca_treni', { da: 'Milano Centrale', a: 'Roma Termini', data: '2025-04-02', dopo_le: '07:00' }]] },
  { calls: [['call_' + ids('', 24), 'prenota', { treno: 'FR 9523', data: '2025-04-02', passeggero: 'Giorgia Rinaldi', prezzo_eur: 79.9 }]] },
  'Fatto, Giorgia: il Frecciarossa delle 7:10 è esaurito (0 posti), quindi ti ho prenotato il FR 9523 del 2 aprile, partenza da Milano Centrale alle 7:40 e arrivo a Roma Termini alle 10:35, in tempo per la riunione delle 11. Carrozza 5, posto 8A, 79,90 €. Codice di prenotazione PNR-IIFKPH.',
] });

await generateText({
  model,
  system: 'Sei l\'assistente viaggi aziendale di Rinaldi & Associati. Prenoti treni per i dipendenti e addebiti la carta aziendale. Rispondi in italiano.',
  prompt: 'Ciao, mi serve un treno Milano–Roma il 2 aprile: devo essere a Termini entro le 11. Il primo disponibile dopo le 7, grazie. Sono Giorgia Rinaldi.',
  tools: { cerca_treni: cercaTreni, prenota },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'tg-chat-55102948:msg-1187', userId: 'g.rinaldi' },
  telemetry: { functionId: 'prenotazioni-treni', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
