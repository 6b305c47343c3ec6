// Assistente di magazzino (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration): un operatore del
// magazzino di Lodi chiede lo stato di una spedizione e la giacenza di un lotto; se il lotto è finito,
// va aperto un riordino.
// Run from the repository root: node bench/incidents/batch-a/vercel-lotto-esaurito-lodi-ww8/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  writeJsonl, scriptDir, SpanKind,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({
  serviceName: 'wms-copilota',
  resource: { 'service.version': '0.9.7', 'deployment.environment': 'prod-lodi' },
  seed: 'lotto-esaurito-lodi',
});
const ids = makeIds('lotto-esaurito-lodi');
const gid = () => ids('', 16);

const CONVERSATION = 'wms-op-2291-20250604-a7';
const OPERATORE = 'op.fcolombo';

let trackingCalls = 0;
const tools = {
  traccia_spedizione: tool({
    description: 'Stato di una spedizione in uscita dal gateway del corriere.',
    inputSchema: z.object({ spedizione: z.string() }),
    execute: async ({ spedizione }) => {
      trackingCalls++;
      if (trackingCalls === 1) throw new Error('ETIMEDOUT: tracking-gw.interno:8443 did not answer within 5000 ms');
      return { spedizione, stato: 'in transito', corriere: 'BRT', bancali: 12, lotti: ['L-2291'],
        ritiro: '2025-06-03T17:20:00+02:00', ultimo_scan: { hub: 'Hub Bologna Interporto', ora: '2025-06-04T06:42:00+02:00' },
        consegna_prevista: '2025-06-05' };
    },
  }),
  giacenza_lotto: tool({
    description: 'Giacenza attuale di un lotto nel magazzino.',
    inputSchema: z.object({ lotto: z.string(), magazzino: z.string() }),
    execute: async ({ lotto, magazzino }) => ({
      lotto, magazzino, articolo: 'ART-55120 Pellet abete A1 15 kg', bancali_disponibili: 0, bancali_totali_ricevuti: 12,
      movimenti: [
        { data: '2025-05-20', tipo: 'carico', bancali: 12, rif: 'DDT 4471/25' },
        { data: '2025-06-03', tipo: 'scarico', bancali: 12, rif: 'SPD-IT-0045821' },
      ],
    }),
  }),
  crea_riordino: tool({
    description: 'Apre un ordine di riordino verso il fornitore abituale dell\'articolo.',
    inputSchema: z.object({ articolo: z.string(), bancali: z.number().int().positive(), magazzino: z.string() }),
    execute: async ({ articolo, bancali, magazzino }) => ({ riordino: 'RDO-2025-00731', articolo, bancali, magazzino,
      fornitore: 'Segheria Valcamonica S.r.l.', consegna_prevista: '2025-06-12', stato: 'inviato' }),
  }),
};

const model = scriptedModel({
  provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: '',
  replies: [
    { calls: [[gid(), 'traccia_spedizione', { spedizione: 'SPD-IT-0045821' }], [gid(), 'giacenza_lotto', { lotto: 'L-2291', magazzino: 'MI-LODI' }]] },
    { calls: [[gid(), 'traccia_spedizione', { spedizione: 'SPD-IT-0045821' }]] },
    { calls: [[gid(), 'crea_riordino', { articolo: 'ART-55120', bancali: 12, magazzino: 'MI-LODI' }]] },
    'SPD-IT-0045821 è partita: ritirata da BRT ieri alle 17:20, stamattina alle 06:42 è stata scansionata all\'Hub Bologna Interporto, consegna prevista domani 05/06. '
      + 'Il lotto L-2291 è a 0 bancali: i 12 ricevuti il 20/05 (DDT 4471/25) sono stati caricati tutti su questa spedizione. '
      + 'Ho aperto il riordino RDO-2025-00731 per 12 bancali di ART-55120 presso Segheria Valcamonica, consegna prevista il 12/06.',
  ],
});

await tracing.tracer.startActiveSpan('POST /api/copilota/chat', { kind: SpanKind.SERVER, attributes: {
  'http.request.method': 'POST', 'gen_ai.conversation.id': CONVERSATION, 'enduser.id': OPERATORE,
} }, async (span) => {
  await generateText({
    model,
    system: 'Sei il copilota del WMS del magazzino MI-LODI. Rispondi in italiano, in modo conciso, solo con dati letti dagli strumenti. '
      + 'Se uno strumento fallisce per un errore temporaneo puoi riprovare una volta.',
    messages: [{ role: 'user', content: 'Ciao, la spedizione SPD-IT-0045821 è partita? E quanti bancali restano del lotto L-2291? Se è finito apri pure il riordino, stessa quantità dell\'ultimo carico.' }],
    tools,
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'copilota-wms', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});

writeJsonl(out, 'spans.jsonl', [await tracing.flush()]);
console.log(`wrote ${out}/spans.jsonl`);
