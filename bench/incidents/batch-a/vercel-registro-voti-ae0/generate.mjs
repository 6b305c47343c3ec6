// Parent-teacher assistant of a school (Italian). The first grade lookup fails with a gateway timeout;
// the assistant retries the same call, which succeeds, and answers only from the retried result
// (including a genuine zero: no disciplinary notes).
import { setupTracing, makeIds, scriptedModel, generateText, tool, z, stepCountIs,
  OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'assistente-famiglie', seed: 'registro-voti-ae0',
  resource: { 'service.version': '3.2.1' } });
const ids = makeIds('registro-voti-ae0');

let tentativi = 0;
const votiStudente = tool({
  description: 'Voti e note del registro elettronico per uno studente in un quadrimestre.',
  inputSchema: z.object({ studente_id: z.string(), quadrimestre: z.enum(['1', '2']) }),
  execute: async ({ studente_id, quadrimestre }) => {
    if (++tentativi === 1) throw new Error('504 Gateway Timeout: registro.scuola-manzoni.it/api/v2/voti (upstream 30000 ms)');
    return { studente_id, quadrimestre, classe: '2B', materie: [
      { materia: 'Matematica', voti: [6, 5.5, 7], media: 6.17 },
      { materia: 'Italiano', voti: [7.5, 8], media: 7.75 },
      { materia: 'Inglese', voti: [8, 8.5, 9], media: 8.5 },
      { materia: 'Scienze', voti: [6.5], media: 6.5 } ],
      assenze_ore: 14, note_disciplinari: 0, aggiornato_al: '2026-12-03' };
  },
});

const model = scriptedModel({ ids, provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', responsePrefix: 'resp-', replies: [
  { calls: [['fc_voti_a1', 'voti_studente', { studente_id: 'STU-2B-0193', quadrimestre: '1' }]] },
  { text: 'Il registro non ha risposto, riprovo.', calls: [['fc_voti_a2', 'voti_studente', { studente_id: 'STU-2B-0193', quadrimestre: '1' }]] },
  'Ecco la situazione di Tommaso nel primo quadrimestre (aggiornata al 3 dicembre): Matematica media 6,17 ' +
  '(voti 6, 5½, 7), Italiano 7,75, Inglese 8,5, Scienze 6,5 con un solo voto finora. Ha 14 ore di assenza e ' +
  'nessuna nota disciplinare. La materia da tenere d\'occhio è Matematica.',
] });

await tracer.startActiveSpan('whatsapp.messaggio', { attributes: {
  'session.id': 'wa-393471128805-20261204', 'enduser.id': 'gen-TRSS-0193' } }, async (span) => {
  await generateText({
    model,
    system: 'Sei l\'assistente per le famiglie del Liceo Manzoni. Rispondi solo con dati del registro elettronico.',
    prompt: 'Buongiorno, sono la mamma di Tommaso Russo della 2B (STU-2B-0193). Come sta andando nel primo quadrimestre? Ha preso note?',
    tools: { voti_studente: votiStudente },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'assistente-famiglie', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
