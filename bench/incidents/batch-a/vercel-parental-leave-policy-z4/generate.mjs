// Internal HR assistant ("Ask People Ops") on the Vercel AI SDK v7 with the @ai-sdk/otel OpenTelemetry
// integration. Policy search = embed the query, then a filtered vector search over the handbook index.
// Offline: scripted MockLanguageModelV4 and a hash-based MockEmbeddingModelV4, no network.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, z, stepCountIs,
  OpenTelemetry, writeJsonDocument, scriptDir, context, trace, SpanKind,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'people-ops-assistant',
  resource: { 'deployment.environment.name': 'prod-eu', 'service.version': '1.42.0' },
  seed: 'vercel-parental-leave-policy-z4',
});
const ids = makeIds('vercel-parental-leave-policy-z4');
const embedder = hashEmbeddingModel({ dims: 16 });

// The handbook index: chunks tagged with the country codes the ingestion job wrote.
const INDEX = [
  { id: 'hb-us-ben-014#c2', country: 'US', title: 'Paid Family Leave (United States)', text: 'Eligible US employees receive up to 12 weeks of paid family leave at 100% of base pay within 12 months of a birth or placement. Notify your manager 30 days in advance where foreseeable.' },
  { id: 'hb-gb-exp-003#c1', country: 'GB', title: 'Travel & Expenses (UK)', text: 'Rail travel is booked via the travel portal; standard class for journeys under 3 hours. Meal allowance £25 per day.' },
  { id: 'hb-de-urlaub-002#c4', country: 'DE', title: 'Elternzeit (Deutschland)', text: 'Elternzeit kann bis zu 3 Jahre pro Kind genommen werden; Anmeldung spätestens 7 Wochen vor Beginn.' },
];
async function search({ query, country, topK }) {
  const { embedding } = await embed({ model: embedder, value: query, telemetry: { functionId: 'handbook-embed', integrations: [new OpenTelemetry()] } });
  const hits = INDEX.filter((d) => !country || d.country === country)
    .filter((d) => /leave|parental|family|shared|maternity|paternity/i.test(d.text + d.title) && /leave|parental|family/i.test(query))
    .slice(0, topK)
    .map((d, i) => ({ id: d.id, title: d.title, score: +(0.81 - i * 0.07).toFixed(3), text: d.text }));
  return { index: 'handbook-2025-q2', query_dims: embedding.length, filter: country ? { country } : {}, matches: hits };
}

const tools = {
  search_handbook: tool({
    description: 'Semantic search over the employee handbook. Optional country filter (country of employment).',
    inputSchema: z.object({ query: z.string(), country: z.string().optional(), topK: z.number().int().min(1).max(10).default(5) }),
    execute: async (args) => search(args),
  }),
  get_employee_profile: tool({
    description: 'Profile of the signed-in employee (country, entity, start date, manager).',
    inputSchema: z.object({}),
    execute: async () => ({ employee_id: 'E-20931', country: 'UK', legal_entity: 'Northwind Analytics Ltd', start_date: '2021-09-06', manager: 'R. Okafor', contract: 'permanent, full-time' }),
  }),
};

const cid = () => 'call_' + ids('', 24);
const span = tracer.startSpan('POST /v1/ask', { kind: SpanKind.SERVER, attributes: {
  'http.request.method': 'POST', 'url.path': '/v1/ask', 'gen_ai.conversation.id': 'ask-' + ids('', 12).toLowerCase(), 'user.id': 'E-20931',
} });
await context.with(trace.setSpan(context.active(), span), () => generateText({
  model: scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', responsePrefix: 'msg_', replies: [
    { calls: [[cid(), 'get_employee_profile', {}]] },
    { calls: [[cid(), 'search_handbook', { query: 'shared parental leave enhanced pay notice', country: 'UK', topK: 5 }]] },
    { text: 'Nothing under that filter, trying a broader search.', calls: [[cid(), 'search_handbook', { query: 'parental leave pay policy', topK: 5 }]] },
    'Congratulations! Here is how shared parental leave works for you at Northwind Analytics Ltd:\n\n'
      + '- You and your partner can share up to 50 weeks of leave, of which 37 weeks are paid.\n'
      + '- Northwind tops SPL pay up to your full salary for the first 18 weeks; after that statutory ShPP applies.\n'
      + '- You need to give HR at least 8 weeks\' written notice before each block of leave, and you can book up to 3 separate blocks.\n'
      + '- You also keep accruing holiday during SPL, and you get up to 20 KIT days.\n\n'
      + 'With a due date in mid-September, send your notice of entitlement to HR by the end of June to be safe.',
  ] }),
  system: 'You are Ask People Ops, the internal HR assistant of Northwind. Answer questions about company policies. '
    + 'Ground every policy statement in the handbook (search_handbook). Be warm and concise.',
  prompt: 'Hi! My partner and I are expecting in mid-September. How much shared parental leave can we split, what does Northwind pay during it, and how much notice do I need to give?',
  tools,
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'ask-people-ops', integrations: [new OpenTelemetry()] },
}));
span.setAttribute('http.response.status_code', 200);
span.end();
writeJsonDocument(out, 'otlp-request.json', await flush());
