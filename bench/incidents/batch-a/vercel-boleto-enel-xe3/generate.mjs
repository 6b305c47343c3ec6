// Atendente virtual de um banco digital (Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock model,
// offline). Two customer messages, one trace each; the conversation (with tool calls) is kept by the app
// and sent in full on the second turn. Run: node bench/incidents/batch-a/vercel-boleto-enel-xe3/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const SESSION = 'atd_9b2e61f0';
const CLIENTE = 'cli-7730192';
const { flush } = setupTracing({
  serviceName: 'atendimento-ia',
  resource: { 'service.version': '5.0.1', 'deployment.environment': 'prd', 'cloud.region': 'sa-east-1' },
  seed: 'vercel-boleto-enel-xe3',
});
const ids = makeIds('vercel-boleto-enel-xe3');
const gid = () => ids('', 16);

const hoje = new Date().toISOString().slice(0, 10);
const LINHA = '83640000003-8 89900138004-9 20251202111-4 94817250001-6';
const CONTA = '0412/88213-4';

let tentativasSaldo = 0;
const tools = {
  consultar_saldo: tool({
    description: 'Consulta o saldo disponível da conta corrente do cliente autenticado.',
    inputSchema: z.object({ conta: z.string() }),
    execute: async ({ conta }) => {
      tentativasSaldo += 1;
      if (tentativasSaldo === 1) throw new Error('ETIMEDOUT: core-bancario nao respondeu em 8000 ms (GET /contas/0412-88213-4/saldo)');
      return { conta, saldo_disponivel: 2340.17, limite_cheque_especial: 1500.0, moeda: 'BRL', atualizado_em: new Date().toISOString() };
    },
  }),
  consultar_boleto: tool({
    description: 'Valida uma linha digitável de boleto/convênio e retorna beneficiário, valor e encargos.',
    inputSchema: z.object({ linha_digitavel: z.string() }),
    execute: async ({ linha_digitavel }) => ({
      linha_digitavel, tipo: 'convenio', beneficiario: 'ENEL DISTRIBUICAO SAO PAULO', cnpj: '61.695.227/0001-93',
      valor: 389.9, vencimento: hoje, situacao: 'EM_ABERTO', juros: 0, multa: 0, desconto: 0,
    }),
  }),
  pagar_boleto: tool({
    description: 'Paga um boleto/convênio a partir da conta corrente. Exige confirmação explícita do cliente na conversa.',
    inputSchema: z.object({ linha_digitavel: z.string(), valor: z.number().positive(), conta: z.string() }),
    execute: async ({ valor, conta }) => ({
      status: 'PAGO', conta, valor_pago: valor, tarifa: 0.0, pacote: 'Conta Essencial (pagamentos ilimitados)',
      autenticacao: 'A1F7.' + ids('', 8).toUpperCase() + '.BB90', saldo_apos: 1950.27, data_pagamento: hoje,
    }),
  }),
};

const SYSTEM = 'Você é a Lia, atendente virtual do Banco Tarumã. Responda em português do Brasil, de forma curta. ' +
  `O cliente autenticado é ${CLIENTE}, conta corrente ${CONTA}. Antes de qualquer pagamento, mostre os dados e peça confirmação.`;

async function turno(messages, replies) {
  const res = await generateText({
    model: scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', replies, ids, responsePrefix: '' }),
    system: SYSTEM,
    messages,
    tools,
    stopWhen: stepCountIs(8),
    runtimeContext: { sessionId: SESSION, userId: CLIENTE },
    telemetry: { functionId: 'lia-pagamentos', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return { res, line: await flush() };
}

const m1 = { role: 'user', content: `Oi Lia! Preciso pagar a conta de luz da Enel que vence hoje, R$ 389,90. Linha digitável: ${LINHA}. Tenho saldo?` };
const t1 = await turno([m1], [
  { calls: [[gid(), 'consultar_saldo', { conta: CONTA }]] },
  { text: 'O sistema de saldo demorou a responder; vou tentar de novo.', calls: [[gid(), 'consultar_saldo', { conta: CONTA }]] },
  { calls: [[gid(), 'consultar_boleto', { linha_digitavel: LINHA }]] },
  'Tem sim! Seu saldo disponível é de R$ 2.340,17.\n\nConferi o boleto:\n• Beneficiário: ENEL DISTRIBUIÇÃO SÃO PAULO\n• Valor: R$ 389,90 (vence hoje, sem juros nem multa)\n\n' +
  'Posso pagar agora a partir da sua conta corrente 0412/88213-4? Responda "sim" para confirmar.',
]);

const m2 = { role: 'user', content: 'Sim, pode pagar.' };
const t2 = await turno([m1, ...t1.res.responseMessages, m2], [
  { calls: [[gid(), 'pagar_boleto', { linha_digitavel: LINHA, valor: 389.9, conta: CONTA }]] },
  'Pronto, conta de luz paga! ✅\n• Valor: R$ 389,90 (sem tarifa — pagamentos estão inclusos no seu pacote Conta Essencial)\n' +
  '• Saldo após o pagamento: R$ 1.950,27\n• O comprovante com a autenticação está disponível no app em Extrato › Comprovantes.',
]);

writeJsonl(scriptDir(import.meta.url), 'otel-export.jsonl', [t1.line, t2.line]);
console.log('wrote otel-export.jsonl');
