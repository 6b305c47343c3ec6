// Customer assistant (it-IT) of an insurance company answering questions on policy terms from a
// vector store of "condizioni di assicurazione". LangGraph.js agent whose search tool runs a
// retriever; scripted chat model; OpenInference OTLP/JSON (offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('assistente-polizze', { 'deployment.environment': 'produzione' });

// The index answers the pet-policy query with chunks of the home policy booklet.
const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Casa Serena – Art. 12 Furto: la garanzia è prestata con uno scoperto del 10% e il minimo di 150 € per sinistro; il limite di indennizzo per gioielli e preziosi è di 5.000 €.',
    metadata: { id: 'cga-casa-serena-2025#art12', prodotto: 'CASA_SERENA', edizione: '2025-04', score: 0.71 } },
  { pageContent: 'Casa Serena – Art. 4 Decorrenza: l\'assicurazione ha effetto dalle ore 24 del giorno di pagamento del premio. Per la garanzia fenomeno elettrico è prevista una franchigia fissa di 200 €.',
    metadata: { id: 'cga-casa-serena-2025#art4', prodotto: 'CASA_SERENA', edizione: '2025-04', score: 0.69 } },
  { pageContent: 'Casa Serena – Art. 18 Responsabilità civile della famiglia: sono compresi i danni a terzi cagionati da animali domestici di proprietà dell\'assicurato, con massimale unico di 500.000 €.',
    metadata: { id: 'cga-casa-serena-2025#art18', prodotto: 'CASA_SERENA', edizione: '2025-04', score: 0.67 } },
] });

const cerca = tool(async ({ domanda, prodotto }, config) => {
  const docs = await retriever.invoke(`${prodotto}: ${domanda}`, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, { name: 'cerca_condizioni_polizza', description: 'Cerca nelle condizioni generali di assicurazione (CGA) del prodotto indicato.',
  schema: z.object({ domanda: z.string(), prodotto: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'cerca_condizioni_polizza', args: { prodotto: 'AMICO_FIDO_PLUS', domanda: 'periodo di carenza malattia, percentuale di rimborso spese veterinarie, massimale annuo' } }] },
  { content: 'Ciao Marco! Con la polizza Amico Fido Plus le spese veterinarie per malattia sono coperte dopo un periodo di carenza di 30 giorni dalla decorrenza (per gli infortuni la copertura è immediata). Ti rimborsiamo l\'80% delle spese sostenute, con una franchigia di 50 € per sinistro e un massimale annuo di 3.000 €. Per Pepe, visto che ha 7 anni, non ci sono limitazioni di età all\'ingresso fino ai 9 anni.' },
] });

const app = await reactGraph({ model, tools: [cerca], name: 'assistente_polizze' });
const sessionId = 'tkt-IT-20261203-55821';
await t.turn({ userId: 'cliente-IT-0093317' }, () => app.invoke({ messages: [
  new SystemMessage('Sei l\'assistente clienti di Assicura Nord. Rispondi solo sulla base delle condizioni generali trovate con lo strumento di ricerca. Cliente: Marco Ferri, polizza attiva AMICO_FIDO_PLUS n. AFP-2291-0437 (cane "Pepe").'),
  new HumanMessage('Buongiorno, Pepe (7 anni) ha iniziato a zoppicare. Se lo porto dal veterinario quanto mi rimborsate? C\'è un periodo di attesa? Ho attivato la polizza la settimana scorsa.'),
] }, { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));

t.write(path.join(here, 'spans.otlp.jsonl'));
