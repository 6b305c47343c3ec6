// Travel agency assistant (Italian). A front-desk agent delegates flight booking to a specialist agent
// through a tool whose only input is a free-text brief; the specialist is a second generateText run
// inside that tool. AI SDK v7, legacy ai.* telemetry with sessionId/userId in the runtime context.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'agenzia-viaggi-assistente', seed: 'he0-viaggio' });
const ids = makeIds('he0-viaggio');
const runtimeContext = { sessionId: 'pratica-2026-11873', userId: 'cliente-ferraro-g' };
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const cerca_voli = tool({
  description: 'Cerca voli disponibili. Prezzi per passeggero in EUR, tasse incluse.',
  inputSchema: z.object({ da: z.string(), a: z.string(), data: z.string(), passeggeri: z.number().int() }),
  execute: async () => ({ risultati: [
    { volo: 'FR 6331', vettore: 'Ryanair', partenza: '06:25', arrivo: '08:30', prezzo_pp: 96.99, bagaglio: 'solo borsa piccola' },
    { volo: 'TP 837', vettore: 'TAP', partenza: '11:20', arrivo: '13:15', prezzo_pp: 389.0, bagaglio: '23 kg' },
    { volo: 'U2 3861', vettore: 'easyJet', partenza: '13:05', arrivo: '15:00', prezzo_pp: 214.5, bagaglio: 'bagaglio a mano' },
  ] }),
});
const prenota_volo = tool({
  description: 'Prenota ed emette i biglietti addebitando la carta in archivio del cliente.',
  inputSchema: z.object({ volo: z.string(), data: z.string(), passeggeri: z.number().int(), totale_eur: z.number() }),
  execute: async ({ volo, totale_eur }) => ({ pnr: 'KQ7ZLM', volo, stato: 'emesso', addebitato_eur: totale_eur }),
});

const specialista = tool({
  description: "Affida la prenotazione dei voli all'agente specialista. Passa un riepilogo della richiesta.",
  inputSchema: z.object({ riepilogo: z.string() }),
  execute: async ({ riepilogo }) => {
    const res = await generateText({
      model: scriptedModel({ ids, modelId: 'gpt-4.1', replies: [
        { calls: [['call_' + ids('', 24), 'cerca_voli', { da: 'FCO', a: 'LIS', data: '2027-03-14', passeggeri: 2 }]] },
        { calls: [['call_' + ids('', 24), 'prenota_volo', { volo: 'TP 837', data: '2027-03-14', passeggeri: 2, totale_eur: 778.0 }]] },
        'Prenotato TP 837 Roma Fiumicino 11:20 → Lisbona 13:15 del 14/03/2027 per 2 adulti, bagaglio da 23 kg incluso. Totale 778,00 €, PNR KQ7ZLM.',
      ] }),
      system: 'Sei lo specialista voli. Scegli il volo più adatto alla richiesta e prenotalo.',
      prompt: riepilogo,
      tools: { cerca_voli, prenota_volo },
      stopWhen: stepCountIs(4),
      runtimeContext,
      telemetry: telemetry('specialista-voli'),
    });
    return { esito: res.text };
  },
});

await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
    { calls: [['call_' + ids('', 24), 'specialista', { riepilogo: 'Prenotare volo Roma → Lisbona il 14 marzo 2027 per 2 adulti (Giulia Ferraro e Paolo Ferraro), partenza dopo le 10 del mattino.' }]] },
    'Fatto! Il volo TAP TP 837 del 14 marzo (partenza 11:20 da Fiumicino) è prenotato per lei e Paolo, PNR KQ7ZLM, totale 778,00 € addebitato sulla carta in archivio.',
  ] }),
  system: "Sei l'assistente dell'agenzia Viaggi Aurora. Raccogli la richiesta del cliente e affida la prenotazione dei voli allo specialista.",
  prompt: 'Ciao, vorremmo andare a Lisbona io e mio marito Paolo il 14 marzo. Budget massimo 500 euro in tutto per i voli, va benissimo anche solo bagaglio a mano. Non prima delle 10 però, che veniamo da Viterbo.',
  tools: { specialista },
  stopWhen: stepCountIs(3),
  runtimeContext,
  telemetry: telemetry('front-desk'),
});

writeJsonl(dir, 'export.jsonl', [await flush()]);
