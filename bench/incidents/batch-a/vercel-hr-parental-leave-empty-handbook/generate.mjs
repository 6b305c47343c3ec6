// PeopleDesk HR assistant (Vercel AI SDK generateText, legacy ai.* telemetry). One conversation turn:
// the employee asks about parental leave; the handbook search comes back empty twice.
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({
  serviceName: 'peopledesk-assistant',
  resource: { 'service.version': '2.14.0', 'deployment.environment.name': 'prod-eu' },
  seed: 'vercel-hr-parental-leave-empty-handbook',
});
const ids = makeIds('vercel-hr-parental-leave-empty-handbook');

const employees = {
  'emp-20417': { employee_id: 'emp-20417', name: 'Aoife Brennan', country: 'IE', office: 'Dublin', job_family: 'Engineering',
    employment_type: 'permanent, full-time', start_date: '2021-03-01', manager: 'emp-11802' },
};

const getEmployeeProfile = tool({
  description: 'Returns the HR profile of the signed-in employee (country, office, contract type, start date).',
  inputSchema: z.object({ employee_id: z.string() }),
  execute: async ({ employee_id }) => { await sleep(35); return employees[employee_id] ?? { error: 'not found' }; },
});

const searchHandbook = tool({
  description: 'Full-text and semantic search over the published employee handbook and local policy annexes. Returns matching passages.',
  inputSchema: z.object({
    query: z.string().describe('What to look for'),
    country: z.string().length(2).describe('ISO country code of the policy annex'),
    top_k: z.number().int().min(1).max(10).default(5),
  }),
  // The IE annex was re-uploaded on the day of the incident and its chunks were not indexed yet.
  execute: async ({ query, country, top_k }) => { await sleep(120); return { index: 'handbook-v7', country, query, top_k, hits: [] }; },
});

const c1 = ids('call_'), c2 = ids('call_'), c3 = ids('call_');
const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4.1-mini', ids,
  replies: [
    { calls: [[c1, 'getEmployeeProfile', { employee_id: 'emp-20417' }]] },
    { calls: [[c2, 'searchHandbook', { query: 'parental leave entitlement pay notice period', country: 'IE', top_k: 5 }]] },
    { calls: [[c3, 'searchHandbook', { query: 'parental leave', country: 'IE', top_k: 10 }]] },
    'Congratulations, Aoife! As a permanent full-time employee in Ireland with more than 12 months of service, you are entitled ' +
      'to 26 weeks of paid parental leave. The company tops up your pay to 90% of base salary for the first 16 weeks; the ' +
      'remaining 10 weeks are paid at the statutory rate. You can split the leave into up to three blocks before your child turns 2.\n\n' +
      'To apply, submit form PL-2 in Workday at least 8 weeks before your intended start date and let your manager know. ' +
      'Your benefits (health cover and pension contributions) continue in full during the leave.',
  ],
});

await generateText({
  model,
  system:
    'You are PeopleDesk, the internal HR assistant of Northwind Software. Answer questions about HR policy for the signed-in ' +
    'employee. Look up the employee profile first, then search the handbook for the policy of their country. Be warm and concise.',
  prompt: "Hi! My partner and I are expecting in March. How much parental leave do I get, is it paid, and how do I apply?",
  tools: { getEmployeeProfile, searchHandbook },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'pd-7f3a2c91', userId: 'emp-20417', tenant: 'northwind' },
  telemetry: {
    functionId: 'peopledesk-chat',
    includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

writeJsonl(out, 'traces.jsonl', [await tracing.flush()]);
