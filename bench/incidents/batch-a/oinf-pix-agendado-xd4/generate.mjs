// Assistente de conta digital (LangGraph.js, traços OpenInference, modelo roteirizado, offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('conta-digital-assistente', { 'deployment.environment': 'prd-sa-east-1' });

let saldoCalls = 0;
const consultarSaldo = tool(async ({ conta }) => {
  saldoCalls++;
  if (saldoCalls === 1) throw new Error('HTTP 503 Service Unavailable: core-bancario indisponível (upstream timeout após 5000 ms), tente novamente');
  return JSON.stringify({ conta, saldo_disponivel: 2340.18, limite_pix_diario: 5000.0, moeda: 'BRL', atualizado_em: '2025-08-04T10:12:41-03:00' });
}, { name: 'consultar_saldo', description: 'Saldo disponível e limite Pix da conta.', schema: z.object({ conta: z.string() }) });

const buscarContato = tool(async ({ apelido }) => JSON.stringify({ apelido, nome: 'Condomínio Edifício Jacarandá', chave_pix: '12.345.678/0001-90', tipo_chave: 'cnpj', banco: '341 - Itaú Unibanco' }),
  { name: 'buscar_contato', description: 'Busca um favorecido salvo pelo apelido.', schema: z.object({ apelido: z.string() }) });

const agendarPix = tool(async (a) => JSON.stringify({ id_agendamento: 'E341202508051000PxQ7c2Lm9Za', ...a, status: 'AGENDADO' }),
  { name: 'agendar_pix', description: 'Agenda uma transferência Pix.',
    schema: z.object({ conta: z.string(), chave_pix: z.string(), valor: z.number(), data: z.string(), descricao: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'consultar_saldo', args: { conta: '0001-7/482913-5' } }] },
  { content: '', tool_calls: [{ name: 'consultar_saldo', args: { conta: '0001-7/482913-5' } }] },
  { content: '', tool_calls: [{ name: 'buscar_contato', args: { apelido: 'condomínio' } }] },
  { content: '', tool_calls: [{ name: 'agendar_pix', args: { conta: '0001-7/482913-5', chave_pix: '12.345.678/0001-90', valor: 850.0, data: '2025-08-05', descricao: 'Condomínio agosto/2025' } }] },
  { content: 'Pronto, Rafael! Agendei o Pix de R$ 850,00 para o Condomínio Edifício Jacarandá (CNPJ 12.345.678/0001-90) para amanhã, 05/08/2025. Seu saldo disponível agora é de R$ 2.340,18, então o pagamento está coberto. Código do agendamento: E341202508051000PxQ7c2Lm9Za.' },
] });

const app = await reactGraph({ model, tools: [consultarSaldo, buscarContato, agendarPix], name: 'assistente_conta',
  prepare: (m) => [new SystemMessage('Você é o assistente da conta digital. Antes de agendar pagamentos, confirme que há saldo.'), ...m] });

await t.turn({ userId: 'cli_00482913' }, () => app.invoke(
  { messages: [new HumanMessage('Oi, agenda pra amanhã o Pix do condomínio, R$ 850, se tiver saldo.')] },
  { metadata: { session_id: 'b7e2c9a0f4d1' } }));
t.write(path.join(here, 'traces.jsonl'));
