// Banco digital: a Triagem localiza a transação que a cliente não reconhece e transfere para o agente
// de Contestações. A transferência usa removeAllTools (o histórico de ferramentas não passa), mas os
// dados do caso vão como argumentos estruturados da transferência e entram nas instruções do
// receptor. OpenAI Agents SDK (JS), modelo falso roteirizado, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, scriptedModel, writeTrace, z } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const buscarTransacoes = tool({
  name: 'buscar_transacoes',
  description: 'Lista as transações de um cartão da cliente em uma data.',
  parameters: z.object({ cartao_final: z.string(), data: z.string() }),
  execute: async () => JSON.stringify({ cartao: '**** **** **** 4471', titular: 'Marina S. Albuquerque', transacoes: [
    { id: 'trx_01JH8Q2W7C9V3', hora: '14:12', estabelecimento: 'PADARIA DOCE LAR', valor: 'R$ 23,40', status: 'liquidada' },
    { id: 'trx_01JH8R0K4M2ZT', hora: '14:57', estabelecimento: 'MKTPLACE*ELETROSHOPBR', valor: 'R$ 1.249,90', status: 'liquidada', canal: 'e-commerce', pais: 'BR' },
    { id: 'trx_01JH8Y6P1D0QF', hora: '19:31', estabelecimento: 'POSTO IPIRANGA AV BRASIL', valor: 'R$ 180,00', status: 'liquidada' },
  ] }),
});

const abrirContestacao = tool({
  name: 'abrir_contestacao',
  description: 'Abre uma contestação (chargeback) de uma transação de cartão. valor_centavos em centavos de real.',
  parameters: z.object({ id_transacao: z.string(), cartao_final: z.string(), valor_centavos: z.number().int(), motivo: z.enum(['nao_reconhecida', 'produto_nao_entregue', 'cobranca_duplicada', 'valor_divergente']) }),
  execute: async (a) => JSON.stringify({ protocolo: 'CTB-2026-0131-55821', status: 'aberta', credito_provisorio: 'em até 10 dias úteis', ...a }),
});

const bloquearCartao = tool({
  name: 'bloquear_cartao',
  description: 'Bloqueia definitivamente um cartão e solicita a reemissão.',
  parameters: z.object({ cartao_final: z.string(), motivo: z.string() }),
  execute: async ({ cartao_final }) => JSON.stringify({ cartao_final, bloqueio: 'definitivo', novo_cartao: 'em produção, entrega em 7 a 10 dias úteis', cartao_virtual_novo: 'disponível no app' }),
});

const caso = z.object({
  id_transacao: z.string(), cartao_final: z.string(), valor: z.string(), data: z.string(),
  estabelecimento: z.string(), motivo: z.string(),
});

const m = scriptedModel([
  // Triagem
  { tool_calls: [{ name: 'buscar_transacoes', args: { cartao_final: '4471', data: '2026-01-28' } }] },
  { tool_calls: [{ name: 'transferir_para_contestacoes', args: {
    id_transacao: 'trx_01JH8R0K4M2ZT', cartao_final: '4471', valor: 'R$ 1.249,90', data: '2026-01-28 14:57',
    estabelecimento: 'MKTPLACE*ELETROSHOPBR', motivo: 'cliente não reconhece a compra; cartão físico em posse dela' } }] },
  // Contestações
  { tool_calls: [
    { name: 'abrir_contestacao', args: { id_transacao: 'trx_01JH8R0K4M2ZT', cartao_final: '4471', valor_centavos: 124990, motivo: 'nao_reconhecida' } },
    { name: 'bloquear_cartao', args: { cartao_final: '4471', motivo: 'compra não reconhecida em e-commerce' } },
  ] },
  { content: 'Pronto, Marina. Abri a contestação da compra de R$ 1.249,90 em MKTPLACE*ELETROSHOPBR do dia 28/01 às 14:57 — protocolo CTB-2026-0131-55821. O crédito provisório cai na fatura em até 10 dias úteis.\n\nPor segurança, o cartão final 4471 foi bloqueado e um novo já está em produção (chega em 7 a 10 dias úteis). Enquanto isso, você já pode usar o novo cartão virtual no app.' },
], { seed: 'banco-contestacao-4471' });

const contestacoes = new Agent({
  name: 'Contestacoes',
  instructions: (rc) => 'Você é o agente de contestações do Banco Aurora. Abra a contestação usando exatamente os dados do caso recebido da triagem; em compras não reconhecidas, bloqueie o cartão preventivamente. Responda em português.\n\nCaso recebido da triagem:\n' + JSON.stringify(rc.context.caso, null, 2),
  model: m,
  tools: [abrirContestacao, bloquearCartao],
});

const triagem = new Agent({
  name: 'Triagem',
  instructions: 'Você é a triagem do atendimento do Banco Aurora. Identifique a transação e transfira casos de contestação para o agente de Contestações com todos os dados do caso.',
  model: m,
  tools: [buscarTransacoes],
  handoffs: [handoff(contestacoes, {
    toolNameOverride: 'transferir_para_contestacoes',
    toolDescriptionOverride: 'Transfere a cliente para Contestações com os dados da transação contestada.',
    inputType: caso,
    onHandoff: (rc, dados) => { rc.context.caso = dados; },
    inputFilter: removeAllTools,
  })],
});

const runner = new Runner({ groupId: 'atd_2026-01-31_7Q4KX9', workflowName: 'atendimento-cartoes', traceMetadata: { user_id: 'cli-0038812', canal: 'app' } });
await runner.run(triagem, 'Oi, apareceu uma compra de mil duzentos e pouco no meu cartão final 4471 no dia 28 que eu não fiz. O cartão está comigo. Quero contestar.', { context: {} });
writeTrace(here, 'trace.jsonl');
