// Customer care (Italian): the refund-status service times out on the first call; the agent retries, the
// second call answers (refund of 0,00 € so far, because the parcel has not reached the warehouse yet) and
// the agent reports exactly that, opening no ticket and promising nothing the service did not say.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-01-27T17:48:02+01:00', 11);

let calls = 0;
const statoRimborso = tool(async ({ ordine }) => {
  calls += 1;
  if (calls === 1) { advance(8000); throw new Error('ETIMEDOUT: rimborsi-svc.internal:8443 non ha risposto entro 8000 ms'); }
  return JSON.stringify({ ordine, reso: 'RS-IT-448190', stato_reso: 'in_transito', corriere: 'BRT',
    tracking: '05831274419920', ultimo_evento: '2025-01-26 Smistamento Bologna', importo_rimborsato_eur: 0.0,
    importo_previsto_eur: 89.9, nota: 'Il rimborso viene emesso entro 5 giorni lavorativi dall\'arrivo del reso in magazzino.' });
}, { name: 'stato_rimborso', description: 'Stato del reso e del rimborso per un ordine.', schema: z.object({ ordine: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_9vQe1', name: 'stato_rimborso', args: { ordine: 'IT-2025-0098812' } }] },
  { content: 'Il servizio rimborsi non ha risposto, riprovo.',
    tool_calls: [{ id: 'call_9vQe2', name: 'stato_rimborso', args: { ordine: 'IT-2025-0098812' } }] },
  { content: 'Ho verificato l\'ordine IT-2025-0098812: il reso RS-IT-448190 è ancora in viaggio con BRT (ultimo evento 26/01, smistamento di Bologna, tracking 05831274419920), quindi per ora il rimborso è di 0,00 €. Non appena il pacco arriva in magazzino riceverà 89,90 € entro 5 giorni lavorativi sul metodo di pagamento originale.' },
] });
const app = agentGraph({ model, tools: [statoRimborso], agentNode: 'assistente', toolsNode: 'strumenti', name: 'assistenza-clienti' });
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente clienti di ModaCasa.it. Rispondi solo con informazioni verificate sui sistemi interni.'),
  new HumanMessage('Buonasera, ho restituito le scarpe dell\'ordine IT-2025-0098812 una settimana fa e non vedo ancora il rimborso. Che fine ha fatto?') ] },
  { project: 'modacasa-care', metadata: { conversation_id: 'zd-ticket-3318874', user_id: 'cust_a81f20' } });
advance(200);
writeRuns(path.join(dir, 'runs.jsonl'));
