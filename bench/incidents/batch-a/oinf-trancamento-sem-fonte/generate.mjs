// Assistente da secretaria acadêmica (LangGraph.js RAG: nó "recuperar" com um retriever, nó
// "responder" com o modelo guionizado). O índice do regulamento só tem documentos de outro
// campus; o filtro por campus não devolve nada e a resposta ainda cita prazos, limite de
// semestres e taxa.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('secretaria-virtual', { 'deployment.environment': 'producao' });
const { HumanMessage, SystemMessage, AIMessage } = await load('@langchain/core/messages');
const { StateGraph, Annotation, START, END } = await load('@langchain/langgraph');

// Índice vetorial do regulamento de graduação, filtrado por campus = "Campinas"; só há docs de "Sorocaba".
const retriever = new ScriptedRetriever({ results: async () => [] });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: 'Olá! Pelo regulamento de graduação, o trancamento de matrícula pode ser pedido até 45 dias após o início das aulas do semestre, pelo portal do aluno (menu Requerimentos > Trancamento). Cada aluno pode trancar no máximo 4 semestres, consecutivos ou não, ao longo do curso, e há uma taxa administrativa de R$ 180,00. Se você já pagou a mensalidade do mês, 50% do valor é reembolsado quando o pedido é feito nos primeiros 15 dias de aula.' },
] });

const State = Annotation.Root({
  pergunta: Annotation(), campus: Annotation(), documentos: Annotation(), resposta: Annotation(),
});
const app = new StateGraph(State)
  .addNode('recuperar', async (s) => ({ documentos: await retriever.invoke(`${s.pergunta} (campus ${s.campus})`) }))
  .addNode('responder', async (s) => {
    const contexto = s.documentos.map((d, i) => `[${i + 1}] ${d.pageContent}`).join('\n');
    const out = await model.invoke([
      new SystemMessage('Você é a Secretaria Virtual da Universidade Vale do Tietê. Responda dúvidas acadêmicas com base nos trechos do regulamento abaixo.\n\nTrechos recuperados:\n' + contexto),
      new HumanMessage(s.pergunta),
    ]);
    return { resposta: out.content };
  })
  .addEdge(START, 'recuperar').addEdge('recuperar', 'responder').addEdge('responder', END)
  .compile({ name: 'secretaria_rag' });

await t.turn({ userId: 'RA-2022118734' }, () => app.invoke({
  pergunta: 'Oi, estou pensando em trancar a matrícula neste semestre (Engenharia de Produção). Qual é o prazo, quantos semestres posso trancar e tem alguma taxa?',
  campus: 'Campinas',
}, { metadata: { session_id: 'sv-5b1e9c04-2025-03-11', canal: 'whatsapp' } }));

t.write(path.join(here, 'traces.jsonl'));
