// Conecta Fibra: atendimento por chat (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry com runtimeContext),
// modelo roteirizado, sem rede. Grava traces.jsonl (uma requisição OTLP/JSON por linha).
import {
  generateText, tool, stepCountIs, z, OpenTelemetry,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'atendimento-chat',
  resource: { 'service.version': '2024.11.3', 'deployment.environment': 'prd', 'k8s.namespace.name': 'cx-bots' },
  seed: 'conecta-fibra-u5',
});
const ids = makeIds('conecta-fibra-u5');

let tentativasFatura = 0;
const tools = {
  consultar_cliente: tool({
    description: 'Dados cadastrais e contratos ativos do cliente pelo CPF.',
    inputSchema: z.object({ cpf: z.string() }),
    execute: async ({ cpf }) => ({
      cpf, nome: 'Luciana Ferreira Dias', email: 'lu.fdias@gmail.com',
      contratos: [{ contrato: '7001-448213', plano: 'Fibra 500 Mega', status: 'ativo', dia_vencimento: 20 }],
    }),
  }),
  consultar_fatura: tool({
    description: 'Fatura de um contrato numa competência (AAAA-MM): valores, créditos, vencimento e linha digitável do boleto.',
    inputSchema: z.object({ contrato: z.string(), competencia: z.string() }),
    execute: async ({ contrato, competencia }) => {
      tentativasFatura += 1;
      if (tentativasFatura === 1) {
        throw new Error('billing-gw: upstream request timeout after 8000 ms (GET /v2/faturas/7001-448213/2024-11)');
      }
      return {
        contrato, competencia, numero: 'FT-2024-11-0091337', emissao: '2024-11-06', vencimento: '2024-11-20',
        valor_bruto: 99.9,
        creditos: [{ descricao: 'Ressarcimento por indisponibilidade - protocolo 2024.10.881236', valor: 99.9 }],
        valor_total: 0.0, status: 'quitada_por_credito', linha_digitavel: null, pdf_disponivel: true,
      };
    },
  }),
  enviar_fatura_email: tool({
    description: 'Envia o PDF da fatura para o e-mail cadastrado do cliente.',
    inputSchema: z.object({ contrato: z.string(), competencia: z.string() }),
    execute: async ({ contrato, competencia }) => ({ enviado: true, destino: 'lu.f***@gmail.com', contrato, competencia, id_envio: 'EM-5f0c2a91' }),
  }),
};

const cid = () => 'call_' + ids('', 24);
const model = scriptedModel({
  provider: 'openai.responses', modelId: 'gpt-4o-mini-2024-07-18', ids, responsePrefix: 'resp_',
  replies: [
    { calls: [[cid(), 'consultar_cliente', { cpf: '318.442.907-15' }]] },
    { calls: [[cid(), 'consultar_fatura', { contrato: '7001-448213', competencia: '2024-11' }]] },
    { calls: [[cid(), 'consultar_fatura', { contrato: '7001-448213', competencia: '2024-11' }]] },
    { calls: [[cid(), 'enviar_fatura_email', { contrato: '7001-448213', competencia: '2024-11' }]] },
    'Oi, Luciana! Verifiquei a sua fatura de novembro (contrato 7001-448213, Fibra 500 Mega). Ela veio com valor total de R$ 0,00: '
      + 'o valor do plano, R$ 99,90, foi abatido integralmente pelo crédito de ressarcimento da queda de outubro (protocolo 2024.10.881236). '
      + 'Por isso não existe boleto nem linha digitável para pagar este mês, e a fatura já consta como quitada. '
      + 'Enviei o PDF para o seu e-mail cadastrado (lu.f***@gmail.com) para você guardar o comprovante. A cobrança normal volta na fatura de dezembro, com vencimento dia 20.',
  ],
});

await generateText({
  model,
  system: 'Você é a assistente virtual da Conecta Fibra. Consulte os sistemas antes de responder e nunca invente valores. '
    + 'Se um sistema falhar, tente de novo uma vez antes de informar indisponibilidade.',
  messages: [
    { role: 'user', content: 'boa tarde, preciso da segunda via do boleto de novembro, não chegou nada no meu email. cpf 318.442.907-15' },
  ],
  tools,
  stopWhen: stepCountIs(8),
  runtimeContext: { sessionId: 'wa-5511987412233-20241114', userId: '318.442.907-15', canal: 'whatsapp' },
  telemetry: {
    functionId: 'atendimento-faturas',
    includeRuntimeContext: { sessionId: true, userId: true, canal: true },
    integrations: [new OpenTelemetry({ runtimeContext: true })],
  },
});

writeJsonl(out, 'traces.jsonl', [await flush()]);
