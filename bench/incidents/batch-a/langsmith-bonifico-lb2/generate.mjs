// Assistente home banking (Italian): a LangGraph tool-calling agent; the payments backend times out once.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-07-18T10:26:55Z', 318);
let tentativi = 0;

const statoBonifico = tool(async ({ id_disposizione }) => {
  if (++tentativi === 1) throw new Error('ETIMEDOUT: gateway pagamenti-sepa non ha risposto entro 5000 ms (GET /v2/disposizioni/' + id_disposizione + ')');
  return JSON.stringify({ id_disposizione, stato: 'ESEGUITO', cro: '0306909606100000461893', importo: '2.750,00 EUR', beneficiario: 'Studio Dentistico Ferretti', data_esecuzione: '2025-07-17', data_valuta_beneficiario: '2025-07-17' });
}, { name: 'stato_bonifico', description: 'Stato di una disposizione di bonifico SEPA.', schema: z.object({ id_disposizione: z.string() }), latency: [300, 5100] });
const conti = tool(async () => JSON.stringify([
  { iban: 'IT60X0542811101000000123456', tipo: 'conto corrente', saldo_disponibile: '4.118,62 EUR' },
  { iban: 'IT02L1234512345123456789012', tipo: 'conto deposito Vincolato 12M', saldo_disponibile: '0,00 EUR', stato: 'estinto il 2025-06-30, capitale e interessi (10.186,40 EUR) accreditati sul conto corrente' },
]), { name: 'elenco_conti', description: 'Conti del cliente con saldo.', schema: z.object({}) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Bq1', name: 'stato_bonifico', args: { id_disposizione: 'DSP-20250717-00982' } }] },
  { tool_calls: [{ id: 'call_Bq2', name: 'stato_bonifico', args: { id_disposizione: 'DSP-20250717-00982' } }] },
  { tool_calls: [{ id: 'call_Bq3', name: 'elenco_conti', args: {} }] },
  { content: 'Il bonifico DSP-20250717-00982 di 2.750,00 EUR a Studio Dentistico Ferretti risulta ESEGUITO il 17/07/2025 (CRO 0306909606100000461893), con valuta per il beneficiario lo stesso giorno: può comunicare il CRO allo studio. Il saldo 0,00 EUR del conto deposito è corretto: il vincolo è stato estinto il 30/06/2025 e capitale e interessi (10.186,40 EUR) sono stati accreditati sul conto corrente, che ora ha 4.118,62 EUR disponibili.' },
] });
const app = agentGraph({ model, tools: [statoBonifico, conti] });
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente di Banca Adriatica Digitale. Rispondi solo con dati verificati dai sistemi.'),
  new HumanMessage('Buongiorno, il dentista dice che non ha ricevuto il bonifico di ieri (DSP-20250717-00982). E perché il mio conto deposito adesso mostra saldo zero?? Mi sono spariti i soldi?')] },
  { project: 'bad-assistente', metadata: { session_id: 'sess-it-5c07e2d4', user_id: 'NDG-00781244' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
