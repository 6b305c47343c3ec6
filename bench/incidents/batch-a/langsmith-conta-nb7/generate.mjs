// Banking assistant (Portuguese, Brazil): over four turns of one thread the user sets which account bills
// must come from; the app keeps only a window of the latest messages for the model, and by the fourth turn
// that instruction is no longer in what the model sees, so the card bill is paid from the default account.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  SystemMessage, HumanMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-05-06T12:31:08-03:00', 19);

const saldo = tool(async ({ conta }) => JSON.stringify(conta === 'CC 2290-4'
  ? { conta, saldo_brl: 3140.55, debito_programado: { descricao: 'Aluguel', valor_brl: 2950.0, data: '2025-05-08' } }
  : { conta, saldo_brl: 18422.1 }), {
  name: 'consultar_saldo', description: 'Saldo de uma conta do cliente.', schema: z.object({ conta: z.string() }) });
const extrato = tool(async ({ conta, dias }) => JSON.stringify({ conta, dias, lancamentos: [
  { data: '2025-05-02', desc: 'PIX recebido - Marina R.', valor_brl: 450.0 },
  { data: '2025-05-04', desc: 'Supermercado Pão de Açúcar', valor_brl: -312.78 } ] }), {
  name: 'consultar_extrato', description: 'Extrato de lançamentos recentes.', schema: z.object({ conta: z.string(), dias: z.number() }) });
const pagar = tool(async ({ boleto, conta_origem, valor_brl }) => JSON.stringify({ comprovante: 'PGT-7731-0506-44', boleto,
  conta_origem, valor_brl, status: 'liquidado', saldo_restante_brl: conta_origem === 'CC 2290-4' ? 760.55 : 16042.1 }), {
  name: 'pagar_boleto', description: 'Paga um boleto debitando a conta de origem. conta_origem padrão do cliente: CC 2290-4.',
  schema: z.object({ boleto: z.string(), conta_origem: z.string(), valor_brl: z.number() }), latency: [500, 1200] });

const model = new ScriptedChatModel({ replies: [
  // turn 1
  { tool_calls: [{ id: 'call_s1', name: 'consultar_saldo', args: { conta: 'CC 2290-4' } }] },
  { content: 'Entendido: contas e boletos só da poupança PP 7815-0; a corrente CC 2290-4 fica reservada para o aluguel de R$ 2.950,00 que cai dia 8. Hoje ela tem R$ 3.140,55.' },
  // turn 2
  { tool_calls: [{ id: 'call_s2', name: 'consultar_saldo', args: { conta: 'PP 7815-0' } }] },
  { content: 'A poupança PP 7815-0 tem R$ 18.422,10.' },
  // turn 3
  { tool_calls: [{ id: 'call_e3', name: 'consultar_extrato', args: { conta: 'PP 7815-0', dias: 7 } }] },
  { content: 'Sim, o PIX de R$ 450,00 da Marina R. entrou no dia 2.' },
  // turn 4 (the window no longer holds turn 1)
  { tool_calls: [{ id: 'call_p4', name: 'pagar_boleto',
    args: { boleto: '23793.38128 60007.827136 95000.063305 9 10470002380000', conta_origem: 'CC 2290-4', valor_brl: 2380.0 } }] },
  { content: 'Pronto! Fatura do cartão de R$ 2.380,00 paga. Comprovante PGT-7731-0506-44. Saldo restante na conta: R$ 760,55.' },
] });

// Only the system prompt and the last 11 messages go to the model (a fixed message window).
const prepare = (messages) => trimMessages(messages, { maxTokens: 12, strategy: 'last', includeSystem: true,
  startOn: 'human', tokenCounter: (ms) => ms.length });
const app = agentGraph({ model, tools: [saldo, extrato, pagar], checkpointer: new MemorySaver(), prepare,
  agentNode: 'assistente', toolsNode: 'ferramentas', name: 'assistente-banco' });

const thread = 'wpp-5511987650042-20250506';
const meta = { thread_id: thread, user_id: 'cli-00918274', canal: 'whatsapp' };
const sys = new SystemMessage('Você é a assistente virtual do Banco Aurora. Siga as instruções do cliente sobre contas.');
const turns = [
  [sys, new HumanMessage('Oi! Importante: qualquer conta ou boleto que eu pedir pra pagar, debita SEMPRE da poupança PP 7815-0, nunca da corrente. A corrente é só pro aluguel que cai dia 8. Quanto tem na corrente?')],
  [new HumanMessage('E na poupança?')],
  [new HumanMessage('O PIX da Marina já caiu?')],
  [new HumanMessage('Beleza. Paga a fatura do cartão então, boleto 23793.38128 60007.827136 95000.063305 9 10470002380000, R$ 2.380,00.')],
];
const gaps = [0, minutes(2), minutes(6), minutes(41)];
for (let i = 0; i < turns.length; i++) {
  advance(gaps[i]);
  await traced(app, { messages: turns[i] }, { project: 'aurora-assistente', metadata: meta, configurable: { thread_id: thread } });
}
advance(200);
writeRuns(path.join(dir, 'runs.jsonl'));
