// Assistente de apoio ao cliente de uma transportadora: rastreio (com nova tentativa após timeout) e custos aduaneiros.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z,
  SystemMessage, HumanMessage } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2027-05-03T16:05:27.000Z', 64);

let tentativas = 0;
const rastrear = tool(async ({ codigo }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error('ETIMEDOUT: tracking-gw.interno:8443 não respondeu em 5000 ms (GET /v2/envios/' + codigo + ')');
  return JSON.stringify({ codigo, estado: 'em trânsito', ultimo_evento: 'Saída do centro de triagem da Maia', data_evento: '2027-05-03T11:42:00+01:00',
    origem: 'Porto, PT', destino: 'Madrid, ES', entrega_prevista: '2027-05-05', tentativas_entrega: 0 });
}, { name: 'rastrear_encomenda', latency: [300, 5200], description: 'Estado atual de uma encomenda pelo código de rastreio.', schema: z.object({ codigo: z.string() }) });
const direitos = tool(async ({ origem, destino, valor_eur }) => JSON.stringify({ origem, destino, valor_declarado_eur: valor_eur,
  direitos_eur: 0, iva_importacao_eur: 0, motivo: 'envio intra-UE: sem formalidades aduaneiras', declaracao_necessaria: false }),
{ name: 'calcular_direitos', description: 'Direitos aduaneiros e IVA de importação de um envio.',
  schema: z.object({ origem: z.string(), destino: z.string(), valor_eur: z.number() }) });

const app = agentGraph({ name: 'apoio_envios', tools: [rastrear, direitos], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Fz1kOq83', name: 'rastrear_encomenda', args: { codigo: 'PT7719034552ES' } }] },
  { tool_calls: [{ id: 'call_Fz1kOq84', name: 'rastrear_encomenda', args: { codigo: 'PT7719034552ES' } }] },
  { tool_calls: [{ id: 'call_Gc6tLw20', name: 'calcular_direitos', args: { origem: 'PT', destino: 'ES', valor_eur: 1480 } }] },
  { content: 'A sua encomenda PT7719034552ES está em trânsito: saiu hoje às 11:42 do centro de triagem da Maia e a entrega em Madrid está prevista para 5 de maio. Quanto à alfândega: como é um envio entre Portugal e Espanha (dentro da UE), não há direitos aduaneiros nem IVA de importação a pagar — 0 €, e não é precisa declaração. Se alguém lhe pedir um pagamento por "desalfandegamento" deste envio, não pague e contacte-nos.' },
] }) });

await traced(app, { messages: [
  new SystemMessage('És o assistente de apoio ao cliente da TransLuso Expresso. Consulta sempre o rastreio antes de responder sobre uma encomenda.'),
  new HumanMessage('Boa tarde. Enviei um portátil de 1.480 € do Porto para a minha filha em Madrid, código PT7719034552ES. Onde está, e quanto é que ela vai ter de pagar de alfândega quando chegar? Recebi um SMS a pedir 2,99 € de taxa aduaneira.'),
] }, { project: 'apoio-cliente-pt', runName: 'apoio_envios', metadata: { session_id: 'tlx-chat-0503-99a1c4', user_id: 'cli-302118' } });

writeRuns(path.join(dir, 'runs.jsonl'));
