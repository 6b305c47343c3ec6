// Assistente da Secretaria Acadêmica (pt-BR): LangGraph agent whose only knowledge tool searches the
// institution's regulations in a vector store (retriever invoked inside the tool, so the retrieval is
// traced as a child RETRIEVER span). Scripted model, OpenInference OTLP/JSON.
// Run: node bench/incidents/batch-a/oinf-trancamento-matricula/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('secretaria-virtual', { 'deployment.environment': 'producao', 'service.version': '0.9.3' });

// The index holds the library regulation only; the academic regulation was never ingested.
const retriever = new ScriptedRetriever({
  results: async () => [
    { pageContent: 'Art. 3º O cancelamento do cadastro de usuário na Biblioteca Central deve ser solicitado presencialmente no balcão de atendimento, mediante apresentação de documento com foto e emissão de nada consta.',
      metadata: { id: 'reg-bib-2019#art3', fonte: 'Regulamento da Biblioteca Central (Resolução CONSUNI 12/2019)', score: 0.412 } },
    { pageContent: 'Art. 12. O prazo de empréstimo domiciliar para alunos de graduação é de 7 (sete) dias corridos, renovável por duas vezes pelo sistema, desde que não haja reserva para o item.',
      metadata: { id: 'reg-bib-2019#art12', fonte: 'Regulamento da Biblioteca Central (Resolução CONSUNI 12/2019)', score: 0.388 } },
    { pageContent: 'Art. 19. O atraso na devolução implica multa de R$ 1,50 por dia e por item, e a suspensão do direito a novos empréstimos até a quitação do débito.',
      metadata: { id: 'reg-bib-2019#art19', fonte: 'Regulamento da Biblioteca Central (Resolução CONSUNI 12/2019)', score: 0.361 } },
  ],
});

const consultar = tool(async ({ pergunta }, config) => {
  const docs = await retriever.invoke(pergunta, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, {
  name: 'consultar_regulamentos',
  description: 'Busca trechos dos regulamentos e normas acadêmicas da universidade relevantes para a pergunta.',
  schema: z.object({ pergunta: z.string() }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4.1-mini-2025-04-14',
  replies: [
    { tool_calls: [{ name: 'consultar_regulamentos', args: { pergunta: 'prazo para trancamento de matrícula e devolução da mensalidade' } }] },
    { content: 'Oi, Mariana! Sinto muito pelo problema de saúde. Pelo regulamento, você pode pedir o trancamento da matrícula '
      + 'até 45 dias após o início do semestre letivo, diretamente no Portal do Aluno (menu Requerimentos → Trancamento). '
      + 'Se o pedido for feito dentro desse prazo, a universidade devolve 80% do valor da mensalidade do mês em curso; '
      + 'depois disso não há reembolso. Por motivo de saúde, anexe o atestado médico — nesse caso o trancamento não conta '
      + 'para o limite de quatro semestres trancados ao longo do curso. Posso ajudar com mais alguma coisa?' },
  ],
});

const app = await reactGraph({ model, tools: [consultar], name: 'secretaria-virtual' });

await t.turn({ userId: '2023117296' }, () => app.invoke({
  messages: [
    new SystemMessage('Você é a Secretaria Virtual da Universidade Estadual do Vale. Responda dúvidas acadêmicas dos alunos '
      + 'em português, com base nos regulamentos consultados pela ferramenta consultar_regulamentos. '
      + 'Aluna: Mariana Teixeira, matrícula 2023117296, curso de Enfermagem.'),
    new HumanMessage('Oi, estou pensando em trancar a matrícula neste semestre por motivo de saúde. Até quando posso pedir '
      + 'e quanto da mensalidade eu recebo de volta?'),
  ],
}, { metadata: { conversation_id: '9b1f4e2a-6c37-4d8e-a0f5-3e71c2d84b60', canal: 'web' }, runName: 'secretaria-virtual' }));

t.write(path.join(here, 'traces.jsonl'));
