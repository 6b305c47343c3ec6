// Secretaria acadêmica: a consulta de vagas falha por timeout, o agente tenta de novo, obtém a
// resposta e só então efetua a matrícula. OpenAI Agents SDK, modelo roteirizado (offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let consultas = 0;
const consultarVagas = tool({
  name: 'consultar_vagas',
  description: 'Consulta vagas abertas numa turma do semestre letivo.',
  parameters: z.object({ codigo_disciplina: z.string(), turma: z.string(), semestre: z.string() }),
  execute: async ({ codigo_disciplina, turma, semestre }) => {
    consultas += 1;
    if (consultas === 1) throw new Error('SIGAA-WS: Read timed out (connect=5s, read=20s) em /api/v1/turmas/INF1032/T02/vagas');
    return JSON.stringify({ codigo_disciplina, turma, semestre, nome: 'Estruturas de Dados II', docente: 'Profa. Marta Quintela',
      horario: '24M34 (ter/qui 10h-11h40)', capacidade: 45, matriculados: 42, vagas: 3, lista_espera: 0 });
  },
  errorFunction: (_ctx, err) => `Falha ao consultar vagas: ${err.message}`,
});

const historico = tool({
  name: 'verificar_prerequisitos',
  description: 'Verifica no histórico se o aluno cumpriu os pré-requisitos da disciplina.',
  parameters: z.object({ matricula: z.string(), codigo_disciplina: z.string() }),
  execute: async ({ matricula, codigo_disciplina }) => JSON.stringify({ matricula, codigo_disciplina, prerequisitos: [{ codigo: 'INF1031', nome: 'Estruturas de Dados I', situacao: 'aprovado', nota: 7.8, periodo: '2025.1' }], apto: true }),
});

const efetuarMatricula = tool({
  name: 'efetuar_matricula',
  description: 'Efetua a matrícula do aluno numa turma (reserva a vaga).',
  parameters: z.object({ matricula: z.string(), codigo_disciplina: z.string(), turma: z.string(), semestre: z.string() }),
  execute: async ({ codigo_disciplina, turma }) => JSON.stringify({ protocolo: 'MAT-2026.1-0098813', codigo_disciplina, turma, situacao: 'matriculado', vagas_restantes: 2 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'verificar_prerequisitos', args: { matricula: '20231547', codigo_disciplina: 'INF1032' } }] },
  { tool_calls: [{ name: 'consultar_vagas', args: { codigo_disciplina: 'INF1032', turma: 'T02', semestre: '2026.1' } }] },
  { tool_calls: [{ name: 'consultar_vagas', args: { codigo_disciplina: 'INF1032', turma: 'T02', semestre: '2026.1' } }] },
  { tool_calls: [{ name: 'efetuar_matricula', args: { matricula: '20231547', codigo_disciplina: 'INF1032', turma: 'T02', semestre: '2026.1' } }] },
  { content: 'Pronto, Gabriel! A primeira consulta ao sistema de vagas expirou, mas na segunda tentativa deu certo: a turma T02 de Estruturas de Dados II '
    + '(INF1032, Profa. Marta Quintela, ter/qui 10h–11h40) tinha 3 vagas. Você cumpre o pré-requisito (INF1031, aprovado com 7,8), '
    + 'então efetuei sua matrícula: protocolo MAT-2026.1-0098813. Restam agora 2 vagas na turma.' },
], { seed: 'matricula-retry', model: 'gpt-4o', served: 'gpt-4o-2024-11-20' });

const agent = new Agent({
  name: 'Secretaria Virtual',
  instructions: 'Você é a secretaria virtual do curso de Ciência da Computação. Ajude alunos a se matricularem em disciplinas: verifique pré-requisitos, '
    + 'consulte as vagas da turma e só efetue a matrícula quando houver vaga confirmada pelo sistema. Se uma consulta falhar, tente novamente antes de responder.',
  model: m,
  tools: [historico, consultarVagas, efetuarMatricula],
});

const runner = new Runner({ groupId: 'sec-cc#2026.1#20231547', workflowName: 'Matrícula online', traceMetadata: { user_id: 'aluno-20231547', curso: 'BCC' } });
await runner.run(agent, 'Oi! Sou o Gabriel, matrícula 20231547. Quero me matricular em Estruturas de Dados II (INF1032), turma T02, neste semestre 2026.1. Ainda tem vaga?');

writeTrace(here, 'trace.jsonl');
