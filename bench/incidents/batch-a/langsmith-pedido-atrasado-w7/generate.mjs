// Atendimento de e-commerce (agente LangGraph com ferramentas): cliente pergunta por um pedido atrasado e por
// um cupom recusado; depois pede troca de endereço. Dois turnos no mesmo thread (MemorySaver).
// Offline: modelo de chat roteirizado, runs do LangSmith capturados pelo LangChainTracer.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

startClock('2024-11-29T12:48:09.000Z', 1717);

let tentativas = 0;
const rastrearPedido = tool(async ({ pedido }) => {
  if (++tentativas === 1) {
    throw new Error('ETIMEDOUT: transportadora API (rastreio.jadlog) não respondeu em 8000 ms');
  }
  return JSON.stringify({ pedido, transportadora: 'Jadlog', codigo_rastreio: 'JD0048812774BR', status: 'em_transito',
    ultimo_evento: 'Saiu do centro de distribuição — Cajamar/SP', atualizado_em: '2024-11-28T22:14:00-03:00',
    previsao_entrega_original: '2024-11-28', previsao_entrega: '2024-12-02',
    observacao: 'Atraso operacional por alto volume (Black Friday)' });
}, { name: 'rastrear_pedido', description: 'Rastreio do pedido na transportadora.', latency: [400, 1200],
  schema: z.object({ pedido: z.string() }) });

const validarCupom = tool(async ({ codigo, pedido_novo }) => JSON.stringify({
  codigo, pedido_novo, valido: false, motivo: 'CUPOM_EXPIRADO', validade: '2024-11-25T23:59:59-03:00',
  campanha: 'Frete grátis — esquenta Black Friday' }),
  { name: 'validar_cupom', description: 'Verifica se um cupom vale para um pedido.',
    schema: z.object({ codigo: z.string(), pedido_novo: z.string().optional() }) });

const alterarEndereco = tool(async ({ pedido }) => JSON.stringify({
  pedido, alterado: false, motivo: 'PEDIDO_DESPACHADO',
  alternativas: ['reagendar_entrega', 'retirar_em_agencia'], agencia_mais_proxima: 'Jadlog Pinheiros — R. Cardeal Arcoverde, 1749' }),
  { name: 'alterar_endereco_entrega', description: 'Tenta alterar o endereço de entrega de um pedido.',
    schema: z.object({ pedido: z.string(), novo_endereco: z.string() }) });

const model = new ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_genai', replies: [
  { tool_calls: [{ id: 'rastrear_pedido_0c9e', name: 'rastrear_pedido', args: { pedido: 'PED-88120453' } }] },
  { tool_calls: [{ id: 'rastrear_pedido_4a17', name: 'rastrear_pedido', args: { pedido: 'PED-88120453' } }] },
  { tool_calls: [{ id: 'validar_cupom_91b2', name: 'validar_cupom', args: { codigo: 'FRETE10', pedido_novo: 'PED-88139907' } }] },
  { content: 'Oi, Renata! Consegui consultar aqui (na primeira tentativa a transportadora não respondeu, mas na segunda deu certo):\n\n'
    + '• Pedido PED-88120453: está em trânsito com a Jadlog (rastreio JD0048812774BR). Ontem às 22h14 ele saiu do centro de '
    + 'distribuição de Cajamar/SP. A previsão era 28/11, mas houve atraso por causa do volume da Black Friday e a nova '
    + 'previsão é 02/12.\n'
    + '• Cupom FRETE10: ele não foi aceito porque expirou em 25/11 às 23h59 (era da campanha de esquenta da Black Friday). '
    + 'Não é problema no seu pedido novo.\n\nPosso ajudar com mais alguma coisa?' },
  { tool_calls: [{ id: 'alterar_endereco_entrega_d3f0', name: 'alterar_endereco_entrega', args: {
    pedido: 'PED-88120453', novo_endereco: 'Rua Teodoro Sampaio, 2200, ap. 31 — Pinheiros, São Paulo/SP' } }] },
  { content: 'Infelizmente não consegui trocar o endereço: o pedido já foi despachado, então o sistema não permite a alteração. '
    + 'Tenho duas alternativas: reagendar a entrega ou você retirar na agência Jadlog Pinheiros (R. Cardeal Arcoverde, 1749). '
    + 'Qual prefere?' },
] });

const app = agentGraph({ model, tools: [rastrearPedido, validarCupom, alterarEndereco], checkpointer: new MemorySaver(),
  agentNode: 'atendente', toolsNode: 'ferramentas' });
const cfg = { project: 'sac-loja-prod', metadata: { thread_id: 'wa-5511987650032-20241129', user_id: 'cli_3390217' },
  configurable: { thread_id: 'wa-5511987650032-20241129' } };

await traced(app, { messages: [
  new SystemMessage('Você é a atendente virtual da Casa Ipê. Use as ferramentas para consultar pedidos e cupons. '
    + 'Nunca invente prazos: só informe o que as ferramentas retornarem.'),
  new HumanMessage('oi, meu pedido PED-88120453 era pra ter chegado ontem e nada. consegue ver o que houve? e o cupom FRETE10 '
    + 'não funcionou na compra nova (PED-88139907)'),
] }, cfg);
advance(minutes(3), minutes(5));
await traced(app, { messages: [new HumanMessage('ah, e dá pra mudar o endereço? vou estar na casa da minha mãe: '
  + 'Rua Teodoro Sampaio, 2200, ap. 31, Pinheiros')] }, cfg);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
