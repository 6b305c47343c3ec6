// Travel agency assistant (Italian): cancellation terms of a booking, two turns in one conversation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { MemorySaver } = await load('@langchain/langgraph');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistente-viaggi', { 'service.version': '0.9.3' });

// Tariff terms are indexed per booking; a question without a booking code matches nothing.
const retriever = new ScriptedRetriever({ results: async () => [] });

const cercaCondizioni = tool(async ({ domanda }) => {
  const docs = await retriever.invoke(domanda);
  return docs.length ? docs.map((d) => d.pageContent).join('\n') : 'Nessun risultato.';
}, {
  name: 'cerca_condizioni_tariffa', description: 'Cerca nelle condizioni tariffarie e di cancellazione.',
  schema: z.object({ domanda: z.string() }),
});

const dettagliPrenotazione = tool(async ({ pnr }) => JSON.stringify({
  pnr, hotel: 'Hotel Miramare, Sorrento', arrivo: '2025-06-14', partenza: '2025-06-21', tariffa: 'Flex 7',
  cancellazione: { gratuita_fino_a: '2025-06-07T23:59+02:00', penale_dopo: 'prima notte (142,00 EUR)' },
}), {
  name: 'dettagli_prenotazione', description: 'Dati di una prenotazione dal codice PNR.',
  schema: z.object({ pnr: z.string().regex(/^[A-Z0-9]{6}$/) }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'cerca_condizioni_tariffa', args: { domanda: 'penale cancellazione soggiorno hotel giugno' } }] },
  { content: 'Non ho trovato le condizioni di cancellazione per il suo soggiorno: dipendono dalla tariffa della prenotazione. Può indicarmi il codice di prenotazione (6 caratteri, es. nella mail di conferma)?' },
  { content: '', tool_calls: [{ name: 'dettagli_prenotazione', args: { pnr: 'K7QX2M' } }] },
  { content: 'Grazie. La prenotazione K7QX2M (Hotel Miramare, Sorrento, 14–21 giugno 2025) ha tariffa Flex 7: può cancellare gratuitamente fino al 7 giugno 2025 alle 23:59; dopo, la penale è la prima notte, 142,00 EUR.' },
] });

const app = await reactGraph({ model, tools: [cercaCondizioni, dettagliPrenotazione], checkpointer: new MemorySaver() });
const cfg = { metadata: { session_id: 'wa:393471120988:2025-05-30' }, configurable: { thread_id: 'wa:393471120988:2025-05-30' } };
await t.turn({ userId: '+39 347 112 0988' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente di Viaggi Azzurri. Non inventare condizioni: usa solo i dati delle prenotazioni e delle tariffe.'),
  new HumanMessage('Buongiorno, se annullo il mio soggiorno di giugno quanto pago di penale?'),
] }, cfg));
await t.turn({ userId: '+39 347 112 0988' }, () => app.invoke({ messages: [
  new HumanMessage('Il codice è K7QX2M'),
] }, cfg));
t.write(path.join(here, 'traces.jsonl'));
