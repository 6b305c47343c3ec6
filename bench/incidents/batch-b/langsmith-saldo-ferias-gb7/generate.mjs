// HR self-service assistant of a Brazilian retailer. The vacation-balance lookup goes through the
// payroll gateway, which times out once and then answers; the employee has used all her days.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-11-23T13:20:05.000Z', 6060);

let tentativas = 0;
const consultarSaldo = tool(async ({ matricula }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error('GatewayTimeout: folha-pagamento-api não respondeu em 10000 ms (GET /v2/colaboradores/' + matricula + '/ferias)');
  return JSON.stringify({ matricula, periodo_aquisitivo: '2025-03-10/2026-03-09', dias_direito: 30, dias_gozados: 20, dias_abono_pecuniario: 10, saldo_dias: 0, proximo_periodo_inicia: '2026-03-10', proximo_periodo_disponivel_em: '2027-03-10' });
}, { name: 'consultar_saldo_ferias', description: 'Saldo de férias do colaborador no sistema de folha.', schema: z.object({ matricula: z.string() }) });
const abrirSolicitacao = tool(async () => JSON.stringify({ ok: true }), {
  name: 'abrir_solicitacao_ferias', description: 'Abre uma solicitação de férias.', schema: z.object({ matricula: z.string(), inicio: z.string(), dias: z.number() }) });

const model = new ScriptedChatModel({ model: 'gemini-2.5-flash', provider: 'google_genai', replies: [
  { tool_calls: [{ id: 'fc_a1b2c3', name: 'consultar_saldo_ferias', args: { matricula: 'F-0048213' } }] },
  { content: 'O sistema de folha demorou a responder; vou consultar de novo.', tool_calls: [{ id: 'fc_a1b2c4', name: 'consultar_saldo_ferias', args: { matricula: 'F-0048213' } }] },
  { content: 'Juliana, no período aquisitivo 10/03/2025 a 09/03/2026 você tinha 30 dias: gozou 20 e vendeu 10 (abono pecuniário), então o saldo atual é 0 dia e não consigo abrir a solicitação para dezembro. O novo período começou em 10/03/2026 e esses 30 dias ficam disponíveis para gozo a partir de 10/03/2027. Se quiser, posso encaminhar ao RH um pedido de férias coletivas ou de licença não remunerada.' },
] });

await traced(agentGraph({ model, tools: [consultarSaldo, abrirSolicitacao], name: 'assistente_rh' }), { messages: [
  new SystemMessage('Você é o assistente de RH. Sempre consulte o saldo no sistema de folha antes de abrir uma solicitação de férias.'),
  new HumanMessage('Oi! Matrícula F-0048213. Quero tirar 15 dias de férias a partir de 15/12. Pode abrir o pedido?'),
] }, { project: 'rh-autoatendimento', metadata: { session_id: 'wa-5511987650042-20261123', user_id: 'F-0048213' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
