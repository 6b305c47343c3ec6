// Varejo (PT-BR): assistente de loja consulta estoque; o primeiro acesso falha e a nova tentativa responde.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('loja-assistente', { 'service.version': '0.9.3' });

let tentativas = 0;
const estoque = tool(async ({ sku, loja }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error('ECONNRESET: conexão com estoque-api.interno:8443 encerrada (upstream timeout após 5000 ms)');
  return JSON.stringify({ sku, loja, disponivel: 3, reservado: 1, atualizado_em: '2025-08-22T14:05:11-03:00' });
}, { name: 'consultar_estoque', description: 'Quantidade disponível de um SKU numa loja.',
  schema: z.object({ sku: z.string(), loja: z.string() }) });
const reservar = tool(async ({ sku, loja, quantidade, cpf_cliente }) => JSON.stringify({ reserva: 'RSV-7T2K9', sku, loja, quantidade,
  valida_ate: '2025-08-24T20:00:00-03:00', cpf_cliente }), { name: 'reservar_produto',
  description: 'Reserva unidades para retirada na loja.', schema: z.object({ sku: z.string(), loja: z.string(),
    quantidade: z.number().int(), cpf_cliente: z.string() }) });

const replies = [
  { tool_calls: [{ name: 'consultar_estoque', args: { sku: '889-AIRFRY-5L', loja: 'SP-Pinheiros' } }] },
  { tool_calls: [{ name: 'consultar_estoque', args: { sku: '889-AIRFRY-5L', loja: 'SP-Pinheiros' } }] },
  { tool_calls: [{ name: 'reservar_produto', args: { sku: '889-AIRFRY-5L', loja: 'SP-Pinheiros', quantidade: 2, cpf_cliente: '***.482.617-**' } }] },
  { content: 'Tudo certo! A primeira consulta ao estoque falhou por instabilidade, mas na segunda tentativa confirmei 3 unidades disponíveis da Fritadeira Air Fryer 5L na loja Pinheiros. Reservei 2 para você (reserva RSV-7T2K9), válida para retirada até 24/08 às 20h.' },
];
const app = await reactGraph({ name: 'assistente-loja', tools: [estoque, reservar], model: new ScriptedChatModel({ replies }) });
await t.turn({ userId: 'cli_55011987' }, () => app.invoke({ messages: [
  new SystemMessage('Você é o assistente da loja. Sempre confirme o estoque antes de reservar.'),
  new HumanMessage('Oi! Tem a air fryer 5L (889-AIRFRY-5L) na loja de Pinheiros? Quero reservar 2 para retirar no sábado.'),
] }, { metadata: { thread_id: 'wa:5511987xxxx:20250822' }, configurable: { thread_id: 'wa:5511987xxxx:20250822' } }));
t.write(path.join(here, 'traces.jsonl'));
