// Banking assistant (Brazilian Portuguese). The boleto's amount arrives formatted ("R$ 1.234,50");
// the payment API takes integer centavos, and the agent passes 123450, which the bank echoes back
// as R$ 1.234,50. The balance check is done first and covers the payment.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LINHA = '34191.79001 01043.510047 91020.150008 8 14250000123450';

const consultar = tool({
  name: 'consultar_boleto',
  description: 'Lê os dados de um boleto a partir da linha digitável.',
  parameters: z.object({ linha_digitavel: z.string() }),
  execute: async ({ linha_digitavel }) => JSON.stringify({
    linha_digitavel, beneficiario: 'Condomínio Edifício Ipê Amarelo', cnpj: '12.345.678/0001-90',
    valor: 'R$ 1.234,50', vencimento: '10/05/2026', juros_apos_vencimento: '0,033% ao dia',
  }),
});
const saldo = tool({
  name: 'consultar_saldo',
  description: 'Saldo disponível da conta do cliente.',
  parameters: z.object({ conta: z.enum(['corrente', 'poupanca']) }),
  execute: async ({ conta }) => JSON.stringify({ conta, agencia: '0412', numero: '88031-4', saldo_disponivel: 'R$ 5.870,12' }),
});
const pagar = tool({
  name: 'pagar_boleto',
  description: 'Agenda ou efetua o pagamento de um boleto. valor_centavos: inteiro, em centavos de real.',
  parameters: z.object({ linha_digitavel: z.string(), valor_centavos: z.number().int(), data_pagamento: z.string(), conta: z.enum(['corrente', 'poupanca']) }),
  execute: async ({ linha_digitavel, valor_centavos, data_pagamento, conta }) => JSON.stringify({
    autenticacao: 'A1B2.77F0.9C3D.0E55', linha_digitavel, valor_pago: 'R$ ' + (valor_centavos / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2 }),
    valor_centavos, data_pagamento, conta, status: 'AGENDADO',
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_boleto', args: { linha_digitavel: LINHA } }] },
  { tool_calls: [{ name: 'consultar_saldo', args: { conta: 'corrente' } }] },
  { tool_calls: [{ name: 'pagar_boleto', args: { linha_digitavel: LINHA, valor_centavos: 123450, data_pagamento: '2026-05-08', conta: 'corrente' } }] },
  { content: 'Pronto! O boleto do Condomínio Edifício Ipê Amarelo, no valor de R$ 1.234,50, está agendado para 08/05/2026 na sua conta corrente (vencimento 10/05). Autenticação: A1B2.77F0.9C3D.0E55. Seu saldo disponível antes do débito é R$ 5.870,12.' },
], { seed: 'boleto-fa1' });

const agent = new Agent({
  name: 'Assistente PF',
  instructions: 'Você é o assistente de pagamentos do banco. Sempre consulte o boleto e o saldo antes de pagar. O valor para pagar_boleto é em centavos (inteiro).',
  model: m, tools: [consultar, saldo, pagar],
});
const runner = new Runner({ groupId: 'atd:2026-05-07:7741902', workflowName: 'Pagamentos', traceMetadata: { user: 'cpf-***.412.887-**' } });
await runner.run(agent, `Quero agendar o pagamento do condomínio para dia 8 de maio, pela conta corrente. Linha digitável: ${LINHA}`);
writeTrace(here, 'trace.jsonl');
