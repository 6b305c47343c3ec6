// Retail bank chat (Italian): balance lookup hits a 502, is retried, and the account really is at zero.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistente-conti', { 'deployment.environment': 'prod', 'service.version': '5.0.2' });

let tentativi = 0;
const saldo = tool(async ({ iban }) => {
  if (tentativi++ === 0) throw new Error('HTTP 502 Bad Gateway from core-banking (corr-id 7f1e-a0c3): upstream connect error');
  return JSON.stringify({ iban, saldo_contabile: 0.0, saldo_disponibile: 0.0, valuta: 'EUR', aggiornato_al: '2025-05-06T08:12:44+02:00', stato_conto: 'attivo' });
}, { name: 'leggi_saldo', description: 'Saldo contabile e disponibile di un conto', schema: z.object({ iban: z.string() }) });
const movimenti = tool(async ({ iban, giorni }) =>
  JSON.stringify({ iban, movimenti: [
    { data: '2025-05-05', descrizione: 'Bonifico in uscita a IT60X0542811101000000123456 - giroconto risparmio', importo: -1840.0 },
    { data: '2025-05-02', descrizione: 'Addebito SDD Enel Energia', importo: -62.35 },
    { data: '2025-04-28', descrizione: 'Accredito stipendio', importo: 1902.35 }] }),
  { name: 'ultimi_movimenti', description: 'Movimenti degli ultimi N giorni', schema: z.object({ iban: z.string(), giorni: z.number().int() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'leggi_saldo', args: { iban: 'IT02L1234512345123456789012' } }] },
  { content: '', tool_calls: [{ name: 'leggi_saldo', args: { iban: 'IT02L1234512345123456789012' } }] },
  { content: '', tool_calls: [{ name: 'ultimi_movimenti', args: { iban: 'IT02L1234512345123456789012', giorni: 10 } }] },
  { content: "Il saldo disponibile del conto che termina con 9012 è 0,00 € (aggiornato alle 08:12 di oggi). Non è un errore: ieri, 5 maggio, è partito il giroconto di 1.840,00 € verso il conto risparmio che termina con 3456, dopo l'addebito Enel di 62,35 € del 2 maggio. Con saldo zero il pagamento dell'affitto di domani non andrebbe a buon fine: vuoi che ti mostri come ricaricare il conto dal risparmio?" },
] });

const system = new SystemMessage('Sei l\'assistente clienti di Banca Adige. Non eseguire operazioni dispositive senza conferma esplicita.');
const app = await reactGraph({ model, tools: [saldo, movimenti], name: 'assistente_conti', prepare: (m) => [system, ...m] });

await t.turn({ userId: 'cli-00917736' }, () => app.invoke({ messages: [new HumanMessage(
  "Ciao, l'app mi dice saldo zero sul conto corrente ma domani mi addebitano l'affitto. Com'è possibile? Mi sembra un errore vostro.")] },
  { metadata: { session_id: 'bad-chat-20250506-44f1' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
