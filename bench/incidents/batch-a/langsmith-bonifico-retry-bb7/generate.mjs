// Retail-banking assistant (Italian): a customer asks where a transfer is and what an urgent transfer would cost.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here, FnRetriever,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2026-12-03T10:05:52.000Z', 88);

let attempts = 0;
const stato = tool(async ({ cro }) => {
  attempts += 1;
  if (attempts === 1) { advance(29000, 30500); throw new Error('ETIMEDOUT: core-banking gateway cbk-gw-02 did not answer within 30000 ms (GET /payments/sepa/' + cro + ')'); }
  return JSON.stringify({ cro, stato: 'ESEGUITO', importo: 1250.00, divisa: 'EUR', beneficiario: 'Studio Dentistico Ferri',
    iban_beneficiario: 'IT60X0542811101000000123456', data_esecuzione: '2026-12-02', data_valuta_beneficiario: '2026-12-03' });
}, { name: 'stato_bonifico', description: 'Stato di un bonifico SEPA dato il CRO.', schema: z.object({ cro: z.string() }) });

const fogli = new FnRetriever({ name: 'fogli_informativi', search: () => [] });
const cercaCondizioni = tool(async ({ domanda }, config) => {
  const docs = await fogli.invoke(domanda, config);
  return docs.length ? docs.map((d) => d.pageContent).join('\n') : JSON.stringify({ risultati: 0 });
}, { name: 'cerca_condizioni', latency: [10, 30], description: 'Cerca nei fogli informativi e nelle condizioni del conto.',
  schema: z.object({ domanda: z.string() }) });

const app = agentGraph({ name: 'assistente_conto', tools: [stato, cercaCondizioni], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_b0n1', name: 'stato_bonifico', args: { cro: '0306909630228812' } }] },
  { content: 'Il sistema dei pagamenti non ha risposto in tempo, riprovo.', tool_calls: [{ id: 'call_b0n2', name: 'stato_bonifico', args: { cro: '0306909630228812' } }] },
  { tool_calls: [{ id: 'call_c0n3', name: 'cerca_condizioni', args: { domanda: 'commissione bonifico urgente istantaneo conto Arancio Smart' } }] },
  { content: 'Il bonifico con CRO 0306909630228812 risulta ESEGUITO: 1.250,00 EUR a Studio Dentistico Ferri, eseguito il 2 dicembre con data valuta per il beneficiario 3 dicembre, quindi dovrebbe già essere sul loro conto. '
    + 'Per il costo del bonifico urgente non ho trovato i fogli informativi del suo conto, quindi non voglio darle una cifra a caso: può verificarla in app in "Condizioni e documenti", oppure la passo a un consulente. Preferisce così?' },
] }) });

await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente clienti di Banca Valtellina Digitale. Rispondi solo con dati verificati dagli strumenti. Cliente autenticato: CL-00481273, conto Arancio Smart.'),
  new HumanMessage('Buongiorno, ieri ho fatto un bonifico al dentista, CRO 0306909630228812, ma loro dicono che non è arrivato niente. Che fine ha fatto? E la prossima volta quanto mi costa un bonifico urgente?'),
] }, { project: 'bvd-assistente', metadata: { session_id: 'bvd-sess-9a41c07e', user_id: 'CL-00481273' } });

writeRuns(path.join(dir, 'runs.jsonl'));
