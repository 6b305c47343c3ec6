// Bank customer-service assistant (Brazilian Portuguese). The fee-table lookup times out once, is
// retried with the same arguments and succeeds; the answer (including a zero fee, which is the real
// tariff for this package) comes from the successful result.
// Run from the repository root: node bench/incidents/batch-a/agents-tarifas-banco-ma1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const consultarTarifas = tool({
  name: 'consultar_tarifas', description: 'Consulta a tabela de tarifas vigente de um pacote de serviços.',
  parameters: z.object({ pacote: z.string(), servico: z.string() }),
  execute: async ({ pacote, servico }) => {
    calls++;
    if (calls === 1) throw new Error('ETIMEDOUT: tarifas-api.interno:8443 não respondeu em 5000 ms');
    return JSON.stringify({ pacote, servico, tabela: 'TAR-2026/01', vigencia: '2026-01-01',
      tarifa_por_operacao: 'R$ 0,00', franquia_mensal: 30, excedente: 'R$ 3,90 por operação' });
  },
});
const pacoteCliente = tool({
  name: 'pacote_cliente', description: 'Pacote de serviços contratado pelo cliente.',
  parameters: z.object({ conta: z.string() }),
  execute: async ({ conta }) => JSON.stringify({ conta, agencia: '0457', pacote: 'Essencial Plus', desde: '2023-08-14' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'pacote_cliente', args: { conta: '58812-3' } }] },
  { tool_calls: [{ name: 'consultar_tarifas', args: { pacote: 'Essencial Plus', servico: 'TED' } }] },
  { tool_calls: [{ name: 'consultar_tarifas', args: { pacote: 'Essencial Plus', servico: 'TED' } }] },
  { content: 'No seu pacote Essencial Plus (tabela TAR-2026/01), a TED não tem custo: R$ 0,00 por operação, até 30 TEDs por mês. A partir da 31ª, cobra-se R$ 3,90 por operação.' },
], { seed: 'banco-tar' });
const agent = new Agent({ name: 'Atendimento PF', model: m, tools: [pacoteCliente, consultarTarifas],
  instructions: 'Você atende clientes pessoa física. Informe tarifas somente a partir da tabela vigente.' });
const runner = new Runner({ groupId: 'atd-2026-02-11-000913', workflowName: 'Atendimento digital', traceMetadata: { user_id: 'cpf-***.418.227-**' } });
await runner.run(agent, 'Quanto eu pago para fazer uma TED? Faço umas 10 por mês.');
writeTrace(here, 'trace.jsonl');
