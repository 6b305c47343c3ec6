// Assistente di prenotazione di un poliambulatorio (italiano): due turni sullo stesso thread
// LangGraph (MemorySaver). Ricerca disponibilità sull'agenda CUP, istruzioni di preparazione da un
// retriever, prenotazione.
// Run from the checkout: node bench/incidents/batch-a/langsmith-prenotazione-cardiologia-sb2/generate.mjs
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, FnRetriever,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
const THREAD = 'pren_mi_000781';
startClock('2025-10-08T07:18:55Z', 1781);

let agendaCalls = 0;
const disponibilita = tool(async ({ prestazione, sede, dal, al }) => {
  if (++agendaCalls === 1) throw new Error('Agenda CUP non raggiungibile: timeout dopo 10000 ms (cup-agenda.poliambulatorio.internal:8443)');
  return JSON.stringify({ prestazione, sede, dal, al, slot: [
    { slot_id: 'SLT-44871-0915', data: '2025-10-14', ora: '09:15', ambulatorio: 'Cardiologia 2, piano 1', posti_liberi: 1 },
    { slot_id: 'SLT-44871-1040', data: '2025-10-14', ora: '10:40', ambulatorio: 'Cardiologia 2, piano 1', posti_liberi: 0 },
    { slot_id: 'SLT-44902-1430', data: '2025-10-16', ora: '14:30', ambulatorio: 'Cardiologia 1, piano terra', posti_liberi: 1 },
  ] });
}, { name: 'cerca_disponibilita', latency: [300, 900],
  description: "Posti liberi nell'agenda CUP per una prestazione, una sede e un intervallo di date.",
  schema: z.object({ prestazione: z.string(), sede: z.string(), dal: z.string(), al: z.string() }) });

const istruzioni = new FnRetriever({ name: 'istruzioni-prestazioni', search: async () => [] });
const preparazione = tool(async ({ prestazione }, config) => {
  const docs = await istruzioni.invoke(prestazione, config);
  return docs.length ? docs.map((d) => d.pageContent).join('\n') : 'Nessun documento trovato.';
}, { name: 'cerca_istruzioni_preparazione', description: 'Istruzioni di preparazione per una prestazione (digiuno, documenti, farmaci).',
  schema: z.object({ prestazione: z.string() }) });

const prenota = tool(async ({ slot_id, nre }) => JSON.stringify({
  prenotazione: 'PRN-2025-0781-33', slot_id, nre, stato: 'CONFERMATA', data: '2025-10-16', ora: '14:30',
  sede: 'Poliambulatorio Città Studi, via Pascal 12, Milano', ambulatorio: 'Cardiologia 1, piano terra',
  ticket_eur: 36.15, pagamento: 'entro il giorno della visita, online o alle casse', promemoria_sms: true }), {
  name: 'prenota_visita', latency: [500, 1300], description: 'Prenota uno slot per il paziente con la ricetta (NRE).',
  schema: z.object({ slot_id: z.string(), nre: z.string() }) });

const ARGS = { prestazione: 'Visita cardiologica + ECG (89.7A.3 / 89.52)', sede: 'MI-CITTASTUDI', dal: '2025-10-13', al: '2025-10-17' };
const replies = [
  { tool_calls: [{ id: 'call_u1Fz8Ck3', name: 'cerca_disponibilita', args: ARGS }] },
  { tool_calls: [
    { id: 'call_u2Gy9Dl4', name: 'cerca_disponibilita', args: ARGS },
    { id: 'call_u3Hx0Em5', name: 'cerca_istruzioni_preparazione', args: { prestazione: 'Visita cardiologica + ECG' } },
  ] },
  { content: "Buongiorno Sig.ra Bellini! L'agenda al primo tentativo non ha risposto, ma al secondo sì. La prossima settimana a Città Studi ci sono due posti liberi:\n"
    + "• martedì 14/10 alle 9:15 – Cardiologia 2, piano 1\n• giovedì 16/10 alle 14:30 – Cardiologia 1, piano terra\n"
    + "(Martedì alle 10:40 è già al completo.)\n\n"
    + "Sul digiuno: nella nostra documentazione non ho trovato istruzioni di preparazione per questa prestazione, quindi preferisco non darle un'indicazione che non posso verificare. Può chiederlo al CUP allo 02 4551 2200 o al medico che le ha fatto la ricetta.\n\nQuale orario preferisce?" },
  { tool_calls: [{ id: 'call_u4Jw1Fn6', name: 'prenota_visita', args: { slot_id: 'SLT-44902-1430', nre: '0301A4123456789' } }] },
  { content: "Fatto! La visita cardiologica con ECG è confermata per giovedì 16/10/2025 alle 14:30, Poliambulatorio Città Studi (via Pascal 12), Cardiologia 1 al piano terra. Codice prenotazione: PRN-2025-0781-33. Il ticket è di 36,15 €, da pagare entro il giorno della visita online o alle casse. Riceverà un SMS di promemoria. Porti con sé la ricetta e la tessera sanitaria." },
];
const model = new ScriptedChatModel({ replies, model: 'gemini-2.0-flash-001', provider: 'google_genai' });
const app = agentGraph({ model, tools: [disponibilita, preparazione, prenota], checkpointer: new MemorySaver(),
  agentNode: 'operatore', toolsNode: 'servizi_cup' });

const meta = { thread_id: THREAD, user_id: 'paz-BLLGLI71E48F205K', sede: 'MI-CITTASTUDI' };
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente di prenotazione del Poliambulatorio Città Studi (Milano). Paziente: Giulia Bellini. Numero del CUP per i pazienti: 02 4551 2200. Prenoti solo slot con posti liberi e rispondi in italiano. Le informazioni cliniche o di preparazione si danno solo se presenti nella documentazione.'),
  new HumanMessage("Buongiorno, devo prenotare una visita cardiologica con ECG, ho la ricetta (NRE 0301A4123456789). Possibilmente la prossima settimana qui a Città Studi. Devo venire a digiuno?"),
] }, { project: 'cup-assistente', metadata: meta, configurable: { thread_id: THREAD } });
advance(minutes(4), minutes(7));
await traced(app, { messages: [new HumanMessage('Giovedì alle 14:30 va benissimo, grazie.')] },
  { project: 'cup-assistente', metadata: meta, configurable: { thread_id: THREAD } });

const runs = writeRuns(out);
console.log(`wrote ${runs.length} runs to ${out}`);
