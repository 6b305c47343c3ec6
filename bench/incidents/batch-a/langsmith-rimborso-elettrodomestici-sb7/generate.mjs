// Appliance e-shop customer care (Italian): a triage agent hands the case to a refunds agent; the
// refunds agent runs as its own graph, started from the triage agent's hand-over note.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, here, StateGraph, MessagesAnnotation,
  START, END, HumanMessage, SystemMessage, AIMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-09-03T09:26:51.000Z', 77);

const verifica = tool(async ({ ordine }) => JSON.stringify({ ordine, pratica: 'APR-88213', esito: 'approvata', operatore: 'm.ferri',
  tipo: 'rimborso_parziale', importo_approvato_eur: 150.0, merce_trattenuta_dal_cliente: true, nota: 'ammaccatura laterale, funzionante' }),
{ name: 'verifica_pratica', description: 'Legge la pratica di assistenza aperta su un ordine.', schema: z.object({ ordine: z.string() }) });
const dettaglio = tool(async ({ ordine }) => JSON.stringify({ ordine, cliente: 'CL-301776', righe: [{ sku: 'LAV-W9-8KG', descr: 'Lavatrice W9 8 kg', prezzo_eur: 649.0 }],
  totale_eur: 649.0, pagamento: 'carta **** 4417', consegna: '2025-08-29' }),
{ name: 'dettaglio_ordine', description: 'Dettaglio di un ordine.', schema: z.object({ ordine: z.string() }) });
const emetti = tool(async ({ ordine, importo_eur, causale }) => JSON.stringify({ rimborso: 'RMB-20250903-0192', ordine, importo_eur, causale, stato: 'inviato_al_PSP' }),
{ name: 'emetti_rimborso', description: 'Emette un rimborso sulla carta usata per l’ordine.', latency: [700, 1600],
  schema: z.object({ ordine: z.string(), importo_eur: z.number(), causale: z.string() }) });

const triageModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_tr_01', name: 'verifica_pratica', args: { ordine: 'IT-2025-004417' } }] },
  { content: 'PASSAGGIO A RIMBORSI — Ordine IT-2025-004417, pratica APR-88213 approvata da m.ferri. Lavatrice consegnata danneggiata (ammaccatura laterale). Procedere con il rimborso al cliente.' },
] });
const refundModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_rb_01', name: 'dettaglio_ordine', args: { ordine: 'IT-2025-004417' } }] },
  { tool_calls: [{ id: 'call_rb_02', name: 'emetti_rimborso', args: { ordine: 'IT-2025-004417', importo_eur: 649.0, causale: 'APR-88213 merce danneggiata alla consegna' } }] },
  { content: 'Gentile cliente, abbiamo emesso il rimborso RMB-20250903-0192 di 649,00 € sulla carta **** 4417 per l’ordine IT-2025-004417. Lo vedrà accreditato in 5-7 giorni lavorativi.' },
] });

const triage = agentGraph({ model: triageModel, tools: [verifica], agentNode: 'smistamento', toolsNode: 'strumenti_smistamento', name: 'smistamento' });
const rimborsi = agentGraph({ model: refundModel, tools: [dettaglio, emetti], agentNode: 'rimborsi', toolsNode: 'strumenti_rimborsi', name: 'agente_rimborsi' });

const passaggio = async (state, config) => {
  const nota = state.messages[state.messages.length - 1].content;
  const out = await rimborsi.invoke({ messages: [new SystemMessage('Sei l’agente rimborsi. Esegui il rimborso indicato nella nota di passaggio.'), new HumanMessage(nota)] }, config);
  return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
};
const app = new StateGraph(MessagesAnnotation).addNode('smistamento', triage).addNode('passaggio_rimborsi', passaggio)
  .addEdge(START, 'smistamento').addEdge('smistamento', 'passaggio_rimborsi').addEdge('passaggio_rimborsi', END).compile();

await traced(app, { messages: [new SystemMessage('Sei l’assistente clienti di CasaClick. Verifica la pratica e passa i rimborsi all’agente rimborsi.'),
  new HumanMessage('Buongiorno, ordine IT-2025-004417: la lavatrice è arrivata ammaccata di lato ma funziona. Il vostro collega Ferri al telefono mi ha approvato un rimborso parziale di 150 € e me la tengo. Quando arriva?')] },
{ project: 'casaclick-assistenza', metadata: { session_id: 'wa-393471120998-20250903', user_id: 'CL-301776' } });

writeRuns(path.join(dir, 'runs.jsonl'));
