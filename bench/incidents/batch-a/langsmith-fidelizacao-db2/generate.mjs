// Telecom customer-care assistant (European Portuguese). The agent reads the customer's contract and
// searches the tariff knowledge base (a retriever run nested in the tool run) before answering a
// question about leaving the contract early. Recorded as LangSmith runs.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, FnRetriever, Document,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-05-19T16:07:44.000Z', 5);

const kb = [
  new Document({ pageContent: 'Tarifário Família 5G: período de fidelização e condições de rescisão antecipada — ver tabela T-118, rev. 2025-02.', metadata: { doc_id: 'kb-pt-PT-0441', locale: 'pt-PT', produto: 'familia-5g' } }),
  new Document({ pageContent: 'Portabilidade de número: pedido concluído em 1 dia útil após validação do código de portabilidade.', metadata: { doc_id: 'kb-pt-PT-0102', locale: 'pt-PT', produto: 'geral' } }),
];
const retriever = new FnRetriever({ name: 'kb_tarifarios', search: () => kb.filter((d) => d.metadata.locale === 'pt-BR') });

const contrato = tool(async ({ nif }) => JSON.stringify({ cliente: 'C-5518-2207', nif, tarifario: 'Família 5G', inicio_contrato: '2024-09-15', linhas: 3, mensalidade: '54,90 €', estado: 'ativo' }),
  { name: 'obter_contrato', description: 'Dados do contrato ativo do cliente pelo NIF.', schema: z.object({ nif: z.string() }) });
const pesquisa = tool(async ({ consulta, produto }, config) => {
  const docs = await retriever.invoke(`${consulta} produto:${produto}`, config);
  return JSON.stringify(docs.map((d) => ({ id: d.metadata.doc_id, texto: d.pageContent })));
}, { name: 'pesquisar_base_conhecimento', description: 'Pesquisa a base de conhecimento de tarifários e condições contratuais.',
  schema: z.object({ consulta: z.string(), produto: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_R2d7PpA0x', name: 'obter_contrato', args: { nif: '243118907' } }] },
  { tool_calls: [{ id: 'call_R2d7PpA0y', name: 'pesquisar_base_conhecimento', args: { consulta: 'fidelização rescisão antecipada penalização', produto: 'familia-5g' } }] },
  { content: 'O seu contrato Família 5G começou a 15/09/2024 e tem um período de fidelização de 24 meses, ou seja, até 15/09/2026. Se rescindir agora, a penalização é de 12,50 € por cada mês que falta, com um máximo de 150 € — no seu caso, cerca de 150 €. A partir de setembro de 2026 pode sair sem qualquer custo. Quer que avance com o pedido de rescisão?' },
] });

const app = agentGraph({ model, tools: [contrato, pesquisa], name: 'apoio-cliente' });
await traced(app, { messages: [
  new SystemMessage('És o assistente de apoio ao cliente da Onda Móvel. Responde apenas com base no contrato do cliente e na base de conhecimento.'),
  new HumanMessage('Boa tarde. O meu NIF é 243118907. Quero mudar de operador — quanto tenho de pagar se cancelar o contrato já este mês?'),
] }, { project: 'onda-apoio-cliente', metadata: { session_id: 'conv-6d0e-44b1-9a7c', user_id: 'C-5518-2207', locale: 'pt-PT' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
