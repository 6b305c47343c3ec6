// Assistente bancário (português): scripted model (no network) on the real `ai` package, OTel export.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('pix-saldo-ve0');
const { flush } = setupTracing({ serviceName: 'banco-assistente-pix', seed: 'pix-saldo-ve0' });

let tentativas = 0;
const consultarSaldo = tool({
  description: 'Saldo disponível e limite diário de Pix da conta.',
  inputSchema: z.object({ conta: z.string() }),
  execute: async ({ conta }) => {
    tentativas += 1;
    if (tentativas === 1) throw new Error('HTTP 503 Service Unavailable: core-contas indisponível (janela de processamento), tente novamente');
    return { conta, saldo_disponivel: 2315.72, moeda: 'BRL', limite_pix_diario: 1000.0, limite_pix_usado_hoje: 0.0 };
  },
});
const agendarPix = tool({
  description: 'Agenda ou executa uma transferência Pix.',
  inputSchema: z.object({ conta: z.string(), chave_destino: z.string(), valor: z.number(), data: z.string() }),
  execute: async ({ valor, data }) => ({ id_transacao: 'E18236120202506091412s0a7Kq9', valor, data, status: 'AGENDADO' }),
});

const model = scriptedModel({
  provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: 'resp_',
  replies: [
    { calls: [['fc_' + ids('', 16), 'consultar_saldo', { conta: '0341-7 / 45821-3' }]] },
    { calls: [['fc_' + ids('', 16), 'consultar_saldo', { conta: '0341-7 / 45821-3' }]] },
    { calls: [['fc_' + ids('', 16), 'agendar_pix', { conta: '0341-7 / 45821-3', chave_destino: 'aluguel@imobiliariacosta.com.br', valor: 950.0, data: '2025-06-10' }]] },
    'Pronto! O Pix de R$ 950,00 para aluguel@imobiliariacosta.com.br está agendado para amanhã, 10/06 (transação E18236120202506091412s0a7Kq9). Seu saldo disponível é de R$ 2.315,72 e o limite diário de Pix de R$ 1.000,00 comporta o valor. A primeira consulta ao saldo falhou por instabilidade do sistema, mas a segunda deu certo.',
  ],
});

await generateText({
  model,
  system: 'Você é o assistente do banco. Antes de agendar um Pix, confira saldo e limite diário.',
  prompt: 'Agenda pra amanhã um Pix de R$ 950 do aluguel pra aluguel@imobiliariacosta.com.br, conta 0341-7 / 45821-3. Tenho saldo?',
  tools: { consultar_saldo: consultarSaldo, agendar_pix: agendarPix },
  stopWhen: stepCountIs(6),
  runtimeContext: { userId: 'cli-5582031' },
  telemetry: { functionId: 'pix-assistente', includeRuntimeContext: { userId: true }, integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
