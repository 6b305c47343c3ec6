// University library kiosk (Portuguese). Two students use the same kiosk one after the other; the
// kiosk reuses one conversation id, but each run only gets its own student's messages. The second
// student's loan lookup comes back empty and the agent says so and asks back.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const emprestimos = {
  '2023104455': [
    { exemplar: 'BC-00918273', titulo: 'Cálculo, Vol. 1 (Stewart)', devolucao: '2025-11-17', renovacoes: 1, reservado_por_outro: false },
    { exemplar: 'BC-00455102', titulo: 'Introdução aos Algoritmos (Cormen)', devolucao: '2025-11-17', renovacoes: 2, reservado_por_outro: true },
  ],
  '2022098812': [],
};
const listar = tool({
  name: 'listar_emprestimos', description: 'Lista os empréstimos ativos de um cartão de leitor.',
  parameters: z.object({ cartao: z.string() }),
  execute: async ({ cartao }) => JSON.stringify({ cartao, emprestimos: emprestimos[cartao] ?? [] }),
});
const renovar = tool({
  name: 'renovar_emprestimo', description: 'Renova um empréstimo por 14 dias.',
  parameters: z.object({ cartao: z.string(), exemplar: z.string() }),
  execute: async ({ exemplar }) => JSON.stringify({ exemplar, nova_devolucao: '2025-12-01', renovacoes: 2 }),
});

const mA = scriptedModel([
  { tool_calls: [{ name: 'listar_emprestimos', args: { cartao: '2023104455' } }] },
  { tool_calls: [{ name: 'renovar_emprestimo', args: { cartao: '2023104455', exemplar: 'BC-00918273' } }] },
  { content: 'Renovei o "Cálculo, Vol. 1" até 01/12/2025. O "Introdução aos Algoritmos" não pode ser renovado: está reservado por outro leitor, por isso a devolução continua a ser 17/11/2025.' },
], { seed: 'ea1-bib-a' });
const mB = scriptedModel([
  { tool_calls: [{ name: 'listar_emprestimos', args: { cartao: '2022098812' } }] },
  { content: 'Não encontrei nenhum empréstimo ativo no cartão 2022098812, por isso não há nada para renovar. Pode ser que o livro tenha sido requisitado com outro cartão ou já devolvido. Quer indicar-me o título ou o código do exemplar para eu verificar?' },
], { seed: 'ea1-bib-b' });

const instr = 'És o assistente do quiosque da Biblioteca Central. Trata apenas dos empréstimos do cartão lido no quiosque.';
const tools = [listar, renovar];
await new Runner({ groupId: 'quiosque-bc-piso2-03', workflowName: 'Quiosque Biblioteca', traceMetadata: { user: '2023104455' } })
  .run(new Agent({ name: 'Quiosque', instructions: instr, model: mA, tools }), 'Olá, quero renovar os meus livros todos, cartão 2023104455.');
await new Runner({ groupId: 'quiosque-bc-piso2-03', workflowName: 'Quiosque Biblioteca', traceMetadata: { user: '2022098812' } })
  .run(new Agent({ name: 'Quiosque', instructions: instr, model: mB, tools }), 'Bom dia, cartão 2022098812. Posso renovar o livro de Química que tenho?');
writeTrace(here, 'trace.jsonl');
