// Banking assistant (Brazilian Portuguese): checks the balance (the core-banking gateway answers 503 once,
// the retry succeeds) and schedules a Pix transfer. Vercel AI SDK v7 with the GenAI-convention
// OpenTelemetry integration; scripted fake model, no network.
import {
  generateText, tool, stepCountIs, OpenTelemetry, z,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistente-pj', resource: { 'cloud.region': 'sa-east-1' }, seed: 'pix-agendado-re0' });
const ids = makeIds('pix-agendado-re0');

let saldoCalls = 0;
const consultar_saldo = tool({
  description: 'Saldo disponível da conta corrente (valores formatados em pt-BR).',
  inputSchema: z.object({ conta: z.string() }),
  execute: async ({ conta }) => {
    if (saldoCalls++ === 0) throw new Error('HTTP 503 Service Unavailable: core-banking gateway (upstream timeout after 8000 ms, req_id 6b1e-77f0)');
    return { conta, saldo_disponivel: 'R$ 12.480,35', limite_cheque_especial: 'R$ 0,00', atualizado_em: '2025-05-29T13:42:07-03:00' };
  },
});
const agendar_pix = tool({
  description: 'Agenda uma transferência Pix. valor em reais, número decimal com ponto (ex.: 150.75).',
  inputSchema: z.object({ conta: z.string(), chave_destino: z.string(), valor: z.number(), data: z.string(), descricao: z.string().optional() }),
  execute: async ({ valor, data, chave_destino }) => ({ id_agendamento: 'E18236120202505291342s07PXq1', status: 'AGENDADO', valor, data, favorecido: 'CONTABILIDADE SOUZA & REIS LTDA', chave_destino }),
});

const model = scriptedModel({
  ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_',
  replies: [
    { calls: [['toolu_' + ids('', 24), 'consultar_saldo', { conta: '0001/48821-3' }]] },
    { text: 'O sistema do banco não respondeu; vou tentar de novo.', calls: [['toolu_' + ids('', 24), 'consultar_saldo', { conta: '0001/48821-3' }]] },
    { calls: [['toolu_' + ids('', 24), 'agendar_pix', { conta: '0001/48821-3', chave_destino: '12.345.678/0001-90', valor: 1250.0, data: '2025-06-05', descricao: 'Honorários contábeis maio/2025' }]] },
    'Pronto! Seu saldo disponível agora é de R$ 12.480,35 (a primeira consulta falhou por instabilidade, mas a segunda funcionou). Agendei o Pix de R$ 1.250,00 para CONTABILIDADE SOUZA & REIS LTDA (CNPJ 12.345.678/0001-90) em 05/06/2025, com a descrição "Honorários contábeis maio/2025". Código do agendamento: E18236120202505291342s07PXq1.',
  ],
});

await generateText({
  model,
  system: 'Você é o assistente do Banco Ipê para clientes PJ. Confirme o saldo antes de agendar pagamentos. Nunca invente valores.',
  prompt: 'Oi! Qual é o meu saldo? E agenda um Pix de R$ 1.250,00 para a contabilidade (chave CNPJ 12.345.678/0001-90) no dia 05/06, descrição "Honorários contábeis maio/2025".',
  tools: { consultar_saldo, agendar_pix },
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'assistente-pj', integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'otlp-traces.jsonl', [await flush()]);
