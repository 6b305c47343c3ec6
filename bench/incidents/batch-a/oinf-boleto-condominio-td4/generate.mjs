// Assistente de pagamentos no app de um banco: agente LangGraph com MemorySaver, pagamento de boleto
// em dois turnos (consulta + confirmação do cliente). Offline: modelo roteirizado, spans OpenInference
// em OTLP/JSON (uma linha por turno).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('assistente-pagamentos', { 'service.version': '4.2.0', 'deployment.environment': 'producao' });

const LINHA = '23793.38128 60082.677139 66006.333305 1 10690000128490';
let consultas = 0;
const consultarBoleto = tool(async ({ linha_digitavel }) => {
  if (consultas++ === 0) throw new Error('CIP/NPC: tempo de resposta excedido na consulta à base centralizada (8000 ms), cod. 504');
  return JSON.stringify({ linha_digitavel, beneficiario: 'Condomínio Edifício Jacarandá', cnpj_beneficiario: '12.345.678/0001-90',
    banco_emissor: '237', vencimento: '2025-06-10', valor_nominal: 1284.9, desconto: 0, multa: 0, juros: 0,
    valor_cobrado: 1284.9, situacao: 'em_aberto' });
}, { name: 'consultar_boleto', description: 'Consulta um boleto na base centralizada (CIP/NPC) pela linha digitável.',
  schema: z.object({ linha_digitavel: z.string() }) });

const consultarSaldo = tool(async ({ conta }) => JSON.stringify({
  conta, saldo_disponivel: 3120.55, limite_cheque_especial: 2000, atualizado_em: '2025-06-10T10:14:02-03:00',
}), { name: 'consultar_saldo', description: 'Saldo disponível da conta do cliente.', schema: z.object({ conta: z.string() }) });

const pagarBoleto = tool(async ({ linha_digitavel, valor, conta, data_pagamento }) => JSON.stringify({
  status: 'liquidado', autenticacao: 'A7F3.92C1.0B44.E815.3D06', linha_digitavel, valor_pago: valor, conta, data_pagamento,
  comprovante_url: 'app://comprovantes/PG-20250610-000884213',
}), { name: 'pagar_boleto', description: 'Paga um boleto a débito da conta do cliente (exige confirmação explícita).',
  schema: z.object({ linha_digitavel: z.string(), valor: z.number(), conta: z.string(), data_pagamento: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ id: 'call_pg_a1', name: 'consultar_boleto', args: { linha_digitavel: LINHA } }] },
  { tool_calls: [{ id: 'call_pg_a2', name: 'consultar_boleto', args: { linha_digitavel: LINHA } }] },
  { tool_calls: [{ id: 'call_pg_a3', name: 'consultar_saldo', args: { conta: '0412-7/01883204-5' } }] },
  { content: 'Achei o boleto: *Condomínio Edifício Jacarandá* (CNPJ 12.345.678/0001-90), vencimento hoje, 10/06, '
    + 'valor R$ 1.284,90 — pagando hoje não há multa nem juros. Seu saldo disponível na conta corrente é R$ 3.120,55. '
    + 'Confirma o pagamento de R$ 1.284,90 a débito da conta 0412-7/01883204-5?' },
  { tool_calls: [{ id: 'call_pg_b1', name: 'pagar_boleto', args: { linha_digitavel: LINHA, valor: 1284.9,
    conta: '0412-7/01883204-5', data_pagamento: '2025-06-10' } }] },
  { content: 'Pronto! Boleto do Condomínio Edifício Jacarandá pago: R$ 1.284,90 em 10/06/2025, autenticação '
    + 'A7F3.92C1.0B44.E815.3D06. O comprovante está em Comprovantes no app.' },
] });

const SYSTEM = 'Você é o assistente de pagamentos do app Banco Aurora. Sempre consulte o boleto e o saldo antes de pagar, '
  + 'e só chame pagar_boleto depois que o cliente confirmar valor e conta. Se uma consulta falhar, tente de novo antes de responder.';
const app = await reactGraph({ model, tools: [consultarBoleto, consultarSaldo, pagarBoleto],
  prepare: (m) => [new SystemMessage(SYSTEM), ...m], checkpointer: new MemorySaver(), name: 'pagamentos' });

const cfg = { configurable: { thread_id: 'chat-7d1e0c44-2f9b-4c0e-9a51-3b2f6d8e1a90' }, runName: 'pagamentos' };
const cliente = { userId: 'cli-00918273' };
await t.turn(cliente, () => app.invoke({ messages: [new HumanMessage('Oi! Quero pagar o boleto do condomínio que vence hoje, linha digitável '
  + LINHA + '. Debita da conta corrente, por favor.')] }, cfg));
await t.turn(cliente, () => app.invoke({ messages: [new HumanMessage('Confirmo, pode pagar.')] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
