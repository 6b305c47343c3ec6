// Parcel-delivery support agent (Brazilian Portuguese). The first tracking call fails with a 503; the
// agent retries, gets the tracking record, checks the delivery windows and reschedules the delivery
// on what the successful call returned.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-09T13:27:40.000Z', 2203);

let trackingCalls = 0;
const rastrear = tool(async ({ codigo }) => {
  if (trackingCalls++ === 0) throw new Error('SRO tracking API: HTTP 503 Service Unavailable (Retry-After: 2) - upstream rastreio-sro-02');
  return JSON.stringify({ codigo, status: 'EM_TRANSITO', ultima_ocorrencia: { data: '2025-06-09T06:12:00-03:00',
    descricao: 'Objeto em trânsito - de CD Cajamar/SP para CDD Campinas/SP' }, previsao_entrega: '2025-06-11',
    tentativas_entrega: 0, reagendamento_permitido: true, cep_destino: '13025-320' });
}, { name: 'rastrear_encomenda', latency: [300, 2200], description: 'Consulta o rastreamento de uma encomenda pelo código do pedido.',
  schema: z.object({ codigo: z.string() }) });

const janelas = tool(async ({ cep, data }) => JSON.stringify({ cep, data, janelas: [
  { id: 'J1', faixa: '08:00-12:00', vagas: 3 }, { id: 'J2', faixa: '13:00-18:00', vagas: 0 } ] }),
{ name: 'consultar_janelas_entrega', description: 'Janelas de entrega disponíveis para um CEP e uma data.',
  schema: z.object({ cep: z.string(), data: z.string().describe('AAAA-MM-DD') }) });

const agendar = tool(async ({ codigo, data, janela_id }) => JSON.stringify({ protocolo: 'AGD-2025-661904', codigo, data,
  faixa: janela_id === 'J1' ? '08:00-12:00' : '13:00-18:00', status: 'CONFIRMADO' }),
{ name: 'agendar_entrega', latency: [400, 900], description: 'Reagenda a entrega de uma encomenda em uma janela disponível.',
  schema: z.object({ codigo: z.string(), data: z.string(), janela_id: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_8NuXr2Kq5LmZ0aPe', name: 'rastrear_encomenda', args: { codigo: 'BR-7731-0925' } }] },
  { tool_calls: [{ id: 'call_Wd4TgH1yVb9oQs3J', name: 'rastrear_encomenda', args: { codigo: 'BR-7731-0925' } }] },
  { tool_calls: [{ id: 'call_p0E6cFzA7nRk2MxU', name: 'consultar_janelas_entrega', args: { cep: '13025-320', data: '2025-06-14' } }] },
  { tool_calls: [{ id: 'call_Yj5sLq8Bv3DwTe1N', name: 'agendar_entrega', args: { codigo: 'BR-7731-0925', data: '2025-06-14', janela_id: 'J1' } }] },
  { content: 'Oi, Mariana! O rastreio do pedido BR-7731-0925 mostra que ele está em trânsito do CD de Cajamar para a unidade de Campinas '
    + '(última movimentação hoje às 06:12), com previsão original para 11/06. Como você pediu, reagendei a entrega para sábado, 14/06, '
    + 'na janela das 08:00 às 12:00 — protocolo AGD-2025-661904. A janela da tarde de sábado já estava lotada.' },
] });

const app = agentGraph({ model, tools: [rastrear, janelas, agendar], name: 'suporte-entregas' });
await traced(app, { messages: [
  new SystemMessage('Você é o agente de suporte de entregas da Loja Vértice. Use as ferramentas para rastrear e reagendar entregas. '
    + 'Se uma consulta falhar por instabilidade, tente novamente antes de responder. Responda em português.'),
  new HumanMessage('Boa tarde! Meu pedido BR-7731-0925 ainda não chegou. Durante a semana eu trabalho fora, dá pra reagendar a entrega '
    + 'para sábado de manhã? CEP 13025-320.'),
] }, { project: 'vertice-suporte', runName: 'suporte-entregas',
  metadata: { conversation_id: 'zd-118204', user_id: 'mariana.c.lopes@exemplo.com.br', canal: 'chat-site' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
