// Student-services assistant of a university (LangGraph.js ReAct loop, scripted model), traced as
// OpenInference OTLP/JSON. One conversation, one turn.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('student-services-assistant', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

const handbook = new ScriptedRetriever({
  results: async (query) => {
    if (/late course withdrawal/i.test(query)) return [];
    return [
      { pageContent: 'Library borrowing: standard loans are 21 days. Overdue items accrue a fine of $0.25 per day, capped at $10 per item. Holds on your account block registration until fines are cleared.',
        metadata: { source: 'kb/library/borrowing-and-fines.md', section: 'Fines', updated: '2024-06-03' } },
      { pageContent: 'Tuition payment plan: the fall balance may be split into three installments due September 15, October 15 and November 15. A $35 late fee applies to each missed installment. Enrol in the plan through the Bursar tab of the student portal.',
        metadata: { source: 'kb/bursar/payment-plans.md', section: 'Installments', updated: '2024-07-22' } },
    ];
  },
});

const searchHandbook = tool(async ({ query }, config) => {
  const docs = await handbook.invoke(query, config);
  return JSON.stringify(docs.map((d) => ({ source: d.metadata.source, text: d.pageContent })));
}, {
  name: 'search_handbook',
  description: 'Semantic search over the student handbook and registrar/bursar knowledge base.',
  schema: z.object({ query: z.string().describe('natural-language search query') }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'search_handbook', args: { query: 'late course withdrawal deadline tuition refund' } }] },
  { content: '', tool_calls: [{ name: 'search_handbook', args: { query: 'withdraw from a course after add/drop period refund percentage' } }] },
  { content: "Yes, you can still withdraw from BIO 2140. After the add/drop period closes, withdrawals are allowed until the end of week 8 of the term and you get a 50% tuition refund for the course; from week 9 on you can still withdraw, but you'll receive a W on your transcript and no refund. To do it, go to MyCampus > Registration > Drop/Withdraw, pick the course and confirm — the registrar processes it within 3 business days. If you're on financial aid, dropping below 12 credits may reduce your award, so check with the aid office first." },
] });

const system = new SystemMessage('You are the Student Services assistant of Northgate State University. Answer questions about registration, tuition and campus policies. Use search_handbook for policy questions and only state policy details you found there.');
const app = await reactGraph({ model, tools: [searchHandbook], prepare: (m) => [system, ...m], name: 'student_services' });

await t.turn({ userId: 'stu-20417733' }, () => app.invoke(
  { messages: [new HumanMessage("Hi, it's week 6 and I'm really struggling in BIO 2140. Can I still withdraw from just that course, and would I get any tuition back?")] },
  { metadata: { conversation_id: 'ss-chat-88213', channel: 'web-widget' }, runName: 'student_services' }));

t.write(path.join(here, 'spans.otlp.jsonl'));
