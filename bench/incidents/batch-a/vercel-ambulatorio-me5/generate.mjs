// Clinic booking assistant (Italian) on the Vercel AI SDK, legacy ai.* telemetry. The slot search fails
// once with a gateway timeout and succeeds on the retry; the booking uses the retried result.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'cup-prenotazioni', seed: 'ambulatorio-me5' });
const ids = makeIds('ambulatorio-me5');

let tries = 0;
const cerca_disponibilita = tool({
  description: 'Cerca le disponibilità CUP per una prestazione, con priorità e ambito territoriale.',
  inputSchema: z.object({ codice_prestazione: z.string(), priorita: z.enum(['U', 'B', 'D', 'P']), asl: z.string() }),
  execute: async () => {
    if (tries++ === 0) throw new Error('504 Gateway Time-out: cup-gw.regione.it/agende/v2/disponibilita (upstream 30s)');
    return { disponibilita: [
      { slot: 'SL-20251104-0840-CARD2', struttura: 'Poliambulatorio Via Rovereto, Ambulatorio Cardiologia 2', data: '2025-11-04', ora: '08:40', entro_priorita: true },
      { slot: 'SL-20251107-1515-CARD1', struttura: 'Ospedale San Carlo, Cardiologia', data: '2025-11-07', ora: '15:15', entro_priorita: true } ],
      nota: 'Priorità B: entro 10 giorni dalla data della ricetta (29/10/2025).' };
  },
});
const prenota_slot = tool({
  description: 'Prenota uno slot per un assistito con ricetta dematerializzata (NRE).',
  inputSchema: z.object({ slot: z.string(), nre: z.string(), codice_fiscale: z.string() }),
  execute: async ({ slot, nre }) => ({ prenotazione: 'PRN-MI-00947713', slot, nre, stato: 'CONFERMATA', promemoria_sms: true }),
});

const model = scriptedModel({ modelId: 'gpt-4.1-mini', ids, replies: [
  { calls: [['call_c1Ve8J', 'cerca_disponibilita', { codice_prestazione: '89.52', priorita: 'B', asl: 'ATS Milano' }]] },
  { text: 'Il servizio CUP non ha risposto, riprovo.', calls: [['call_c2Qm5T', 'cerca_disponibilita', { codice_prestazione: '89.52', priorita: 'B', asl: 'ATS Milano' }]] },
  { calls: [['call_c3Wr0N', 'prenota_slot', { slot: 'SL-20251104-0840-CARD2', nre: '0301A4012345678', codice_fiscale: 'BNCGLI71C52F205X' }]] },
  "Fatto: elettrocardiogramma prenotato per martedì 4 novembre alle 08:40 al Poliambulatorio di Via Rovereto, Ambulatorio Cardiologia 2 (prenotazione PRN-MI-00947713), entro i 10 giorni della priorità B. Al primo tentativo il CUP non rispondeva; la ricerca ripetuta è andata a buon fine. Riceverà un SMS di promemoria.",
]});

await generateText({ model,
  system: 'Sei l\'assistente di prenotazione CUP. Prenota la prima disponibilità compatibile con la priorità della ricetta.',
  prompt: 'Buongiorno, devo prenotare l\'elettrocardiogramma della ricetta NRE 0301A4012345678, priorità B, per Giulia Bianchi (CF BNCGLI71C52F205X). Va bene a Milano qualsiasi struttura, la mattina se possibile.',
  tools: { cerca_disponibilita, prenota_slot }, stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'cup-web-0f6a2d97', userId: 'BNCGLI71C52F205X' },
  telemetry: { functionId: 'prenotazione-cup', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] } });
writeJsonl(dir, 'traces.jsonl', [await flush()]);
