// Retail store assistant (Brazilian Portuguese), Vercel AI SDK v7 with the legacy ai.* telemetry
// attributes. Two chat turns of one session; the spans of both are exported in one OTLP/JSON request
// (one line). The stock service times out on the first call of turn 1.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'batch-a/vercel-estoque-timeout-nova-tentativa';
const tracing = setupTracing({ serviceName: 'vendedor-virtual', seed, resource: { 'service.version': '5.3.0', 'cloud.region': 'sa-east-1' } });
const ids = makeIds(seed);

const SESSION = 'atd-20241203-00917';
const USER = 'cliente:88410277';

let tentativasEstoque = 0;
const tools = {
  consultar_estoque: tool({
    description: 'Consulta o estoque de um SKU em uma loja física.',
    inputSchema: z.object({ sku: z.string(), loja: z.string() }),
    execute: async ({ sku, loja }) => {
      tentativasEstoque += 1;
      if (tentativasEstoque === 1) {
        const e = new Error('ETIMEDOUT: estoque-api.interno:8443 não respondeu em 5000 ms');
        e.name = 'TimeoutError';
        throw e;
      }
      return { sku, loja, disponivel: 2, reservado: 1, preco_brl: 4299.0, atualizado_em: '2024-12-03T14:22:08-03:00' };
    },
  }),
  reservar_produto: tool({
    description: 'Reserva unidades de um SKU para retirada na loja.',
    inputSchema: z.object({ sku: z.string(), loja: z.string(), quantidade: z.number().int().positive(), cliente_id: z.string() }),
    execute: async ({ sku, loja, quantidade }) => ({ reserva: 'RSV-CPS-558120', sku, loja, quantidade,
      retirada_ate: '2024-12-04T21:00:00-03:00', status: 'reservado' }),
  }),
  dados_loja: tool({
    description: 'Endereço e horário de uma loja.',
    inputSchema: z.object({ loja: z.string() }),
    execute: async ({ loja }) => ({ loja, nome: 'Casa&Lar Campinas Dom Pedro', endereco: 'Av. Guilherme Campos, 500 — Loja 212, Campinas/SP',
      horario: { seg_sab: '10:00–22:00', dom: '14:00–20:00' }, retirada: 'balcão de retiradas, piso 2' }),
  }),
};

const SYSTEM = 'Você é o vendedor virtual da Casa&Lar. Consulte estoque e faça reservas para retirada em loja. '
  + 'Nunca informe disponibilidade sem consultar o estoque. Responda em português, de forma cordial e curta.';

const history = [];
async function turno(texto, replies) {
  history.push({ role: 'user', content: texto });
  const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: 'resp-', replies });
  const res = await generateText({
    model, system: SYSTEM, messages: history, tools, stopWhen: stepCountIs(6),
    runtimeContext: { sessionId: SESSION, userId: USER, canal: 'whatsapp' },
    telemetry: { functionId: 'vendedor-virtual', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  history.push(...res.response.messages);
}

await turno('Oi! Vocês têm a geladeira Brastemp Frost Free BRM44HK inox 375 L na loja de Campinas? Se tiver, reserva uma pra eu retirar amanhã.', [
  { calls: [['fc_0c1e6a', 'consultar_estoque', { sku: 'BRM44HK', loja: 'CPS-01' }]] },
  { text: 'O sistema de estoque demorou a responder, vou consultar de novo.', calls: [['fc_0c1e6b', 'consultar_estoque', { sku: 'BRM44HK', loja: 'CPS-01' }]] },
  { calls: [['fc_0c1e6c', 'reservar_produto', { sku: 'BRM44HK', loja: 'CPS-01', quantidade: 1, cliente_id: '88410277' }]] },
  'Tem sim! A loja de Campinas tem 2 unidades da Brastemp BRM44HK disponíveis, por R$ 4.299,00. Já reservei uma para você: reserva RSV-CPS-558120, válida para retirada até amanhã (04/12) às 21h.',
]);
await turno('Perfeito. Qual o endereço e onde eu retiro?', [
  { calls: [['fc_0c1e6d', 'dados_loja', { loja: 'CPS-01' }]] },
  'A loja Casa&Lar Campinas Dom Pedro fica na Av. Guilherme Campos, 500 — Loja 212, Campinas/SP. A retirada é no balcão de retiradas do piso 2; amanhã (quarta) a loja funciona das 10h às 22h. É só informar o código RSV-CPS-558120.',
]);
writeJsonl(out, 'traces.jsonl', [await tracing.flush()]);
