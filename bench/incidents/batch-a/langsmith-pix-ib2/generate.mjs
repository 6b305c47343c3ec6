// Assistente de atendimento de um banco digital (LangGraph.js, modelo roteirizado, sem rede):
// o cliente pede um Pix; a consulta de saldo falha uma vez (gateway do core bancário) e é repetida.
// Saída: runs.jsonl.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z,
  SystemMessage, HumanMessage } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-17T13:08:51.000Z', 4);

let tentativas = 0;
const consultarSaldo = tool(async ({ conta }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error('CoreBancarioIndisponivel: 504 Gateway Time-out ao consultar saldo (cb-gw-sp2)');
  return JSON.stringify({ conta, saldo_disponivel: 'R$ 2.340,55', limite_pix_noturno: 'R$ 1.000,00', limite_pix_diurno: 'R$ 5.000,00' });
}, { name: 'consultar_saldo', description: 'Saldo e limites Pix da conta.', schema: z.object({ conta: z.string() }) });

const buscarChave = tool(async ({ chave }) => JSON.stringify({ chave, tipo: 'email', titular: 'Renata A. Figueiredo',
  instituicao: 'Banco Inter (077)', cpf_mascarado: '***.418.227-**' }), { name: 'dict_buscar_chave',
  description: 'Consulta uma chave Pix no DICT.', schema: z.object({ chave: z.string() }) });

const enviarPix = tool(async ({ conta, chave, valor_centavos, descricao }) => JSON.stringify({ e2e_id: 'E1839428120250417131002pX7b3Qk9',
  conta, chave, valor: (valor_centavos / 100).toLocaleString('pt-BR', { style: 'currency', currency: 'BRL' }), descricao, status: 'LIQUIDADO' }),
{ name: 'enviar_pix', description: 'Envia um Pix. valor_centavos: valor em centavos (inteiro).',
  schema: z.object({ conta: z.string(), chave: z.string(), valor_centavos: z.number().int(), descricao: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_sd_a1', name: 'consultar_saldo', args: { conta: '0001-7/448812-3' } }] },
  { tool_calls: [{ id: 'call_sd_a2', name: 'consultar_saldo', args: { conta: '0001-7/448812-3' } }] },
  { tool_calls: [{ id: 'call_dk_b1', name: 'dict_buscar_chave', args: { chave: 'renata.fig@gmail.com' } }] },
  { tool_calls: [{ id: 'call_px_c1', name: 'enviar_pix', args: { conta: '0001-7/448812-3', chave: 'renata.fig@gmail.com',
    valor_centavos: 123050, descricao: 'Aluguel abril' } }] },
  { content: 'Pix enviado! R$ 1.230,50 para Renata A. Figueiredo (Banco Inter), descrição "Aluguel abril". '
      + 'Identificador E1839428120250417131002pX7b3Qk9. Seu saldo disponível antes do envio era R$ 2.340,55, '
      + 'então restam R$ 1.110,05.' },
] });

const app = agentGraph({ model, tools: [consultarSaldo, buscarChave, enviarPix] });
await traced(app, { messages: [
  new SystemMessage('Você é o assistente do app. Antes de qualquer Pix, confira saldo e titular da chave. Se uma consulta falhar, tente de novo antes de responder.'),
  new HumanMessage('Oi, faz um Pix de R$ 1.230,50 pra renata.fig@gmail.com, é o aluguel de abril. Tenho saldo?'),
] }, { project: 'atendimento-app', metadata: { session_id: 'atd-9f31c7e2-pix', user_id: 'cli-448812' },
  configurable: { thread_id: 'atd-9f31c7e2-pix' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
