// Brazilian banking assistant (Portuguese): a Pix transfer with a formatted amount.
// LangGraph.js agent, scripted model, traced with OpenInference into OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistente-pf', { 'service.version': '5.0.7', 'deployment.environment': 'prod' });

let dictCalls = 0;
const consultarChavePix = tool(async ({ chave }) => {
  dictCalls++;
  if (dictCalls === 1) throw new Error('DICT indisponível: tempo de resposta excedido (5000 ms) — tente novamente');
  return JSON.stringify({ chave, tipo: 'telefone', titular: 'Marcos A. Ferreira', documento: '***.482.917-**', instituicao: 'Nu Pagamentos S.A. (260)', conta_desde: '2019-08-02' });
}, { name: 'consultar_chave_pix', description: 'Consulta no DICT o titular de uma chave Pix.', schema: z.object({ chave: z.string() }) });

const saldo = tool(async () => JSON.stringify({ conta: '0341-7 / 22.918-4', disponivel: 'R$ 3.412,77', disponivel_centavos: 341277 }),
  { name: 'consultar_saldo', description: 'Saldo disponível da conta corrente.', schema: z.object({}) });

const enviarPix = tool(async ({ chave, valor_centavos, descricao }) => JSON.stringify({
  id_e2e: 'E60701190202506051432s0a9Kf3LmQ2', chave, valor: 'R$ 1.250,00', valor_centavos, descricao, status: 'CONCLUIDA', data_hora: '2025-06-05T14:32:08-03:00',
}), { name: 'enviar_pix', description: 'Envia um Pix. valor_centavos: valor em centavos de real (inteiro).',
  schema: z.object({ chave: z.string(), valor_centavos: z.number().int(), descricao: z.string().max(140) }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'consultar_chave_pix', args: { chave: '+5511987654321' } }] },
  { content: '', tool_calls: [{ name: 'consultar_chave_pix', args: { chave: '+5511987654321' } }] },
  { content: '', tool_calls: [{ name: 'consultar_saldo', args: {} }] },
  { content: '', tool_calls: [{ name: 'enviar_pix', args: { chave: '+5511987654321', valor_centavos: 125000, descricao: 'Aluguel junho/2025 - ap 84' } }] },
  { content: 'Pix enviado! R$ 1.250,00 para Marcos A. Ferreira (Nubank), chave +55 11 98765-4321, descrição "Aluguel junho/2025 - ap 84". ID da transação: E60701190202506051432s0a9Kf3LmQ2. Seu saldo disponível agora é de R$ 2.162,77.' },
] });

const sys = new SystemMessage('Você é o assistente do banco para pessoa física. Confirme o titular da chave antes de enviar qualquer Pix.');
const app = await reactGraph({ model, tools: [consultarChavePix, saldo, enviarPix], prepare: (m) => [sys, ...m] });
const sid = 'atd-2025-06-05-9f41c2';
await t.turn({ userId: 'cpf-hash:7c0e55ab' }, () => app.invoke(
  { messages: [new HumanMessage('Faz um Pix de R$ 1.250,00 pro meu senhorio, Marcos Ferreira, chave é o celular dele 11 98765-4321. Aluguel de junho do ap 84.')] },
  { metadata: { session_id: sid }, configurable: { thread_id: sid } }));

t.write(path.join(here, 'traces.jsonl'));
