// Booking assistant of a regional health booking centre (Italian): moves a cardiology visit.
// Two turns in one thread (MemorySaver): availability search (the first call times out and is
// repeated), proposal, confirmation, move.
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, startClock, advance, minutes,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-05-12T08:03:27.000Z', 7771);

const THREAD = 'cup-pz33817-c2';

const prenotazione = tool(async ({ codice }) => JSON.stringify({ codice, prestazione: 'Visita cardiologica di controllo + ECG',
  data: '2025-05-14T10:20', struttura: 'Poliambulatorio Sant\'Orsola, pad. 23', impegnativa: 'NRE 0801A4419283746', stato: 'confermata' }), {
  name: 'dettaglio_prenotazione', description: 'Dettaglio di una prenotazione CUP.',
  schema: z.object({ codice: z.string() }), latency: [150, 400] });

let tentativi = 0;
const disponibilita = tool(async ({ prestazione, dal, al, fascia }) => {
  if (++tentativi === 1) throw new Error('CUP gateway: 504 Gateway Timeout (upstream agenda-cardiologia non ha risposto entro 10s)');
  return JSON.stringify({ prestazione, fascia, periodo: [dal, al], posti: {
    '2025-05-19': [], '2025-05-20': [], '2025-05-21': ['09:10', '11:40'], '2025-05-22': [], '2025-05-23': ['08:30'] },
    struttura: 'Poliambulatorio Sant\'Orsola, pad. 23' });
}, {
  name: 'cerca_disponibilita', description: 'Posti liberi in agenda per una prestazione in un intervallo di date.',
  schema: z.object({ prestazione: z.string(), dal: z.string(), al: z.string(), fascia: z.enum(['mattina', 'pomeriggio', 'qualsiasi']) }),
  latency: [400, 1200] });

const sposta = tool(async ({ codice, nuovo_slot }) => JSON.stringify({ esito: 'OK', codice, nuovo_slot, vecchio_slot: '2025-05-14T10:20',
  promemoria_sms: 'inviato', codice_nuovo: 'PR-774201-B' }), {
  name: 'sposta_prenotazione', description: 'Sposta una prenotazione su uno slot libero (richiede conferma del paziente).',
  schema: z.object({ codice: z.string(), nuovo_slot: z.string() }), latency: [500, 1100] });

const replies = [
  // turno 1
  { tool_calls: [{ id: 'call_0aZ9kT', name: 'dettaglio_prenotazione', args: { codice: 'PR-774201' } }] },
  { tool_calls: [{ id: 'call_1bY8jS', name: 'cerca_disponibilita', args: { prestazione: 'Visita cardiologica di controllo + ECG', dal: '2025-05-19', al: '2025-05-23', fascia: 'mattina' } }] },
  { tool_calls: [{ id: 'call_2cX7iR', name: 'cerca_disponibilita', args: { prestazione: 'Visita cardiologica di controllo + ECG', dal: '2025-05-19', al: '2025-05-23', fascia: 'mattina' } }] },
  { content: "Ho trovato la sua prenotazione PR-774201 (visita cardiologica di controllo + ECG, mercoledì 14 maggio ore 10:20, Sant'Orsola pad. 23).\n\nLa settimana prossima al mattino ci sono questi posti liberi:\n- mercoledì 21 maggio: 09:10 oppure 11:40\n- venerdì 23 maggio: 08:30\nLunedì, martedì e giovedì al mattino l'agenda è piena.\n\nQuale preferisce? Appena mi conferma sposto la visita." },
  // turno 2
  { tool_calls: [{ id: 'call_3dW6hQ', name: 'sposta_prenotazione', args: { codice: 'PR-774201', nuovo_slot: '2025-05-21T09:10' } }] },
  { content: "Fatto! La visita è spostata a mercoledì 21 maggio alle 09:10, stesso ambulatorio (Sant'Orsola, pad. 23). Il nuovo codice di prenotazione è PR-774201-B e le abbiamo inviato un SMS di promemoria. Si ricordi di portare l'impegnativa e gli esami precedenti." },
];

const model = new ScriptedChatModel({ replies, model: 'gpt-4o-mini-2024-07-18' });
const app = agentGraph({ model, tools: [prenotazione, disponibilita, sposta], checkpointer: new MemorySaver(), name: 'cup_assistente' });
const cfg = { project: 'cup-assistente', metadata: { thread_id: THREAD, user_id: 'pz-33817', canale: 'app-fse' }, configurable: { thread_id: THREAD } };

await traced(app, { messages: [
  new SystemMessage("Sei l'assistente prenotazioni del CUP metropolitano. Non spostare mai una prenotazione senza la conferma esplicita del paziente sullo slot scelto."),
  new HumanMessage('Buongiorno, dovrei spostare la visita cardiologica di mercoledì 14 (prenotazione PR-774201). Se possibile la settimana prossima, di mattina.'),
] }, cfg);
advance(minutes(3), minutes(7));
await traced(app, { messages: [new HumanMessage('Va bene mercoledì 21 alle 9:10, grazie.')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
