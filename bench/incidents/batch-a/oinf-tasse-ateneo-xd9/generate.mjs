// Sportello virtuale della segreteria studenti: un agente LangGraph risponde su tasse e scadenze
// cercando nei regolamenti d'ateneo (vector store) tramite uno strumento di ricerca. Modello
// scriptato, nessuna rete.
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sportello-segreteria', { 'deployment.environment': 'produzione', 'service.version': '1.14.0' });

const indice = {
  'contribuzione studentesca fasce ISEE 2025/26 importi rate scadenze': [],
  'tasse universitarie rate scadenze mora laurea magistrale': [
    { pageContent: 'Bando Borse di studio DSU a.a. 2025/26 – art. 6 Requisiti economici. Possono concorrere gli studenti con ISEE per prestazioni universitarie non superiore alla soglia fissata dalla Regione; la domanda va presentata esclusivamente online sul portale DSU entro le ore 12 del giorno indicato nel bando.',
      metadata: { id: 'dsu-bando-2025-26#art6', fonte: 'bando_dsu_2025_26.pdf', pagina: 7 } },
    { pageContent: 'Regolamento mensa e alloggi – art. 11 Pagamenti. Il canone del posto alloggio è addebitato mensilmente sul conto studente; in caso di ritardo il servizio può essere sospeso previo avviso.',
      metadata: { id: 'reg-alloggi#art11', fonte: 'regolamento_alloggi.pdf', pagina: 12 } },
    { pageContent: 'Premio di merito per studenti iscritti al secondo anno di laurea magistrale: è riconosciuto a chi ha conseguito tutti i crediti del primo anno entro il 10 agosto con media ponderata pari o superiore a 28/30.',
      metadata: { id: 'merito-lm#c2', fonte: 'delibera_merito.pdf', pagina: 2 } },
  ],
};
const retriever = new ScriptedRetriever({ results: async (q) => indice[q] ?? [] });
const cerca = tool(async ({ query }, config) => {
  const docs = await retriever.invoke(query, config);
  return docs.length ? docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n') : 'Nessun documento trovato.';
}, {
  name: 'cerca_regolamenti', description: 'Ricerca semantica nei regolamenti e nei bandi d\'ateneo.',
  schema: z.object({ query: z.string() }),
});
const carriera = tool(async ({ matricola }) => JSON.stringify({ matricola, corso: 'LM-18 Informatica', anno: 2, iscrizione_2025_26: 'in attesa del pagamento prima rata', isee_dichiarato: null }), {
  name: 'stato_carriera', description: 'Situazione amministrativa dello studente.',
  schema: z.object({ matricola: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ name: 'stato_carriera', args: { matricola: '0001028374' } }] },
  { tool_calls: [{ name: 'cerca_regolamenti', args: { query: 'contribuzione studentesca fasce ISEE 2025/26 importi rate scadenze' } }] },
  { tool_calls: [{ name: 'cerca_regolamenti', args: { query: 'tasse universitarie rate scadenze mora laurea magistrale' } }] },
  { content: 'Con un ISEE di 27.400 € rientri nella fascia 3 della contribuzione 2025/26: il contributo annuo è di 1.140 €, diviso in tre rate da 380 € (scadenze 5 novembre, 31 marzo e 31 maggio). Per ogni rata pagata in ritardo si applica una mora di 30 € entro i primi 30 giorni e di 60 € oltre. Ti ricordo che la tua iscrizione al secondo anno di LM-18 risulta in attesa del pagamento della prima rata e che devi ancora dichiarare l\'ISEE nel portale.' },
] });
const app = await reactGraph({ model, tools: [carriera, cerca], name: 'sportello-tasse' });

await t.turn({ userId: 'stud-0001028374' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente della segreteria studenti. Rispondi solo in base ai regolamenti trovati con cerca_regolamenti e ai dati di carriera.'),
  new HumanMessage('Ciao, sono al secondo anno della magistrale in Informatica (matricola 0001028374). Il mio ISEE è 27.400 €: quanto pago di tasse quest\'anno, in quante rate e con che scadenze? E se pago in ritardo?'),
] }, { configurable: { thread_id: 'sportello-2025-09-18-b7e2' }, metadata: { session_id: 'sportello-2025-09-18-b7e2' } }));

t.write(path.join(here, 'traces.jsonl'));
