// Pharmacy chat assistant (Brazilian Portuguese). The leaflet search finds nothing for a misspelt
// brand, the assistant asks back; the customer corrects it and the second search finds the leaflet.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const bulas = {
  'novalgina 500 mg/ml gotas': [{ bula: 'BL-NOV-500G-2023', trecho: 'Adultos e adolescentes acima de 15 anos: 20 a 40 gotas em administração única ou até o máximo de 40 gotas, 4 vezes ao dia. Não ultrapassar a dose máxima diária.' }],
};
const buscarBula = tool({
  name: 'buscar_bula', description: 'Busca a bula oficial de um medicamento pelo nome comercial.',
  parameters: z.object({ medicamento: z.string() }),
  execute: async ({ medicamento }) => {
    const r = bulas[medicamento.toLowerCase()] ?? [];
    return JSON.stringify({ consulta: medicamento, total: r.length, resultados: r });
  },
});
const instructions = 'Você é o assistente da Farmácia Boa Saúde. Informe posologia somente a partir da bula encontrada; se não encontrar, peça mais detalhes. Recomende sempre consultar o farmacêutico.';

const m = scriptedModel([
  { tool_calls: [{ name: 'buscar_bula', args: { medicamento: 'Novalgyna' } }] },
  { content: 'Não encontrei nenhuma bula para "Novalgyna". Pode conferir o nome exato na embalagem (e a concentração, por exemplo "500 mg/ml gotas")? Assim eu busco a bula certa antes de falar de dose.' },
  { tool_calls: [{ name: 'buscar_bula', args: { medicamento: 'Novalgina 500 mg/ml gotas' } }] },
  { content: 'Encontrei a bula (BL-NOV-500G-2023). Para adultos: 20 a 40 gotas de uma vez, ou até no máximo 40 gotas, 4 vezes ao dia, sem ultrapassar a dose máxima diária. Em caso de dúvida, fale com o nosso farmacêutico.' },
], { seed: 'bula' });
const agent = new Agent({ name: 'AssistenteFarmacia', instructions, model: m, tools: [buscarBula] });
const runner = new Runner({ groupId: 'chat:bs-0f6e19a4', workflowName: 'Farmácia chat', traceMetadata: { user_id: 'cli-771203' } });

const r1 = await runner.run(agent, 'Oi! Qual a dose máxima por dia de Novalgyna gotas para adulto?');
await runner.run(agent, [...r1.history, user('Desculpa, escrevi errado: é Novalgina 500 mg/ml gotas.')]);

writeTrace(here, 'trace.jsonl');
