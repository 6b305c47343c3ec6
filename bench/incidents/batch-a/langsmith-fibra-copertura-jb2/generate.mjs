// Telecom sales assistant (Italian): coverage check for an address, then an offer quote.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-05-12T18:07:53Z', 9);

let tentativi = 0;
const copertura = tool(async ({ indirizzo, civico, comune }) => {
  tentativi += 1;
  if (tentativi === 1) throw new Error('NetCheck API 503 Service Unavailable: upstream OF-Wholesale timeout after 8000 ms (req 7e41c2a9)');
  return JSON.stringify({ indirizzo: `${indirizzo} ${civico}, ${comune}`, tecnologia: 'FTTH', rete: 'Open Fiber', velocita_max_download_mbps: 2500,
    velocita_max_upload_mbps: 1000, stato: 'attivabile', tempo_attivazione_giorni_lavorativi: 10 });
}, { name: 'verifica_copertura', description: 'Verifica la copertura fibra di un indirizzo.',
  schema: z.object({ indirizzo: z.string(), civico: z.string(), comune: z.string() }) });
const offerta = tool(async ({ tecnologia }) => JSON.stringify({ codice: 'CASA-FIBRA-2.5G', canone_mensile_eur: 26.9, costo_attivazione_eur: 0,
  nota_attivazione: 'Promo "Attivazione gratuita" valida per richieste entro il 31/05/2025 (listino: 39,00 €)', vincolo_mesi: 0, modem_incluso: true, tecnologia }),
{ name: 'dettagli_offerta', description: 'Restituisce prezzo e condizioni dell\'offerta per una tecnologia.', schema: z.object({ tecnologia: z.string() }) });
const tools = [copertura, offerta];

const args = { indirizzo: 'Via Nizza', civico: '148', comune: 'Torino' };
const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Yt2s8VdN0k', name: 'verifica_copertura', args }] },
  { tool_calls: [{ id: 'call_Mq5b1XcR7p', name: 'verifica_copertura', args }] },
  { tool_calls: [{ id: 'call_Fz9e4HwU3j', name: 'dettagli_offerta', args: { tecnologia: 'FTTH' } }] },
  { content: 'Buone notizie: in Via Nizza 148 a Torino è attivabile la fibra FTTH (rete Open Fiber) fino a 2,5 Gbit/s in download e 1 Gbit/s in upload. '
    + 'L\'offerta Casa Fibra 2.5G costa 26,90 €/mese, modem incluso e senza vincolo. L\'attivazione oggi è gratuita grazie alla promo valida fino al 31/05 '
    + '(di listino sarebbe 39,00 €); i tempi sono di circa 10 giorni lavorativi. Vuole che proceda con la richiesta?' },
] });
await traced(agentGraph({ model, tools }), { messages: [
  new SystemMessage('Sei l\'assistente commerciale di Linea Casa. Se un servizio non risponde, riprova una volta prima di arrenderti.'),
  new HumanMessage('Buonasera, arriva la fibra in Via Nizza 148 a Torino? Quanto costa attivarla?')] },
{ project: 'lineacasa-vendite', metadata: { session_id: 'chat-TO-2025-05-12-88f03a', user_id: 'lead-556201' } });
writeRuns(out);
