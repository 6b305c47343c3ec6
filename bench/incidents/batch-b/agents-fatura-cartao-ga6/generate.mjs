// Card bill assistant (Brazilian Portuguese). The first bill lookup fails at the gateway; the agent
// retries, gets the real record (already paid, nothing owed) and schedules nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let tentativas = 0;
const consultarFatura = tool({
  name: 'consultar_fatura',
  description: 'Consulta a fatura do cartão de crédito de uma competência (AAAA-MM).',
  parameters: z.object({ cartao_final: z.string(), competencia: z.string() }),
  execute: async ({ cartao_final, competencia }) => {
    tentativas += 1;
    if (tentativas === 1) throw new Error('gateway-cartoes: 503 Service Unavailable (upstream reset, tente novamente)');
    return JSON.stringify({
      cartao_final, competencia, valor_fatura: 1843.27, valor_pago: 1843.27, saldo_devedor: 0.0,
      status: 'PAGA', vencimento: '2026-12-05', pago_em: '2026-11-28', forma_pagamento: 'débito automático (ag. 0412 c/c 88107-3)',
    });
  },
});

const agendarPagamento = tool({
  name: 'agendar_pagamento',
  description: 'Agenda o pagamento de uma fatura a partir da conta corrente.',
  parameters: z.object({ cartao_final: z.string(), competencia: z.string(), valor: z.number(), data: z.string() }),
  execute: async () => JSON.stringify({ protocolo: 'AGD-000000', status: 'agendado' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'consultar_fatura', args: { cartao_final: '7731', competencia: '2026-11' } }] },
  { tool_calls: [{ name: 'consultar_fatura', args: { cartao_final: '7731', competencia: '2026-11' } }] },
  { content: 'Boa notícia, Rafael: a fatura de novembro do cartão final 7731 (R$ 1.843,27, vencimento 05/12) já foi paga em 28/11 por débito automático. '
    + 'O saldo devedor é R$ 0,00, então não agendei nenhum pagamento para hoje — isso geraria um pagamento em duplicidade. '
    + '(A primeira consulta deu instabilidade no sistema de cartões, mas a segunda tentativa retornou os dados normalmente.)' },
], { seed: 'ga6-fatura' });

const agent = new Agent({
  name: 'AssistenteCartoes',
  instructions: 'Você é o assistente de cartões do Banco Aurora. Consulte a fatura antes de qualquer ação. Se uma consulta falhar, tente de novo antes de responder; nunca agende pagamento sem saldo devedor confirmado.',
  model, tools: [consultarFatura, agendarPagamento],
});

const runner = new Runner({ groupId: 'conv:pt-BR:000731', workflowName: 'Atendimento cartões', traceMetadata: { user_id: 'cli-5528190' } });
await runner.run(agent, 'Oi, preciso pagar a fatura de novembro do cartão final 7731? Se precisar, agenda o pagamento pra hoje mesmo.');
writeTrace(here, 'trace.jsonl');
