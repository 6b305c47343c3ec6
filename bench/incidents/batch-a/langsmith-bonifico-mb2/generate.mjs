// Home banking (Italian): a transfer after a balance check whose first attempt failed at the core-banking gateway.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-05-09T16:48:22+02:00', 404);

let tentativi = 0;
const saldoConto = tool(async ({ iban }) => {
  tentativi += 1;
  if (tentativi === 1) throw new Error('GW-CORE 504: timeout dopo 8000 ms verso il sistema contabile (nodo cbk-mi-03)');
  return JSON.stringify({ iban, intestatario: 'Rossi Giulia', saldo_contabile: '3.418,72', saldo_disponibile: 3291.4, divisa: 'EUR',
    aggiornato_al: '2025-05-09T16:48:31+02:00' });
}, { name: 'saldo_conto', description: 'Saldo contabile e disponibile di un conto (core banking).',
  schema: z.object({ iban: z.string() }) });

const disponiBonifico = tool(async (a) => JSON.stringify({ ...a, cro: '0306909606100000067891', esito: 'ESEGUITO',
  data_valuta: '2025-05-12', commissioni_eur: 0 }), {
  name: 'disponi_bonifico', description: 'Dispone un bonifico SEPA. importo in euro, punto come separatore decimale.',
  schema: z.object({ iban_ordinante: z.string(), iban_beneficiario: z.string(), beneficiario: z.string(),
    importo: z.number(), causale: z.string() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01PXk8wQe3', name: 'saldo_conto', args: { iban: 'IT60X0542811101000000123456' } }] },
  { content: 'Il sistema contabile non ha risposto, riprovo.',
    tool_calls: [{ id: 'toolu_01Hz4RtLm7', name: 'saldo_conto', args: { iban: 'IT60X0542811101000000123456' } }] },
  { tool_calls: [{ id: 'toolu_01Vb6NcYs2', name: 'disponi_bonifico', args: { iban_ordinante: 'IT60X0542811101000000123456',
      iban_beneficiario: 'IT02L1234512345123456789012', beneficiario: 'Studio Dentistico Ferri', importo: 1250.0,
      causale: 'Saldo fattura n. 118/2025' } }] },
  { content: 'Fatto. Il bonifico di 1.250,00 € a Studio Dentistico Ferri (causale «Saldo fattura n. 118/2025») è stato eseguito, CRO 0306909606100000067891, valuta 12/05/2025, senza commissioni. Il saldo disponibile prima dell’operazione era di 3.291,40 €.' },
] });

const app = agentGraph({ model, tools: [saldoConto, disponiBonifico] });
await traced(app, { messages: [
  new SystemMessage('Sei l’assistente di Banca Valpadana. Prima di disporre un bonifico verifica che il saldo disponibile sia sufficiente.'),
  new HumanMessage('Ciao, mi fai un bonifico di 1.250,00 € allo Studio Dentistico Ferri, IBAN IT02L1234512345123456789012, causale "Saldo fattura n. 118/2025"? Controlla prima che ci siano i soldi.') ] },
  { project: 'valpadana-assistente', metadata: { session_id: 'sess:bv:2025-05-09:88f1c0', user_id: 'cliente-00412977' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
