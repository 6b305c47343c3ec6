// Freight pickup scheduling (Brazilian Portuguese). The carrier's scheduling API wrapper parses the date with
// the JavaScript Date constructor.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-01T13:27:50Z', 17);
const dir = here(import.meta.url);
const pad = (n) => String(n).padStart(2, '0');

const cotar = tool(({ cep_origem, cep_destino, peso_kg }) => JSON.stringify({ cep_origem, cep_destino, peso_kg, modalidade: 'rodoviário fracionado', prazo_dias_uteis: 4, valor_brl: 387.9 }),
  { name: 'cotar_frete', description: 'Cotação de frete', schema: z.object({ cep_origem: z.string(), cep_destino: z.string(), peso_kg: z.number() }) });
const agendar = tool(({ cotacao_id, data_coleta, janela }) => {
  const d = new Date(data_coleta);
  const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return JSON.stringify({ protocolo: 'TRX-COL-558104', cotacao_id, data_coleta: iso, janela, status: 'AGENDADA' });
}, { name: 'agendar_coleta', description: 'Agenda a coleta na transportadora',
  schema: z.object({ cotacao_id: z.string(), data_coleta: z.string().describe('data da coleta, formato AAAA-MM-DD'), janela: z.enum(['manha', 'tarde']) }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { content: '', tool_calls: [{ id: 'toolu_01Hc7RkV2', name: 'cotar_frete', args: { cep_origem: '13087-901', cep_destino: '88010-400', peso_kg: 340 } }] },
  { content: '', tool_calls: [{ id: 'toolu_01Hc7RkV3', name: 'agendar_coleta', args: { cotacao_id: 'COT-77120', data_coleta: '03/04/2025', janela: 'tarde' } }] },
  { content: 'Pronto! Coleta agendada para quinta-feira, 3 de abril de 2025, no período da tarde, protocolo TRX-COL-558104. Frete rodoviário fracionado de 340 kg de Campinas para Florianópolis: R$ 387,90, prazo de 4 dias úteis após a coleta.' },
] });
const graph = agentGraph({ model, tools: [cotar, agendar],
  prepare: async (m) => [new SystemMessage('Você é o assistente de expedição da Trilha Express. Hoje é 01/03/2025. Cotação ativa: COT-77120.'), ...m] });
await traced(graph, { messages: [new HumanMessage('Boa tarde. Preciso enviar 340 kg de peças do CEP 13087-901 para 88010-400. A carga só fica pronta no dia 03/04, pode agendar a coleta para esse dia à tarde?')] },
  { project: 'trilha-expedicao', metadata: { session_id: 'wpp:5519981123344:20250301', user_id: '5519981123344' } });
writeRuns(path.join(dir, 'runs.jsonl'));
