// HR policy assistant (LangGraph.js RAG graph + OpenInference, scripted model, offline).
// Each turn: retrieve policy passages for the question (filtered to the employee's country), then
// answer from them. Conversation state is kept by a LangGraph MemorySaver per thread.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { StateGraph, Annotation, MessagesAnnotation, MemorySaver, START, END } = await load('@langchain/langgraph');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('people-hub-policy-assistant', { 'service.version': '2025.02.3', 'deployment.environment': 'production' });

// Policy index (scripted): passages carry their source document id and country.
const passages = {
  carry: [
    { pageContent: 'Annual leave carry-over (Ireland). Employees may carry a maximum of 5 unused annual leave days into the next leave year. Carried-over days must be taken by 31 March; any days not taken by then are forfeited unless a manager-approved exception is logged in Workday before 15 March.',
      metadata: { id: 'POL-IE-AL-004#s2', source: 'IE Annual Leave Policy v4 (2024)', country: 'IE' } },
    { pageContent: 'Public holidays falling on a non-working day are credited as an additional day of annual leave and follow the same carry-over rules.',
      metadata: { id: 'POL-IE-AL-004#s5', source: 'IE Annual Leave Policy v4 (2024)', country: 'IE' } },
  ],
  // the country filter matches the leave-family passages of the annual/compassionate leave docs only
  paternity: [
    { pageContent: 'Compassionate leave (Ireland). Up to 3 days of paid compassionate leave may be granted on the death of an immediate family member, and 1 day for an extended family member. Requests go to your line manager.',
      metadata: { id: 'POL-IE-CL-002#s1', source: 'IE Compassionate Leave Policy v2', country: 'IE' } },
    { pageContent: 'Annual leave requests (Ireland). Submit requests in Workday at least 2 weeks in advance for absences longer than 3 consecutive days. Approval is at the discretion of the line manager.',
      metadata: { id: 'POL-IE-AL-004#s1', source: 'IE Annual Leave Policy v4 (2024)', country: 'IE' } },
  ],
};
const scores = [0.812, 0.774];
const retriever = new ScriptedRetriever({ results: async (q) =>
  (/carry|roll over|unused/i.test(q) ? passages.carry : passages.paternity)
    .map((d, i) => ({ ...d, metadata: { ...d.metadata, score: scores[i] - (/paternity|baby|born/i.test(q) ? 0.29 : 0) } })) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { content: 'You can carry over up to 5 unused days into next year, but they must be taken by 31 March or they are lost. If you need longer, your manager has to log an exception in Workday before 15 March. Bank holidays that fell on your day off count as extra leave days under the same rule.' },
  { content: 'Congratulations! In Ireland you are entitled to 2 weeks of paternity leave, and the company tops up the state Paternity Benefit to your full salary for those 2 weeks. You can take it at any point within the first 26 weeks after the birth. Please give HR at least 4 weeks\' written notice using the Paternity Leave form (HR-PL2) in Workday, together with the expected due date. Your annual leave is not affected.' },
] });

const State = Annotation.Root({ ...MessagesAnnotation.spec, passages: Annotation({ reducer: (_, b) => b, default: () => [] }) });
const retrieve = async (state) => {
  const q = state.messages[state.messages.length - 1].content;
  const docs = await retriever.invoke(q);
  return { passages: docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`) };
};
const answer = async (state) => {
  const system = new SystemMessage('You are People Hub, the HR policy assistant of Northwind Analytics. The employee works in the Dublin office (country IE). ' +
    'Answer from the policy passages below.\n\nPolicy passages:\n' + state.passages.join('\n'));
  return { messages: [await model.invoke([system, ...state.messages])] };
};
const app = new StateGraph(State).addNode('retrieve', retrieve).addNode('answer', answer)
  .addEdge(START, 'retrieve').addEdge('retrieve', 'answer').addEdge('answer', END)
  .compile({ checkpointer: new MemorySaver(), name: 'policy_rag' });

const cfg = { configurable: { thread_id: 'phub:thr:88213-0211' }, metadata: { employee_country: 'IE', channel: 'teams' } };
const user = { userId: 'emp-20931' };
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Hi, I still have 7 days of leave left this year. How many can I roll over and until when do I need to use them?')] }, cfg));
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Thanks. Separate question: my partner is due in May. What paternity leave do I get and how do I apply?')] }, cfg));

t.write(path.join(here, 'otlp-spans.jsonl'));
