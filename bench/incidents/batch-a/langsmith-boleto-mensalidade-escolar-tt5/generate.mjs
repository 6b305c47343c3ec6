// Assistente do app de um banco: paga um boleto de mensalidade escolar a partir da conta corrente.
// A consulta do boleto na CIP expira na primeira tentativa; o pagamento pede confirmação do cliente
// (interrupt do LangGraph) e é retomado depois do "Confirmar" no app.
// Agente LangGraph real (harness/langsmith) com MemorySaver, modelo roteirizado, offline; escreve runs.jsonl.
import path from 'node:path';
import { agentGraph, ScriptedChatModel, tool, traced, writeRuns, startClock, advance, here, z, MemorySaver,
  HumanMessage, SystemMessage } from '../../harness/langsmith/lib.mjs';
import { interrupt, Command } from '../../harness/langsmith/extra.mjs';

startClock('2025-03-07T13:05:18.000Z', 5);

const LINHA = '23793.38128 60082.677139 66000.063305 9 10270000128740';
const CONTA = '3381-2/0058213-4';

let consultas = 0;
const consultarBoleto = tool(async ({ linha_digitavel }) => {
  consultas += 1;
  if (consultas === 1) { advance(8000); throw new Error('ETIMEDOUT: CIP/NPC não respondeu em 8000 ms (consulta_titulo)'); }
  return JSON.stringify({ linha_digitavel, banco_emissor: '237 - Bradesco', beneficiario: 'Colégio Santa Inês Ltda',
    cnpj_beneficiario: '12.408.377/0001-90', pagador: 'RAFAEL MOREIRA COSTA', vencimento: '2025-03-10',
    valor_documento: 'R$ 1.287,40', valor_cobrado: 1287.4, multa: 0, juros: 0, desconto: 0,
    instrucoes: 'Sr. Caixa: não receber após 30 dias do vencimento. Após o vencimento cobrar multa de 2% e juros de 0,033% ao dia.',
    situacao: 'EM_ABERTO' });
}, { name: 'consultar_boleto', latency: [350, 900], description: 'Consulta um boleto na CIP pela linha digitável.',
  schema: z.object({ linha_digitavel: z.string() }) });

const consultarSaldo = tool(async ({ conta }) => JSON.stringify({ conta, saldo_disponivel: 4312.18,
  limite_cheque_especial: 2000, moeda: 'BRL' }), { name: 'consultar_saldo',
  description: 'Saldo disponível da conta.', schema: z.object({ conta: z.string() }) });

const pagarBoleto = tool(async ({ linha_digitavel, valor, conta }) => {
  const resposta = interrupt({ tipo: 'confirmacao_pagamento', beneficiario: 'Colégio Santa Inês Ltda',
    valor: 'R$ 1.287,40', conta, data_pagamento: '2025-03-07' });
  if (resposta?.acao !== 'confirmar') return JSON.stringify({ status: 'CANCELADO_PELO_CLIENTE' });
  return JSON.stringify({ status: 'PAGO', linha_digitavel, conta, valor_pago: valor, data_pagamento: '2025-03-07',
    autenticacao: 'A7F3.91C2.0B44.6D18.E250.3C9A', protocolo: '20250307130642118833', saldo_apos: 3024.78 });
}, { name: 'pagar_boleto', latency: [600, 1400], description: 'Paga um boleto a partir da conta do cliente (exige confirmação).',
  schema: z.object({ linha_digitavel: z.string(), valor: z.number(), conta: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_u1Xq7ZbR4mTe9wKd', name: 'consultar_boleto', args: { linha_digitavel: LINHA } }] },
  { content: 'A consulta ao boleto demorou demais para responder. Vou tentar de novo.',
    tool_calls: [{ id: 'call_P3nVy8LcJ2sHa6Qf', name: 'consultar_boleto', args: { linha_digitavel: LINHA } }] },
  { tool_calls: [{ id: 'call_Wd5Ke1GtN9rBo4Mz', name: 'consultar_saldo', args: { conta: CONTA } }] },
  { content: 'Boleto do Colégio Santa Inês Ltda, R$ 1.287,40, vencimento 10/03. Saldo suficiente. Vou pedir sua confirmação.',
    tool_calls: [{ id: 'call_Hc7Lm2XsY0vEa3Tp', name: 'pagar_boleto', args: { linha_digitavel: LINHA, valor: 1287.4, conta: CONTA } }] },
  { content: 'Pronto, Rafael! O boleto do Colégio Santa Inês Ltda foi pago hoje (07/03), antes do vencimento em 10/03, '
    + 'no valor de R$ 1.287,40, sem multa nem juros. Autenticação A7F3.91C2.0B44.6D18.E250.3C9A. '
    + 'Seu saldo disponível agora é R$ 3.024,78. O comprovante está em Extrato > Comprovantes.' },
] });

const checkpointer = new MemorySaver();
const app = agentGraph({ model, tools: [consultarBoleto, consultarSaldo, pagarBoleto], checkpointer,
  agentNode: 'assistente', toolsNode: 'ferramentas' });

const cfg = { project: 'app-pf-assistente', metadata: { thread_id: 'pf-7781204-20250307-a', user_id: 'cli-7781204',
  canal: 'app-ios' }, configurable: { thread_id: 'pf-7781204-20250307-a' } };

await traced(app, { messages: [
  new SystemMessage('Você é o assistente financeiro do app Banco Aurora. Antes de qualquer pagamento, confira os dados do '
    + 'boleto e o saldo, e peça a confirmação do cliente. Conta do cliente: ' + CONTA + '. Responda em português.'),
  new HumanMessage('Oi, quero pagar hoje o boleto da mensalidade da escola da minha filha: ' + LINHA),
] }, cfg);

advance(37_000, 52_000); // o cliente lê o resumo no app e toca em "Confirmar"
await traced(app, new Command({ resume: { acao: 'confirmar', origem: 'app-ios', biometria: 'ok' } }), cfg);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
