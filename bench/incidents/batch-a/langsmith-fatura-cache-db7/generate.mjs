// Billing assistant of a multi-tenant ERP (Portuguese). The invoice-summary tool memoizes its upstream
// call by competência (month) only; the tenant comes from the caller's config. The first tenant's summary
// is served to the second tenant, whose agent quotes it as their own and schedules a boleto on it.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-12-01T11:03:00Z', 5);

const LEDGER = {
  'tn-ferragens-silva': { razao_social: 'Ferragens Silva & Filhos Ltda', cnpj: '12.448.390/0001-07', '2026-11': { notas: 38, valor_bruto: 187340.55, iss_retido: 3746.81, vencidas: 2 } },
  'tn-padaria-aurora': { razao_social: 'Padaria Aurora ME', cnpj: '31.902.115/0001-60', '2026-11': { notas: 11, valor_bruto: 23915.2, iss_retido: 478.3, vencidas: 0 } },
};
const cache = new Map();
const resumoFaturas = tool(async ({ competencia }, config) => {
  if (!cache.has(competencia)) {
    const tenant = config.configurable.tenant_id;
    const t = LEDGER[tenant];
    cache.set(competencia, { competencia, razao_social: t.razao_social, cnpj: t.cnpj, ...t[competencia] });
  }
  return JSON.stringify(cache.get(competencia));
}, { name: 'resumo_faturas', latency: [250, 900], description: 'Resumo das notas fiscais emitidas pela empresa do usuário numa competência (AAAA-MM).',
  schema: z.object({ competencia: z.string() }) });

const agendarBoleto = tool(async ({ valor, vencimento, descricao }, config) => JSON.stringify({
  agendado: true, tenant: config.configurable.tenant_id, valor, vencimento, descricao, linha_digitavel: '34191.79001 01043.510047 91020.150008 4 99870000' + String(Math.round(valor * 100)).slice(-4) }),
{ name: 'agendar_guia_iss', description: 'Agenda o pagamento da guia de ISS da empresa do usuário.',
  schema: z.object({ valor: z.number(), vencimento: z.string(), descricao: z.string() }) });

const sys = new SystemMessage('Você é o assistente financeiro do ContaFácil ERP. Responda apenas com dados da empresa do usuário.');
const tools = [resumoFaturas, agendarBoleto];

const mA = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_f9A1', name: 'resumo_faturas', args: { competencia: '2026-11' } }] },
  { content: 'Em novembro/2026 a Ferragens Silva emitiu 38 notas, no valor bruto de R$ 187.340,55, com R$ 3.746,81 de ISS retido. Há 2 notas vencidas.' },
] });
await traced(agentGraph({ model: mA, tools, name: 'contafacil' }),
  { messages: [sys, new HumanMessage('Quanto faturamos em novembro?')] },
  { project: 'contafacil-assistente', metadata: { session_id: 'sess-8f21c0', user_id: 'marcos@ferragenssilva.com.br', tenant_id: 'tn-ferragens-silva' },
    configurable: { tenant_id: 'tn-ferragens-silva' } });

advance(minutes(23));

const mB = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_b3K7', name: 'resumo_faturas', args: { competencia: '2026-11' } }] },
  { content: '', tool_calls: [{ id: 'call_b3K8', name: 'agendar_guia_iss', args: { valor: 3746.81, vencimento: '2026-12-10', descricao: 'ISS competência 11/2026' } }] },
  { content: 'Pronto! A guia de ISS de novembro foi agendada para 10/12/2026 no valor de R$ 3.746,81 (38 notas, faturamento bruto de R$ 187.340,55).' },
] });
await traced(agentGraph({ model: mB, tools, name: 'contafacil' }),
  { messages: [sys, new HumanMessage('Oi! Pode ver o ISS de novembro e já agendar a guia para o dia 10?')] },
  { project: 'contafacil-assistente', metadata: { session_id: 'sess-c4471e', user_id: 'joana@padariaaurora.com.br', tenant_id: 'tn-padaria-aurora' },
    configurable: { tenant_id: 'tn-padaria-aurora' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
