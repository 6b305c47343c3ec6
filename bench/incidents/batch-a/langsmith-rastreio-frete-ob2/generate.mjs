// Rastreio de encomendas (Portuguese, Brazil, logistics): the carrier API times out on the first call,
// the agent retries, gets the real tracking status and then reschedules the delivery.
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2024-12-03T13:26:12Z', 77);
let calls = 0;
const rastrear = tool(async ({ codigo }) => {
  calls += 1;
  if (calls === 1) throw new Error(`GatewayTimeout: transportadora JadLog não respondeu em 8000 ms (codigo=${codigo}, tentativa 1/3)`);
  return JSON.stringify({ codigo, status: 'EM_ROTA_ENTREGA', ultima_atualizacao: '2024-12-03T09:48:00-03:00',
    unidade: 'CD Guarulhos', tentativas_entrega: 1, motivo_ultima_tentativa: 'destinatário ausente',
    janela_prevista: '2024-12-04 14:00-18:00' });
}, { name: 'rastrear_encomenda', description: 'Consulta o status de rastreio na transportadora.', schema: z.object({ codigo: z.string() }) });
const reagendar = tool(async ({ codigo, data, periodo }) => JSON.stringify({ ok: true, protocolo: 'RGD-88310457', codigo, data, periodo }),
{ name: 'reagendar_entrega', description: 'Reagenda a entrega com a transportadora.',
  schema: z.object({ codigo: z.string(), data: z.string(), periodo: z.enum(['manha', 'tarde']) }) });

const sys = new SystemMessage('Você é a assistente de atendimento da loja Casa Pitanga. Use rastrear_encomenda para consultar entregas; se a transportadora falhar, tente novamente antes de responder.');
const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_Xe4lP0kq9s', name: 'rastrear_encomenda', args: { codigo: 'JD0917734512BR' } }] },
  { content: '', tool_calls: [{ id: 'call_Vb71mQw3Ja', name: 'rastrear_encomenda', args: { codigo: 'JD0917734512BR' } }] },
  { content: '', tool_calls: [{ id: 'call_Ff28sNc0Hd', name: 'reagendar_entrega', args: { codigo: 'JD0917734512BR', data: '2024-12-05', periodo: 'manha' } }] },
  { content: 'Oi, Renata! Consegui falar com a transportadora na segunda tentativa. Sua encomenda JD0917734512BR saiu do CD Guarulhos e teve 1 tentativa de entrega hoje às 09:48, com o motivo "destinatário ausente". Como você pediu, reagendei para quinta, 05/12, no período da manhã (protocolo RGD-88310457).' },
] });
const graph = agentGraph({ model, tools: [rastrear, reagendar], name: 'atendimento_pitanga' });

await traced(graph, { messages: [sys, new HumanMessage('Boa tarde! Meu pedido 40213 (rastreio JD0917734512BR) era pra chegar hoje e nada. Não vou estar em casa amanhã à tarde, dá pra remarcar pra quinta de manhã?')] },
  { project: 'casa-pitanga-sac', metadata: { conversation_id: 'cv_01JE8K2Q4W7YB3RZ0M5T', user_id: 'cli-40213-renata' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
