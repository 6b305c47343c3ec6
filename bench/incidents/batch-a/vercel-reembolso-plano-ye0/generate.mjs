// Atendimento digital de uma operadora de planos de saúde: um beneficiário pergunta quanto recebe de reembolso
// por uma consulta com psicólogo fora da rede e em quanto tempo. A base de conhecimento foi reindexada na véspera.
import {
  generateText, tool, stepCountIs, z, LegacyOpenTelemetry,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('reembolso-plano-ye0');
const { flush } = setupTracing({ serviceName: 'vitalis-atendimento', seed: 'reembolso-plano-ye0',
  resource: { 'deployment.environment': 'prd', 'service.version': '3.4.0' } });

const sessionId = 'atd-20261203-b81f6e';
const userId = 'benef-00392817-02';

const consultarBeneficiario = tool({
  description: 'Dados cadastrais e plano do beneficiário.',
  inputSchema: z.object({ carteirinha: z.string() }),
  execute: async ({ carteirinha }) => ({ carteirinha, nome: 'Rafael Monteiro Dias', plano: 'Vitalis Família Plus',
    acomodacao: 'apartamento', abrangencia: 'estadual', situacao: 'ativo', inicio_vigencia: '2024-03-01' }),
});
const buscarBase = tool({
  description: 'Busca semântica nas regras contratuais e manuais do beneficiário. Retorna os trechos mais relevantes.',
  inputSchema: z.object({ consulta: z.string(), plano: z.string(), top_k: z.number().int().min(1).max(10) }),
  execute: async ({ consulta, plano, top_k }) => ({
    consulta, plano, indice: 'kb-regras-v2026-12-02', total: 3,
    trechos: [
      { doc_id: 'REG-FAM-PLUS-07', titulo: 'Reembolso — Vitalis Família Plus', secao: '7.2', score: 0.83, texto: '' },
      { doc_id: 'REG-FAM-PLUS-07', titulo: 'Reembolso — Vitalis Família Plus', secao: '7.4', score: 0.79, texto: '' },
      { doc_id: 'MAN-BENEF-2026', titulo: 'Manual do Beneficiário 2026', secao: '12', score: 0.61, texto: '' },
    ].slice(0, top_k),
  }),
});

await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
    { calls: [['call_' + ids('', 24), 'consultar_beneficiario', { carteirinha: '0039281702' }]] },
    { calls: [['call_' + ids('', 24), 'buscar_base', { consulta: 'reembolso consulta psicólogo fora da rede valor e prazo',
      plano: 'Vitalis Família Plus', top_k: 3 }]] },
    'Olá, Rafael! Pelo seu plano Vitalis Família Plus (seção 7.2 das regras de reembolso), consultas com psicólogo fora da '
      + 'rede são reembolsadas em 80% do valor da tabela Vitalis, com limite de R$ 140,00 por sessão e até 40 sessões por ano. '
      + 'Conforme a seção 7.4, o reembolso é creditado em até 15 dias úteis após o envio do recibo com CRP do profissional, '
      + 'e o pedido deve ser feito em até 12 meses da data da consulta.',
  ] }),
  system: 'Você é a assistente virtual da Vitalis Saúde. Responda apenas com base nas regras contratuais retornadas pela '
    + 'ferramenta buscar_base e cite a seção. Se a informação não estiver disponível, diga isso e ofereça abrir um protocolo.',
  prompt: 'Boa tarde. Minha carteirinha é 0039281702. Vou começar terapia com uma psicóloga que não é da rede, a sessão '
    + 'custa R$ 250. Quanto eu recebo de reembolso e em quanto tempo cai na conta?',
  tools: { consultar_beneficiario: consultarBeneficiario, buscar_base: buscarBase },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'atendimento-chat', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
