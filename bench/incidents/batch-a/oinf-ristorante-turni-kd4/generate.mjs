// Assistente prenotazioni ristoranti (it), LangGraph.js con MemorySaver: tre turni sulla stessa
// conversazione; prima di ogni chiamata al modello la cronologia viene tagliata alle ultime 5
// voci per stare nel budget di token. Modello guionizzato, nessuna rete. Output: traces.jsonl.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('tavola-bot', { 'deployment.environment': 'prod', 'service.version': '2.3.0' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const cerca = tool(async ({ citta, data, persone, esigenze }) => JSON.stringify({ risultati: [
  { id: 'rst_bo_0193', nome: 'Trattoria Da Nerina', indirizzo: 'Via Saragozza 41, Bologna', menu_senza_glutine: true, prezzo_medio: 38 },
  { id: 'rst_bo_0417', nome: 'Osteria del Portico', indirizzo: 'Via Castiglione 12, Bologna', menu_senza_glutine: true, prezzo_medio: 45 } ] }),
{ name: 'cerca_ristoranti', description: 'Cerca ristoranti disponibili.', schema: z.object({ citta: z.string(), data: z.string(), persone: z.number(), esigenze: z.string().optional() }) });

const orari = tool(async ({ ristorante, data }) => JSON.stringify({ ristorante, data, slot_liberi: ['19:30', '20:30', '22:00'], menu: [
  { codice: 'DEG-CL', nome: 'Degustazione classica (tortellini in brodo, tagliatelle al ragù, zuppa inglese)', prezzo: 48 },
  { codice: 'DEG-SG', nome: 'Degustazione senza glutine (risotto, filetto, panna cotta)', prezzo: 50 } ] }),
{ name: 'orari_e_menu', description: 'Slot liberi e menu di un ristorante.', schema: z.object({ ristorante: z.string(), data: z.string() }) });

const prenota = tool(async ({ ristorante, data, ora, persone, menu, note }) => JSON.stringify({ conferma: 'PRN-7Q4K-2291', ristorante, data, ora, persone, menu, note: note ?? '' }),
{ name: 'prenota_tavolo', description: 'Prenota un tavolo e preordina il menu.', schema: z.object({ ristorante: z.string(), data: z.string(), ora: z.string(), persone: z.number(), menu: z.string(), note: z.string().optional() }) });

const sistema = new SystemMessage('Sei TavolaBot, l\'assistente che cerca e prenota ristoranti per gli utenti. Rispetta sempre le esigenze alimentari indicate.');
const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'cerca_ristoranti', args: { citta: 'Bologna', data: '2025-05-17', persone: 4, esigenze: 'celiachia - senza glutine' } }] },
  { content: 'Per sabato 17 maggio ho trovato due locali con menu senza glutine: Trattoria Da Nerina (via Saragozza, ~38 €) e Osteria del Portico (via Castiglione, ~45 €). Quale preferisci?' },
  { tool_calls: [{ name: 'orari_e_menu', args: { ristorante: 'rst_bo_0193', data: '2025-05-17' } }] },
  { content: 'Da Nerina sabato ha posto alle 19:30, 20:30 e 22:00. Hanno due degustazioni: la classica (tortellini, tagliatelle al ragù, zuppa inglese) a 48 € e una senza glutine a 50 €.' },
  { tool_calls: [{ name: 'prenota_tavolo', args: { ristorante: 'rst_bo_0193', data: '2025-05-17', ora: '20:30', persone: 4, menu: 'DEG-CL' } }] },
  { content: 'Fatto! Tavolo per 4 da Trattoria Da Nerina sabato 17 maggio alle 20:30, con 4 menu Degustazione classica preordinati (48 € a persona). Codice di conferma PRN-7Q4K-2291.' },
] });

const app = await reactGraph({ model, tools: [cerca, orari, prenota], name: 'tavola-bot',
  checkpointer: new MemorySaver(), prepare: (messages) => [sistema, ...messages.slice(-5)] });
const thread = 'tg-55120931';
const cfg = { configurable: { thread_id: thread }, metadata: { thread_id: thread } };
const utente = 'tg-user-55120931';
for (const testo of [
  'Ciao! Sabato sera siamo in 4 a Bologna. Attenzione: mia moglie è celiaca, quindi tutto rigorosamente senza glutine. Mi trovi un posto?',
  'Da Nerina mi ispira. Che orari hanno sabato? E cosa propongono come degustazione?',
  'Perfetto, prenota alle 20:30 e preordina la degustazione per tutti e quattro così facciamo prima.',
]) await t.turn({ userId: utente }, () => app.invoke({ messages: [new HumanMessage(testo)] }, cfg));
t.write(path.join(here, 'traces.jsonl'));
