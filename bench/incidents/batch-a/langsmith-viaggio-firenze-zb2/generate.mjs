// Agenzia viaggi: a multi-turn booking assistant (LangGraph with a MemorySaver checkpointer). Before each
// model call the deployment keeps the system prompt plus the most recent messages only.
import path from 'node:path';
import { ScriptedChatModel, tool, startClock, advance, minutes, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-05-16T18:20:31+02:00', 2024);

const cercaTreni = tool(async ({ da, a, data }) => JSON.stringify({ soluzioni: [
  { treno: 'FR 9527', partenza: `${data} 08:10`, arrivo: `${data} 09:59`, prezzo: '39,90 €' },
  { treno: 'FR 9531', partenza: `${data} 09:10`, arrivo: `${data} 10:59`, prezzo: '49,90 €' }], da, a }), {
  name: 'cerca_treni', description: 'Cerca treni AV', schema: z.object({ da: z.string(), a: z.string(), data: z.string() }) });
const cercaHotel = tool(async ({ citta, checkin, notti }) => JSON.stringify({ citta, checkin, notti, risultati: [
  { codice: 'FLR-H-2291', nome: 'Hotel Palazzo Guadagni', zona: 'Santo Spirito', prezzo_notte: '142 €', animali: 'non ammessi' },
  { codice: 'FLR-H-1048', nome: 'Residenza Il Villino', zona: 'San Marco', prezzo_notte: '128 €', animali: 'ammessi fino a 15 kg (supplemento 15 €/notte)' },
  { codice: 'FLR-H-3310', nome: 'Hotel Bernini Oltrarno', zona: 'Oltrarno', prezzo_notte: '119 €', animali: 'non ammessi' }] }), {
  name: 'cerca_hotel', description: 'Cerca alloggi disponibili', schema: z.object({ citta: z.string(), checkin: z.string(), notti: z.number() }) });
const prenotaHotel = tool(async ({ codice, checkin, notti, ospiti }) => JSON.stringify({ esito: 'confermata',
  pnr: 'VG8K2M', codice, checkin, notti, ospiti, totale: `${119 * notti} €`, cancellazione: 'non rimborsabile' }), {
  name: 'prenota_hotel', description: 'Prenota un alloggio (tariffa non rimborsabile)',
  schema: z.object({ codice: z.string(), checkin: z.string(), notti: z.number(), ospiti: z.number() }) });

const model = new ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_vertexai', replies: [
  // turn 1
  { content: 'Perfetto, Giulia: Firenze dal 6 al 9 giugno, 3 notti, in due più il vostro cane di 12 kg. Vuole che cerchi prima il treno da Milano?' },
  // turn 2
  { tool_calls: [{ id: 'fc-01', name: 'cerca_treni', args: { da: 'Milano Centrale', a: 'Firenze S.M.N.', data: '2025-06-06' } }] },
  { content: 'Ci sono il Frecciarossa 9527 (08:10-09:59, 39,90 €) e il 9531 (09:10-10:59, 49,90 €). Il 9527 le va bene?' },
  // turn 3
  { content: 'Bene, annoto il FR 9527 del 6 giugno. Per l\'alloggio preferisce centro storico o Oltrarno?' },
  // turn 4
  { tool_calls: [{ id: 'fc-02', name: 'cerca_hotel', args: { citta: 'Firenze', checkin: '2025-06-06', notti: 3 } }] },
  { tool_calls: [{ id: 'fc-03', name: 'prenota_hotel', args: { codice: 'FLR-H-3310', checkin: '2025-06-06', notti: 3, ospiti: 2 } }] },
  { content: 'Fatto! Ho prenotato l\'Hotel Bernini Oltrarno, la soluzione più economica in Oltrarno: 3 notti dal 6 giugno per 2 ospiti, '
    + 'totale 357 €, PNR VG8K2M (tariffa non rimborsabile). Buon viaggio a Firenze!' },
] });

const KEEP = 6;
const prepare = (messages) => {
  const sys = messages.filter((m) => m._getType() === 'system');
  const rest = messages.filter((m) => m._getType() !== 'system');
  let tail = rest.slice(-KEEP);
  while (tail.length && tail[0]._getType() === 'tool') tail = tail.slice(1);
  return [...sys, ...tail];
};
const app = agentGraph({ model, tools: [cercaTreni, cercaHotel, prenotaHotel], checkpointer: new MemorySaver(), prepare,
  agentNode: 'assistente', toolsNode: 'gds', name: 'assistente-viaggi' });

const thread = 'wa:+393471128840:2025-05-16';
const opts = { project: 'viaggi-bot-whatsapp', metadata: { session_id: thread, user_id: 'giulia.ferrante' }, configurable: { thread_id: thread } };
const turns = [
  [new SystemMessage('Sei l\'assistente di Viaggi Ferrante. Prenoti treni e alloggi per i clienti via WhatsApp.'),
   new HumanMessage('Ciao! Vorrei andare a Firenze dal 6 al 9 giugno, siamo in due e viaggia con noi Olivia, la nostra cagnolina di 12 kg.')],
  [new HumanMessage('Sì, da Milano Centrale la mattina del 6.')],
  [new HumanMessage('Va benissimo il 9527.')],
  [new HumanMessage('Oltrarno! Prenota pure quello che costa meno, mi fido.')],
];
for (const [i, msgs] of turns.entries()) {
  if (i) advance(minutes(2), minutes(9));
  await traced(app, { messages: msgs }, opts);
}
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
