// School tutoring assistant (Brazilian Portuguese): one process serves two students, each on their own
// conversation. The report-card tool memoizes the last report it fetched per class group.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('tutor-colegio-ipe', { 'service.version': '2025.03.2' });
const SYSTEM = 'Você é o tutor virtual do Colégio Ipê. Responda em português e apenas sobre o próprio aluno.';

const registros = {
  '2024-0871': { aluno: 'Ana Beatriz Lins', matricula: '2024-0871', turma: '8B', bimestre: 1,
    notas: { matematica: 4.5, portugues: 8.0, ciencias: 6.5, historia: 7.0 }, faltas: 9, situacao: 'recuperação em Matemática' },
  '2024-0913': { aluno: 'Pedro Henrique Sá', matricula: '2024-0913', turma: '8B', bimestre: 1,
    notas: { matematica: 8.5, portugues: 7.0, ciencias: 9.0, historia: 6.0 }, faltas: 2, situacao: 'regular' },
};
const cachePorTurma = new Map(); // turma -> { at, boletim }
const consultarBoletim = tool(async ({ matricula, turma }) => {
  const hit = cachePorTurma.get(turma);
  if (hit && Date.now() - hit.at < 10 * 60 * 1000) return JSON.stringify({ ...hit.boletim, fonte: 'cache' });
  const boletim = registros[matricula];
  cachePorTurma.set(turma, { at: Date.now(), boletim });
  return JSON.stringify({ ...boletim, fonte: 'secretaria' });
}, { name: 'consultar_boletim', description: 'Boletim do bimestre de um aluno (notas e faltas).',
  schema: z.object({ matricula: z.string(), turma: z.string() }) });

async function conversa({ userId, sessao, pergunta, replies }) {
  const app = await reactGraph({ model: new ScriptedChatModel({ replies }), tools: [consultarBoletim], name: 'TutorIpe' });
  await t.turn({ userId }, () => app.invoke({ messages: [new SystemMessage(SYSTEM), new HumanMessage(pergunta)] },
    { metadata: { conversation_id: sessao, turma: '8B' } }));
}

await conversa({ userId: 'aluno-2024-0871', sessao: 'conv-8B-0871-a91f', pergunta: 'Oi! Quero saber como fui no 1º bimestre, estou preocupada com Matemática.',
  replies: [
    { tool_calls: [{ name: 'consultar_boletim', args: { matricula: '2024-0871', turma: '8B' } }] },
    { content: 'Ana, no 1º bimestre você tirou 4,5 em Matemática e está em recuperação nessa matéria. As outras notas: Português 8,0, Ciências 6,5 e História 7,0. Você tem 9 faltas. Quer que eu monte um plano de estudos para a recuperação?' },
  ] });
await conversa({ userId: 'aluno-2024-0913', sessao: 'conv-8B-0913-c03d', pergunta: 'Quais foram minhas notas no bimestre? Meu pai quer saber.',
  replies: [
    { tool_calls: [{ name: 'consultar_boletim', args: { matricula: '2024-0913', turma: '8B' } }] },
    { content: 'Pedro, suas notas do 1º bimestre: Matemática 4,5 (você está em recuperação), Português 8,0, Ciências 6,5 e História 7,0, com 9 faltas. Vale conversar com seu pai sobre um reforço em Matemática.' },
  ] });
t.write(path.join(here, 'traces.jsonl'));
