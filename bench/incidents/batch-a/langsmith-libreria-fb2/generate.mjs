// Online bookshop (Italian): stock check that times out once, is retried and succeeds; one
// warehouse really has 0 copies, the other has 3; the order is placed from the one with stock.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T18:27:50.000Z', 205);
const dir = here(import.meta.url);

let tentativi = 0;
const giacenza = tool(async ({ isbn }) => {
  tentativi += 1;
  if (tentativi === 1) throw new Error('ETIMEDOUT: gestionale-magazzini.lib-interna.it:9090 non ha risposto entro 8000 ms (GET /v2/giacenze/' + isbn + ')');
  return JSON.stringify({ isbn, titolo: 'Le città invisibili', editore: 'Mondadori', edizione: 'Oscar Moderni 2016',
    magazzini: [{ codice: 'MI-NORD', disponibili: 0, riassortimento_previsto: '2025-03-24' },
      { codice: 'BO-CENTRO', disponibili: 3, riassortimento_previsto: null }],
    aggiornato_al: '2025-03-11T18:28:07Z' });
}, { name: 'verifica_giacenza', latency: [7900, 8100],
  description: 'Disponibilità di un titolo (ISBN-13) nei magazzini.', schema: z.object({ isbn: z.string() }) });

const creaOrdine = tool(async ({ isbn, quantita, magazzino, cliente }) => JSON.stringify({ ordine: 'ORD-25-0311-88412',
  isbn, quantita, magazzino, cliente, totale_eur: 25.0, spedizione: 'corriere, consegna stimata 13-14/03' }), {
  name: 'crea_ordine', description: 'Crea un ordine di spedizione.',
  schema: z.object({ isbn: z.string(), quantita: z.number().int(), magazzino: z.string(), cliente: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Rx0t4LmQ', name: 'verifica_giacenza', args: { isbn: '9788804668237' } }] },
  { content: 'Il gestionale dei magazzini non ha risposto, riprovo.',
    tool_calls: [{ id: 'call_Rx0t4LmR', name: 'verifica_giacenza', args: { isbn: '9788804668237' } }] },
  { tool_calls: [{ id: 'call_Wc2b9HsN', name: 'crea_ordine', args: { isbn: '9788804668237', quantita: 2, magazzino: 'BO-CENTRO', cliente: 'CL-77120' } }] },
  { content: "Fatto! A Milano il titolo è esaurito (0 copie, riassortimento previsto il 24/03), ma a Bologna ce n'erano 3: ho creato l'ordine ORD-25-0311-88412 per 2 copie di «Le città invisibili» (Oscar Moderni), totale 25,00 €, consegna stimata 13-14 marzo. Il primo controllo era andato in timeout, il secondo ha risposto regolarmente." },
] });

const app = agentGraph({ model, tools: [giacenza, creaOrdine] });
await traced(app, { messages: [
  new SystemMessage('Sei l\'assistente della Libreria Portici. Verifica sempre la disponibilità prima di creare un ordine.'),
  new HumanMessage('Buonasera, vorrei 2 copie di Le città invisibili di Calvino (ISBN 9788804668237), servono per un regalo entro sabato. Il sito dice "non disponibile", è vero?'),
] }, { project: 'libreria-portici-chat', metadata: { conversation_id: 'cnv_01JP3M8W2QZ7', user_id: 'CL-77120' },
  configurable: { thread_id: 'cnv_01JP3M8W2QZ7' } });
writeRuns(path.join(dir, 'runs.jsonl'));
