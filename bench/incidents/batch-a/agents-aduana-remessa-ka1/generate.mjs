// Import-desk assistant for a Brazilian cross-border shop (Portuguese). The knowledge-base search
// returns two unrelated notes; the agent answers anyway.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultar = tool({
  name: 'consultar_base_normas', description: 'Busca semântica nas notas técnicas de importação da empresa.',
  parameters: z.object({ consulta: z.string(), top_k: z.number() }),
  execute: async () => JSON.stringify({
    indice: 'normas-importacao-ptbr', consulta_id: 'q_7Hc2Wm',
    resultados: [
      { id: 'NT-2019-044', score: 0.31, titulo: 'Bagagem acompanhada: cota de isenção do viajante',
        trecho: 'O viajante que chega por via aérea tem cota de isenção de US$ 1.000 para bens de uso pessoal, conferida na declaração eletrônica de bens.' },
      { id: 'NT-2021-112', score: 0.27, titulo: 'Remessa postal de livros e periódicos',
        trecho: 'Livros, jornais e periódicos impressos são imunes a tributos na importação, inclusive por remessa postal.' },
    ],
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_base_normas', args: { consulta: 'drone 249 g remessa expressa China alíquota prazo desembaraço homologação', top_k: 5 } }] },
  { content: 'Para drones de até 250 g em remessa expressa, o Imposto de Importação é de 60% sobre o valor aduaneiro (produto + frete + seguro), com ICMS de 17% calculado por dentro. O desembaraço leva em média 7 dias úteis depois da chegada ao Brasil. O modelo também precisa de homologação da ANATEL, com taxa de R$ 200 por código de produto. Posso cadastrar o lote DRN-249 com esses parâmetros?' },
], { seed: 'aduana-remessa' });

const agent = new Agent({
  name: 'MesaImportacao',
  instructions: 'Você apoia a equipe de compras com dúvidas de importação. Consulte sempre a base de normas antes de responder e cite as notas técnicas usadas.',
  model: m, tools: [consultar],
});

await new Runner({ groupId: 'compras-chat-5f21c0', workflowName: 'Mesa de importação',
  traceMetadata: { user_id: 'comprador-0193', equipe: 'eletronicos' } })
  .run(agent, 'Vamos trazer um lote de 300 drones de 249 g da China por remessa expressa (courier). Qual é a alíquota, quanto tempo demora o desembaraço e precisa de alguma certificação?');

writeTrace(here, 'trace.jsonl');
