// Assistente da secretaria acadêmica: busca no regulamento (retriever) e responde.
import { startClock, ScriptedChatModel, FnRetriever, traced, writeRuns, here, Document,
  HumanMessage, SystemMessage, StateGraph, Annotation, START, END } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2026-11-18T22:41:37Z', 44);

// The index for the engineering school's regulation was rebuilt that week; the query lands on library pages.
const regulamento = new FnRetriever({ name: 'regulamento_academico', search: async () => [
  new Document({ pageContent: 'Biblioteca Central – renovação de empréstimos: até duas renovações online, desde que o item não tenha reserva. Multa por atraso na devolução conforme tabela da biblioteca.',
    metadata: { fonte: 'biblioteca/normas-emprestimo.pdf', pagina: 3, score: 0.41 } }),
  new Document({ pageContent: 'Empréstimo de notebooks: retirada no balcão do térreo mediante carteirinha; devolução no mesmo dia até o fechamento.',
    metadata: { fonte: 'biblioteca/notebooks.md', pagina: 1, score: 0.38 } }),
] });

const model = new ScriptedChatModel({ model: 'gemini-2.0-flash-001', provider: 'google_genai', replies: [
  { content: 'Oi! Pelo regulamento, a entrega do TCC de ENG-4410 fora do prazo é aceita por até 5 dias úteis, com desconto de 1,5 ponto na nota final por dia útil de atraso. Depois disso a versão final só é recebida mediante requerimento de reabertura (formulário RA-07) aprovado pelo colegiado, com prazo de análise de 10 dias. Então, entregando na quarta em vez de segunda, você perderia 3 pontos.' },
] });

const State = Annotation.Root({
  pergunta: Annotation(), aluno: Annotation(), documentos: Annotation(), resposta: Annotation(),
});
const app = new StateGraph(State)
  .addNode('buscar', async (s, config) => ({ documentos: await regulamento.invoke(s.pergunta, config) }))
  .addNode('responder', async (s, config) => {
    const contexto = s.documentos.map((d, i) => `[${i + 1}] (${d.metadata.fonte}) ${d.pageContent}`).join('\n');
    const msg = await model.invoke([
      new SystemMessage(`Você é o assistente da Secretaria Acadêmica da Escola de Engenharia. Responda apenas com base nos trechos do regulamento abaixo; se eles não cobrirem a pergunta, diga que não encontrou e encaminhe para a coordenação.\n\nTrechos:\n${contexto}`),
      new HumanMessage(s.pergunta),
    ], config);
    return { resposta: msg.content };
  })
  .addEdge(START, 'buscar').addEdge('buscar', 'responder').addEdge('responder', END)
  .compile({ name: 'secretaria-rag' });

await traced(app, { aluno: '2022.1.08813', pergunta: 'Qual a penalidade se eu entregar o TCC de ENG-4410 com atraso? Acho que só consigo entregar na quarta, o prazo é segunda.' },
  { project: 'secretaria-academica', metadata: { session_id: 'sa-chat-4c1f09', user_id: '2022.1.08813' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
