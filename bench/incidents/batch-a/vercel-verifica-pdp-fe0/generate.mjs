// School exam-scheduling assistant (Italian), two turns of one chat a day apart. Turn 1 stores the
// student's record including the extra-time accommodation; turn 2 reloads the record (the history is
// not carried over) and the record comes back without the accommodation, so the test is booked at the
// standard length. Real `ai` v7 + LegacyOpenTelemetry (ai.* attributes), scripted model, offline.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, stepCountIs, z, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('pdp-fe0');
const { flush } = setupTracing({ serviceName: 'segreteria-didattica', resource: { 'service.version': '2.14.0' }, seed: 'pdp-fe0' });

// The record store: what was written and what the reader returns after the nightly deploy.
const stored = {};
const tools = {
  salva_scheda: tool({
    description: 'Salva o aggiorna la scheda didattica di uno studente.',
    inputSchema: z.object({
      matricola: z.string(), nome: z.string(), classe: z.string(),
      accomodamenti: z.array(z.string()).describe('misure compensative/dispensative del PDP'),
    }),
    execute: async (s) => { stored[s.matricola] = s; return { ok: true, matricola: s.matricola, revisione: 7 }; },
  }),
  carica_scheda: tool({
    description: 'Carica la scheda didattica di uno studente.',
    inputSchema: z.object({ matricola: z.string() }),
    execute: async ({ matricola }) => {
      const { accomodamenti, ...rest } = stored[matricola];
      return { ...rest, revisione: 7, aggiornata: '2026-12-03T16:41:09+01:00' };
    },
  }),
  prenota_verifica: tool({
    description: 'Prenota un\'aula e uno slot per una verifica scritta.',
    inputSchema: z.object({ matricola: z.string(), materia: z.string(), data: z.string(), inizio: z.string(), durata_minuti: z.number().int() }),
    execute: async (p) => ({ prenotazione: 'VER-26-1204-B3', aula: 'Lab 2', ...p }),
  }),
};

const system = 'Sei l\'assistente della segreteria didattica. Tieni conto delle misure del PDP/BES quando prenoti verifiche. La durata standard di una verifica di matematica è 60 minuti.';
const tc = () => ids('call_', 24);
const telemetry = (fn) => ({ functionId: fn, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const runtimeContext = { sessionId: 'thr_9c1e44b0-pdp', userId: 'doc.ferraris' };

// Turn 1 (3 December)
await generateText({
  model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o', ids, replies: [
    { calls: [[tc(), 'salva_scheda', { matricola: 'S-20417', nome: 'Marco Rinaldi', classe: '2B', accomodamenti: ['tempo aggiuntivo 30%', 'uso della calcolatrice'] }]] },
    'Fatto: ho salvato la scheda di Marco Rinaldi (2B, S-20417) con tempo aggiuntivo del 30% e uso della calcolatrice.',
  ] }),
  system,
  prompt: 'Buongiorno, sono la prof.ssa Ferraris. Marco Rinaldi della 2B (matricola S-20417) ha un PDP: tempo aggiuntivo del 30% e calcolatrice. Può registrarlo?',
  tools, stopWhen: stepCountIs(4), runtimeContext, telemetry: telemetry('scheda-pdp'),
});

// Turn 2 (4 December): the app does not resend the history, the agent reloads the record.
await generateText({
  model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o', ids, replies: [
    { calls: [[tc(), 'carica_scheda', { matricola: 'S-20417' }]] },
    { calls: [[tc(), 'prenota_verifica', { matricola: 'S-20417', materia: 'matematica', data: '2026-12-10', inizio: '10:00', durata_minuti: 60 }]] },
    'Prenotato: verifica di matematica per Marco Rinaldi il 10 dicembre alle 10:00 in Lab 2, durata 60 minuti (prenotazione VER-26-1204-B3).',
  ] }),
  system,
  prompt: 'Mi prenoti la verifica di matematica per Marco Rinaldi (S-20417) il 10 dicembre alle 10?',
  tools, stopWhen: stepCountIs(5), runtimeContext, telemetry: telemetry('prenotazioni'),
});

writeJsonl(dir, 'otlp-traces.jsonl', [await flush()]);
