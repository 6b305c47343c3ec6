// Atendimento bancário (português): o histórico do app é guardado por canal, não por cliente;
// o segundo cliente recebe a conversa e o Pix do primeiro.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, writeJsonl, scriptDir, SpanKind } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'banco-aurora-atendimento', resource: { 'service.version': '3.9.0' }, seed: 'pix-he5' });
const ids = makeIds('pix-he5');

const agendamentos = {
  'PIX-AG-20241118-0042': { cliente: 'cli-30917', valor: 'R$ 4.870,00', favorecido: 'Marcos Tavares Lima', chave: 'marcos.tlima@gmail.com', data: '2024-11-18', status: 'LIQUIDADO', e2e: 'E18236120202411181204s0042AB' },
};
const consultarPix = tool({
  description: 'Consulta o status de um Pix agendado pelo id do agendamento.',
  inputSchema: z.object({ id_agendamento: z.string() }),
  execute: async ({ id_agendamento }) => agendamentos[id_agendamento] ?? { erro: 'agendamento não encontrado' },
});
const listarAgendamentos = tool({
  description: 'Lista os Pix agendados do cliente autenticado.',
  inputSchema: z.object({ cliente_id: z.string() }),
  execute: async ({ cliente_id }) => ({ cliente_id, agendamentos: Object.entries(agendamentos).filter(([, a]) => a.cliente === cliente_id).map(([id, a]) => ({ id, valor: a.valor, data: a.data, status: a.status })) }),
});
const tools = { listar_agendamentos: listarAgendamentos, consultar_pix: consultarPix };
const system = 'Você é a Aurora, assistente virtual do Banco Aurora. Responda apenas sobre a conta do cliente autenticado.';
const historicoPorCanal = {}; // chave: canal

async function turno({ sessao, cliente, canal, texto, replies }) {
  const hist = (historicoPorCanal[canal] ??= []);
  hist.push({ role: 'user', content: texto });
  await tracer.startActiveSpan('atendimento.turno', { kind: SpanKind.SERVER, attributes: { 'session.id': sessao, 'enduser.id': cliente, 'app.canal': canal } }, async (span) => {
    const r = await generateText({
      model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies }),
      system: system + ` Cliente autenticado: ${cliente}.`, messages: [...hist], tools, stopWhen: stepCountIs(4),
      telemetry: { functionId: 'aurora-atendimento', integrations: [new OpenTelemetry()] },
    });
    hist.push(...r.response.messages);
    span.end();
  });
  return flush();
}

const a = await turno({ sessao: 'wa-5511987604412-20241118', cliente: 'cli-30917', canal: 'whatsapp', texto: 'Oi, o Pix que agendei pra hoje já caiu?', replies: [
  { calls: [['call_' + ids('', 24), 'listar_agendamentos', { cliente_id: 'cli-30917' }]] },
  { calls: [['call_' + ids('', 24), 'consultar_pix', { id_agendamento: 'PIX-AG-20241118-0042' }]] },
  'Sim! O Pix de R$ 4.870,00 para Marcos Tavares Lima foi liquidado hoje (18/11). Código E2E: E18236120202411181204s0042AB.',
] });
const b = await turno({ sessao: 'wa-5521996230187-20241118', cliente: 'cli-55102', canal: 'whatsapp', texto: 'Boa tarde. Meu Pix agendado de hoje foi processado?', replies: [
  { calls: [['call_' + ids('', 24), 'consultar_pix', { id_agendamento: 'PIX-AG-20241118-0042' }]] },
  'Boa tarde! Sim, seu Pix agendado de R$ 4.870,00 para Marcos Tavares Lima (chave marcos.tlima@gmail.com) foi liquidado hoje às 12h04.',
] });
writeJsonl(dir, 'collector-export.jsonl', [a, b]);
