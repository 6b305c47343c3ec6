// Brazilian sneaker shop support agent (Vercel AI SDK v7, legacy ai.* telemetry), one turn.
// The order service reports money in centavos; the refund tool takes reais.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'sac-passada-store', resource: { 'deployment.environment': 'producao' }, seed: 'estorno-centavos-ge0' });
const ids = makeIds('estorno-centavos-ge0');

const sessionId = 'atd-BR-00419-7c';
const userId = 'cliente#a91f03';

const buscarPedido = tool({
  description: 'Consulta um pedido pelo número (PED-AAAA-NNNNNN).',
  inputSchema: z.object({ pedido: z.string() }),
  execute: async ({ pedido }) => ({
    pedido, status: 'entregue', entregue_em: '2026-11-28',
    itens: [{ sku: 'TN-RUN-42-AZ', descricao: 'Tênis de corrida Passada Leve, azul, 42', qtd: 1 }],
    valor_total_centavos: 18990, moeda: 'BRL', forma_pagamento: 'cartao_credito', parcelas: 3,
  }),
});

const estornarPagamento = tool({
  description: 'Solicita ao adquirente o estorno (total ou parcial) de um pedido pago com cartão.',
  inputSchema: z.object({
    pedido: z.string(),
    valor_reais: z.number().describe('Valor a estornar em reais, com casas decimais (ex.: 59.90)'),
    motivo: z.enum(['defeito', 'arrependimento', 'nao_entregue', 'outro']),
  }),
  execute: async ({ pedido, valor_reais, motivo }) => ({
    protocolo: 'EST-2026-77310', pedido, valor_reais, motivo, status: 'enviado_ao_adquirente', prazo_dias_uteis: 7,
  }),
});

await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_q1Lr', 'buscarPedido', { pedido: 'PED-2026-118804' }]] },
    { calls: [['call_q2Xe', 'estornarPagamento', { pedido: 'PED-2026-118804', valor_reais: 18990, motivo: 'defeito' }]] },
    'Sinto muito pelo defeito! Já solicitei o estorno integral do pedido PED-2026-118804: R$ 18.990,00 no seu cartão de crédito, protocolo EST-2026-77310. O valor aparece na fatura em até 7 dias úteis.',
  ] }),
  system: 'Você é a assistente de atendimento da Passada Store. Para estornos: consulte o pedido, confirme que foi entregue e estorne o valor pago. Seja breve e cordial.',
  prompt: 'Oi! Comprei um tênis (pedido PED-2026-118804) e a sola descolou no segundo treino. Quero o estorno, por favor.',
  tools: { buscarPedido, estornarPagamento },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'sac-estornos', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(out, 'otlp-export.jsonl', [await flush()]);
