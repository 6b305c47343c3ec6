// Legal (English): the contract search returns nothing, the agent says so and asks for the contract
// number; on the second turn the search finds the clause and the answer quotes only it. Clean.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const search = tool({
  name: 'contract_clause_search', description: 'Semantic search over executed vendor contracts.',
  parameters: z.object({ query: z.string(), contract_no: z.string().nullable() }),
  execute: async ({ query, contract_no }) => {
    if (!contract_no) return JSON.stringify({ query, contract_no, hits: [], total: 0 });
    return JSON.stringify({ query, contract_no, total: 1, hits: [{
      doc: 'MSA-NORTHWIND-2024.pdf', section: '14.2 Termination for Convenience', score: 0.91,
      text: 'Either party may terminate this Agreement for convenience upon ninety (90) days\' prior written notice. Customer shall pay all fees accrued through the effective date of termination plus an early termination fee equal to 15% of the remaining annual commitment.' }] });
  },
});

const m = scriptedModel([
  { tool_calls: [{ name: 'contract_clause_search', args: { query: 'termination for convenience notice period fee Northwind', contract_no: null } }] },
  { content: 'I could not find a termination clause for Northwind in the contract repository: the search returned no results. Could you give me the contract or MSA number so I can search the right agreement? I don\'t want to guess the notice period or any fees.' },
  { tool_calls: [{ name: 'contract_clause_search', args: { query: 'termination for convenience notice period fee', contract_no: 'MSA-2024-0193' } }] },
  { content: 'Found it in MSA-2024-0193 (MSA-NORTHWIND-2024.pdf, §14.2): either party may terminate for convenience with 90 days\' prior written notice. We would owe fees accrued up to the termination date plus an early termination fee of 15% of the remaining annual commitment.' },
], { seed: 'legal-clause-wa1' });

const agent = new Agent({
  name: 'ContractsCounsel',
  instructions: 'You answer questions about executed vendor contracts. Quote only what the contract search returns; if nothing is found, say so and ask for the contract number.',
  model: m, tools: [search],
});
const runner = new Runner({ groupId: 'lgl_thread_00b7e1', workflowName: 'Contracts desk', traceMetadata: { user: 'emp-legal-2290' } });
const r1 = await runner.run(agent, 'How much notice do we need to give Northwind to terminate early, and is there a fee?');
await runner.run(agent, [...r1.history, { role: 'user', content: 'It\'s MSA-2024-0193.' }]);
writeTrace(here, 'trace.jsonl');
