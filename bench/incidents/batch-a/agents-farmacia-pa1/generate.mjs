// Brazilian pharmacy chat: two customers in two conversations served by one worker process. The
// prescription lookup memoises on the pharmacy branch instead of the patient, so the second
// customer's lookup returns the first customer's prescription.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const receitas = {
  'PAC-88120': { paciente: 'PAC-88120', receita: 'RX-5530127', itens: [{ medicamento: 'Levotiroxina sódica 75 mcg', qtd: '30 comprimidos', posologia: '1 cp em jejum' }], validade: '2026-01-20', status: 'pronta para retirada', loja: 'Loja 014 - Pinheiros' },
  'PAC-40317': { paciente: 'PAC-40317', receita: 'RX-5530988', itens: [{ medicamento: 'Losartana potássica 50 mg', qtd: '60 comprimidos', posologia: '1 cp 12/12h' }], validade: '2025-12-02', status: 'em separação', loja: 'Loja 014 - Pinheiros' },
};
const cache = new Map();
const consultar = tool({
  name: 'consultar_receitas', description: 'Consulta as receitas ativas de um paciente na loja.',
  parameters: z.object({ paciente: z.string(), loja: z.string() }),
  execute: async ({ paciente, loja }) => {
    if (!cache.has(loja)) cache.set(loja, receitas[paciente]);
    return JSON.stringify(cache.get(loja));
  },
});

function agentFor(m) {
  return new Agent({
    name: 'Atendente Farmácia',
    instructions: 'Você é o atendente virtual da rede de farmácias. Consulte as receitas do paciente antes de responder.',
    model: m, tools: [consultar],
  });
}

const mA = scriptedModel([
  { tool_calls: [{ name: 'consultar_receitas', args: { paciente: 'PAC-88120', loja: '014' } }] },
  { content: 'Sua receita RX-5530127 (Levotiroxina sódica 75 mcg, 30 comprimidos) já está pronta para retirada na Loja 014 - Pinheiros. A validade é 20/01/2026.' },
], { seed: 'farmacia-pa1-a' });
await new Runner({ groupId: 'wa-5511987650012', workflowName: 'Atendimento WhatsApp', traceMetadata: { user_id: 'PAC-88120' } })
  .run(agentFor(mA), 'Oi! Minha receita já está pronta na loja de Pinheiros?');

const mB = scriptedModel([
  { tool_calls: [{ name: 'consultar_receitas', args: { paciente: 'PAC-40317', loja: '014' } }] },
  { content: 'Boa tarde! Sua receita RX-5530127 está pronta para retirada na Loja 014 - Pinheiros: Levotiroxina sódica 75 mcg, 30 comprimidos, tomar 1 comprimido em jejum. Validade até 20/01/2026.' },
], { seed: 'farmacia-pa1-b' });
await new Runner({ groupId: 'wa-5511934410877', workflowName: 'Atendimento WhatsApp', traceMetadata: { user_id: 'PAC-40317' } })
  .run(agentFor(mB), 'Boa tarde, quero saber se o meu remédio de pressão já pode ser retirado em Pinheiros e como devo tomar.');

writeTrace(here, 'trace.jsonl');
