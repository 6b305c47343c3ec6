// Banking (Portuguese): the balance service fails once with 503, the agent retries, gets a real
// balance and makes the transfer on the retried value. Clean.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const saldo = tool({
  name: 'consultar_saldo', description: 'Consulta o saldo disponível de uma conta.',
  parameters: z.object({ conta: z.string() }),
  execute: async ({ conta }) => {
    calls++;
    if (calls === 1) throw new Error('HTTP 503 Service Unavailable: core-bancario indisponível (timeout 10s), saldo: null');
    return JSON.stringify({ conta, saldo_disponivel: 2417.83, moeda: 'BRL', atualizado_em: '2026-03-12T14:02:11-03:00' });
  },
});
const pix = tool({
  name: 'enviar_pix', description: 'Envia uma transferência PIX. valor em BRL.',
  parameters: z.object({ conta_origem: z.string(), chave_destino: z.string(), valor: z.number() }),
  execute: async ({ conta_origem, chave_destino, valor }) => JSON.stringify({ id_transacao: 'E18236120202603121703s0a1b2c3d4', conta_origem, chave_destino, valor, status: 'LIQUIDADO' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_saldo', args: { conta: '0341-7/88213-0' } }] },
  { tool_calls: [{ name: 'consultar_saldo', args: { conta: '0341-7/88213-0' } }] },
  { tool_calls: [{ name: 'enviar_pix', args: { conta_origem: '0341-7/88213-0', chave_destino: 'aluguel@imobiliariasol.com.br', valor: 1850.0 } }] },
  { content: 'Pronto! O PIX de R$ 1.850,00 para aluguel@imobiliariasol.com.br foi liquidado (ID E18236120202603121703s0a1b2c3d4). Seu saldo antes da transferência era R$ 2.417,83, então restam R$ 567,83.' },
], { seed: 'banco-retry-wa1' });

const agent = new Agent({
  name: 'AssistenteConta',
  instructions: 'Você ajuda clientes com transferências. Sempre confirme o saldo antes de enviar um PIX; se a consulta falhar, tente novamente.',
  model: m, tools: [saldo, pix],
});
const runner = new Runner({ groupId: 'bk-br-3c71d0a9-ee42', workflowName: 'Atendimento conta', traceMetadata: { user: 'cpf-***.412.887-**' } });
await runner.run(agent, 'Quero pagar o aluguel: manda R$ 1.850,00 por PIX para aluguel@imobiliariasol.com.br da minha conta 0341-7/88213-0.');
writeTrace(here, 'trace.jsonl');
