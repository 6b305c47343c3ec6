// Health-plan member support (Brazilian Portuguese). The knowledge-base tool embeds the question,
// ranks the plan's contract clauses by cosine similarity and returns those above the app's threshold.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, embedMany, cosineSimilarity, tool, stepCountIs, z,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('plano-saude-te0');
const { flush } = setupTracing({ serviceName: 'atendimento-beneficiario', seed: 'plano-saude-te0' });

const sessionId = 'atd-2025-0311-55871';
const userId = 'benef-009.412.337-00';
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const embModel = hashEmbeddingModel({ dims: 16 });

const clausulas = [
  { id: 'PLN-ESS-2024/cl-04', texto: 'Reembolso de consultas eletivas em rede credenciada conforme tabela do plano Essencial.' },
  { id: 'PLN-ESS-2024/cl-09', texto: 'Cobertura de exames laboratoriais de rotina mediante pedido médico.' },
  { id: 'PLN-ESS-2024/cl-15', texto: 'Portabilidade de carências conforme regras da ANS.' },
];
const { embeddings } = await embedMany({ model: embModel, values: clausulas.map((c) => c.texto) }); // index built at startup, not traced

const consultarBase = tool({
  description: 'Busca cláusulas do contrato do plano do beneficiário na base de conhecimento.',
  inputSchema: z.object({ pergunta: z.string(), plano: z.string() }),
  execute: async ({ pergunta, plano }) => {
    const { embedding } = await embed({ model: embModel, value: pergunta, telemetry: telemetry('busca-clausulas') });
    const trechos = clausulas
      .map((c, i) => ({ id: c.id, score: Number(cosineSimilarity(embedding, embeddings[i]).toFixed(3)), texto: c.texto }))
      .filter((t) => t.score >= 0.82);
    return { plano, total: trechos.length, trechos };
  },
});

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-mini', ids,
  replies: [
    { calls: [['call_kb_01', 'consultar_base', { pergunta: 'carência e coparticipação para cirurgia bariátrica', plano: 'Essencial 2024' }]] },
    'Pelo seu plano Essencial 2024, a cirurgia bariátrica tem carência de 180 dias a partir da adesão e coparticipação de 30% sobre o valor do procedimento, limitada a R$ 2.500,00 por evento. Como sua adesão foi em agosto, o senhor já pode agendar com a guia de autorização prévia.',
  ],
});

await generateText({
  model,
  system: 'Você é o assistente de atendimento da operadora VidaPlena. Responda apenas com base nas cláusulas do contrato do beneficiário.',
  prompt: 'Boa tarde. Tenho o plano Essencial 2024 desde agosto. Qual a carência e quanto vou pagar de coparticipação para fazer cirurgia bariátrica?',
  tools: { consultar_base: consultarBase },
  stopWhen: stepCountIs(3),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('atendimento'),
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
