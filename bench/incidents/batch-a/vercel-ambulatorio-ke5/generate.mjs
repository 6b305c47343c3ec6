// Assistente prenotazioni di un poliambulatorio (Vercel AI SDK v7, GenAI telemetry via @ai-sdk/otel).
// Offline: scripted MockLanguageModelV4, no network. Run from the repo root:
//   node bench/incidents/batch-a/vercel-ambulatorio-ke5/generate.mjs
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, writeJsonl, scriptDir, SpanKind }
  from '../../harness/vercel/harness.mjs';

const { tracer, flush } = setupTracing({ serviceName: 'cup-assistente', resource: { 'service.version': '1.9.0' }, seed: 'ambulatorio-ke5' });
const ids = makeIds('ambulatorio-ke5');

let tentativi = 0;
const prenotazioni = [];
const tools = {
  cerca_disponibilita: tool({
    description: 'Disponibilità per una prestazione in una sede.',
    inputSchema: z.object({ prestazione: z.string(), sede: z.string(), dal: z.string() }),
    execute: async () => ({ slot: [
      { slot_id: 'SL-DER-0614-0930', data: '2025-06-14', ora: '09:30', medico: 'Dr.ssa Bianchi' },
      { slot_id: 'SL-DER-0617-1615', data: '2025-06-17', ora: '16:15', medico: 'Dr. Ferri' },
    ] }),
  }),
  prenota_visita: tool({
    description: 'Prenota uno slot per l\'assistito. Idempotente sulla chiave richiesta_id.',
    inputSchema: z.object({ slot_id: z.string(), codice_fiscale: z.string(), richiesta_id: z.string() }),
    execute: async ({ slot_id, codice_fiscale, richiesta_id }) => {
      tentativi += 1;
      if (tentativi === 1) { const e = new Error('connect ETIMEDOUT 10.12.4.17:8443'); e.code = 'ETIMEDOUT'; throw e; }
      const p = { codice_prenotazione: 'PRN-2025-118734', slot_id, codice_fiscale, richiesta_id, stato: 'CONFERMATA', ticket_eur: 36.15 };
      prenotazioni.push(p);
      return p;
    },
  }),
  verifica_prenotazioni: tool({
    description: 'Elenca le prenotazioni attive dell\'assistito.',
    inputSchema: z.object({ codice_fiscale: z.string() }),
    execute: async () => ({ prenotazioni: [...prenotazioni] }),
  }),
};

const model = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_cD1sp0', 'cerca_disponibilita', { prestazione: 'visita dermatologica', sede: 'Bologna - via Saragozza', dal: '2025-06-12' }]] },
  { calls: [['call_pR3n01', 'prenota_visita', { slot_id: 'SL-DER-0614-0930', codice_fiscale: 'RSSGLI85M52A944K', richiesta_id: 'req-7c41e0' }]] },
  { text: 'Il sistema non ha risposto in tempo: controllo che la prenotazione non sia già stata registrata prima di riprovare.', calls: [['call_vF2k88', 'verifica_prenotazioni', { codice_fiscale: 'RSSGLI85M52A944K' }]] },
  { calls: [['call_pR3n02', 'prenota_visita', { slot_id: 'SL-DER-0614-0930', codice_fiscale: 'RSSGLI85M52A944K', richiesta_id: 'req-7c41e0' }]] },
  'Fatto! Ho prenotato la visita dermatologica per sabato 14 giugno alle 09:30 con la Dr.ssa Bianchi, sede di via Saragozza. Codice prenotazione PRN-2025-118734, ticket da pagare 36,15 €. (Al primo tentativo il sistema non ha risposto, ma ho verificato che non ci fossero doppioni prima di riprovare.)',
] });

await tracer.startActiveSpan('POST /v1/chat', { kind: SpanKind.SERVER, attributes: {
  'gen_ai.conversation.id': 'cup-bo-2025-06-11-a8f3d2', 'enduser.id': 'RSSGLI85M52A944K', 'http.route': '/v1/chat' } }, async (span) => {
  await generateText({
    model,
    system: 'Sei l\'assistente del CUP del Poliambulatorio Saragozza. Prenota solo dopo aver verificato la disponibilità. Rispondi in italiano.',
    prompt: 'Buongiorno, sono Giulia Rossi (CF RSSGLI85M52A944K). Vorrei una visita dermatologica il prima possibile, preferibilmente di mattina.',
    tools, stopWhen: stepCountIs(7),
    telemetry: { functionId: 'cup-prenotazioni', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', [await flush()]);
