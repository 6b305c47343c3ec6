// Rail booking assistant (Italian). The timetable gateway times out once; the agent retries and
// books from the successful answer. LangGraph.js + OpenInference, scripted model, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistente-viaggi', { 'service.version': '1.14.0' });

let tentativi = 0;
const cercaTreni = tool(async ({ partenza, arrivo, data, dopo_le }) => {
  if (tentativi++ === 0) throw new Error('GatewayTimeout: orari-gw.internal non ha risposto entro 8000 ms (req 7d1e-22af)');
  return JSON.stringify({ partenza, arrivo, data, soluzioni: [
    { treno: 'FR 9531', parte: '07:10', arriva: '10:05', posti_2a: 14, prezzo_2a_eur: 0, nota: 'solo con Carta Freccia Plus' },
    { treno: 'FR 9535', parte: '08:10', arriva: '11:05', posti_2a: 0, prezzo_2a_eur: 69.9 },
    { treno: 'IC 35527', parte: '08:32', arriva: '13:48', posti_2a: 41, prezzo_2a_eur: 38.5 },
    { treno: 'FR 9539', parte: '09:10', arriva: '12:05', posti_2a: 22, prezzo_2a_eur: 59.9 } ] });
}, { name: 'cerca_treni', description: 'Cerca soluzioni di viaggio.',
  schema: z.object({ partenza: z.string(), arrivo: z.string(), data: z.string(), dopo_le: z.string() }) });
const prenota = tool(async (a) => JSON.stringify({ pnr: 'QX7M4P', stato: 'emesso', ...a, carrozza: 7, posto: '12A' }),
  { name: 'prenota_biglietto', description: 'Emette il biglietto.',
    schema: z.object({ treno: z.string(), data: z.string(), classe: z.string(), passeggero: z.string(), prezzo_eur: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'cerca_treni', args: { partenza: 'Milano Centrale', arrivo: 'Roma Termini', data: '2024-12-05', dopo_le: '08:00' } }] },
  { content: 'Il servizio orari non ha risposto, riprovo.', tool_calls: [{ name: 'cerca_treni', args: { partenza: 'Milano Centrale', arrivo: 'Roma Termini', data: '2024-12-05', dopo_le: '08:00' } }] },
  { content: '', tool_calls: [{ name: 'prenota_biglietto', args: { treno: 'FR 9539', data: '2024-12-05', classe: '2a', passeggero: 'Giulia Ferrante', prezzo_eur: 59.9 } }] },
  { content: 'Fatto! Dopo un primo timeout del servizio orari ho ripetuto la ricerca. Il FR 9535 delle 08:10 è esaurito in 2ª classe, quindi ti ho prenotato il FR 9539 delle 09:10 (arrivo a Roma Termini alle 12:05), 2ª classe, 59,90 €, entro il tuo limite di 60 €. PNR QX7M4P, carrozza 7, posto 12A.' },
] });
const app = await reactGraph({ model, tools: [cercaTreni, prenota], name: 'agente-treni',
  prepare: (m) => [new SystemMessage('Sei l\'assistente viaggi aziendale. Prenota solo entro i limiti indicati dal dipendente.'), ...m] });

const sid = 'viaggi_2024_11_28_0042';
await t.turn({ userId: 'dip-IT-20577' }, () => app.invoke({ messages: [new HumanMessage(
  'Ciao, mi serve un Milano Centrale → Roma Termini il 5 dicembre, partenza dopo le 8, arrivo entro le 13. Seconda classe, massimo 60 euro. A nome Giulia Ferrante.')] },
  { configurable: { thread_id: sid }, metadata: { session_id: sid } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
