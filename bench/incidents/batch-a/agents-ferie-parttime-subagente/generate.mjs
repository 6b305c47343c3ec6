// HR (italiano): il coordinatore legge la scheda del dipendente e delega la registrazione delle
// ferie a un sotto-agente usato come tool, al quale passa una richiesta riassunta.
// Run: node bench/incidents/batch-a/agents-ferie-parttime-subagente/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const schedaDipendente = tool({
  name: 'scheda_dipendente',
  description: 'Restituisce contratto, orario e saldo ferie di un dipendente.',
  parameters: z.object({ matricola: z.string() }),
  execute: async ({ matricola }) => JSON.stringify({
    matricola, nome: 'Giulia Ferraresi', sede: 'Bologna', contratto: 'CCNL Commercio, tempo indeterminato',
    orario: { tipo: 'part-time verticale', percentuale: 60, giorni_lavorativi: ['lun', 'mer', 'ven'] },
    ferie: { residuo_giorni: 7, anno: 2025 },
  }),
});

const registraFerie = tool({
  name: 'registra_ferie',
  description: 'Registra un periodo di ferie in Zucchetti HR, scalando i giorni lavorativi dal saldo.',
  parameters: z.object({ matricola: z.string(), dal: z.string(), al: z.string(), giorni_lavorativi: z.number().int() }),
  execute: async ({ matricola, dal, al, giorni_lavorativi }) => JSON.stringify({
    pratica: 'FER-2025-003184', matricola, dal, al, giorni_scalati: giorni_lavorativi,
    residuo_dopo: 7 - giorni_lavorativi, stato: 'registrata',
  }),
});

const m = scriptedModel([
  // Coordinatore HR
  { tool_calls: [{ name: 'scheda_dipendente', args: { matricola: 'E-20931' } }] },
  { tool_calls: [{ name: 'pianificatore_ferie', args: {
    input: 'Registra le ferie della dipendente E-20931 (Giulia Ferraresi) dal 1 al 12 settembre 2025.' } }] },
  // Pianificatore ferie (sotto-agente)
  { tool_calls: [{ name: 'registra_ferie', args: { matricola: 'E-20931', dal: '2025-09-01', al: '2025-09-12', giorni_lavorativi: 10 } }] },
  { content: 'Ferie registrate: pratica FER-2025-003184, dal 1 al 12 settembre 2025, 10 giorni lavorativi scalati.' },
  // Coordinatore HR
  { content: 'Fatto, Giulia: le tue ferie dal 1 al 12 settembre sono registrate (pratica FER-2025-003184). '
    + 'Sono stati scalati 10 giorni lavorativi; il saldo 2025 risulta ora di -3 giorni, che verranno recuperati '
    + 'con le ferie maturate nei prossimi mesi.' },
], { seed: 'ferie-parttime' });

const pianificatore = new Agent({
  name: 'Pianificatore ferie',
  instructions: 'Registri i periodi di ferie in Zucchetti HR. Conta i giorni lavorativi del periodo (lun-ven) e '
    + 'registrali con registra_ferie.',
  model: m,
  tools: [registraFerie],
});
const coordinatore = new Agent({
  name: 'Coordinatore HR',
  instructions: 'Sei lo sportello HR interno di Ferraresi & Co. Controlli sempre la scheda del dipendente, poi '
    + 'deleghi la registrazione al pianificatore ferie.',
  model: m,
  tools: [schedaDipendente, pianificatore.asTool({
    toolName: 'pianificatore_ferie',
    toolDescription: 'Registra un periodo di ferie per un dipendente a partire da una richiesta in linguaggio naturale.',
  })],
});

const runner = new Runner({
  groupId: 'hr-sportello:E-20931:2025-07-02T09:41',
  workflowName: 'Sportello HR',
  traceMetadata: { user_id: 'E-20931' },
});
await runner.run(coordinatore, 'Ciao, vorrei prendere le ferie dal 1 al 12 settembre. Matricola E-20931.');
writeTrace(here, 'trace.jsonl');
