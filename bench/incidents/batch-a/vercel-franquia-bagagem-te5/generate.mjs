// Atendimento de uma companhia aérea pelo WhatsApp: consulta de reserva e franquia de bagagem.
// Vercel AI SDK v7, integração OpenTelemetry de @ai-sdk/otel (atributos gen_ai.*), modelo roteirizado,
// OTLP/JSON uma requisição por linha (uma por mensagem recebida).
import {
  generateText, tool, stepCountIs, OpenTelemetry, z, SpanKind,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'atendimento-whatsapp',
  resource: { 'service.version': '5.3.0', 'deployment.environment': 'producao', 'cloud.region': 'sa-east-1' },
  seed: 'vercel-franquia-bagagem-te5',
});
const ids = makeIds('vercel-franquia-bagagem-te5');

const reservas = {
  XKT4OZ: {
    encontrada: true, localizador: 'XKT4OZ', titular: 'ALBUQUERQUE/RAFAEL MR', situacao: 'emitida',
    trechos: [
      { trecho: 'GRU-LIS', voo: 'TP 82', data: '2025-03-18', partida: '23:35', cabine: 'Economica', tarifa: 'Classic' },
      { trecho: 'LIS-GRU', voo: 'TP 81', data: '2025-04-01', partida: '10:05', cabine: 'Economica', tarifa: 'Classic' },
    ],
    bagagem: { despachada: { pecas: 1, peso_max_kg: 23, dimensoes_max_cm: 158 }, mao: { pecas: 1, peso_max_kg: 8, dimensoes_cm: '55x40x20' }, item_pessoal: true },
  },
};

const tools = {
  consultar_reserva: tool({
    description: 'Consulta uma reserva pelo localizador (6 caracteres) e, opcionalmente, o sobrenome do titular.',
    inputSchema: z.object({ localizador: z.string().length(6), sobrenome: z.string().optional() }),
    execute: async ({ localizador }) => reservas[localizador] ?? { encontrada: false, localizador },
  }),
  cotar_bagagem_extra: tool({
    description: 'Cota o preço de bagagem despachada adicional para um trecho de uma reserva.',
    inputSchema: z.object({ localizador: z.string(), trecho: z.string(), pecas: z.number().int().min(1).max(3) }),
    execute: async ({ localizador, trecho, pecas }) => ({
      localizador, trecho, pecas, peso_max_kg: 23, moeda: 'BRL',
      preco_antecipado: 620.0, canal_antecipado: 'app ou site, até 24 h antes da partida', preco_aeroporto: 890.0,
    }),
  }),
};

const g = () => ids('', 16);
const [g1, g2, g3] = [g(), g(), g()];
const model = scriptedModel({
  provider: 'google.generative-ai',
  modelId: 'gemini-2.5-flash',
  responsePrefix: '',
  ids: () => ids('', 22),
  replies: [
    { calls: [[g1, 'consultar_reserva', { localizador: 'XKT4QZ' }]] },
    'Oi! Não encontrei nenhuma reserva com o localizador XKT4QZ. Pode conferir o código no e-mail de confirmação? ' +
      'São 6 caracteres e às vezes a letra O e o número 0 (ou Q e O) se confundem. Se puder, me mande também o sobrenome do titular.',
    { calls: [[g2, 'consultar_reserva', { localizador: 'XKT4OZ', sobrenome: 'Albuquerque' }]] },
    'Achei, Rafael! Reserva XKT4OZ, emitida, GRU→LIS no TP 82 em 18/03 às 23:35 (volta TP 81 em 01/04), econômica tarifa Classic.\n\n' +
      'Sua franquia em cada trecho:\n' +
      '- **1 mala despachada** de até **23 kg** (soma das dimensões até 158 cm);\n' +
      '- **1 bagagem de mão** de até **8 kg** (55x40x20 cm);\n' +
      '- mais **1 item pessoal** (bolsa ou mochila pequena).',
    { calls: [[g3, 'cotar_bagagem_extra', { localizador: 'XKT4OZ', trecho: 'GRU-LIS', pecas: 1 }]] },
    'Uma segunda mala de até 23 kg no trecho GRU→LIS sai por **R$ 620,00** se você comprar pelo app ou site até 24 h antes da partida. ' +
      'No aeroporto o valor é **R$ 890,00**. Quer que eu te mande o link para adicionar?',
  ],
});

const system = 'Você é a Bia, assistente virtual de atendimento da companhia no WhatsApp. Responda em português do Brasil, ' +
  'de forma simpática e objetiva. Só informe dados de reserva, franquia e preços que vierem das ferramentas.';

const sessionId = 'wa-5511987654321-20250311';
const userId = 'cli_88310245';
const history = [];
async function turno(texto, n) {
  history.push({ role: 'user', content: texto });
  await tracer.startActiveSpan('POST /webhooks/whatsapp', {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.route': '/webhooks/whatsapp', 'messaging.system': 'whatsapp',
      'messaging.message.id': `wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNB${n}`, 'session.id': sessionId, 'user.id': userId },
  }, async (span) => {
    const r = await generateText({
      model, system, messages: [...history], tools, stopWhen: stepCountIs(4),
      telemetry: { functionId: 'bia-atendimento', integrations: [new OpenTelemetry()] },
    });
    history.push(...r.response.messages);
    span.setAttribute('http.response.status_code', 200);
    span.end();
  });
  return flush();
}

const lines = [];
lines.push(await turno('Oi, qual a franquia de bagagem da minha reserva XKT4QZ? Viajo pra Lisboa semana que vem', 1));
lines.push(await turno('Ah foi mal, é XKT4OZ, com a letra O. Sobrenome Albuquerque', 2));
lines.push(await turno('E se eu quiser levar uma segunda mala na ida, quanto fica?', 3));
writeJsonl(out, 'otel-export.jsonl', lines);
console.log('wrote', out);
