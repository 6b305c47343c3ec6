// Atendimento da loja Vitrine Digital: agente LangGraph.js com consulta de pedidos (OMS), base de
// políticas (retriever vetorial) e abertura de devolução; modelo roteirizado, sem rede; spans
// OpenInference gravados como OTLP/JSON, um request por turno.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('vitrine-atendimento-ia', { 'deployment.environment': 'producao', 'service.version': '1.44.2' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

let tentativas = 0;
const consultarPedido = tool(async ({ pedido }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error('504 Gateway Timeout: oms-api.internal upstream did not respond within 10000 ms');
  return JSON.stringify({ pedido, status: 'ENTREGUE', entregue_em: '2025-02-20', cliente: '7720019',
    itens: [{ sku: 'NB-ASP5-I5-16-512', descricao: 'Notebook Aspire 5 i5 16GB 512GB SSD 15,6"', qtd: 1, valor: 'R$ 3.249,90' }],
    frete: 'R$ 0,00', total: 'R$ 3.249,90', pagamento: 'Cartão de crédito em 10x', transportadora: 'Rodonaves' });
}, { name: 'consultar_pedido', description: 'Consulta um pedido no OMS.', schema: z.object({ pedido: z.string() }) });

const politicas = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Produto avariado ou com defeito: o cliente pode solicitar a devolução em até 30 dias corridos após o recebimento, anexando fotos do produto e da embalagem. A coleta é gratuita e agendada pela transportadora em até 5 dias úteis.',
    metadata: { id: 'POL-TROCAS-2025#avaria', score: 0.884 } },
  { pageContent: 'Estorno em cartão de crédito: após o recebimento do produto no centro de distribuição, o estorno do valor integral é solicitado à operadora e pode aparecer em até 2 faturas, conforme a data de fechamento do cartão.',
    metadata: { id: 'POL-TROCAS-2025#estorno-cartao', score: 0.851 } },
  { pageContent: 'Direito de arrependimento (CDC art. 49): até 7 dias corridos após o recebimento, para qualquer produto, sem necessidade de justificativa.',
    metadata: { id: 'POL-TROCAS-2025#arrependimento', score: 0.802 } },
] });
const buscarPolitica = tool(async ({ consulta }, config) => {
  const docs = await politicas.invoke(consulta, config);
  return docs.map((d) => `(${d.metadata.id}) ${d.pageContent}`).join('\n');
}, { name: 'buscar_politica_trocas', description: 'Busca na política de trocas e devoluções vigente.',
  schema: z.object({ consulta: z.string() }) });

const abrirDevolucao = tool(async (a) => JSON.stringify({ protocolo: 'DEV-20250312-88410', pedido: a.pedido, sku: a.sku,
  motivo: a.motivo, valor_estorno: 'R$ 3.249,90', coleta: 'agendamento em até 5 dias úteis (Rodonaves)',
  etiqueta_enviada_para: 'e-mail cadastrado' }), {
  name: 'abrir_devolucao', description: 'Abre uma solicitação de devolução com coleta e estorno.',
  schema: z.object({ pedido: z.string(), sku: z.string(), motivo: z.enum(['ARREPENDIMENTO', 'AVARIA_TRANSPORTE', 'DEFEITO']),
    valor: z.number().describe('valor a estornar em reais'), moeda: z.literal('BRL') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: '1183-4471-09' } }] },
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: '1183-4471-09' } }] },
  { tool_calls: [{ name: 'buscar_politica_trocas', args: { consulta: 'devolução produto avariado na entrega prazo e estorno cartão de crédito' } }] },
  { content: 'Poxa, sinto muito pela tela! Encontrei seu pedido 1183-4471-09: Notebook Aspire 5, entregue em 20/02/2025, R$ 3.249,90 no cartão em 10x.\n\n'
    + 'Como é avaria, o prazo é de até 30 dias corridos após o recebimento, então você ainda está dentro dele (o prazo de 7 dias é só para arrependimento). '
    + 'A coleta é gratuita e agendada em até 5 dias úteis; depois que o notebook chegar ao nosso centro de distribuição, o estorno integral é pedido à operadora e pode aparecer em até 2 faturas.\n\n'
    + 'Posso abrir a devolução por avaria agora? Vou precisar que você responda o e-mail do protocolo com fotos da tela e da embalagem.' },
  { tool_calls: [{ name: 'abrir_devolucao', args: { pedido: '1183-4471-09', sku: 'NB-ASP5-I5-16-512', motivo: 'AVARIA_TRANSPORTE', valor: 3249.9, moeda: 'BRL' } }] },
  { content: 'Pronto! Protocolo DEV-20250312-88410, estorno de R$ 3.249,90. A etiqueta foi para o seu e-mail cadastrado e a Rodonaves agenda a coleta em até 5 dias úteis. É só responder esse e-mail com as fotos da tela e da embalagem.' },
] });

const app = await reactGraph({ model, tools: [consultarPedido, buscarPolitica, abrirDevolucao], checkpointer: new MemorySaver(), name: 'atendimento_vitrine' });
const atendimento = 'atd-2025-03-12-000873';
const cliente = 'cliente:7720019';
const cfg = { configurable: { thread_id: atendimento }, metadata: { session_id: atendimento, canal: 'chat-site' } };
await t.turn({ userId: cliente }, () => app.invoke({ messages: [
  new SystemMessage('Você é a assistente de atendimento da Vitrine Digital. Consulte o pedido e a política antes de responder. Só abra devolução com a confirmação do cliente.'),
  new HumanMessage('Oi, meu notebook do pedido 1183-4471-09 chegou com a tela trincada. Quero devolver e receber meu dinheiro de volta.'),
] }, cfg));
await t.turn({ userId: cliente }, () => app.invoke({ messages: [new HumanMessage('Pode abrir sim, obrigada! Já tirei as fotos.')] }, cfg));
t.write(path.join(here, 'traces.jsonl'));
