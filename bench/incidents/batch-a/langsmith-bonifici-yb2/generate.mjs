// Retail-bank customer assistant (Italian): a customer asks whether an outgoing SEPA transfer went
// through. The transfer-status backend drops the first request; the agent retries the same call.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-05-15T07:54:19.000Z', 113);

const elenco = tool(async ({ iban_mascherato, dal }) => JSON.stringify({ movimenti: [
  { id_ordine: 'ORD-20250513-004417', tipo: 'bonifico_sepa', beneficiario: 'Studio Dentistico Riva', importo: '1250.00', valuta: 'EUR', data_ordine: '2025-05-13' },
  { id_ordine: 'ORD-20250512-000981', tipo: 'addebito_sdd', beneficiario: 'Enel Energia', importo: '87.40', valuta: 'EUR', data_ordine: '2025-05-12' }] }),
  { name: 'elenco_movimenti_uscita', description: 'Elenca gli ordini in uscita di un conto a partire da una data.', schema: z.object({ iban_mascherato: z.string(), dal: z.string() }) });
let tentativi = 0;
const stato = tool(async ({ id_ordine }) => {
  tentativi += 1;
  if (tentativi === 1) { advance(10_000); throw new Error('PaymentsHub 503 Service Unavailable: upstream connect error or disconnect/reset before headers (req-id 7f3a91c2)'); }
  return JSON.stringify({ id_ordine, stato: 'ESEGUITO', cro: '0306912345678901', importo: '1250.00', valuta: 'EUR',
    data_esecuzione: '2025-05-14', data_valuta_beneficiario: '2025-05-14', iban_beneficiario: 'IT60X0542811101000000123456' });
}, { name: 'stato_bonifico', description: "Restituisce lo stato di esecuzione di un ordine di bonifico.", schema: z.object({ id_ordine: z.string() }), latency: [200, 600] });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Rb7NqS0vK2mE', name: 'elenco_movimenti_uscita', args: { iban_mascherato: 'IT** **** 3391', dal: '2025-05-10' } }] },
  { tool_calls: [{ id: 'call_X4dP9wHc1LtA', name: 'stato_bonifico', args: { id_ordine: 'ORD-20250513-004417' } }] },
  { tool_calls: [{ id: 'call_Me2ZyU6fG8oJ', name: 'stato_bonifico', args: { id_ordine: 'ORD-20250513-004417' } }] },
  { content: 'Il bonifico di 1.250,00 € a Studio Dentistico Riva (ordine ORD-20250513-004417) risulta ESEGUITO il 14/05/2025, con valuta per il beneficiario lo stesso giorno. CRO: 0306912345678901 — può comunicarlo allo studio come prova del pagamento.' },
], model: 'gpt-4.1-mini-2025-04-14' });

const graph = agentGraph({ model, tools: [elenco, stato] });
await traced(graph, { messages: [
  new SystemMessage('Sei l\'assistente virtuale di Banca Valpadana. Rispondi in italiano. Non comunicare mai lo stato di un pagamento senza averlo verificato.'),
  new HumanMessage('Buongiorno, martedì ho fatto un bonifico al dentista ma dicono che non gli è arrivato. Potete verificare? Mi serve il CRO.')] },
  { project: 'assistente-clienti', metadata: { session_id: 'sess-bv-9d41c07e-2b', user_id: 'cli-00718254', canale: 'app' } });

writeRuns(path.join(dir, 'runs.jsonl'));
