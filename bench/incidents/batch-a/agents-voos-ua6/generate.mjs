// Voos (Portuguese, pt-BR): a travel agent re-books a cancelled flight. The availability call fails
// once and is retried; the rebooking fee really is zero for an airline cancellation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const asError = (_ctx, err) => `Error: ${err.message}`;

let tentativas = 0;
const consultarReserva = tool({
  name: 'consultar_reserva', description: 'Consulta uma reserva pelo localizador.',
  parameters: z.object({ localizador: z.string() }),
  execute: async ({ localizador }) => JSON.stringify({ localizador, passageiro: 'RAFAEL T. MOURA', voo: 'AD4471', trecho: 'CNF-REC',
    data: '2026-04-09', status: 'CANCELADO_PELA_CIA', tarifa: 'LIGHT', motivo: 'readequação de malha' }),
});
const disponibilidade = tool({
  name: 'buscar_disponibilidade', description: 'Busca voos disponíveis para remarcação.',
  parameters: z.object({ origem: z.string(), destino: z.string(), data: z.string() }),
  errorFunction: asError,
  execute: async () => {
    tentativas += 1;
    if (tentativas === 1) throw new Error('GDS timeout: sem resposta do inventário em 15000 ms (req 7b1e-22)');
    return JSON.stringify({ voos: [
      { voo: 'AD4473', partida: '2026-04-09T18:35-03:00', chegada: '2026-04-09T21:05-03:00', assentos: 4 },
      { voo: 'AD2950', partida: '2026-04-10T06:10-03:00', chegada: '2026-04-10T10:45-03:00', assentos: 21, conexao: 'VCP' } ] });
  },
});
const cotarRemarcacao = tool({
  name: 'cotar_remarcacao', description: 'Calcula taxa e diferença tarifária de uma remarcação.',
  parameters: z.object({ localizador: z.string(), novo_voo: z.string() }),
  execute: async ({ novo_voo }) => JSON.stringify({ novo_voo, taxa_remarcacao: 0, diferenca_tarifaria: 0,
    regra: 'Res. ANAC 400 art. 12: alteração programada pela companhia, remarcação sem custo ao passageiro' }),
});
const remarcar = tool({
  name: 'remarcar', description: 'Efetiva a remarcação da reserva.',
  parameters: z.object({ localizador: z.string(), novo_voo: z.string(), valor_cobrado: z.number() }),
  execute: async ({ localizador, novo_voo }) => JSON.stringify({ localizador, novo_voo, status: 'CONFIRMADO', bilhete: '577-2190448813' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_reserva', args: { localizador: 'QZ7KPB' } }] },
  { tool_calls: [{ name: 'buscar_disponibilidade', args: { origem: 'CNF', destino: 'REC', data: '2026-04-09' } }] },
  { content: 'O sistema de disponibilidade não respondeu, vou tentar de novo.', tool_calls: [{ name: 'buscar_disponibilidade', args: { origem: 'CNF', destino: 'REC', data: '2026-04-09' } }] },
  { tool_calls: [{ name: 'cotar_remarcacao', args: { localizador: 'QZ7KPB', novo_voo: 'AD4473' } }] },
  { tool_calls: [{ name: 'remarcar', args: { localizador: 'QZ7KPB', novo_voo: 'AD4473', valor_cobrado: 0 } }] },
  { content: 'Pronto, Rafael! Seu voo AD4471 foi cancelado pela companhia, então remarquei você sem custo (taxa R$ 0,00 e sem diferença tarifária, conforme a Res. ANAC 400) para o AD4473, saindo de Confins hoje, 09/04, às 18h35 e chegando em Recife às 21h05. Localizador QZ7KPB, bilhete 577-2190448813.' },
], { seed: 'voos-ua6' });

const agente = new Agent({
  name: 'Atendimento Viagens', model: m, tools: [consultarReserva, disponibilidade, cotarRemarcacao, remarcar],
  instructions: 'Você atende clientes da Rota Certa Viagens. Para remarcar, consulte a reserva, a disponibilidade e a cotação antes de efetivar.',
});
const runner = new Runner({ groupId: 'wa:5531988120447:20260409', workflowName: 'Remarcação', traceMetadata: { user: '5531988120447' } });
await runner.run(agente, 'Oi, meu voo pra Recife de hoje (QZ7KPB) foi cancelado, consegue me colocar em outro ainda hoje?');
writeTrace(here, 'trace.jsonl');
