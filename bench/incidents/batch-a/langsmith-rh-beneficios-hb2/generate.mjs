// HR benefits assistant (Brazilian Portuguese). The policy tool searches the HR knowledge base through
// a retriever; the answer goes to an employee in the internal portal.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, FnRetriever,
  Document, HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-07-02T13:17:05.000Z', 2207);
const kb = [
  new Document({ pageContent: 'Reembolso de despesas de viagem: hospedagem, alimentação e deslocamento a serviço são reembolsados mediante nota fiscal anexada no portal Conecta RH. Passagens aéreas devem ser compradas pela agência credenciada.',
    metadata: { doc_id: 'POL-FIN-VIAGEM', secao: '4.2', atualizado: '2024-11-08' } }),
  new Document({ pageContent: 'Adiantamento de viagem: solicitar ao gestor imediato; a prestação de contas é feita no retorno, com saldo devolvido por PIX à conta da empresa.',
    metadata: { doc_id: 'POL-FIN-VIAGEM', secao: '4.5', atualizado: '2024-11-08' } }),
];
const retriever = new FnRetriever({ name: 'kb_politicas_rh', search: async () => kb });
const buscar = tool(async ({ consulta }, config) => {
  const docs = await retriever.invoke(consulta, config);
  return docs.map((d) => `[${d.metadata.doc_id} §${d.metadata.secao}] ${d.pageContent}`).join('\n\n');
}, { name: 'buscar_politicas', description: 'Busca trechos nas políticas internas de RH da Verdemar.',
  schema: z.object({ consulta: z.string() }) });
const colaborador = tool(async ({ matricula }) => JSON.stringify({ matricula, nome: 'Thiago Nascimento', cargo: 'Analista de Dados Pleno',
  admissao: '2021-09-13', regime: 'CLT', unidade: 'Recife', gestor: 'Fernanda Lobo' }),
{ name: 'dados_colaborador', description: 'Dados cadastrais do colaborador.', schema: z.object({ matricula: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_pT4vB0nQe1Yz', name: 'dados_colaborador', args: { matricula: 'VM-018823' } }] },
  { tool_calls: [{ id: 'call_k9Xc2MdLr5Ua', name: 'buscar_politicas', args: { consulta: 'licença-paternidade prazo remuneração Empresa Cidadã' } }] },
  { content: 'Oi, Thiago! Parabéns pelo bebê que está chegando. Pela política da Verdemar (participante do programa Empresa Cidadã), você tem direito a 20 dias corridos de licença-paternidade com 100% do salário. Para isso, registre o pedido no Conecta RH com pelo menos 30 dias de antecedência da data prevista do parto e, em até 2 dias úteis após o nascimento, anexe a certidão. Também é obrigatório concluir o curso de paternidade responsável (4 horas) para ter a extensão aprovada.' },
] });

await traced(agentGraph({ model, tools: [colaborador, buscar] }), { messages: [
  new SystemMessage('Você é a Vera, assistente de RH da Verdemar Alimentos. Responda com base nas políticas internas retornadas pelas ferramentas. Seja cordial.'),
  new HumanMessage('Oi Vera, minha matrícula é VM-018823. Minha esposa está grávida e o parto está previsto para setembro. Quantos dias de licença-paternidade eu tenho, recebo salário integral e o que preciso fazer para pedir?'),
] }, { project: 'verdemar-rh-assistente', metadata: { session_id: 'conecta-rh-3f9a1d5e-22b0', user_id: 'VM-018823' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
