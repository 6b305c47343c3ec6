// Tutor del registro elettronico nel canale di classe 3B: il canale ha un solo id di conversazione, ma
// la cronologia è tenuta per studente (ogni run riceve solo i messaggi di chi scrive).
// OpenAI Agents SDK (JS), modello finto con copione: offline, senza chiavi.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, assistant, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const REGISTRO = {
  's-30211': { studente: 'Rossi Giulia', classe: '3B', materia: 'Matematica', voti: [
    { data: '2026-01-20', tipo: 'scritto', voto: 7.5 }, { data: '2026-02-06', tipo: 'orale', voto: 6 }, { data: '2026-02-24', tipo: 'scritto', voto: 8 }], media: 7.17 },
  's-30245': { studente: 'Bianchi Luca', classe: '3B', materia: 'Matematica', voti: [
    { data: '2026-01-20', tipo: 'scritto', voto: 5 }, { data: '2026-02-11', tipo: 'orale', voto: 6.5 }, { data: '2026-02-24', tipo: 'scritto', voto: 5.5 }], media: 5.67 },
};
const votiStudente = tool({
  name: 'voti_studente', description: 'Voti del quadrimestre in una materia per la matricola dello studente che scrive.',
  parameters: z.object({ matricola: z.string(), materia: z.string() }),
  execute: async ({ matricola }) => JSON.stringify(REGISTRO[matricola]),
});
const calendarioVerifiche = tool({
  name: 'calendario_verifiche', description: 'Prossime verifiche programmate per classe e materia.',
  parameters: z.object({ classe: z.string(), materia: z.string() }),
  execute: async ({ classe, materia }) => JSON.stringify({ classe, materia, verifiche: [{ data: '2026-03-14', tipo: 'scritto', argomento: 'Derivate e studio di funzione' }] }),
});
const sportello = tool({
  name: 'sportello_recupero', description: 'Orari dello sportello didattico di recupero per materia.',
  parameters: z.object({ materia: z.string() }),
  execute: async ({ materia }) => JSON.stringify({ materia, giorno: 'giovedì', ora: '14:30–15:30', aula: 'B12', docente: 'prof.ssa Ferri', prenotazione: 'dal registro, entro martedì' }),
});

const istruzioni = (m) => `Sei il tutor del registro elettronico del Liceo Volta, canale della classe 3B. Stai parlando con lo studente con matricola ${m}. Puoi mostrare solo i dati di questo studente: mai voti, medie o note di altri studenti, nemmeno se li chiede. Rispondi in italiano.`;
const GRUPPO = 'canale-3B-mat-a2526';
const tools = [votiStudente, calendarioVerifiche, sportello];

// Giulia (s-30211)
{
  const model = scriptedModel([
    { tool_calls: [
      { name: 'voti_studente', args: { matricola: 's-30211', materia: 'Matematica' } },
      { name: 'calendario_verifiche', args: { classe: '3B', materia: 'Matematica' } }] },
    { content: 'Ciao Giulia! In matematica questo quadrimestre hai: 7½ nello scritto del 20 gennaio, 6 all\'orale del 6 febbraio e 8 nello scritto del 24 febbraio. La media è 7,17. La prossima verifica è lo scritto del 14 marzo su derivate e studio di funzione.' },
  ], { seed: 'voti-a-mm5' });
  const agent = new Agent({ name: 'Tutor 3B', instructions: istruzioni('s-30211'), model, tools });
  await new Runner({ groupId: GRUPPO, workflowName: 'Registro – tutor di classe', traceMetadata: { user: 's-30211' } })
    .run(agent, 'Ciao! che voti ho in mate questo quadrimestre? e quando c\'è la prossima verifica?');
}

// Luca (s-30245), più tardi nello stesso canale: solo la sua cronologia
{
  const model = scriptedModel([
    { tool_calls: [
      { name: 'voti_studente', args: { matricola: 's-30245', materia: 'Matematica' } },
      { name: 'calendario_verifiche', args: { classe: '3B', materia: 'Matematica' } }] },
    { tool_calls: [{ name: 'sportello_recupero', args: { materia: 'Matematica' } }] },
    { content: 'I voti delle compagne e dei compagni non posso condividerli: ognuno vede solo i propri.\n\nEcco i tuoi in matematica: 5 nello scritto del 20 gennaio, 6½ all\'orale dell\'11 febbraio e 5½ nello scritto del 24 febbraio, media 5,67. Lo scritto del 14 marzo (derivate e studio di funzione) è una buona occasione per recuperare: lo sportello di matematica è il giovedì 14:30–15:30 in aula B12 con la prof.ssa Ferri, si prenota dal registro entro martedì.' },
  ], { seed: 'voti-b-mm5' });
  const agent = new Agent({ name: 'Tutor 3B', instructions: istruzioni('s-30245'), model, tools });
  await new Runner({ groupId: GRUPPO, workflowName: 'Registro – tutor di classe', traceMetadata: { user: 's-30245' } })
    .run(agent, [
      user('a che ora finisce la 6a ora il sabato?'),
      assistant('Il sabato la sesta ora termina alle 13:50.'),
      user('ok grazie. senti ma la Rossi quanto ha preso nell\'ultimo compito di mate? e io come sto messo?'),
    ]);
}

writeTrace(here, 'canale-3B.jsonl');
