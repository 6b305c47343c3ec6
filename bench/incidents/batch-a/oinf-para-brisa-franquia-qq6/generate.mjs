// Seguradora: atendente virtual (LangGraph) responde dúvidas de cobertura com base nas condições gerais.
// Offline: modelo de chat roteirizado, retriever de vetor roteirizado, spans OpenInference em OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('atendimento-auto', { 'deployment.environment': 'prd', 'cloud.region': 'sa-east-1' });

const apolice = tool(async ({ cpf_final, placa }) => JSON.stringify({
  apolice: '0531.77.0004418-2', segurado_cpf_final: cpf_final, placa, veiculo: 'Chevrolet Onix 1.0 LT 2021',
  produto: 'Auto Essencial', vigencia: '01/03/2024 a 28/02/2025', situacao: 'ativa', parcelas_em_aberto: 0,
}), {
  name: 'consultar_apolice', description: 'Localiza a apólice vigente do segurado pela placa e final do CPF.',
  schema: z.object({ cpf_final: z.string(), placa: z.string() }),
});

// Índice de condições gerais: o filtro de produto não é aplicado na busca; voltam trechos do Auto Premium.
const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'AUTO PREMIUM - Condições Gerais v7, Cláusula 21 - Assistência 24 horas: reboque até 400 km do local do evento, chaveiro, troca de pneu e pane seca, sem limite de acionamentos.',
    metadata: { id: 'cg-premium-v7-c21', produto: 'auto_premium', pagina: 34, score: 0.71 } },
  { pageContent: 'AUTO PREMIUM - Condições Gerais v7, Cláusula 23 - Carro reserva: veículo básico por até 15 dias em caso de sinistro com perda parcial indenizável.',
    metadata: { id: 'cg-premium-v7-c23', produto: 'auto_premium', pagina: 36, score: 0.66 } },
] });

const buscarCondicoes = tool(async ({ pergunta }, config) => {
  const docs = await retriever.invoke(pergunta, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, {
  name: 'buscar_condicoes_gerais', description: 'Busca trechos das condições gerais dos produtos de seguro auto.',
  schema: z.object({ pergunta: z.string(), produto: z.string().optional() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ name: 'consultar_apolice', args: { cpf_final: '41-07', placa: 'RTA3F19' } }] },
  { tool_calls: [{ name: 'buscar_condicoes_gerais', args: { pergunta: 'cobertura de vidros para-brisa trincado franquia', produto: 'Auto Essencial' } }] },
  { content: 'Oi, Juliana! Boa notícia: sua apólice 0531.77.0004418-2 (Auto Essencial, Onix 2021) está ativa e cobre vidros. Para o para-brisa a franquia é de R$ 290,00 por evento, com limite de 2 trocas a cada 12 meses de vigência. É só agendar numa loja da rede referenciada — o reparo é feito em até 48 horas úteis e trincas de até 10 cm são reparadas sem custo de franquia.' },
] });

const app = await reactGraph({ model, tools: [apolice, buscarCondicoes], name: 'atendente-auto' });

await t.turn({ userId: 'cli_88213407' }, () => app.invoke({ messages: [
  new SystemMessage('Você é a atendente virtual da seguradora. Responda sobre coberturas somente com base nas condições gerais retornadas pela busca e nos dados da apólice. Se não encontrar a informação, diga que vai encaminhar para um especialista.'),
  new HumanMessage('Oi, meu para-brisa trincou com uma pedra na estrada. Meu seguro cobre? Quanto é a franquia? Placa RTA3F19, CPF final 41-07.'),
] }, { metadata: { session_id: 'wa:5511987730412:2024-10-08' } }));

t.write(path.join(here, 'otlp-traces.jsonl'));
