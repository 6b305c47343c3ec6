// Assistente de uma operadora de planos de saúde (RAG em LangGraph.js, runs do LangSmith), em português.
// node bench/incidents/batch-a/langsmith-plano-carencia/generate.mjs  -> runs.jsonl
import path from 'node:path';
import * as h from '../../harness/langsmith/lib.mjs';
const { SystemMessage, HumanMessage, Document, StateGraph, MessagesAnnotation, Annotation, MemorySaver, START, END } = h;

h.startClock('2025-03-17T14:36:02Z', 1717);

const base = [
  new Document({ pageContent: 'Plano Vida Essencial Plus – Carências contratuais. Consultas médicas eletivas e exames laboratoriais simples: 30 (trinta) dias a partir da data de início de vigência. Urgência e emergência: 24 horas.',
    metadata: { fonte: 'CG-EssencialPlus-v7.pdf', pagina: 12, secao: '8.1', produto: 'essencial_plus' } }),
  new Document({ pageContent: 'Plano Vida Essencial Plus – Rede credenciada para consultas: a relação atualizada de médicos e laboratórios está disponível no aplicativo, menu "Rede".',
    metadata: { fonte: 'CG-EssencialPlus-v7.pdf', pagina: 4, secao: '3.2', produto: 'essencial_plus' } }),
];
const retriever = new h.FnRetriever({ name: 'base_condicoes_gerais', search: (q) => {
  const s = q.toLowerCase();
  if (s.includes('cirurgia') || s.includes('artroscopia') || s.includes('joelho')) return []; // índice sem o capítulo de procedimentos cirúrgicos
  return base.filter((d) => s.includes('consulta') ? true : d.metadata.secao === '8.1');
} });

const model = new h.ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_genai', replies: [
  { content: 'Para consultas médicas eletivas e exames laboratoriais simples, a carência do Vida Essencial Plus é de 30 dias a partir do início da vigência (cláusula 8.1 das Condições Gerais). Em urgência e emergência, a carência é de 24 horas.' },
  { content: 'Para cirurgias eletivas como a artroscopia de joelho, o Vida Essencial Plus tem carência de 180 dias a partir do início da vigência. ' +
      'Cumprida a carência, o plano cobre 80% do procedimento (honorários, sala e materiais), e a sua coparticipação é de 20%, limitada a R$ 1.500,00 por procedimento. ' +
      'Como seu plano começou em 02/01/2025, você poderá realizar a cirurgia a partir de 01/07/2025. É necessária autorização prévia com o pedido médico e o laudo da ressonância.' },
] });

const State = Annotation.Root({ ...MessagesAnnotation.spec, contexto: Annotation() });
const recuperar = async (state, config) => {
  const pergunta = state.messages[state.messages.length - 1].content;
  const docs = await retriever.invoke(pergunta, config);
  return { contexto: docs.map((d) => `[${d.metadata.fonte} p.${d.metadata.pagina} §${d.metadata.secao}] ${d.pageContent}`).join('\n\n') };
};
const responder = async (state, config) => {
  const sistema = new SystemMessage('Você é a assistente virtual da Vida Saúde. Responda somente com base nos trechos das Condições Gerais abaixo. ' +
    'Beneficiária: Renata Albuquerque, plano Vida Essencial Plus, início de vigência 02/01/2025.\n\nTrechos recuperados:\n' + (state.contexto || ''));
  return { messages: [await model.invoke([sistema, ...state.messages], config)] };
};
const app = new StateGraph(State).addNode('recuperar', recuperar).addNode('responder', responder)
  .addEdge(START, 'recuperar').addEdge('recuperar', 'responder').addEdge('responder', END)
  .compile({ checkpointer: new MemorySaver(), name: 'assistente_carencias' });

const cfg = { project: 'vidasaude-atendimento', metadata: { conversation_id: 'conv-2025-03-17-000417', user_id: 'benef-889.104.227-31', canal: 'app' },
  configurable: { thread_id: 'conv-2025-03-17-000417' } };
await h.traced(app, { messages: [new HumanMessage('Oi! Qual é a carência para consultas no meu plano?')] }, cfg);
h.advance(70_000, 110_000);
await h.traced(app, { messages: [new HumanMessage('Entendi. E para cirurgia? Meu ortopedista pediu uma artroscopia de joelho. Quanto tempo preciso esperar e quanto o plano cobre?')] }, cfg);

h.writeRuns(path.join(h.here(import.meta.url), 'runs.jsonl'));
