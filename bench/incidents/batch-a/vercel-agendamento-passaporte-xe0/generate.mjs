// Passport-appointment assistant of a state citizen-services portal (Brazilian Portuguese). Two chat turns,
// each an HTTP request of the portal's backend (its own trace, a request span carrying session.id and
// user.id), run with the Vercel AI SDK (`ai` v7), a scripted fake model (no network) and the @ai-sdk/otel
// OpenTelemetry integration (gen_ai.* spans). The portal sends the whole chat history with each request.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, SpanKind, z,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'poupatempo-assistente', resource: { 'service.version': '1.9.0', 'deployment.environment': 'producao' }, seed: 'agendamento-passaporte-xe0' });
const ids = makeIds('agendamento-passaporte-xe0');
const toolu = () => ids('toolu_01', 22);

const SESSION = 'ptc_01JMB7Q4X2N8ZK5V3D6RWE9H1A';
const USER = 'gov.br:3f9a0c27';

let vagasCalls = 0;
const consultarVagas = tool({
  description: 'Horários livres de atendimento para emissão de passaporte num posto da Polícia Federal numa data.',
  inputSchema: z.object({ posto: z.string(), data: z.string().describe('AAAA-MM-DD') }),
  execute: async ({ posto, data }) => {
    vagasCalls += 1;
    if (vagasCalls === 1) throw new Error('HTTP 503 Service Unavailable: agenda-pf.gov.br – serviço de agendamento temporariamente indisponível');
    if (data === '2025-05-14') return { posto, data, vagas: [] };
    return { posto, data, vagas: ['08:40', '09:20', '14:00', '15:40'] };
  },
});
const verificarGru = tool({
  description: 'Confere se a GRU da taxa de passaporte foi paga para o CPF.',
  inputSchema: z.object({ cpf: z.string().regex(/^\d{11}$/), valor: z.number() }),
  execute: async ({ cpf, valor }) => ({
    cpf, situacao: 'paga', valor_pago: 'R$ 257,25', valor_devido: 'R$ 257,25', codigo_gru: '00031459882150', pago_em: '2025-05-02',
  }),
});
const reservarHorario = tool({
  description: 'Reserva o horário de atendimento (emissão de passaporte comum).',
  inputSchema: z.object({
    posto: z.string(), data: z.string(), hora: z.string(), cpf: z.string().regex(/^\d{11}$/), codigo_gru: z.string(),
  }),
  execute: async ({ posto, data, hora }) => ({
    protocolo: 'AGD-PF-2025-5518240', posto, data, hora,
    levar: ['documento de identidade original', 'CPF', 'título de eleitor e comprovante de votação', 'passaporte anterior, se houver'],
  }),
});

const system = 'Você é o assistente de agendamento do Poupatempo SP para passaporte. Use só os horários e valores que as ' +
  'ferramentas retornarem; se uma consulta falhar, tente de novo antes de concluir qualquer coisa. Responda em português.';
const tools = { consultar_vagas: consultarVagas, verificar_gru: verificarGru, reservar_horario: reservarHorario };

async function turn(messages, replies) {
  const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-latest', ids, responsePrefix: 'msg_01', replies });
  let text;
  await tracing.tracer.startActiveSpan('POST /api/assistente/mensagens', {
    kind: SpanKind.SERVER, attributes: { 'session.id': SESSION, 'user.id': USER, 'http.request.method': 'POST' },
  }, async (span) => {
    const r = await generateText({
      model, system, messages, tools, stopWhen: stepCountIs(8),
      telemetry: { functionId: 'agendamento-passaporte', integrations: [new OpenTelemetry()] },
    });
    text = r.text;
    span.setAttribute('http.response.status_code', 200);
    span.end();
  });
  return [text, await tracing.flush()];
}

const q1 = 'Oi! Preciso tirar passaporte. Moro em Campinas, meu CPF é 123.456.789-09. Queria ir no dia 14/05, de manhã se der.';
const [a1, t1] = await turn([{ role: 'user', content: q1 }], [
  { calls: [[toolu(), 'consultar_vagas', { posto: 'PF Campinas – Shopping Iguatemi', data: '2025-05-14' }]] },
  { text: 'A agenda da PF não respondeu; vou consultar de novo.', calls: [[toolu(), 'consultar_vagas', { posto: 'PF Campinas – Shopping Iguatemi', data: '2025-05-14' }]] },
  { calls: [[toolu(), 'consultar_vagas', { posto: 'PF Campinas – Shopping Iguatemi', data: '2025-05-15' }]] },
  'No dia 14/05 não há nenhum horário livre no posto da PF em Campinas (Shopping Iguatemi) — a primeira consulta falhou ' +
    'por instabilidade do sistema da PF, mas a segunda funcionou e veio sem vagas. No dia seguinte, 15/05, há horários de ' +
    'manhã às 08:40 e 09:20 (e à tarde às 14:00 e 15:40). Quer que eu reserve algum? Para reservar, a GRU da taxa de passaporte precisa estar paga.',
]);

const q2 = 'Pode ser 09:20 do dia 15. A GRU eu já paguei, foram R$ 257,25.';
const [a2, t2] = await turn([
  { role: 'user', content: q1 }, { role: 'assistant', content: a1 }, { role: 'user', content: q2 },
], [
  { calls: [[toolu(), 'verificar_gru', { cpf: '12345678909', valor: 257.25 }]] },
  { calls: [[toolu(), 'reservar_horario', { posto: 'PF Campinas – Shopping Iguatemi', data: '2025-05-15', hora: '09:20', cpf: '12345678909', codigo_gru: '00031459882150' }]] },
  'Pronto! Agendado para quinta, 15/05/2025, às 09:20 no posto da PF em Campinas (Shopping Iguatemi), protocolo ' +
    'AGD-PF-2025-5518240. A GRU de R$ 257,25 consta como paga em 02/05. Leve o documento de identidade original, o CPF, ' +
    'o título de eleitor com o comprovante de votação e o passaporte anterior, se tiver.',
]);

writeJsonl(dir, 'otlp-export.jsonl', [t1, t2]);
console.log('wrote otlp-export.jsonl');
