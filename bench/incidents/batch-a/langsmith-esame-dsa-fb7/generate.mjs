// Segreteria studenti (Italian): a LangGraph agent stores the student's profile in one turn and loads it
// back the next day, after a deploy of the profile service. Scripted model, LangSmith runs via the harness.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-12-01T15:20:04.000Z', 12);
const SESSION = 'seg-7c41e0b2';
const USER = 'stud:S-4471';
const SYSTEM = 'Sei l’assistente della segreteria didattica del Politecnico. Tieni conto del profilo dello studente (incluse le misure compensative) in ogni prenotazione.';

// profile service: v2 before the deploy, v3 after (the v3 reader only maps the fields it knows)
const db = new Map();
let schemaVersion = 2;
const toV3 = (p) => ({ schema: 'profilo/v3', matricola: p.matricola, corso: p.corso, anno: p.anno,
  email: p.email, aggiornato_il: p.aggiornato_il });

const salvaProfilo = tool(async (p) => {
  const rec = { schema: `profilo/v${schemaVersion}`, ...p, aggiornato_il: new Date().toISOString() };
  db.set(p.matricola, rec);
  return JSON.stringify({ ok: true, salvato: rec });
}, { name: 'salva_profilo', description: 'Salva il profilo dello studente nel servizio profili.',
  schema: z.object({ matricola: z.string(), corso: z.string(), anno: z.number(), email: z.string(),
    misure_compensative: z.array(z.string()).optional() }) });

const caricaProfilo = tool(async ({ matricola }) => {
  const rec = db.get(matricola);
  return JSON.stringify(schemaVersion === 3 ? toV3(rec) : rec);
}, { name: 'carica_profilo', description: 'Legge il profilo dello studente dal servizio profili.',
  schema: z.object({ matricola: z.string() }) });

const prenotaEsame = tool(async ({ matricola, insegnamento, appello, durata_minuti }) => JSON.stringify({
  prenotazione: 'PRN-2027-0114-0382', matricola, insegnamento, appello, aula: 'B2.14', durata_minuti,
  inizio: '09:00', fine: durata_minuti === 90 ? '10:30' : 'vedi durata' }),
{ name: 'prenota_esame', description: 'Prenota un appello d’esame con la durata indicata (minuti).',
  schema: z.object({ matricola: z.string(), insegnamento: z.string(), appello: z.string(), durata_minuti: z.number() }) });

const tools = [salvaProfilo, caricaProfilo, prenotaEsame];

// turn 1
const m1 = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ id: 'call_p1Ke9', name: 'salva_profilo', args: { matricola: 'S-4471', corso: 'Ingegneria Gestionale',
    anno: 1, email: 'giulia.ferraris@studenti.polimi-demo.it', misure_compensative: ['tempo_aggiuntivo_30_per_cento', 'calcolatrice_non_programmabile'] } }] },
  { content: 'Ho registrato il tuo profilo, matricola S-4471: negli scritti avrai il 30% di tempo in più e potrai usare la calcolatrice non programmabile. Quando vuoi, posso prenotarti gli appelli.' },
] });
await traced(agentGraph({ model: m1, tools, name: 'segreteria' }), { messages: [new SystemMessage(SYSTEM),
  new HumanMessage('Ciao, sono Giulia Ferraris, matricola S-4471, primo anno di Gestionale (giulia.ferraris@studenti.polimi-demo.it). Ho una certificazione DSA: mi spetta il 30% di tempo in più agli scritti e la calcolatrice non programmabile. Puoi registrarlo?')] },
{ project: 'segreteria-didattica', metadata: { session_id: SESSION, user_id: USER } });

// overnight deploy of the profile service
advance(minutes(60 * 17 + 12));
schemaVersion = 3;

// turn 2 (a new invocation: the model sees the system prompt, the new message and the loaded profile)
const m2 = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ id: 'call_q7Lm2', name: 'carica_profilo', args: { matricola: 'S-4471' } }] },
  { tool_calls: [{ id: 'call_q7Lm3', name: 'prenota_esame', args: { matricola: 'S-4471', insegnamento: 'Analisi Matematica 1',
    appello: '2027-01-14', durata_minuti: 90 } }] },
  { content: 'Fatto! Sei iscritta all’appello di Analisi Matematica 1 del 14 gennaio 2027, aula B2.14, dalle 9:00 alle 10:30 (90 minuti). Codice prenotazione PRN-2027-0114-0382.' },
] });
await traced(agentGraph({ model: m2, tools, name: 'segreteria' }), { messages: [new SystemMessage(SYSTEM),
  new HumanMessage('Buongiorno, sono sempre S-4471. Mi prenoti lo scritto di Analisi 1 del 14 gennaio?')] },
{ project: 'segreteria-didattica', metadata: { session_id: SESSION, user_id: USER } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
