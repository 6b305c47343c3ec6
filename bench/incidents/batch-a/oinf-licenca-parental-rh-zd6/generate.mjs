// Assistente de RH (RAG em LangGraph.js: nó de busca na base de políticas + nó de resposta).
// Rastreado com @arizeai/openinference-instrumentation-langchain, gravado como OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { StateGraph, MessagesAnnotation, Annotation, START, END } = await load('@langchain/langgraph');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('rh-assistente', { 'deployment.environment': 'prod', 'service.namespace': 'people-ops' });

// O índice de políticas foi reconstruído na véspera; a busca devolve o que tiver de mais próximo.
const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Política de Férias (BR-RH-014, rev. 2023-08). As férias de 30 dias corridos podem ser fracionadas em até três períodos, ' +
      'sendo um deles de no mínimo 14 dias e os demais de no mínimo 5 dias cada. A solicitação deve ser feita no portal com 45 dias de antecedência.',
    metadata: { id: 'BR-RH-014#2', titulo: 'Política de Férias', score: 0.412 } },
  { pageContent: 'Política de Trabalho Remoto (BR-RH-022). Colaboradores elegíveis podem trabalhar remotamente até 3 dias por semana, ' +
      'mediante acordo com o gestor. O auxílio home office é pago na folha de pagamento do mês seguinte à adesão.',
    metadata: { id: 'BR-RH-022#1', titulo: 'Política de Trabalho Remoto', score: 0.387 } },
] });

const State = Annotation.Root({ ...MessagesAnnotation.spec, contexto: Annotation() });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: 'Parabéns pela chegada do bebê! 🎉 Pelas regras da empresa, a licença-paternidade é de 20 dias corridos, já que somos ' +
      'participantes do Programa Empresa Cidadã (5 dias legais + 15 dias de prorrogação). Para ter direito à prorrogação você precisa ' +
      'solicitá-la em até 2 dias úteis após o parto e comprovar participação em programa de paternidade responsável.\n\n' +
      'Além disso, a empresa oferece:\n- auxílio-creche de R$ 650,00 por mês até a criança completar 5 anos e 11 meses;\n' +
      '- retorno gradual com jornada de 6 horas nas 2 semanas seguintes à licença.\n\n' +
      'Basta abrir um chamado no portal de RH na categoria "Licenças" anexando a certidão de nascimento.' },
]});

const graph = new StateGraph(State)
  .addNode('buscar_politicas', async (state, config) => {
    const pergunta = state.messages[state.messages.length - 1].content;
    const docs = await retriever.invoke(pergunta, config);
    return { contexto: docs.map((d) => `[${d.metadata.id}] ${d.metadata.titulo}: ${d.pageContent}`).join('\n\n') };
  })
  .addNode('responder', async (state) => ({ messages: [await model.invoke([
    new SystemMessage('Você é o assistente de RH da Lumen Engenharia S.A. Responda sobre benefícios e políticas internas com base ' +
      'nos trechos das políticas abaixo.\n\nTrechos recuperados:\n' + state.contexto),
    ...state.messages,
  ])] }))
  .addEdge(START, 'buscar_politicas').addEdge('buscar_politicas', 'responder').addEdge('responder', END)
  .compile({ name: 'rh-assistente' });

await t.turn({ userId: 'matricula-20417' }, () => graph.invoke({ messages: [
  new HumanMessage('Oi! Meu filho nasceu ontem. Quantos dias de licença-paternidade eu tenho e a empresa oferece algum auxílio extra?'),
] }, { metadata: { session_id: 'c3f1a9e0-6b2d-4e58-9a71-0d4b2e8c55aa' }, runName: 'rh-assistente' }));

t.write(path.join(here, 'traces.jsonl'));
