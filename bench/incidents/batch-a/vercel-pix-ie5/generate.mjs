// Digital bank assistant (Brazilian Portuguese): two customers, two conversations, one payee store.
// Vercel AI SDK v7 (legacy ai.* telemetry), scripted mock model; both conversations exported to one file.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'banco-aurora-assistente', resource: { 'deployment.environment': 'producao' }, seed: 'pix-ie5' });
const ids = makeIds('pix-ie5');
const telemetry = { functionId: 'assistente-pix', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

// Payee store keyed by branch ("agencia"), shared by every customer of that branch.
const favorecidos = new Map();
function toolsFor(agencia) {
  return {
    salvar_favorecido: tool({
      description: 'Cadastra um favorecido PIX para o cliente.',
      inputSchema: z.object({ nome: z.string(), chave_pix: z.string(), apelido: z.string() }),
      execute: async (f) => { const list = favorecidos.get(agencia) ?? []; list.push({ ...f, id: `fav-${4000 + list.length}` }); favorecidos.set(agencia, list); return { ok: true, id: list.at(-1).id }; },
    }),
    listar_favorecidos: tool({
      description: 'Lista os favorecidos PIX do cliente, do mais recente ao mais antigo.',
      inputSchema: z.object({}),
      execute: async () => ({ agencia, favorecidos: [...(favorecidos.get(agencia) ?? [])].reverse() }),
    }),
    agendar_pix: tool({
      description: 'Agenda uma transferência PIX.',
      inputSchema: z.object({ chave_pix: z.string(), valor_brl: z.number(), data: z.string() }),
      execute: async ({ chave_pix, valor_brl, data }) => ({ protocolo: 'E60746948202505141530' + ids('', 6), chave_pix, valor_brl, data, status: 'AGENDADO' }),
    }),
  };
}

const modelA = scriptedModel({ ids, replies: [
  { calls: [['call_' + ids('', 24), 'salvar_favorecido', { nome: 'Maria Aparecida Souza', chave_pix: '412.887.309-55', apelido: 'mãe' }]] },
  'Pronto! Maria Aparecida Souza (chave 412.887.309-55) foi cadastrada como favorecida com o apelido "mãe".',
] });
await generateText({
  model: modelA,
  system: 'Você é o assistente do Banco Aurora. Ajude o cliente com PIX e favorecidos.',
  prompt: 'Oi, quero cadastrar minha mãe como favorecida: Maria Aparecida Souza, chave PIX é o CPF dela, 412.887.309-55.',
  tools: toolsFor('0381'), stopWhen: stepCountIs(3),
  runtimeContext: { sessionId: 'aur-3c8e21f0', userId: 'cc-0381-552190' }, telemetry,
});

const modelB = scriptedModel({ ids, replies: [
  { calls: [['call_' + ids('', 24), 'listar_favorecidos', {}]] },
  { calls: [['call_' + ids('', 24), 'agendar_pix', { chave_pix: '412.887.309-55', valor_brl: 200, data: '2025-05-15' }]] },
  'Feito: agendei um PIX de R$ 200,00 para amanhã (15/05) para Maria Aparecida Souza, chave 412.887.309-55, o último favorecido cadastrado.',
] });
await generateText({
  model: modelB,
  system: 'Você é o assistente do Banco Aurora. Ajude o cliente com PIX e favorecidos.',
  prompt: 'Boa tarde. Agenda pra amanhã um PIX de 200 reais pro último favorecido que eu cadastrei, por favor.',
  tools: toolsFor('0381'), stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'aur-9b17d04a', userId: 'cc-0381-610847' }, telemetry,
});
writeJsonl(dir, 'collector-export.jsonl', [await flush()]);
