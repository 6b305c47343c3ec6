// Secretaria virtual de uma escola (Vercel AI SDK v7, LegacyOpenTelemetry): conversa de cinco turnos com
// uma responsável que quer inscrever a filha numa atividade extracurricular. O app guarda o histórico e,
// quando passa de seis mensagens, resume as mais antigas com uma chamada separada ao modelo.
// Run from the repository root: node bench/incidents/batch-a/vercel-natacao-helena-ww8/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({
  serviceName: 'secretaria-virtual',
  resource: { 'service.version': '1.22.0', 'deployment.environment': 'producao' },
  seed: 'natacao-helena',
});
const ids = makeIds('natacao-helena');
const mid = () => ids('', 9);

const SESSION = 'atd-20250604-1310-88c1';
const RESPONSAVEL = 'resp-77102';
const MAX_MESSAGES = 6;

const SYSTEM = 'Você é a secretaria virtual do Colégio Ipê Amarelo. Ajuda responsáveis com atividades extracurriculares: '
  + 'buscar turmas, informar valores e fazer inscrições. Responda em português do Brasil, de forma breve e cordial.';

const TURMAS = {
  'judô': [],
  'natação': [
    { turma: 'NAT-0907', dias: 'seg/qua', horario: '15:30–16:20', vagas: 4, piscina: 'coberta aquecida' },
    { turma: 'NAT-0912', dias: 'ter/qui', horario: '16:00–16:50', vagas: 2, piscina: 'coberta aquecida', obs: 'toucas de látex fornecidas pela escola' },
    { turma: 'NAT-0915', dias: 'ter/qui', horario: '14:30–15:20', vagas: 6, piscina: 'coberta aquecida' },
  ],
};

const tools = {
  buscar_turmas: tool({
    description: 'Busca turmas de uma modalidade para uma idade.',
    inputSchema: z.object({ modalidade: z.string(), idade: z.number().int() }),
    execute: async ({ modalidade, idade }) => ({ modalidade, idade, semestre: '2025/2', turmas: TURMAS[modalidade] ?? [] }),
  }),
  consultar_valores: tool({
    description: 'Valores de uma turma.',
    inputSchema: z.object({ turma: z.string() }),
    execute: async ({ turma }) => ({ turma, mensalidade: 'R$ 285,00', taxa_matricula: 'R$ 60,00', material: 'touca e óculos por conta do aluno' }),
  }),
  inscrever_aluno: tool({
    description: 'Inscreve um aluno numa turma. Use observacoes para restrições de saúde.',
    inputSchema: z.object({ turma: z.string(), aluno: z.string(), matricula_escolar: z.string(), observacoes: z.string().optional() }),
    execute: async ({ turma, aluno, matricula_escolar, observacoes }) => ({ inscricao: 'INS-2025-55821', status: 'confirmada', turma, aluno,
      matricula_escolar, observacoes, primeira_aula: '2025-08-05T16:00:00-03:00', cobranca: 'boleto enviado ao e-mail do responsável' }),
  }),
};

const turns = [
  {
    user: 'Oi! Quero inscrever minha filha Helena (9 anos, 4º ano) numa atividade extracurricular. Ela só pode às terças e quintas a partir das 15h30, porque sai da aula às 15h. Ah, e ela tem alergia a látex.',
    replies: ['Anotado: Helena, 9 anos, disponível às terças e quintas a partir das 15h30, com alergia a látex. Que tipo de atividade vocês procuram?'],
  },
  {
    user: 'Tem judô?',
    replies: [
      { calls: [[mid(), 'buscar_turmas', { modalidade: 'judô', idade: 9 }]] },
      'Não encontrei nenhuma turma de judô para 9 anos no semestre 2025/2. Quer que eu veja outra modalidade?',
    ],
  },
  {
    user: 'Que pena. E natação?',
    replies: [
      { calls: [[mid(), 'buscar_turmas', { modalidade: 'natação', idade: 9 }]] },
      'Para 9 anos há três turmas, mas só a NAT-0912 (terças e quintas, 16h00–16h50, 2 vagas) encaixa no horário da Helena: a NAT-0915 começa às 14h30 e a NAT-0907 é segunda e quarta. Atenção: nessa turma a escola fornece toucas de látex, então a Helena precisaria levar uma touca própria, sem látex.',
    ],
  },
  {
    user: 'Ela já tem touca de silicone, tranquilo. Quanto custa?',
    replies: [
      { calls: [[mid(), 'consultar_valores', { turma: 'NAT-0912' }]] },
      'A NAT-0912 custa R$ 285,00 por mês, mais R$ 60,00 de taxa de matrícula. Touca e óculos ficam por conta do aluno.',
    ],
  },
  {
    user: 'Beleza, pode fazer a inscrição dela na natação então. A matrícula dela no colégio é 2025-04-0318.',
    replies: [
      { calls: [[mid(), 'inscrever_aluno', { turma: 'NAT-0912', aluno: 'Helena', matricula_escolar: '2025-04-0318',
        observacoes: 'Alergia a látex: usa touca própria de silicone, não usar as toucas da escola.' }]] },
      'Inscrição confirmada (INS-2025-55821): Helena na NAT-0912, terças e quintas das 16h00 às 16h50; a primeira aula é na terça, 05/08, às 16h. Registrei a alergia a látex e que ela usa touca própria de silicone. O boleto foi enviado para o seu e-mail.',
    ],
  },
];

const SUMMARY = 'Resumo da conversa até aqui: a responsável quer inscrever a filha Helena (9 anos, 4º ano) numa atividade '
  + 'extracurricular. Disponibilidade: somente terças e quintas a partir das 15h30 (sai da aula às 15h). Helena tem alergia a '
  + 'látex. Judô: nenhuma turma para 9 anos em 2025/2. Natação: a única turma compatível é '
  + 'NAT-0912 (ter/qui 16h00–16h50, 2 vagas; a escola fornece toucas de látex, então ela precisaria de touca própria sem látex).';

let history = [];
let summary = null;
const lines = [];
for (const turn of turns) {
  if (history.length > MAX_MESSAGES) {
    const older = history.slice(0, -2);
    const summarizer = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-small-latest', replies: [SUMMARY], ids, responsePrefix: '' });
    const r = await generateText({
      model: summarizer,
      system: 'Resuma a conversa abaixo para o atendente continuar. Preserve nomes, idades, restrições de horário e de saúde, turmas, valores e identificadores.',
      prompt: (summary ? summary + '\n\n' : '') + older.map((m) => `${m.role === 'user' ? 'Responsável' : 'Secretaria'}: ${m.content}`).join('\n'),
      runtimeContext: { sessionId: SESSION, userId: RESPONSAVEL },
      telemetry: { functionId: 'compactar-historico', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
    });
    summary = r.text;
    history = history.slice(-2);
  }
  const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', replies: turn.replies, ids, responsePrefix: '' });
  const messages = [
    ...(summary ? [{ role: 'system', content: summary }] : []),
    ...history,
    { role: 'user', content: turn.user },
  ];
  const result = await generateText({
    model,
    system: SYSTEM,
    messages,
    allowSystemInMessages: true,
    tools,
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId: SESSION, userId: RESPONSAVEL },
    telemetry: { functionId: 'secretaria', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  history.push({ role: 'user', content: turn.user }, { role: 'assistant', content: result.text });
  lines.push(await tracing.flush());
  await sleep(40);
}
writeJsonl(out, 'otel-traces.jsonl', lines);
console.log(`wrote ${lines.length} requests to ${out}/otel-traces.jsonl`);
