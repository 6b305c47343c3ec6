// Assistente eventi di un catering (LangGraph.js + MemorySaver, tracce OpenInference, modello scriptato, offline).
// Il prompt viene accorciato alle ultime due richieste dell'utente per stare nel budget di token.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('eventi-assistente', { 'deployment.environment': 'production' });

const verificaSala = tool(async ({ data, persone }) => JSON.stringify({ data, persone, sala: 'Sala Limonaia', disponibile: true, capienza: 24, acconto_eur: 300 }),
  { name: 'verifica_sala', description: 'Disponibilità delle sale per una data e un numero di persone.',
    schema: z.object({ data: z.string(), persone: z.number() }) });
const ordinaMenu = tool(async (args) => JSON.stringify({ ordine: 'ORD/2025/06/0419', ...args, stato: 'confermato', inviato_cucina: true }),
  { name: 'ordina_menu', description: 'Conferma alla cucina il menu di un evento.',
    schema: z.object({ data: z.string(), persone: z.number(), menu: z.string(), portate: z.array(z.string()), varianti_senza_glutine: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  { content: 'Perfetto, ho preso nota: cena aziendale il 12 giugno, 18 persone, di cui 3 celiache, quindi tutto il menu senza glutine. Vuole che verifichi la disponibilità della sala?' },
  { content: '', tool_calls: [{ name: 'verifica_sala', args: { data: '2025-06-12', persone: 18 } }] },
  { content: 'Il 12 giugno la Sala Limonaia (fino a 24 posti) è libera. Per bloccarla serve un acconto di 300 €. Procedo anche con il menu?' },
  { content: '', tool_calls: [{ name: 'ordina_menu', args: { data: '2025-06-12', persone: 18, menu: 'Menu Tradizione Toscana',
    portate: ['Crostini misti', 'Pici all\'aglione', 'Peposo con polenta', 'Cantucci e vin santo'], varianti_senza_glutine: 0 } }] },
  { content: 'Fatto! Ho confermato alla cucina il Menu Tradizione Toscana per 18 persone il 12 giugno (ordine ORD/2025/06/0419): crostini misti, pici all\'aglione, peposo con polenta, cantucci e vin santo.' },
] });

const keepLastTwoRequests = (messages) => {
  const humans = messages.map((m, i) => (m._getType() === 'human' ? i : -1)).filter((i) => i >= 0);
  const from = humans.length > 2 ? humans[humans.length - 2] : 0;
  return [new SystemMessage('Sei l\'assistente eventi di Trattoria Il Poggio Catering. Sii conciso.'), ...messages.slice(from)];
};

const app = await reactGraph({ model, tools: [verificaSala, ordinaMenu], checkpointer: new MemorySaver(), prepare: keepLastTwoRequests, name: 'eventi_agent' });
const thread = 'thr_01JX4K9Q2T7M3VB8N5R6W1C0DE';
const cfg = { configurable: { thread_id: thread }, metadata: { thread_id: thread } };
const user = 'giulia.ferraro@studio-ferraro.it';

for (const text of [
  'Buongiorno, organizzo la cena aziendale del 12 giugno: saremo 18 persone e 3 colleghi sono celiaci, per cui tutto il menu deve essere senza glutine.',
  'La sala per quella sera è libera?',
  'Sì, confermi pure il menu tradizionale toscano che ci avete proposto.',
]) {
  await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
}
t.write(path.join(here, 'traces.jsonl'));
