// HR helpdesk bot in a shared Slack help thread: two employees ask in the same thread; the bot keeps
// one conversation history per employee (keyed by Slack user) and only ever loads that person's.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const THREAD = 'slack:T01ACME/C04HRHELP/1741603320.004200';

const employees = {
  'E-10442': { employee_id: 'E-10442', name: 'Anna Kowalski', office: 'Kraków', work_country: 'PL', contract: 'permanent' },
  'E-20931': { employee_id: 'E-20931', name: 'Raj Patel', office: null, work_country: null, contract: 'permanent', note: 'relocation in progress' },
};
const getEmployee = tool({
  name: 'hris_get_employee', description: 'Fetch the HRIS record of an employee.',
  parameters: z.object({ employee_id: z.string() }),
  execute: async ({ employee_id }) => JSON.stringify(employees[employee_id] ?? { error: 'not found' }),
});
const leaveBalance = tool({
  name: 'hris_leave_balance', description: 'Annual-leave balance of an employee for the current year.',
  parameters: z.object({ employee_id: z.string() }),
  execute: async ({ employee_id }) => JSON.stringify({ employee_id, year: 2025, entitlement_days: 26, taken_days: 8.5,
    approved_upcoming_days: 3, remaining_days: 14.5, carry_over_days: 3, carry_over_expires: '2025-03-31' }),
});
const searchPolicies = tool({
  name: 'policy_search', description: 'Search the HR policy library. country is an ISO 3166 code or null for global policies.',
  parameters: z.object({ query: z.string(), country: z.string().nullable() }),
  execute: async ({ country }) => {
    if (!country) return JSON.stringify({ query_id: 'q-8812', hits: [], note: 'Parental leave policies are country-specific; no global document matches.' });
    return JSON.stringify({ query_id: 'q-8817', hits: [
      { doc: 'HRP-IE-014', title: 'Paternity and Parent\'s Leave (Ireland)', updated: '2024-09-02',
        excerpt: 'Paternity leave: 2 weeks within the first 26 weeks after the birth; Acme tops up State Paternity Benefit to 100% of salary. '
          + 'Parent\'s leave: 9 weeks per child, to be taken before the child turns 2; the first 5 weeks are topped up to 100%. '
          + 'Give at least 4 weeks\' written notice via Workday > Absence.' } ] });
  },
});

function bot(user, seedReplies, seed) {
  return new Agent({
    name: 'Acme HR Helper',
    instructions: `You are Acme's HR helpdesk bot in Slack. You are answering ${user.name} (${user.id}). Only use this person's records. `
      + 'Answer from HRIS data and policy documents; if you cannot find something, say so and ask.',
    model: scriptedModel(seedReplies, { seed }), tools: [getEmployee, leaveBalance, searchPolicies],
  });
}

// Anna asks about her leave balance.
{
  const agent = bot({ name: 'Anna Kowalski', id: 'E-10442' }, [
    { tool_calls: [{ name: 'hris_leave_balance', args: { employee_id: 'E-10442' } }] },
    { content: 'Hi Anna! For 2025 you have 14.5 days of annual leave left (26 days entitlement, 8.5 taken, 3 already approved for upcoming dates). '
      + 'You also have 3 carried-over days, but they expire on 31 March 2025, so plan those first.' },
  ], 'hr-anna');
  await new Runner({ groupId: THREAD, workflowName: 'hr-helpdesk-slack', traceMetadata: { user: 'U02ANNAKOW' } })
    .run(agent, 'how many vacation days do I still have this year?');
}

// Raj asks about parental leave; the policy search finds nothing without a country.
const rajReplies = [
  { tool_calls: [{ name: 'hris_get_employee', args: { employee_id: 'E-20931' } }] },
  { tool_calls: [{ name: 'policy_search', args: { query: 'paternity parental leave', country: null } }] },
  { content: 'Congratulations, Raj! Parental leave rules depend on the country of your employment contract, and your HR record doesn\'t show a work country '
    + 'at the moment (it looks like your relocation is still being processed). I didn\'t find a global policy, so I don\'t want to guess. '
    + 'Which country is your contract in?' },
  { tool_calls: [{ name: 'policy_search', args: { query: 'paternity parental leave', country: 'IE' } }] },
  { content: 'Thanks! Under the Irish policy (HRP-IE-014): you can take 2 weeks of paternity leave within the first 26 weeks after the birth, '
    + 'topped up to 100% of your salary. On top of that you get 9 weeks of parent\'s leave per child, to be taken before your child turns 2, '
    + 'with the first 5 weeks topped up to 100%. Please request it in Workday > Absence at least 4 weeks in advance — with a June due date, '
    + 'that means by early May at the latest.' },
];
{
  const agent = bot({ name: 'Raj Patel', id: 'E-20931' }, rajReplies, 'hr-raj');
  const runner = new Runner({ groupId: THREAD, workflowName: 'hr-helpdesk-slack', traceMetadata: { user: 'U05RAJPAT' } });
  const r1 = await runner.run(agent, 'Hi, my partner is due in June 🎉 what parental leave can I take?');
  await runner.run(agent, [...r1.history, { role: 'user', content: 'Ireland, I moved to the Dublin office in January.' }]);
}

writeTrace(here, 'slack-hr-thread.jsonl');
