// University student-services assistant (Portuguese): answers from the academic regulations
// indexed in a vector store. LangGraph agent with a scripted model, OpenInference OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('secretaria-virtual', { 'deployment.environment': 'producao' });

// The index was rebuilt overnight with the 2024 regulations under a new collection; this alias still
// points at the old, now empty collection.
const retriever = new ScriptedRetriever({ results: async () => [] });
const buscar = tool(async ({ consulta }) => {
  const docs = await retriever.invoke(consulta);
  return docs.length ? docs.map((d) => d.pageContent).join('\n---\n') : 'Nenhum trecho encontrado para a consulta.';
}, { name: 'buscar_regulamento', description: 'Busca trechos do Regulamento Geral da Graduação.', schema: z.object({ consulta: z.string() }) });

const matricula = tool(async ({ ra }) => JSON.stringify({ ra, curso: 'Engenharia de Produção', periodo: 5, situacao: 'matriculado',
  semestre: '2024/2', disciplinas: 6 }),
{ name: 'consultar_matricula', description: 'Situação de matrícula de um aluno pelo RA.', schema: z.object({ ra: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'consultar_matricula', args: { ra: '2021.0.14388' } }] },
  { content: '', tool_calls: [{ name: 'buscar_regulamento', args: { consulta: 'trancamento de matrícula prazo reembolso mensalidade' } }] },
  { content: 'Oi, Larissa! Você está regularmente matriculada no 5º período de Engenharia de Produção (2024/2). '
    + 'Pelo Regulamento Geral da Graduação (art. 47), o trancamento pode ser pedido até 45 dias após o início das aulas, '
    + 'e quem tranca até o 15º dia recebe reembolso de 70% da mensalidade do mês. Você pode trancar no máximo 4 semestres ao longo do curso. '
    + 'O pedido é feito no portal, em Requerimentos > Trancamento.' },
] });
const prepare = (m) => [new SystemMessage('Você é a Secretaria Virtual. Responda somente com base no regulamento recuperado e nos dados do aluno.'), ...m];
const app = await reactGraph({ model, tools: [matricula, buscar], prepare, name: 'secretaria' });

await t.turn({ userId: 'ra-2021014388' }, () => app.invoke({ messages: [new HumanMessage(
  'Boa tarde! Sou a Larissa, RA 2021.0.14388. Quero trancar o semestre. Até quando posso pedir e tenho direito a algum reembolso?')] },
  { metadata: { thread_id: 'atd-5c0f9e2b' } }));

t.write(path.join(here, 'export.jsonl'));
