// Brazilian digital bank, international remittance assistant (Portuguese). AI SDK v7 with the GenAI
// OpenTelemetry integration; the API gateway span carries the conversation id and the customer id.
// The FX quote service fails once with a timeout and succeeds on the retry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'remessas-assistente', resource: { 'cloud.region': 'sa-east-1' }, seed: 'he0-remessa' });
const ids = makeIds('he0-remessa');

let tentativas = 0;
const cotacao_cambio = tool({
  description: 'Cotação comercial de venda para remessa. Retorna taxa BRL por 1 unidade da moeda de destino.',
  inputSchema: z.object({ moeda: z.string().length(3) }),
  execute: async ({ moeda }) => {
    if (tentativas++ === 0) throw new Error('fx-quotes: ETIMEDOUT 10.40.2.17:8443 (sem resposta em 5000 ms)');
    return { moeda, taxa_venda: 6.1874, valida_ate: '2026-12-04T14:35:00-03:00', cotacao_id: 'FXQ-9D27-44A1' };
  },
});
const simular_remessa = tool({
  description: 'Simula uma remessa internacional. valor_brl é o valor em reais a debitar, como número (ex.: 1500.75).',
  inputSchema: z.object({ valor_brl: z.number(), moeda: z.string().length(3), cotacao_id: z.string() }),
  execute: async ({ valor_brl, cotacao_id }) => {
    const iof = +(valor_brl * 0.011).toFixed(2);
    const tarifa = 19.9;
    return { cotacao_id, valor_brl, iof_brl: iof, tarifa_brl: tarifa, valor_convertido: 'EUR ' + ((valor_brl - iof - tarifa) / 6.1874).toFixed(2), total_debitado_brl: valor_brl };
  },
});

const replies = [
  { calls: [['toolu_' + ids('', 22), 'cotacao_cambio', { moeda: 'EUR' }]] },
  { calls: [['toolu_' + ids('', 22), 'cotacao_cambio', { moeda: 'EUR' }]] },
  { calls: [['toolu_' + ids('', 22), 'simular_remessa', { valor_brl: 2500.0, moeda: 'EUR', cotacao_id: 'FXQ-9D27-44A1' }]] },
  'Simulação para enviar R$ 2.500,00 à sua filha em Lisboa: cotação EUR a R$ 6,1874 (válida até 14h35), IOF de R$ 27,50 e tarifa de R$ 19,90. Ela recebe EUR 396,39 e o débito total é de R$ 2.500,00. Quer que eu confirme o envio? Nada foi debitado ainda.',
];

await tracer.startActiveSpan('POST /v2/assistente/mensagens', async (span) => {
  span.setAttribute('gen_ai.conversation.id', 'conv_01JEXR4P9M2WQ7');
  span.setAttribute('enduser.id', 'cli-88120457');
  await generateText({
    model: scriptedModel({ ids, replies, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_' }),
    system: 'Você é o assistente de remessas internacionais do Banco Ipê. Sempre simule antes de enviar e nunca confirme uma remessa sem o "sim" do cliente.',
    prompt: 'Quero mandar R$ 2.500,00 pra minha filha em Lisboa, em euro. Quanto ela recebe?',
    tools: { cotacao_cambio, simular_remessa },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'remessa-chat', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
