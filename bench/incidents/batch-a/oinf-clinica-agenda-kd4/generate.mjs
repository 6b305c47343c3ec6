// Clínica (pt-BR): agente de agendamento (LangGraph.js). A primeira tentativa de marcar a consulta
// falha por tempo esgotado no sistema de agenda; o agente confere a agenda, tenta de novo e confirma.
// Modelo roteirizado, sem rede. Saída: traces.jsonl (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('agenda-clinica-vitta', { 'deployment.environment': 'prod-sp' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const horarios = tool(async ({ especialidade, data }) => JSON.stringify({ especialidade, data, medico: 'Dra. Helena Prado (CRM-SP 148.203)',
  horarios_livres: ['08:40', '10:20', '15:00'], convenio_aceito: ['Unimed', 'Bradesco Saúde', 'particular'] }),
{ name: 'listar_horarios', description: 'Horários livres por especialidade e data.', schema: z.object({ especialidade: z.string(), data: z.string() }) });

let tentativas = 0;
const agendar = tool(async ({ paciente, data, hora }) => {
  tentativas++;
  if (tentativas === 1) throw new Error('ETIMEDOUT: agenda-api.vitta.local:8443 não respondeu em 10000 ms (POST /v2/agendamentos)');
  return JSON.stringify({ protocolo: 'AGD-2025-0614-00871', paciente, data, hora, medico: 'Dra. Helena Prado', sala: '3B', status: 'CONFIRMADO' });
}, { name: 'agendar_consulta', description: 'Marca a consulta e devolve o protocolo.', schema: z.object({ paciente: z.string(), data: z.string(), hora: z.string() }) });

const consultar = tool(async ({ paciente }) => JSON.stringify({ paciente, agendamentos_futuros: [] }),
{ name: 'consultar_agendamentos', description: 'Agendamentos futuros de um paciente.', schema: z.object({ paciente: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'listar_horarios', args: { especialidade: 'dermatologia', data: '2025-06-14' } }] },
  { tool_calls: [{ name: 'agendar_consulta', args: { paciente: 'PAC-0031977', data: '2025-06-14', hora: '10:20' } }] },
  { tool_calls: [{ name: 'consultar_agendamentos', args: { paciente: 'PAC-0031977' } }] },
  { tool_calls: [{ name: 'agendar_consulta', args: { paciente: 'PAC-0031977', data: '2025-06-14', hora: '10:20' } }] },
  { content: 'Consulta confirmada! Dermatologia com a Dra. Helena Prado no sábado, 14/06, às 10:20, sala 3B. Protocolo AGD-2025-0614-00871. (O sistema de agenda demorou a responder na primeira tentativa; conferi que nada tinha sido marcado e refiz o pedido, por isso não há marcação duplicada.) Leve a carteirinha da Unimed.' },
] });

const app = await reactGraph({ model, tools: [horarios, agendar, consultar], name: 'agendamento' });
await t.turn({ userId: 'PAC-0031977' }, () => app.invoke({ messages: [
  new SystemMessage('Você é a assistente de agendamento da Clínica Vitta. Só confirme uma consulta quando o sistema devolver um protocolo.'),
  new HumanMessage('Oi, queria marcar dermatologista no sábado dia 14, de manhã se possível, pela Unimed. Meu cadastro é PAC-0031977.'),
] }, { metadata: { session_id: 'wa-5511987650042-20250610' } }));
t.write(path.join(here, 'traces.jsonl'));
