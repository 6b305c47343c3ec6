// Secretaria virtual de uma escola (português): um agente LangGraph.js atende o grupo de WhatsApp
// dos responsáveis da turma 7º B. A conversa do grupo tem um só id (session_id nos metadados), mas o
// checkpointer guarda um histórico por responsável (thread_id = <grupo>:<responsável>), de modo que
// cada chamada ao modelo só vê as mensagens de quem perguntou. Modelo roteirizado, sem rede.
// Escreve export-otlp.jsonl (uma requisição OTLP/JSON por turno).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('secretaria-virtual', { 'service.version': '2.3.1', 'escola.unidade': 'Colégio Sabiá — Unidade Pinheiros' });

const alunos = {
  '2024-0719': { aluno: 'Pedro Henrique Souza', turma: '7º B' },
  '2024-0733': { aluno: 'Beatriz Lima Carvalho', turma: '7º B' },
};
const notas = tool(async ({ matricula, disciplina, avaliacao }) => JSON.stringify({
  matricula, ...alunos[matricula], disciplina, avaliacao, aplicada_em: '2024-11-12', publicada_em: '2024-11-18',
  nota: matricula === '2024-0719' ? 7.5 : 8.0, nota_maxima: 10, media_da_turma: 6.8 }), {
  name: 'consultar_notas', description: 'Nota de um aluno em uma avaliação publicada no diário de classe.',
  schema: z.object({ matricula: z.string(), disciplina: z.string(), avaliacao: z.string() }) });

const frequencia = tool(async ({ matricula, mes }) => JSON.stringify({
  matricula, ...alunos[matricula], mes, aulas_previstas: 84, faltas: 2,
  registros: [{ data: '2024-11-06', aulas: 2, disciplina: 'Educação Física / Inglês', justificada: false }] }), {
  name: 'consultar_frequencia', description: 'Frequência de um aluno em um mês (AAAA-MM).',
  schema: z.object({ matricula: z.string(), mes: z.string() }) });

const boletim = tool(async ({ matricula, bimestre }) => JSON.stringify({
  matricula, ...alunos[matricula], bimestre, media_minima: 6.0, medias: [
    { disciplina: 'Matemática', media: 7.9 }, { disciplina: 'Português', media: 8.4 }, { disciplina: 'Ciências', media: 5.6 },
    { disciplina: 'História', media: 7.2 }, { disciplina: 'Geografia', media: 6.9 }, { disciplina: 'Inglês', media: 9.1 }],
  recuperacao: [{ disciplina: 'Ciências', datas: ['2024-12-03', '2024-12-05'], horario: '14h00', sala: 'Lab 2' }] }), {
  name: 'consultar_boletim', description: 'Médias do aluno no bimestre e recuperações agendadas.',
  schema: z.object({ matricula: z.string(), bimestre: z.number().int() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // Mariana, turno 1
  { tool_calls: [{ name: 'consultar_notas', args: { matricula: '2024-0719', disciplina: 'Matemática', avaliacao: 'Prova bimestral (4º bim.)' } }] },
  { content: 'Boa tarde, Mariana! Saiu sim: o Pedro tirou 7,5 na prova bimestral de Matemática (aplicada em 12/11). A média da turma foi 6,8.' },
  // Carlos, turno 1
  { tool_calls: [{ name: 'consultar_notas', args: { matricula: '2024-0733', disciplina: 'Matemática', avaliacao: 'Prova bimestral (4º bim.)' } }] },
  { content: 'Oi, Carlos! A Beatriz tirou 8,0 na prova bimestral de Matemática de 12/11.' },
  // Mariana, turno 2
  { tool_calls: [{ name: 'consultar_frequencia', args: { matricula: '2024-0719', mes: '2024-11' } }] },
  { content: 'Em novembro o Pedro faltou no dia 06/11 (2 aulas: Educação Física e Inglês), ainda sem justificativa. '
    + 'Se tiver atestado, pode enviar aqui que eu encaminho para a coordenação.' },
  // Carlos, turno 2
  { tool_calls: [{ name: 'consultar_boletim', args: { matricula: '2024-0733', bimestre: 4 } }] },
  { content: 'Só em Ciências: a média da Beatriz no 4º bimestre ficou em 5,6 (mínimo 6,0). A recuperação é nos dias 03/12 e 05/12, '
    + 'às 14h, no Lab 2. Nas demais matérias ela está acima da média.' },
] });

const app = await reactGraph({ model, tools: [notas, frequencia, boletim], checkpointer: new MemorySaver(), name: 'secretaria',
  prepare: (m) => [new SystemMessage('Você é a secretaria virtual do Colégio Sabiá. Responda responsáveis sobre notas, frequência e '
    + 'recuperação, sempre em português, usando apenas dados dos sistemas da escola. Nunca revele dados de outro aluno.'), ...m] });

const grupo = '120363147258369014@g.us';
const fala = (responsavel, texto) => t.turn({ userId: responsavel }, () => app.invoke({ messages: [new HumanMessage(texto)] },
  { configurable: { thread_id: `${grupo}:${responsavel}` }, metadata: { session_id: grupo, canal: 'whatsapp', turma: '7B' } }));

await fala('resp-30417', 'Boa tarde! Aqui é a Mariana, mãe do Pedro Henrique (7º B, matrícula 2024-0719). Já saiu a nota da prova bimestral de matemática?');
await fala('resp-30582', 'Oi, sou o Carlos, pai da Beatriz (matrícula 2024-0733). Já dá pra ver a nota dela na prova bimestral de matemática?');
await fala('resp-30417', 'Obrigada! E ele teve alguma falta em novembro?');
await fala('resp-30582', 'Ela vai precisar fazer recuperação de alguma matéria?');
t.write(path.join(here, 'export-otlp.jsonl'));
