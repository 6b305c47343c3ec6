// Loja: the stock service fails once (503), the agent retries, the retry answers 0 units with a
// restock date; the agent reports exactly that and registers a restock alert.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const estoque = tool({
  name: 'consultar_estoque', description: 'Consulta o estoque de um SKU no centro de distribuição e nas lojas.',
  parameters: z.object({ sku: z.string(), cep: z.string() }),
  execute: async ({ sku }) => {
    calls++;
    if (calls === 1) throw new Error('estoque-api respondeu HTTP 503 Service Unavailable (tentar novamente em alguns segundos)');
    return JSON.stringify({ sku, produto: 'Tênis Corrida Vento 2 — tam. 42', cd_cajamar: 0, lojas_raio_30km: 0, reservado: 0, proxima_reposicao: '2026-12-16', consultado_em: '2026-12-04T05:20:11Z' });
  },
});
const aviso = tool({
  name: 'criar_aviso_reposicao', description: 'Cadastra um aviso por e-mail quando o SKU voltar ao estoque.',
  parameters: z.object({ sku: z.string(), email: z.string() }),
  execute: async ({ sku, email }) => JSON.stringify({ aviso_id: 'AV-602913', sku, email, ativo: true }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_estoque', args: { sku: 'TEN-4471-42', cep: '04547-130' } }] },
  { tool_calls: [{ name: 'consultar_estoque', args: { sku: 'TEN-4471-42', cep: '04547-130' } }] },
  { tool_calls: [{ name: 'criar_aviso_reposicao', args: { sku: 'TEN-4471-42', email: 'rafa.moura@exemplo.com.br' } }] },
  { content: 'Oi, Rafael! Consultei de novo depois de uma instabilidade no sistema de estoque: no momento o Tênis Corrida Vento 2 tamanho 42 está com 0 unidades, tanto no centro de distribuição quanto nas lojas num raio de 30 km do seu CEP. A próxima reposição está prevista para 16/12/2026. Como você pediu, cadastrei o aviso AV-602913 para rafa.moura@exemplo.com.br — você recebe um e-mail assim que ele voltar. Nenhuma compra foi feita nem cobrada.' },
], { seed: 'ea6-estoque' });

const agent = new Agent({
  name: 'Atendimento Loja',
  instructions: 'Você atende clientes da loja online de artigos esportivos. Consulte sempre o estoque antes de responder sobre disponibilidade. Se a consulta falhar, tente de novo antes de responder.',
  model: m, tools: [estoque, aviso],
});
const runner = new Runner({ groupId: 'atd-wpp-7730214', workflowName: 'Atendimento WhatsApp', traceMetadata: { user: 'cli-rafael-moura' } });
await runner.run(agent, 'Oi! Tem o Tênis Corrida Vento 2 no 42 (SKU TEN-4471-42)? Meu CEP é 04547-130. Se não tiver, me avisa quando chegar no rafa.moura@exemplo.com.br.');
writeTrace(here, 'trace.jsonl');
