// Brazilian e-commerce support (Portuguese): the order service fails once, the agent retries, then refunds.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-07-22T18:26:03.000Z', 44);
let calls = 0;
const consultarPedido = tool(async ({ pedido }) => {
  if (++calls === 1) throw new Error(`pedidos-svc respondeu 503 Service Unavailable (upstream connect error or disconnect/reset before headers) para ${pedido}`);
  return JSON.stringify({ pedido, status: 'ENTREGUE', entregue_em: '2025-07-15', itens: [{ sku: 'FONE-BT-X12', descricao: 'Fone Bluetooth X12', qtd: 1, preco: 'R$ 1.249,90' }],
    frete: 'R$ 0,00', total: 'R$ 1.249,90', prazo_arrependimento_ate: '2025-07-22' });
}, { name: 'consultar_pedido', description: 'Consulta um pedido pelo número (valores formatados em BRL).', schema: z.object({ pedido: z.string() }) });
const emitirReembolso = tool(async ({ pedido, valor_centavos, motivo }) => JSON.stringify({ protocolo: 'RMB-0722-55190', pedido, valor_centavos, motivo, previsao: 'até 2 faturas no cartão' }),
  { name: 'emitir_reembolso', description: 'Emite reembolso no cartão. valor_centavos: inteiro em centavos.',
    schema: z.object({ pedido: z.string(), valor_centavos: z.number().int(), motivo: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_pQ7e2Wm', name: 'consultar_pedido', args: { pedido: '#BR-4471-0093' } }] },
  { tool_calls: [{ id: 'call_pQ7e2Wn', name: 'consultar_pedido', args: { pedido: '#BR-4471-0093' } }] },
  { tool_calls: [{ id: 'call_rF3k9Aa', name: 'emitir_reembolso', args: { pedido: '#BR-4471-0093', valor_centavos: 124990, motivo: 'direito de arrependimento (CDC art. 49), solicitado em 22/07/2025' } }] },
  { content: 'Pronto, Rafael! O pedido #BR-4471-0093 foi entregue em 15/07, então hoje (22/07) é o último dia do prazo de arrependimento. Emiti o reembolso de R$ 1.249,90 no cartão, protocolo RMB-0722-55190; o estorno aparece em até 2 faturas. Você receberá por e-mail a etiqueta para devolver o fone.' },
] });
const graph = agentGraph({ model, tools: [consultarPedido, emitirReembolso], agentNode: 'atendimento' });
await traced(graph, { messages: [
  new SystemMessage('Você é o atendente virtual da Loja Ipê. Consulte o pedido antes de qualquer reembolso; se um serviço falhar, tente de novo antes de responder.'),
  new HumanMessage('Oi, quero devolver o fone do pedido #BR-4471-0093, me arrependi da compra. Ainda dá tempo?'),
] }, { project: 'atendimento-loja-ipe', metadata: { conversation_id: 'conv-20250722-8f41c9', user_id: 'cli-553019' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
