// Freight desk (pt-BR): quote a shipment, then issue the boleto for it.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, SpanKind } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'frete-atendimento', resource: { 'deployment.environment': 'prod' }, seed: 'frete-boleto-xe5' });
const ids = makeIds('frete-boleto-xe5');

const cotarFrete = tool({
  description: 'Cota o frete rodoviário entre dois CEPs para um peso em kg.',
  inputSchema: z.object({ cep_origem: z.string(), cep_destino: z.string(), peso_kg: z.number() }),
  execute: async ({ cep_origem, cep_destino, peso_kg }) => ({
    cotacao_id: 'COT-2024-118734', origem: cep_origem, destino: cep_destino, peso_kg,
    transportadora: 'Rodonaves', prazo_dias_uteis: 4, total: 'R$ 1.234,56',
  }),
});
const emitirBoleto = tool({
  description: 'Emite um boleto de cobrança para uma cotação. valor em reais (BRL), número decimal.',
  inputSchema: z.object({ cotacao_id: z.string(), valor: z.number(), vencimento: z.string() }),
  execute: async ({ cotacao_id, valor, vencimento }) => ({
    boleto_id: 'BLT-88213904', cotacao_id, valor_cobrado: valor, moeda: 'BRL', vencimento,
    linha_digitavel: '23793.38128 60082.139044 12000.063305 9 97120000000123',
  }),
});

const c1 = ids('call_', 24), c2 = ids('call_', 24);
const model = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [[c1, 'cotar_frete', { cep_origem: '01310-100', cep_destino: '88015-600', peso_kg: 340 }]] },
  { calls: [[c2, 'emitir_boleto', { cotacao_id: 'COT-2024-118734', valor: 1.234, vencimento: '2024-06-14' }]] },
  'Pronto! Cotação COT-2024-118734 com a Rodonaves (4 dias úteis). Emiti o boleto BLT-88213904 com vencimento em 14/06/2024. Linha digitável: 23793.38128 60082.139044 12000.063305 9 97120000000123.',
] });

await tracer.startActiveSpan('POST /api/atendimento', { kind: SpanKind.SERVER, attributes: { 'session.id': 'atd-5f2c91', 'user.id': 'cnpj-12.345.678/0001-90', 'http.request.method': 'POST' } }, async (span) => {
  await generateText({
    model,
    system: 'Você é o assistente comercial da TransLog. Cote o frete e, se o cliente pedir, emita o boleto no valor total da cotação.',
    prompt: 'Preciso mandar 340 kg de peças de São Paulo (CEP 01310-100) para Florianópolis (CEP 88015-600). Pode cotar e já gerar o boleto com vencimento 14/06?',
    tools: { cotar_frete: cotarFrete, emitir_boleto: emitirBoleto },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'frete-agent', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
