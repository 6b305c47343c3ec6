// Assistente virtual de uma operadora móvel (Vercel AI SDK generateText + embed, telemetria legada ai.*).
// A busca na base de conhecimento embute a pergunta e devolve os trechos mais próximos de um índice em memória.
// Duas mensagens do cliente na mesma conversa (uma chamada generateText e um trace por mensagem).
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, embedMany, cosineSimilarity, tool, z,
  stepCountIs, LegacyOpenTelemetry, sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-operadora-roaming-rag';
const tracing = setupTracing({
  serviceName: 'assistente-virtual',
  resource: { 'service.version': '3.11.0', 'deployment.environment.name': 'producao', 'cloud.region': 'sa-east-1' },
  seed,
});
const ids = makeIds(seed);
const runtimeContext = { sessionId: 'atd_7QH2M9XK4R', userId: 'linha-11987650432' };
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const artigos = [
  { id: 'KB-ROAM-014', titulo: 'Pacote Roaming Américas', texto: 'Válido em 14 países das Américas, incluindo Chile, Argentina, Uruguai, Estados Unidos e Canadá. Custa R$ 29,90 por dia de uso, com 1 GB de internet e 100 minutos de ligações por dia. A cobrança só ocorre nos dias em que houver uso de dados ou voz.' },
  { id: 'KB-ROAM-003', titulo: 'Como ativar o roaming internacional', texto: 'Ative pelo app Meu Vivaz em Serviços > Roaming internacional ou enviando ROAMING para 4020 (SMS gratuito). A ativação leva até 2 horas; recomendamos ativar antes do embarque.' },
  { id: 'KB-ROAM-021', titulo: 'Uso no exterior sem pacote', texto: 'Clientes dos planos Controle sem pacote de roaming contratado têm o uso de dados no exterior bloqueado por padrão. Ligações recebidas custam R$ 4,99 por minuto.' },
  { id: 'KB-FAT-102', titulo: 'Segunda via da fatura', texto: 'A segunda via da fatura pode ser baixada no app Meu Vivaz em Faturas > Histórico.' },
];
const embedder = hashEmbeddingModel({ provider: 'openai.embedding', modelId: 'text-embedding-3-small', dims: 16 });
const { embeddings: indice } = await embedMany({ model: embedder, values: artigos.map((a) => `${a.titulo}\n${a.texto}`) });
await tracing.flush(); // indexação na subida do serviço, fora da conversa

const buscarBaseConhecimento = tool({
  description: 'Busca artigos da base de conhecimento da operadora. Retorna os trechos mais relevantes com id e título.',
  inputSchema: z.object({ consulta: z.string(), quantidade: z.number().int().min(1).max(5).default(3) }),
  execute: async ({ consulta, quantidade }) => {
    const { embedding } = await embed({ model: embedder, value: consulta, runtimeContext, telemetry: telemetry('busca-kb') });
    await sleep(60);
    // busca híbrida: sobreposição de termos (lexical) + similaridade do embedding
    const termos = (t) => new Set(t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 3));
    const q = termos(consulta);
    const ranked = artigos.map((a, i) => {
      const d = termos(`${a.titulo} ${a.texto}`);
      const lexical = [...q].filter((w) => d.has(w)).length / q.size;
      return { ...a, score: Number((0.7 * lexical + 0.3 * (1 + cosineSimilarity(embedding, indice[i])) / 2).toFixed(3)) };
    }).sort((x, y) => y.score - x.score).slice(0, quantidade);
    return { consulta, resultados: ranked };
  },
});
const consultarPlano = tool({
  description: 'Plano e serviços contratados da linha do cliente.',
  inputSchema: z.object({ linha: z.string() }),
  execute: async ({ linha }) => { await sleep(40); return { linha, plano: 'Controle 25GB', franquia_dados: '25 GB', servicos: ['WhatsApp ilimitado'], roaming_internacional: 'não contratado' }; },
});

const tools = { buscarBaseConhecimento, consultarPlano };
const system =
  'Você é a Vivi, assistente virtual da operadora Vivaz. Responda só com base no plano do cliente e nos artigos da base de ' +
  'conhecimento retornados pela busca; se a informação não estiver lá, diga que não sabe. Seja cordial e objetiva.';
const messages = [];
const lines = [];
async function conversa(texto, replies) {
  messages.push({ role: 'user', content: texto });
  const r = await generateText({
    model: scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.5-pro', ids, responsePrefix: '', replies }),
    system, messages: [...messages], tools, stopWhen: stepCountIs(5), runtimeContext, telemetry: telemetry('vivi-chat'),
  });
  messages.push(...r.response.messages);
  lines.push(await tracing.flush());
  await sleep(250);
}

await conversa('Oi! Vou pro Chile semana que vem. Quanto vou pagar pra usar internet lá com meu plano?', [
  { calls: [[ids('', 16), 'consultarPlano', { linha: '11987650432' }], [ids('', 16), 'buscarBaseConhecimento', { consulta: 'roaming internacional Chile internet preço plano Controle', quantidade: 3 }]] },
  'Oi! Hoje a sua linha (Controle 25GB) não tem roaming internacional contratado, e nos planos Controle sem pacote o uso de ' +
    'dados no exterior fica bloqueado. Para usar internet no Chile, o indicado é o Pacote Roaming Américas: R$ 29,90 por dia de uso, ' +
    'com 1 GB de internet e 100 minutos de ligações por dia, e você só paga nos dias em que usar. O Chile está entre os 14 países cobertos.',
]);
await conversa('Beleza, e como eu ativo? Posso fazer isso já no aeroporto?', [
  { calls: [[ids('', 16), 'buscarBaseConhecimento', { consulta: 'como ativar pacote roaming internacional', quantidade: 2 }]] },
  'Você pode ativar pelo app Meu Vivaz, em Serviços > Roaming internacional, ou mandando um SMS grátis com a palavra ROAMING para 4020. ' +
    'Só que a ativação pode levar até 2 horas, então o melhor é ativar antes do embarque, e não deixar para a última hora no aeroporto. Boa viagem! ✈️',
]);

writeJsonl(out, 'traces.jsonl', lines);
