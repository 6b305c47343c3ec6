// Portuguese HR assistant: vacation-balance service times out once, is retried and answers; the balance is genuinely 0 for one type.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'rh-assistente', seed: 'ferias-ne5' });
const ids = makeIds('ferias-ne5');

let attempts = 0;
const consultar_saldo_ferias = tool({
  description: 'Consulta o saldo de férias e folgas de um colaborador no sistema de RH.',
  inputSchema: z.object({ matricula: z.string() }),
  execute: async ({ matricula }) => {
    attempts++;
    if (attempts === 1) throw new Error('ETIMEDOUT: rh-core.interno:8443 did not respond within 5000 ms');
    return { matricula, ferias_dias_uteis: 12, folgas_banco_horas: 0, periodo_aquisitivo: '2024-03-01/2025-02-28', vence_em: '2026-02-28' };
  },
});
const registrar_pedido = tool({
  description: 'Regista um pedido de férias para aprovação da chefia.',
  inputSchema: z.object({ matricula: z.string(), inicio: z.string(), dias_uteis: z.number().int() }),
  execute: async ({ matricula, inicio, dias_uteis }) => ({ pedido: 'FER-2025-003318', matricula, inicio, dias_uteis, estado: 'pendente_aprovacao', aprovador: 'chefia direta' }),
});
const c1 = ids('call_', 24), c2 = ids('call_', 24), c3 = ids('call_', 24);
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
    { calls: [[c1, 'consultar_saldo_ferias', { matricula: 'PT-004417' }]] },
    { text: 'O sistema de RH não respondeu; vou tentar de novo.', calls: [[c2, 'consultar_saldo_ferias', { matricula: 'PT-004417' }]] },
    { calls: [[c3, 'registrar_pedido', { matricula: 'PT-004417', inicio: '2025-07-14', dias_uteis: 10 }]] },
    'Tem 12 dias úteis de férias disponíveis (período 2024/25, válidos até 28/02/2026) e 0 horas no banco de horas, por isso não dá para juntar folgas. Registei o pedido FER-2025-003318: 10 dias úteis a partir de 14/07/2025, pendente de aprovação da chefia direta. Ficam-lhe 2 dias após a aprovação.',
  ] }),
  system: 'És o assistente de Recursos Humanos. Usa sempre os dados do sistema de RH.',
  prompt: 'Olá, quero marcar 10 dias úteis de férias a partir de 14 de julho e, se possível, juntar folgas do banco de horas. A minha matrícula é PT-004417.',
  tools: { consultar_saldo_ferias, registrar_pedido }, stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'rh-conv-7f3e21', userId: 'PT-004417' },
  telemetry: { functionId: 'rh-ferias', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'otel-traces.jsonl', [await flush()]);
