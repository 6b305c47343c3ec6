// Assistente de reembolso de despesas (LangGraph.js + scripted model), traced with OpenInference.
// Run from the checkout root: node bench/incidents/batch-a/oinf-reembolso-hotel-curitiba-qd2/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('despesas-assistente', { 'deployment.environment': 'prod', 'service.version': '2.14.1' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const CHAVE = '41241108772199000154550010000872311294018833';

const buscarNota = tool(async ({ chave }) => JSON.stringify({
  chave, situacao: 'AUTORIZADA', emitente: { cnpj: '08.772.199/0001-54', razaoSocial: 'Hotel Araucária Batel Ltda' },
  dataEmissao: '2024-11-08', municipio: 'Curitiba/PR',
  itens: [{ descricao: 'Diária apartamento standard', qtd: 3, valorUnitario: '589,10', valor: '1.767,30' },
    { descricao: 'Estacionamento diária', qtd: 2, valorUnitario: '40,00', valor: '80,00' }],
  valorTotal: '1.847,30', moeda: 'BRL',
}), { name: 'buscar_nota_fiscal', description: 'Consulta uma NF-e pela chave de acesso (44 dígitos).',
  schema: z.object({ chave: z.string() }) });

const politica = tool(async ({ categoria }) => JSON.stringify({
  categoria, limitePorDiaria: 650.0, moeda: 'BRL', exigeNota: true, aprovacao: 'gestor_direto',
}), { name: 'consultar_politica', description: 'Limites da política de viagens por categoria de despesa.',
  schema: z.object({ categoria: z.string() }) });

// Declared to the model: valor is a number (BRL).
const registrarDecl = tool(async () => '', { name: 'registrar_reembolso',
  description: 'Lança um pedido de reembolso no ERP. valor em reais (número).',
  schema: z.object({ matricula: z.string(), centroCusto: z.string(), categoria: z.string(),
    valor: z.number().describe('valor total em BRL'), chaveNota: z.string() }) });
// What the ERP adapter actually accepts.
const registrar = tool(async ({ matricula, centroCusto, categoria, valor, chaveNota }) => {
  const v = Math.round(parseFloat(valor) * 100) / 100;
  return JSON.stringify({ protocolo: 'RMB-2024-118406', matricula, centroCusto, categoria, valor: v, moeda: 'BRL',
    chaveNota, status: 'PENDENTE_APROVACAO', aprovador: 'gestor_direto' });
}, { name: 'registrar_reembolso', description: 'Lança um pedido de reembolso no ERP.',
  schema: z.object({ matricula: z.string(), centroCusto: z.string(), categoria: z.string(),
    valor: z.union([z.number(), z.string()]), chaveNota: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'buscar_nota_fiscal', args: { chave: CHAVE } }] },
  { tool_calls: [{ name: 'consultar_politica', args: { categoria: 'hospedagem' } }] },
  { content: '', tool_calls: [{ name: 'registrar_reembolso', args: { matricula: '30417', centroCusto: 'CC-4120',
    categoria: 'hospedagem', valor: '1.847,30', chaveNota: CHAVE } }] },
  { content: 'Pronto! Lancei o reembolso da hospedagem no Hotel Araucária Batel (3 diárias de R$ 589,10, '
    + 'dentro do limite de R$ 650,00 por diária, mais 2 diárias de estacionamento). Valor: R$ 1.847,30. Protocolo RMB-2024-118406, '
    + 'agora aguardando aprovação do seu gestor direto.' },
] });

const app = await reactGraph({ model, tools: [buscarNota, politica, registrar],
  modelTools: [buscarNota, politica, registrarDecl], name: 'reembolso-agent' });

await t.turn({ userId: 'colab-30417' }, () => app.invoke({ messages: [
  new SystemMessage('Você é o assistente de despesas corporativas. Consulte a nota e a política antes de lançar qualquer reembolso. Matrícula do colaborador: 30417, centro de custo CC-4120.'),
  new HumanMessage(`Oi! Preciso lançar o reembolso do hotel da viagem a Curitiba, chave da nota ${CHAVE}.`),
] }, { metadata: { session_id: 'desp-7c1e09a4' } }));

t.write(path.join(here, 'traces.jsonl'));
