// Assistente de RH da Construtora Vale Aurora (agente LangGraph com checkpointer em memória). A busca na
// base de políticas é feita por uma ferramenta que consulta o retriever. Offline: modelo de chat
// roteirizado, runs capturados do LangChainTracer.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, FnRetriever, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, Document, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-04-22T13:14:55.000Z', 2604);

// Índice da base de políticas: o capítulo de licenças ainda não foi reindexado após a revisão de 2025.
const indice = [
  new Document({ pageContent: 'Banco de horas: saldo positivo deve ser compensado em até 6 meses; saldo negativo é '
    + 'descontado na rescisão.', metadata: { doc: 'POL-RH-014', versao: '2024-08', secao: '4.2' } }),
];
const retriever = new FnRetriever({ name: 'base_politicas_rh', latency: [90, 210], search: (q) => {
  const s = q.toLowerCase();
  return indice.filter((d) => s.includes('banco de horas') && d.pageContent.toLowerCase().includes('banco de horas'));
} });

const consultarBase = tool(async ({ consulta }, config) => {
  const docs = await retriever.invoke(consulta, config);
  if (!docs.length) return 'Nenhum documento encontrado para a consulta.';
  return docs.map((d) => `[${d.metadata.doc} §${d.metadata.secao}] ${d.pageContent}`).join('\n');
}, { name: 'consultar_base_rh', description: 'Busca trechos das políticas internas de RH.',
  schema: z.object({ consulta: z.string() }), latency: [20, 60] });

const abrirChamado = tool(async ({ fila, assunto, descricao }) => JSON.stringify({ chamado: 'RH-2025-004417', fila,
  assunto, prazo_resposta: '2 dias úteis', responsavel: 'Equipe Benefícios' }), {
  name: 'abrir_chamado', description: 'Abre um chamado para a equipe de RH.',
  schema: z.object({ fila: z.enum(['beneficios', 'folha', 'ponto', 'desligamento']), assunto: z.string(), descricao: z.string() }) });

const replies = [
  { tool_calls: [{ id: 'call_r1A9fZ2mQw', name: 'consultar_base_rh', args: { consulta: 'licença-paternidade adoção pai adotante' } }] },
  { tool_calls: [{ id: 'call_r2C4kX8vNe', name: 'consultar_base_rh', args: { consulta: 'licença adotante guarda judicial criança' } }] },
  { content: 'Não encontrei na base de políticas nenhum documento sobre licença para adoção — as duas buscas voltaram vazias. '
    + 'O que consigo te dizer é o que está no resumo de benefícios vigente: a licença-paternidade na Vale Aurora é de '
    + '20 dias corridos (Programa Empresa Cidadã). Não tenho como confirmar daqui como ela se aplica no caso de adoção nem '
    + 'a partir de quando conta. Quer que eu abra um chamado para a Equipe Benefícios confirmar o seu caso?' },
  { tool_calls: [{ id: 'call_r3H7pL1sTd', name: 'abrir_chamado', args: { fila: 'beneficios',
    assunto: 'Licença para pai adotante – guarda de criança de 3 anos',
    descricao: 'Colaborador (matrícula 30.558) vai receber a guarda para adoção de uma criança de 3 anos e quer confirmar '
      + 'a duração da licença e a data de início. A base de políticas não tem documento sobre adoção.' } }] },
  { content: 'Pronto! Abri o chamado RH-2025-004417 na fila de Benefícios; o prazo de resposta é de 2 dias úteis. '
    + 'Assim que tiver a data da guarda, vale anexar o termo ao chamado para adiantar.' },
];

const model = new ScriptedChatModel({ replies, model: 'gemini-1.5-pro-002', provider: 'google_vertexai' });
const app = agentGraph({ model, tools: [consultarBase, abrirChamado], checkpointer: new MemorySaver(), name: 'assistente_rh' });

const threadId = '01JSF4QK9Z7W3T8B2VXM6R5NDA';
const cfg = { project: 'vale-aurora-rh', runName: 'assistente_rh', configurable: { thread_id: threadId },
  metadata: { user_id: 'matricula-30558', canal: 'teams' } };
await traced(app, { messages: [
  new SystemMessage('Você é o assistente de RH da Construtora Vale Aurora. Responda com base na base de políticas '
    + '(ferramenta consultar_base_rh). Resumo de benefícios vigente (2025-01): licença-maternidade 180 dias; '
    + 'licença-paternidade 20 dias corridos (Programa Empresa Cidadã); auxílio-creche até R$ 612,00/mês. '
    + 'Se a base não cobrir o caso, não invente regras: ofereça abrir um chamado.'),
  new HumanMessage('Oi! Eu e meu marido vamos receber a guarda de uma menina de 3 anos mês que vem. Quantos dias de '
    + 'licença eu tenho como pai adotante?'),
] }, cfg);

advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Pode abrir sim, por favor.')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
