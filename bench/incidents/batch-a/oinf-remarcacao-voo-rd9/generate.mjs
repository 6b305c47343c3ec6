// Airline rebooking assistant (Portuguese): the flight search times out once, then answers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('remarcacao-bot', { 'deployment.environment': 'prd' });

let tentativas = 0;
const buscarVoos = tool(async ({ origem, destino, data }) => {
  tentativas++;
  if (tentativas === 1) throw new Error('GDS timeout: sem resposta do provedor após 8000 ms (ref. gw-504-7731)');
  return JSON.stringify({ origem, destino, data, voos: [
    { voo: 'TP1327', partida: `${data}T14:35`, chegada: `${data}T16:10`, lugares: 3, diferenca_tarifa_eur: 0 },
    { voo: 'TP1331', partida: `${data}T19:50`, chegada: `${data}T21:25`, lugares: 0, diferenca_tarifa_eur: 0 } ] });
}, { name: 'buscar_voos', description: 'Procura voos disponíveis para remarcação.',
  schema: z.object({ origem: z.string(), destino: z.string(), data: z.string() }) });
const remarcar = tool(async ({ localizador, voo }) => JSON.stringify({ localizador, voo, estado: 'remarcado', bilhete: '047-2381950442', diferenca_tarifa_eur: 0 }),
  { name: 'remarcar_reserva', description: 'Remarca a reserva para o voo indicado.',
    schema: z.object({ localizador: z.string(), voo: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'buscar_voos', args: { origem: 'LIS', destino: 'OPO', data: '2024-11-08' } }] },
  { tool_calls: [{ name: 'buscar_voos', args: { origem: 'LIS', destino: 'OPO', data: '2024-11-08' } }] },
  { tool_calls: [{ name: 'remarcar_reserva', args: { localizador: 'Q7XK2M', voo: 'TP1327' } }] },
  { content: 'Feito! A sua reserva Q7XK2M foi remarcada para o voo TP1327 de 8 de novembro, partida de Lisboa às 14:35 e chegada ao Porto às 16:10, sem diferença de tarifa (0 €). O voo das 19:50 (TP1331) já não tinha lugares. Novo bilhete: 047-2381950442.' },
] });
const app = await reactGraph({ model, tools: [buscarVoos, remarcar], name: 'assistente_remarcacao' });
await t.turn({ userId: 'cliente-PT-559012' }, () => app.invoke({ messages: [
  new SystemMessage('És o assistente de remarcações. Só remarca para voos com lugares disponíveis, confirmados pela pesquisa.'),
  new HumanMessage('Olá, o meu voo de amanhã de manhã LIS-OPO foi cancelado. Reserva Q7XK2M. Podem passar-me para um voo à tarde no mesmo dia, 8 de novembro?')] },
{ configurable: { thread_id: 'conv_01JC4Z8K2N6QW3R9TXBHM5VDEA' }, metadata: { session_id: 'conv_01JC4Z8K2N6QW3R9TXBHM5VDEA' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
