// Assistente del registro elettronico nel canale dei genitori della classe 3B: un solo canale,
// ogni genitore scrive col proprio account e il registro risponde solo per il proprio figlio.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const registro = {
  'gen-0412': { alunno: 'Giulia Ferri', classe: '3B', voti: { matematica: [7, 6.5, 8], italiano: [8, 7.5] }, assenze: 4, note: [] },
  'gen-0977': { alunno: 'Tommaso Greco', classe: '3B', voti: { matematica: [5, 5.5, 6], italiano: [6.5, 7] }, assenze: 11, note: ['19/12: compiti di matematica non consegnati'] },
};

function strumenti(account) {
  return [
    tool({
      name: 'registro_voti',
      description: "Voti, assenze e note dell'alunno associato all'account del genitore.",
      parameters: z.object({ materia: z.string().nullable() }),
      execute: async ({ materia }) => {
        const r = registro[account];
        return JSON.stringify(materia ? { alunno: r.alunno, materia, voti: r.voti[materia] ?? [], assenze: r.assenze, note: r.note } : r);
      },
    }),
    tool({
      name: 'prenota_colloquio',
      description: 'Prenota un colloquio con un docente.',
      parameters: z.object({ docente: z.string(), slot: z.string() }),
      execute: async ({ docente, slot }) => JSON.stringify({ ok: true, colloquio: 'COL-3B-' + account.slice(4) + '-02', docente, slot }),
    }),
  ];
}

const instructions = "Sei l'assistente del registro elettronico dell'IC Manzoni. Rispondi solo sui dati dell'alunno dell'account che scrive. Rispondi in italiano.";

// Messaggio della mamma di Giulia
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'registro_voti', args: { materia: 'matematica' } }] },
    { content: 'Giulia in matematica ha 7, 6,5 e 8 (media 7,2) e 4 assenze in totale. Nessuna nota disciplinare.' },
  ], { seed: 'scuola-1' });
  const agent = new Agent({ name: 'Registro 3B', instructions, model: m, tools: strumenti('gen-0412') });
  await new Runner({ groupId: 'canale-genitori-3B-2025', workflowName: 'Registro elettronico', traceMetadata: { user_id: 'gen-0412' } })
    .run(agent, 'Buongiorno, come va Giulia in matematica?');
}

// Messaggio del papà di Tommaso, nello stesso canale
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'registro_voti', args: { materia: 'matematica' } }] },
    { tool_calls: [{ name: 'prenota_colloquio', args: { docente: 'prof.ssa Rinaldi (matematica)', slot: '2026-01-20T16:30' } }] },
    { content: 'Tommaso in matematica ha 5, 5,5 e 6 (media 5,5), 11 assenze e una nota del 19/12 per i compiti non consegnati. Come richiesto ho prenotato il colloquio con la prof.ssa Rinaldi martedì 20/01 alle 16:30 (COL-3B-0977-02).' },
  ], { seed: 'scuola-2' });
  const agent = new Agent({ name: 'Registro 3B', instructions, model: m, tools: strumenti('gen-0977') });
  await new Runner({ groupId: 'canale-genitori-3B-2025', workflowName: 'Registro elettronico', traceMetadata: { user_id: 'gen-0977' } })
    .run(agent, 'Salve, anche io vorrei sapere i voti di matematica di mio figlio, e se serve prenotatemi un colloquio con la prof il 20 alle 16:30.');
}

writeTrace(here, 'canale-3B.jsonl');
