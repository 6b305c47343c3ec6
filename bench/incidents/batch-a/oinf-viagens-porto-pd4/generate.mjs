// Travel desk (pt-PT): a triage agent collects the traveller's request and hands over to a booking
// agent (a LangGraph subgraph) through a transfer tool whose payload is the only input the booking
// agent receives. Traced with OpenInference (OTLP/JSON), scripted model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('balcao-viagens', { 'deployment.environment': 'prod-eu' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { StateGraph, Annotation, START, END } = await load('@langchain/langgraph');
const { z } = await load('zod');

const session = 'bv-2025-0611-7731';
const user = 'cliente:PT-448120';

// --- booking agent (receiver) -------------------------------------------------------------
const procurarHoteis = tool(async ({ cidade, entrada, noites }) => JSON.stringify({
  cidade, entrada, noites, resultados: [
    { hotel_id: 'HTL-OPO-0931', nome: 'Casa da Ribeira Boutique', preco_noite_eur: 245, aceita_animais: true, dist_estacao_m: 650 },
    { hotel_id: 'HTL-OPO-0412', nome: 'Hotel São Bento Estação', preco_noite_eur: 162, aceita_animais: true, dist_estacao_m: 90 },
    { hotel_id: 'HTL-OPO-1177', nome: 'Aliados Suites', preco_noite_eur: 139, aceita_animais: false, dist_estacao_m: 300 },
  ] }), { name: 'procurar_hoteis', description: 'Pesquisa disponibilidade de hotéis.',
  schema: z.object({ cidade: z.string(), entrada: z.string(), noites: z.number().int() }) });
const reservarQuarto = tool(async ({ hotel_id, entrada, noites, hospedes }) => JSON.stringify({
  estado: 'CONFIRMADA', localizador: 'RSV-7Q2K9', hotel_id, entrada, noites, hospedes,
  total_eur: hotel_id === 'HTL-OPO-0931' ? 735 : 486, politica: 'não reembolsável' }),
  { name: 'reservar_quarto', description: 'Reserva e cobra o quarto no cartão do cliente.',
    schema: z.object({ hotel_id: z.string(), entrada: z.string(), noites: z.number().int(), hospedes: z.number().int() }) });

const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'procurar_hoteis', args: { cidade: 'Porto', entrada: '2025-06-12', noites: 3 } }] },
  { content: '', tool_calls: [{ name: 'reservar_quarto', args: { hotel_id: 'HTL-OPO-0931', entrada: '2025-06-12', noites: 3, hospedes: 2 } }] },
  { content: 'Reserva confirmada: Casa da Ribeira Boutique, 12 a 15 de junho, 2 hóspedes com cão, total 735 € (localizador RSV-7Q2K9).' },
] });
const booking = await reactGraph({ model: bookingModel, tools: [procurarHoteis, reservarQuarto], name: 'agente_reservas',
  prepare: (m) => [new SystemMessage('És o agente de reservas. Reserva o melhor quarto para o pedido recebido.'), ...m] });

// --- triage agent (sender) -----------------------------------------------------------------
const transferir = tool(async ({ resumo }) => `Pedido transferido para agente_reservas: ${resumo}`,
  { name: 'transferir_para_reservas', description: 'Passa o pedido ao agente de reservas.',
    schema: z.object({ resumo: z.string().describe('Resumo do pedido para o agente de reservas') }) });
const triageModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'transferir_para_reservas',
    args: { resumo: 'Hotel no Porto, entrada 2025-06-12, 3 noites, 2 adultos e um cão pequeno.' } }] },
  { content: 'Passei o seu pedido ao nosso agente de reservas.' },
] });
const triage = await reactGraph({ model: triageModel, tools: [transferir], name: 'agente_triagem',
  prepare: (m) => [new SystemMessage('És o agente de triagem do balcão de viagens. Recolhe o pedido e transfere-o.'), ...m] });

const State = Annotation.Root({ pedido: Annotation(), resumo: Annotation(), resposta: Annotation() });
const app = new StateGraph(State)
  .addNode('triagem', async (s) => {
    const out = await triage.invoke({ messages: [new HumanMessage(s.pedido)] });
    const call = out.messages.find((m) => m.tool_calls?.length)?.tool_calls[0];
    return { resumo: call.args.resumo };
  })
  .addNode('reservas', async (s) => {
    const out = await booking.invoke({ messages: [new HumanMessage(s.resumo)] });
    return { resposta: out.messages.at(-1).content };
  })
  .addEdge(START, 'triagem').addEdge('triagem', 'reservas').addEdge('reservas', END)
  .compile({ name: 'balcao_viagens' });

await t.turn({ userId: user }, () => app.invoke({
  pedido: 'Olá! Preciso de hotel no Porto de 12 a 15 de junho, somos 2 adultos e levamos o nosso cão pequeno. '
    + 'O orçamento máximo é 180 € por noite, a empresa não reembolsa acima disso. De preferência perto da estação de São Bento.',
}, { metadata: { session_id: session, user_id: user }, configurable: { thread_id: session } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
