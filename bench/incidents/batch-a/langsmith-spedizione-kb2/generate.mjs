// Assistenza clienti di un e-commerce (italiano): stato di una spedizione in contrassegno.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-11-03T09:58:12Z', 23);

let tentativi = 0;
const tracciaSpedizione = tool(async ({ lettera_vettura }) => {
  tentativi += 1;
  if (tentativi === 1) throw new Error('GatewayTimeout: BRT tracking API did not respond within 8000 ms (upstream brt-ws-03)');
  return JSON.stringify({ lettera_vettura, stato: 'IN CONSEGNA', filiale: 'Bologna Roveri', consegna_prevista: '2025-11-03 entro le 18:00',
    tentativi_consegna: 0, contrassegno: { importo_eur: 0.0, nota: 'pagato online il 31/10 (PayPal), contrassegno annullato' } });
}, { name: 'traccia_spedizione', description: 'Stato della spedizione dal vettore.',
  schema: z.object({ lettera_vettura: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_e5TqN1aZ', name: 'traccia_spedizione', args: { lettera_vettura: '0501 8843 2291 7' } }] },
  { tool_calls: [{ id: 'call_g8KmR4bY', name: 'traccia_spedizione', args: { lettera_vettura: '0501 8843 2291 7' } }] },
  { content: 'Il pacco (LdV 0501 8843 2291 7) è in consegna oggi dalla filiale Bologna Roveri, entro le 18:00. '
      + 'Non deve pagare nulla al corriere: il contrassegno è stato annullato perché ha già pagato online con PayPal il 31/10.' },
] });

const app = agentGraph({ model, tools: [tracciaSpedizione], agentNode: 'assistente', toolsNode: 'strumenti' });
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente clienti di CasaBottega. Rispondi solo con dati verificati dal vettore.'),
  new HumanMessage('Buongiorno, il mio ordine era in contrassegno ma poi l\'ho pagato con PayPal. Quando arriva e devo preparare i contanti?')] },
  { project: 'casabottega-care', metadata: { session_id: 'zd-ticket-4471902', user_id: 'cust_9QWX3P' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
