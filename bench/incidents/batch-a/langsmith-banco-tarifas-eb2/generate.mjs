// Assistente de atendimento de um banco digital brasileiro: busca na base de normas e responde ao cliente.
import path from 'node:path';
import { ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, StateGraph, Annotation, MessagesAnnotation, START, END } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-07-08T17:22:51Z', 19);

// The index was rebuilt overnight under a new namespace; the old one answers with no documents.
const normas = new FnRetriever({ name: 'normas_tarifas_pf', search: async () => [] });

const model = new ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_vertexai', replies: [
  { content: 'Olá, Rafael! Para transferências internacionais enviadas pela conta Pessoa Física, a tarifa é de 1,8% sobre o valor enviado, com mínimo de R$ 15,90 por operação, além do IOF de 1,1%. O crédito chega ao destinatário em até 2 dias úteis, e operações acima de US$ 3.000 exigem o envio do comprovante de finalidade pelo app.' },
] });

const State = Annotation.Root({ ...MessagesAnnotation.spec, contexto: Annotation() });
const buscar = async (state, config) => {
  const pergunta = state.messages[state.messages.length - 1].content;
  const docs = await normas.invoke(pergunta, config);
  return { contexto: docs.map((d) => d.pageContent).join('\n---\n') };
};
const responder = async (state, config) => ({ messages: [await model.invoke([
  new SystemMessage('Você é a assistente virtual do Banco Aurora. Responda com base nos trechos das normas abaixo.\n\nTrechos:\n' + (state.contexto || '')),
  ...state.messages ], config)] });
const g = new StateGraph(State).addNode('buscar_normas', buscar).addNode('responder', responder)
  .addEdge(START, 'buscar_normas').addEdge('buscar_normas', 'responder').addEdge('responder', END).compile({ name: 'atendimento_pf' });

await traced(g, { messages: [new HumanMessage('Quanto custa mandar dinheiro pra minha filha em Portugal pela conta? E demora quantos dias?')] },
  { project: 'atendimento-aurora', metadata: { conversation_id: 'conv_01J2ZK8W4M7RDXQ3A9T5VYB6NE', user_id: 'cpf-hash:9f3a17c2' },
    configurable: { thread_id: 'conv_01J2ZK8W4M7RDXQ3A9T5VYB6NE' } });
writeRuns(path.join(dir, 'runs.jsonl'));
