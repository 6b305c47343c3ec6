// Member-services assistant of a dental insurer (LangGraph.js, scripted model). The benefits
// knowledge base is a vector-store retriever behind the search_benefits tool. OpenInference OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('member-assist', { 'service.version': '2026.11.4' });

const member = tool(async ({ member_id }) => JSON.stringify({ member_id, name: 'Dana Whitfield', plan_code: 'GLD-PPO-26',
  plan_name: 'Gold PPO', effective: '2026-03-01', network: 'Keystone Dental PPO', dependents: 1 }),
{ name: 'get_member', description: 'Looks up a member and their plan.', schema: z.object({ member_id: z.string() }) });

// The KB index: the query embeds near the vision rider and a network FAQ; nothing on restorative care.
const kb = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Vision Rider VR-2 (attachable to Gold and Silver plans): one routine eye exam per calendar year with a $10 copay; frames allowance once every 24 months. Contact lenses in lieu of glasses.',
    metadata: { id: 'kb-vis-0042', source: 'riders/vision-vr2.pdf', page: 3, score: 0.412 } },
  { pageContent: 'Finding an in-network dentist: use the Keystone Dental PPO directory or call Member Services. Out-of-network claims are reimbursed at the plan\'s allowed amount; you may be balance-billed.',
    metadata: { id: 'kb-faq-0117', source: 'faq/network.md', score: 0.398 } },
] });
const searchBenefits = tool(async ({ query, plan_code }) => {
  const docs = await kb.invoke(`${plan_code}: ${query}`);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, { name: 'search_benefits', description: 'Searches the plan benefits knowledge base.',
  schema: z.object({ query: z.string(), plan_code: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'get_member', args: { member_id: 'KD-00318842' } }] },
  { tool_calls: [{ name: 'search_benefits', args: { query: 'crown coverage percentage waiting period annual maximum', plan_code: 'GLD-PPO-26' } }] },
  { content: 'Hi Dana! On your Gold PPO plan, crowns are a major service covered at 50% after a 12-month waiting period, so with your effective date of March 1, 2026 you\'d be eligible from March 1, 2027. Major services count toward your $1,500 annual maximum, and the $50 individual deductible applies first. If your dentist is in the Keystone Dental PPO network you won\'t be balance-billed.' },
] });

const app = await reactGraph({ model, tools: [member, searchBenefits], name: 'member_assist' });
await t.turn({ userId: 'KD-00318842' }, () => app.invoke({ messages: [
  new SystemMessage('You are the member services assistant for Keystone Dental. Answer coverage questions only from the plan documents returned by search_benefits.'),
  new HumanMessage('My dentist says I need a crown on a molar. How much of it does my plan cover and is there a waiting period? Member ID KD-00318842.'),
] }, { metadata: { session_id: 'ms-chat-5f1e0c77' } }));
t.write(path.join(here, 'traces.jsonl'));
