// Sportello virtuale della segreteria studenti (LangGraph): prima di iscrivere a un appello verifica la
// posizione tasse. Il servizio contabile risponde 504 alla prima chiamata; il secondo tentativo va a buon fine.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2027-01-19T15:21:47Z', 63);
const dir = here(import.meta.url);
let tentativi = 0;

const tasse = tool(async ({ matricola, anno_accademico }) => {
  tentativi += 1;
  if (tentativi === 1) throw new Error('ESSE3 contabilità: 504 Gateway Timeout (upstream pagoPA non ha risposto entro 10 s)');
  return JSON.stringify({ matricola, anno_accademico, rate: [
    { rata: 1, importo: 156.0, scadenza: '2026-11-05', pagata_il: '2026-10-28' },
    { rata: 2, importo: 642.5, scadenza: '2027-03-31', pagata_il: '2027-01-14', esonero_parziale: 'ISEE' }],
  importo_dovuto: 0.0, mora: 0.0, blocco_carriera: false });
}, { name: 'verifica_tasse', description: 'Posizione tasse dello studente per anno accademico (importo dovuto, rate, blocchi).',
  schema: z.object({ matricola: z.string(), anno_accademico: z.string() }) });

const appelli = tool(async ({ codice_insegnamento }) => JSON.stringify({ codice_insegnamento, insegnamento: 'Analisi Matematica II', appelli: [
  { id_appello: 'AM2-2027-02-11', data: '2027-02-11', aula: 'B2.14', iscritti: 87, posti: 120, chiusura_iscrizioni: '2027-02-06' }] }),
{ name: 'cerca_appelli', description: 'Appelli aperti di un insegnamento.', schema: z.object({ codice_insegnamento: z.string() }) });

const iscrivi = tool(async ({ matricola, id_appello }) => JSON.stringify({ esito: 'iscritto', matricola, id_appello, numero_prenotazione: 88 }),
  { name: 'iscrivi_appello', description: 'Iscrive lo studente a un appello (richiede posizione tasse regolare).',
    schema: z.object({ matricola: z.string(), id_appello: z.string() }) });

const tools = [tasse, appelli, iscrivi];
await traced(agentGraph({ tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_it01', name: 'verifica_tasse', args: { matricola: 'S4410273', anno_accademico: '2026/2027' } },
    { id: 'call_it02', name: 'cerca_appelli', args: { codice_insegnamento: '08874' } }] },
  { content: 'Il servizio tasse non ha risposto (504). Riprovo prima di procedere con l\'iscrizione.',
    tool_calls: [{ id: 'call_it03', name: 'verifica_tasse', args: { matricola: 'S4410273', anno_accademico: '2026/2027' } }] },
  { tool_calls: [{ id: 'call_it04', name: 'iscrivi_appello', args: { matricola: 'S4410273', id_appello: 'AM2-2027-02-11' } }] },
  { content: 'Fatto, Giulia! La tua posizione tasse 2026/2027 è regolare: entrambe le rate risultano pagate (la seconda il 14/01, con esonero parziale ISEE), '
    + "quindi l'importo dovuto è 0,00 € e non ci sono blocchi. Ti ho iscritta all'appello di Analisi Matematica II dell'11 febbraio 2027, aula B2.14 "
    + '(prenotazione n. 88). Le iscrizioni chiudono il 6 febbraio, se dovessi cancellarti.' },
] }) }), { messages: [
  new SystemMessage('Sei lo sportello virtuale della Segreteria Studenti. Prima di ogni iscrizione a un appello verifica che la posizione tasse sia regolare.'),
  new HumanMessage("Ciao, sono Giulia Ferraro, matricola S4410273. Ho pagato ieri l'altro la seconda rata: posso iscrivermi all'appello di Analisi II (08874) di febbraio? "
    + "Il portale mi dava ancora 'rata non pagata'.")] },
{ project: 'segreteria-virtuale', metadata: { session_id: 'sv-20270119-S4410273-2', user_id: 'S4410273' } });

writeRuns(path.join(dir, 'runs.jsonl'));
