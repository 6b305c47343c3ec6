// Assistente de atendimento de um banco digital (LangGraph.js, laço agente/ferramentas): consulta de um
// Pix enviado por engano e abertura de contestação (MED). Rastreado com LangChainTracer; as runs do
// LangSmith vão para langsmith-runs.jsonl.
// Run from the checkout root: node bench/incidents/batch-a/langsmith-pix-contestacao-nn8/generate.mjs
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, startClock, advance,
  HumanMessage, SystemMessage, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-06-10T13:05:44.000Z', 6061);

const E2E = 'E18236120202506091423s0a1b2c3d4e';
let tentativas = 0;
const buscarPix = tool(async ({ end_to_end_id }) => {
  if (++tentativas === 1) {
    advance(9800, 10100);
    throw new Error('504 Gateway Timeout: spi-consulta did not respond within 10000 ms (req 7f3c2a91)');
  }
  return JSON.stringify({
    endToEndId: end_to_end_id, tipo: 'ENVIADO', valor: '1.250,00', moeda: 'BRL',
    dataHora: '2025-06-09T14:23:11-03:00', status: 'LIQUIDADO',
    pagador: { nome: 'RAFAEL M SOUZA', conta: '0001 / 48213-7' },
    recebedor: { nome: 'PADARIA BOM GOSTO LTDA', documento: '12.345.678/0001-90', instituicao: 'Banco Inter', chave: '+55 11 9****-2231' },
    contestavel: true, prazo_contestacao_ate: '2025-07-29',
  });
}, { name: 'buscar_pix', description: 'Detalhes de uma transação Pix pelo endToEndId.',
  schema: z.object({ end_to_end_id: z.string() }) });

const tarifa = tool(async ({ servico }) => JSON.stringify({
  servico, segmento: 'pessoa_fisica', tarifa: 0.0, moeda: 'BRL', observacao: 'Isento para pessoa física.',
}), { name: 'consultar_tarifa', description: 'Tarifa vigente de um serviço para o segmento do cliente.',
  schema: z.object({ servico: z.enum(['pix_envio', 'med_contestacao', 'ted', 'segunda_via_cartao']) }) });

const abrirMed = tool(async ({ end_to_end_id, valor_centavos, motivo }) => JSON.stringify({
  protocolo: 'MED-20250610-077410', end_to_end_id, valor_contestado: { centavos: valor_centavos, formatado: 'R$ 1.250,00' },
  motivo, situacao: 'ENVIADO_AO_PSP_RECEBEDOR', prazo_analise_dias_uteis: 7,
  observacao: 'O banco recebedor pode bloquear cautelarmente o valor na conta de destino durante a análise.',
}), { name: 'abrir_med', description: 'Abre pedido de devolução (MED) de um Pix. valor_centavos: inteiro, em centavos de real.',
  schema: z.object({ end_to_end_id: z.string(), valor_centavos: z.number().int(),
    motivo: z.enum(['FRAUDE', 'ERRO_OPERACIONAL', 'FALHA_OPERACIONAL_PSP']) }) });

const model = new ScriptedChatModel({ model: 'gemini-1.5-pro-002', provider: 'google_vertexai', replies: [
  { tool_calls: [{ id: 'pix-lookup-1', name: 'buscar_pix', args: { end_to_end_id: E2E } }] },
  { tool_calls: [{ id: 'pix-lookup-2', name: 'buscar_pix', args: { end_to_end_id: E2E } }] },
  { tool_calls: [{ id: 'fee-lookup-1', name: 'consultar_tarifa', args: { servico: 'med_contestacao' } }] },
  { tool_calls: [{ id: 'med-open-1', name: 'abrir_med', args: { end_to_end_id: E2E, valor_centavos: 125000, motivo: 'ERRO_OPERACIONAL' } }] },
  { content: 'Pronto, Rafael! Encontrei o Pix: R$ 1.250,00 enviados ontem (09/06) às 14:23 para PADARIA BOM GOSTO LTDA '
    + '(CNPJ 12.345.678/0001-90, Banco Inter).\n\nAbri o pedido de devolução pelo MED:\n'
    + '• Protocolo: MED-20250610-077410\n• Valor contestado: R$ 1.250,00\n• Motivo: erro operacional\n'
    + '• Prazo de análise: até 7 dias úteis\n\nNão há tarifa para a contestação (isento para pessoa física). '
    + 'Vale saber: como foi um envio por engano, a devolução depende da análise do banco recebedor, que pode bloquear o '
    + 'valor na conta de destino enquanto isso. Te aviso por aqui assim que houver resposta.' },
] });

const agente = agentGraph({ model, tools: [buscarPix, tarifa, abrirMed], agentNode: 'atendente', toolsNode: 'ferramentas',
  prepare: (m) => [new SystemMessage('Você é a assistente do Banco Lume. Cliente autenticado: Rafael M. Souza, '
    + 'conta 0001/48213-7, pessoa física. Para contestar Pix, confirme a transação antes de abrir o MED. Responda em português.'), ...m] });

await traced(agente, { messages: [new HumanMessage(`Oi, mandei um Pix de R$ 1.250,00 ontem pra chave errada, era pra `
  + `outra padaria. O id que aparece no comprovante é ${E2E}. Dá pra pedir de volta? Cobra alguma tarifa?`)] },
  { project: 'lume-atendimento', metadata: { thread_id: 'thr_9d41f0b2e7', user_id: 'cpf-hash-a83f19c2', canal: 'app' } });

writeRuns(path.join(here(import.meta.url), 'langsmith-runs.jsonl'));
