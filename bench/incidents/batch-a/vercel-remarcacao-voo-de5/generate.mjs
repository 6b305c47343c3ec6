// Airline rebooking assistant (Brazilian Portuguese). The flight search times out once and is retried;
// the rebooking uses the retried result.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const t = setupTracing({ serviceName: 'assistente-remarcacao', resource: { 'cloud.region': 'sa-east-1' }, seed: 'voo-de5' });
const ids = makeIds('voo-de5');

let attempts = 0;
const tools = {
  buscar_voos: tool({
    description: 'Busca voos disponíveis entre dois aeroportos numa data.',
    inputSchema: z.object({ origem: z.string(), destino: z.string(), data: z.string() }),
    execute: async ({ origem, destino, data }) => {
      if (attempts++ === 0) throw new Error('GDS upstream timeout after 8000 ms (HTTP 504) — nenhum dado retornado');
      return { origem, destino, data, voos: [
        { voo: 'AZ4172', partida: `${data}T18:40-03:00`, chegada: `${data}T20:05-03:00`, assentos: 7, tarifa_diferenca_brl: 0 },
        { voo: 'AZ4180', partida: `${data}T21:15-03:00`, chegada: `${data}T22:40-03:00`, assentos: 22, tarifa_diferenca_brl: 0 },
      ] };
    },
  }),
  remarcar_reserva: tool({
    description: 'Remarca a reserva para outro voo.',
    inputSchema: z.object({ localizador: z.string(), novo_voo: z.string(), data: z.string() }),
    execute: async ({ localizador, novo_voo, data }) => ({ localizador, novo_voo, data, assento: '14C', status: 'confirmada', cobranca_brl: 0 }),
  }),
};

await generateText({
  model: scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: 'gen-', replies: [
    { calls: [['bv-1', 'buscar_voos', { origem: 'CNF', destino: 'GRU', data: '2025-05-09' }]] },
    { calls: [['bv-2', 'buscar_voos', { origem: 'CNF', destino: 'GRU', data: '2025-05-09' }]] },
    { calls: [['rr-1', 'remarcar_reserva', { localizador: 'QJX7PM', novo_voo: 'AZ4172', data: '2025-05-09' }]] },
    'Pronto! A primeira consulta ao sistema de voos expirou, mas na segunda tentativa encontrei opções. Sua reserva QJX7PM foi remarcada para o voo AZ4172 de hoje, saída de Confins às 18h40 e chegada em Guarulhos às 20h05, assento 14C, sem custo adicional.',
  ] }),
  system: 'Você é o assistente de remarcação da Azulino Linhas Aéreas. Passageiros com voo cancelado podem ser remarcados sem custo no mesmo dia.',
  prompt: 'Meu voo AZ4166 de Confins para Guarulhos hoje (09/05) foi cancelado. Localizador QJX7PM. Tem outro voo ainda hoje à noite?',
  tools, stopWhen: stepCountIs(6),
  telemetry: { functionId: 'remarcacao', integrations: [new OpenTelemetry()] },
});
writeJsonDocument(dir, 'otlp-request.json', await t.flush());
