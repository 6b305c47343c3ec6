// Bot de RH no Slack (filial Brasil): cada pergunta passa por "buscar" (retriever sobre a base de
// políticas internas) e "responder" (modelo com os trechos recuperados). Execuções capturadas com
// LangChainTracer.
import path from 'node:path';
import {
  ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, Document, StateGraph, MessagesAnnotation, Annotation, START, END,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-07-02T12:18:04Z', 3157);

const base = [
  { id: 'POL-RH-014#3', titulo: 'Política de Férias — concessão e fracionamento', score: 0,
    texto: 'O colaborador tem direito a 30 dias corridos de férias a cada período aquisitivo de 12 meses. As férias podem ser fracionadas em até 3 períodos, sendo que um deles não pode ser inferior a 14 dias corridos e os demais não inferiores a 5 dias corridos cada. A solicitação é feita pelo portal PeopleHub com antecedência mínima de 45 dias.' },
  { id: 'POL-RH-014#4', titulo: 'Política de Férias — abono pecuniário', score: 0,
    texto: 'É facultado ao colaborador converter 1/3 do período de férias em abono pecuniário, desde que requerido até 15 dias antes do término do período aquisitivo.' },
  { id: 'POL-RH-021#1', titulo: 'Atestados médicos e afastamentos', score: 0,
    texto: 'Atestados médicos devem ser enviados pelo portal PeopleHub em até 48 horas. Afastamentos superiores a 15 dias consecutivos são encaminhados ao INSS.' },
];
const pontua = (q) => {
  q = q.toLowerCase();
  if (q.includes('férias') && q.includes('dividir')) return [['POL-RH-014#3', 0.89], ['POL-RH-014#4', 0.71]];
  return [['POL-RH-014#3', 0.43], ['POL-RH-021#1', 0.39]];
};
const retriever = new FnRetriever({ name: 'politicas_rh_br', latency: [90, 260], search: (q) => pontua(q).map(([id, score]) => {
  const d = base.find((x) => x.id === id);
  return new Document({ pageContent: d.texto, metadata: { chunk_id: d.id, titulo: d.titulo, score, colecao: 'rh-br-politicas-v7' } });
}) });

const modelo = new ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_genai', replies: [
  { content: 'Pode sim! Pela Política de Férias, os seus 30 dias podem ser divididos em até 3 períodos: um deles precisa ter pelo menos 14 dias corridos e os outros dois, no mínimo 5 dias corridos cada. Então 14 + 10 + 6, por exemplo, funciona. Lembre de pedir no PeopleHub com 45 dias de antecedência. Se quiser, dá também para vender 1/3 das férias (abono pecuniário), pedindo até 15 dias antes do fim do período aquisitivo.' },
  { content: 'Parabéns pelo bebê a caminho! 🎉 Como a empresa participa do Programa Empresa Cidadã, a licença-paternidade é de 20 dias corridos: os 5 dias previstos em lei mais a prorrogação de 15 dias. Para garantir a prorrogação, você precisa pedir no PeopleHub em até 2 dias úteis após o parto e anexar a certidão de nascimento, além de concluir o curso online de paternidade responsável. Durante a licença o salário é pago integralmente pela empresa.' },
] });

const Estado = Annotation.Root({ ...MessagesAnnotation.spec, trechos: Annotation() });
const buscar = async (state, config) => {
  const pergunta = state.messages[state.messages.length - 1].content;
  return { trechos: await retriever.invoke(pergunta, config) };
};
const responder = async (state, config) => {
  const contexto = state.trechos.map((d) => `[${d.metadata.chunk_id}] ${d.metadata.titulo}\n${d.pageContent}`).join('\n\n');
  const sys = new SystemMessage('Você é a Ana, assistente de RH da Vértice Tecnologia (Brasil). Responda dúvidas dos colaboradores '
    + 'sobre políticas internas usando os trechos abaixo. Seja calorosa e objetiva.\n\nTrechos da base de políticas:\n' + contexto);
  return { messages: [await modelo.invoke([sys, ...state.messages], config)] };
};
const app = new StateGraph(Estado).addNode('buscar', buscar).addNode('responder', responder)
  .addEdge(START, 'buscar').addEdge('buscar', 'responder').addEdge('responder', END).compile();

const thread = 'slack:T02H8R1N3:D05KQ9ZL7:1751458684.442919';
const cfg = { project: 'ana-rh-slack', metadata: { user_id: 'U05KQ9ZL7', workspace: 'vertice-br' }, configurable: { thread_id: thread } };
let r = await traced(app, { messages: [new HumanMessage('Oi Ana! Posso dividir minhas férias em três partes? Queria tirar uma semana em setembro e o resto no fim do ano.')] }, cfg);
advance(minutes(6), minutes(11));
await traced(app, { messages: [...r.messages, new HumanMessage('Outra coisa: minha esposa está grávida, o bebê nasce em outubro. Quantos dias de licença-paternidade eu tenho e como peço?')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
