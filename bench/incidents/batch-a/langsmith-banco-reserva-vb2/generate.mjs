// Assistente bancário (português): saldo da conta corrente, depois transferência para a poupança.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-04-25T19:32:50.000Z', 77);

let saldoCalls = 0;
const consultarSaldo = tool(async ({ conta }) => {
  saldoCalls += 1;
  if (saldoCalls === 1) { advance(8000); throw new Error('core-banking gateway: 504 Gateway Timeout (upstream saldo-svc did not respond in 8000 ms)'); }
  return JSON.stringify({ conta, tipo: 'corrente', saldo_disponivel: 4872.35, moeda: 'BRL', limite_cheque_especial: 1000.0, atualizado_em: '2025-04-25T19:33:02-03:00' });
}, { name: 'consultar_saldo', description: 'Retorna o saldo disponível de uma conta do cliente.',
  schema: z.object({ conta: z.string().describe('Agência-conta, ex.: 0341-00087215-3') }) });

const transferir = tool(async ({ origem, destino, valor }) => JSON.stringify({
  status: 'efetivada', comprovante: 'TRF25042519A7K3', origem, destino, valor, moeda: 'BRL', data: '2025-04-25',
}), { name: 'transferir_entre_contas', description: 'Transfere um valor (número decimal em BRL) entre duas contas do mesmo titular.',
  schema: z.object({ origem: z.string(), destino: z.string(), valor: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ id: 'call_Rk2mX9vBq0TnE4sWc7yHd1Ja', name: 'consultar_saldo', args: { conta: '0341-00087215-3' } }] },
  { tool_calls: [{ id: 'call_Zt6pL3nFw8QuK1aYe5rGj0Cm', name: 'consultar_saldo', args: { conta: '0341-00087215-3' } }] },
  { tool_calls: [{ id: 'call_Hc0sV7kQe2BxN9wTm4uDf6Lp', name: 'transferir_entre_contas', args: { origem: '0341-00087215-3', destino: '0341-00087215-3/500', valor: 1500.0 } }] },
  { content: 'Pronto, Sr. Albuquerque! A primeira consulta ao saldo demorou demais e falhou, então consultei de novo: o saldo disponível na conta corrente era de R$ 4.872,35, suficiente para a operação. Transferi R$ 1.500,00 para a sua poupança (comprovante TRF25042519A7K3). O saldo restante na conta corrente fica em R$ 3.372,35.' },
] });

const graph = agentGraph({ model, tools: [consultarSaldo, transferir], name: 'assistente_banco' });
await traced(graph, { messages: [
  new SystemMessage('Você é o assistente virtual do Banco Horizonte. Só faça transferências se o saldo disponível (sem contar o cheque especial) for suficiente.'),
  new HumanMessage('Boa noite. Se tiver saldo, passa R$ 1.500,00 da minha conta corrente 0341-00087215-3 para a poupança, por favor.'),
] }, { project: 'bh-assistente', metadata: { conversation_id: 'BH-CONV-0000918273', user_id: 'cpf:***.412.038-**' }, runName: 'assistente_banco' });
advance(250);
writeRuns(path.join(dir, 'runs.jsonl'));
