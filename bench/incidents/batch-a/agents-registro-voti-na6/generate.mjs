// School e-register assistant. Both students chat in the class channel (one shared conversation
// id); the app starts each student's run from that student's own history only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const registro = {
  'S3B-0412': { nome: 'Giulia Moretti', voti: [7, 6.5, 8], media: 7.17 },
  'S3B-0577': { nome: 'Tommaso Ricci', voti: [5.5, 6, 4.5], media: 5.33 },
};
const votiStudente = tool({
  name: 'voti_studente', description: 'Restituisce i voti di uno studente in una materia.',
  parameters: z.object({ matricola: z.string(), materia: z.string() }),
  execute: async ({ matricola, materia }) => JSON.stringify({ matricola, materia, quadrimestre: 2, ...registro[matricola] }),
});

const m = scriptedModel([
  // Giulia
  { tool_calls: [{ name: 'voti_studente', args: { matricola: 'S3B-0412', materia: 'matematica' } }] },
  { content: 'Ciao Giulia! In matematica nel secondo quadrimestre hai 7, 6,5 e 8: la media è 7,17.' },
  // Tommaso
  { tool_calls: [{ name: 'voti_studente', args: { matricola: 'S3B-0577', materia: 'matematica' } }] },
  { content: 'Ciao Tommaso. In matematica hai 5,5, 6 e 4,5, quindi la media è 5,33: per arrivare al 6 ti servirebbe circa un 8 nella prossima verifica. I voti di Giulia invece non posso dirteli: ognuno può vedere solo i propri.' },
], { seed: 'na6-registro' });

const agent = new Agent({
  name: 'Assistente registro',
  instructions: 'Sei l’assistente del registro elettronico della 3B. Mostra a ogni studente solo i suoi voti.',
  model: m, tools: [votiStudente],
});
const conv = 'classe-3B-mat-2025';
await new Runner({ groupId: conv, workflowName: 'Registro elettronico', traceMetadata: { user: 'S3B-0412' } })
  .run(agent, 'Ciao, sono Giulia (S3B-0412). Che voti ho in matematica?');
await new Runner({ groupId: conv, workflowName: 'Registro elettronico', traceMetadata: { user: 'S3B-0577' } })
  .run(agent, 'Sono Tommaso, S3B-0577. Quanto ho di media in matematica? E Giulia quanto ha preso?');
writeTrace(here, 'trace.jsonl');
