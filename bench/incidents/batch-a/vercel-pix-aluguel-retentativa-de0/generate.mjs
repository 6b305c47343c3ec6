// Banco digital (português): a consulta de saldo falha uma vez e é repetida com sucesso; valores formatados
// em reais ("R$ 1.870,50") são passados corretamente como número ao Pix.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('vercel-pix-aluguel-retentativa-de0');
const { flush } = setupTracing({ serviceName: 'assistente-conta', seed: 'vercel-pix-aluguel-retentativa-de0',
  resource: { 'deployment.environment': 'producao' } });

let saldoCalls = 0;
const consultarSaldo = tool({
  description: 'Saldo disponível da conta corrente do cliente.',
  inputSchema: z.object({ conta: z.string() }),
  execute: async ({ conta }) => {
    saldoCalls += 1;
    if (saldoCalls === 1) throw new Error('core-banking 504 Gateway Timeout após 8000 ms (GET /contas/' + conta + '/saldo)');
    return { conta, saldo_disponivel: 'R$ 2.350,00', atualizado_em: '2026-12-04T07:58:12-03:00' };
  },
});
const buscarCobranca = tool({
  description: 'Busca um boleto ou cobrança Pix pelo identificador.',
  inputSchema: z.object({ identificador: z.string() }),
  execute: async ({ identificador }) => ({
    identificador, favorecido: 'Imobiliária Horizonte Ltda', chave_pix: '12.345.678/0001-90',
    valor: 'R$ 1.870,50', vencimento: '05/12/2026', descricao: 'Aluguel dez/2026 - Ap 302',
  }),
});
const enviarPix = tool({
  description: 'Envia um Pix. valor em reais como número decimal (ponto como separador).',
  inputSchema: z.object({ conta: z.string(), chave: z.string(), valor: z.number(), descricao: z.string() }),
  execute: async ({ valor, chave }) => ({ e2e_id: 'E18236120202612041102s0a4B7xQ', chave, valor, status: 'CONCLUIDO', saldo_restante: 479.5 }),
});

const model = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_' + ids('', 20), 'buscar_cobranca', { identificador: 'PIXCOB-5F2A91' }],
            ['call_' + ids('', 20), 'consultar_saldo', { conta: '0001-4478210-3' }]] },
  { calls: [['call_' + ids('', 20), 'consultar_saldo', { conta: '0001-4478210-3' }]] },
  { calls: [['call_' + ids('', 20), 'enviar_pix', { conta: '0001-4478210-3', chave: '12.345.678/0001-90', valor: 1870.5, descricao: 'Aluguel dez/2026 - Ap 302' }]] },
  'Pronto! Paguei o aluguel de dezembro para a Imobiliária Horizonte Ltda: R$ 1.870,50 via Pix (ID E18236120202612041102s0a4B7xQ). '
  + 'Na primeira tentativa o sistema do banco demorou a responder, mas consultei de novo: você tinha R$ 2.350,00 e agora ficou com R$ 479,50.',
] });

await generateText({
  model,
  system: 'Você é o assistente da conta do Banco Jacarandá. Confirme sempre o saldo antes de enviar um Pix.',
  prompt: 'Oi! Paga o aluguel pra mim? É a cobrança PIXCOB-5F2A91, vence amanhã. Minha conta é 0001-4478210-3.',
  tools: { consultar_saldo: consultarSaldo, buscar_cobranca: buscarCobranca, enviar_pix: enviarPix },
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'pagamentos-pix', integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'otel-traces.jsonl', [await flush()]);
