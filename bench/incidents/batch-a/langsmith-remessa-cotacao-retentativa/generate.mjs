// Assistente de câmbio de um banco digital (LangGraph.js, runs do LangSmith): a cotação falha uma vez por
// timeout, o agente repete a chamada, simula a remessa, pede confirmação e só então executa.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-06-23T14:27:10.000Z', 623);

let tentativas = 0;
const cotacao = tool(async ({ par }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error('ETIMEDOUT: fx-pricing.interno.svc:8443 did not respond within 3000 ms (GET /v2/quotes/EUR-BRL)');
  return JSON.stringify({ par, compra: 6.2150, venda: 6.3418, spread_pct: 2.04, valida_ate: '2025-06-23T14:42:00Z', fonte: 'mesa-fx-sp' });
}, { name: 'cotacao_cambio', description: 'Cotação comercial atual para um par de moedas (ex.: EUR/BRL).',
  schema: z.object({ par: z.string() }), latency: [120, 3050] });

const simular = tool(async ({ valor_eur, taxa }) => {
  const brl = Math.round(valor_eur * taxa * 100) / 100;
  const iof = Math.round(brl * 0.011 * 100) / 100;
  return JSON.stringify({ simulacao_id: 'SIM-7Q2K-88410', valor_eur, taxa, valor_brl: brl, iof_brl: iof, tarifa_brl: 45.0,
    total_debito_brl: Math.round((brl + iof + 45) * 100) / 100, beneficiario: 'Beatriz Lemos Araújo – Millennium BCP PT50 0033 **** **** 4471 9', valida_ate: '2025-06-23T14:42:00Z' });
}, { name: 'simular_remessa', description: 'Simula uma remessa internacional em EUR a partir da conta corrente em BRL.',
  schema: z.object({ valor_eur: z.number(), taxa: z.number(), beneficiario_id: z.string() }) });

const executar = tool(async ({ simulacao_id }) => JSON.stringify({ ordem: 'RMT-20250623-004918', simulacao_id, status: 'enviada',
  total_debito_brl: 16073.9, previsao_credito: '2025-06-24' }), { name: 'executar_remessa',
  description: 'Executa uma remessa simulada. Só com confirmação explícita do cliente.', schema: z.object({ simulacao_id: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  // turno 1
  { tool_calls: [{ id: 'call_d1JfW0sPq8Nc', name: 'cotacao_cambio', args: { par: 'EUR/BRL' } }] },
  { tool_calls: [{ id: 'call_e4KgX3tRr2Od', name: 'cotacao_cambio', args: { par: 'EUR/BRL' } }] },
  { tool_calls: [{ id: 'call_f7LhY6uSs5Pe', name: 'simular_remessa', args: { valor_eur: 2500, taxa: 6.3418, beneficiario_id: 'BEN-PT-0192' } }] },
  { content: 'Simulação pronta (a primeira consulta da cotação expirou, refiz e deu certo):\n'
    + '• 2.500,00 EUR à taxa de 6,3418 = R$ 15.854,50\n• IOF: R$ 174,40\n• Tarifa: R$ 45,00\n• Total debitado: R$ 16.073,90\n'
    + 'Beneficiária: Beatriz Lemos Araújo (Millennium BCP, final 4471 9). A cotação vale até 11h42. Confirma o envio?' },
  // turno 2
  { tool_calls: [{ id: 'call_g0MiZ9vTt8Qf', name: 'executar_remessa', args: { simulacao_id: 'SIM-7Q2K-88410' } }] },
  { content: 'Remessa enviada! Ordem RMT-20250623-004918, R$ 16.073,90 debitados da sua conta. O crédito para a Beatriz deve cair amanhã, 24/06.' },
] });

const app = agentGraph({ model, tools: [cotacao, simular, executar], checkpointer: new MemorySaver() });
const conv = 'conv_01JYGQ3M4T7VB2X9N5R0WQ6HDA';
const opts = { project: 'fx-assistente', configurable: { thread_id: conv },
  metadata: { conversation_id: conv, user_id: 'cli-5573019', plataforma: 'app-ios 6.14.0' } };
await traced(app, { messages: [new SystemMessage('Você é o assistente de câmbio do Banco Aurora. Use sempre a cotação atual, simule antes de enviar '
  + 'e só execute uma remessa depois que o cliente confirmar. Beneficiários cadastrados do cliente: BEN-PT-0192 (Beatriz Lemos Araújo, Portugal).'),
  new HumanMessage('Oi! Quero mandar 2.500 euros pra minha filha Beatriz em Lisboa, é o aluguel dela. Quanto vai sair em reais?')] }, opts);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Pode mandar, confirmo.')] }, opts);
writeRuns(out);
