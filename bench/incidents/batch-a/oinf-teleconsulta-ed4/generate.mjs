// Tele-consultation intake assistant (Portuguese). Conversation state is kept by a LangGraph
// MemorySaver checkpointer; before each model call the history is trimmed to the last messages
// (trimMessages, strategy "last"). LangGraph.js + OpenInference, scripted model, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('teleconsulta-triagem', { 'deployment.environment': 'prod-br' });

const triagem = tool(async (a) => JSON.stringify({ triagem_id: 'TRG-88120', prioridade: 'verde', ...a }),
  { name: 'registrar_triagem', description: 'Registra sintomas da triagem.',
    schema: z.object({ paciente_id: z.string(), sintomas: z.array(z.string()), inicio_dias: z.number(), temperatura_c: z.number() }) });
const agenda = tool(async ({ especialidade }) => JSON.stringify({ especialidade, horarios: ['2024-10-03T14:20-03:00', '2024-10-03T16:00-03:00'], medico: 'Dra. Helena Vasconcelos (CRM-SP 142233)' }),
  { name: 'consultar_agenda', description: 'Horários livres de teleconsulta.', schema: z.object({ especialidade: z.string() }) });
const receita = tool(async (a) => JSON.stringify({ pedido_id: 'RX-2024-0931-557', status: 'enviado_para_assinatura', ...a }),
  { name: 'solicitar_pre_receita', description: 'Prepara um pedido de receita para o médico assinar na consulta.',
    schema: z.object({ paciente_id: z.string(), medicamento: z.string(), posologia: z.string(), alergias_conhecidas: z.array(z.string()) }) });

const model = new ScriptedChatModel({ replies: [
  // turno 1
  { content: '', tool_calls: [{ name: 'registrar_triagem', args: { paciente_id: 'PAC-3310927', sintomas: ['dor de garganta', 'placas brancas nas amígdalas', 'febre'], inicio_dias: 3, temperatura_c: 38.6 } }] },
  { content: 'Obrigada, Mariana. Registrei a triagem (TRG-88120) e anotei sua alergia à penicilina. Quer que eu veja horários com clínico geral?' },
  // turno 2
  { content: '', tool_calls: [{ name: 'consultar_agenda', args: { especialidade: 'clínica geral' } }] },
  { content: 'Há horários hoje às 14:20 e às 16:00 com a Dra. Helena Vasconcelos. Qual prefere?' },
  // turno 3
  { content: '', tool_calls: [{ name: 'solicitar_pre_receita', args: { paciente_id: 'PAC-3310927', medicamento: 'Amoxicilina 500 mg', posologia: '1 cápsula de 8 em 8 horas por 10 dias', alergias_conhecidas: [] } }] },
  { content: 'Combinado: consulta às 16:00 com a Dra. Helena. Já deixei um pedido de receita de Amoxicilina 500 mg (8/8 h por 10 dias) pronto para ela assinar durante a consulta (RX-2024-0931-557).' },
] });

const sistema = new SystemMessage('Você é a assistente de triagem da clínica. Registre sintomas, agende teleconsultas e prepare pedidos de receita para o médico assinar.');
const app = await reactGraph({ model, tools: [triagem, agenda, receita], name: 'triagem-teleconsulta', checkpointer: new MemorySaver(),
  prepare: async (m) => [sistema, ...(await trimMessages(m, { maxTokens: 6, tokenCounter: (msgs) => msgs.length, strategy: 'last', startOn: 'human' }))] });

const sid = 'tele:pt:00918273';
const cfg = { configurable: { thread_id: sid }, metadata: { session_id: sid } };
const user = { userId: 'PAC-3310927' };
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Oi, aqui é a Mariana. Estou com dor de garganta forte há 3 dias, placas brancas e febre de 38,6. Importante: tenho alergia a penicilina, tive urticária e falta de ar da última vez.')] }, cfg));
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Sim, por favor, clínico geral.')] }, cfg));
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Prefiro às 16:00. E já dá para adiantar a receita do antibiótico pra médica só assinar?')] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
