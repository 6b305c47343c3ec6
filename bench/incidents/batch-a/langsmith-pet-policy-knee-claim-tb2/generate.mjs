// Customer-help bot of a pet insurer: a small LangGraph RAG pipeline (condense -> retrieve -> answer) over
// the product disclosure statement of the policy the customer holds.
import path from 'node:path';
import { ScriptedChatModel, FnRetriever, Document, traced, writeRuns, startClock, advance, minutes, here,
  StateGraph, Annotation, START, END, SystemMessage, HumanMessage, AIMessage } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-03-08T19:26:03Z', 515);

const pds = [
  { id: 'pdsp-24-s2.1', section: '2.1', page: 4, text: 'Your cover starts on the policy start date shown on your Certificate of Insurance. Cover for accidental injury begins 48 hours after the policy start date. Cover for illness begins 30 days after the policy start date.' },
  { id: 'pdsp-24-s2.4', section: '2.4', page: 5, text: 'Claims are paid at the benefit percentage shown on your Certificate of Insurance, after the excess for the condition has been applied. The excess applies once per condition per policy year.' },
  { id: 'pdsp-24-s5.3', section: '5.3', page: 14, text: 'Dental illness: we pay for the treatment of periodontal disease and tooth resorption, provided your pet has had a dental examination by a vet in the 12 months before the condition first showed signs.' },
  { id: 'pdsp-24-s7.2', section: '7.2', page: 19, text: 'We do not pay for any condition that first showed signs before the policy start date or during a waiting period, whether or not it was diagnosed at the time.' },
];
const score = (q, d) => q.toLowerCase().split(/\W+/).filter((w) => w.length > 3 && d.text.toLowerCase().includes(w)).length;
const retriever = new FnRetriever({ name: 'pds_search', latency: [140, 380], search: (q) => pds
  .map((d) => [score(q, d), d]).filter(([s]) => s > 0).sort((a, b) => b[0] - a[0]).slice(0, 2)
  .map(([, d]) => new Document({ pageContent: d.text, metadata: { doc_id: d.id, product: 'PawSure Plus', pds_version: '2024-07', section: d.section, page: d.page } })) });

const State = Annotation.Root({
  history: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }),
  question: Annotation(), query: Annotation(), docs: Annotation(), answer: Annotation(),
});

function build(model) {
  const condense = async (s, config) => {
    if (s.history.length === 0) return { query: s.question };
    const r = await model.invoke([new SystemMessage('Rewrite the last user question as a standalone search query for the policy wording. Reply with the query only.'),
      ...s.history, new HumanMessage(s.question)], config);
    return { query: r.content };
  };
  const retrieve = async (s, config) => ({ docs: await retriever.invoke(s.query, config) });
  const respond = async (s, config) => {
    const ctx = s.docs.map((d) => `[${d.metadata.doc_id} p.${d.metadata.page}] ${d.pageContent}`).join('\n');
    const r = await model.invoke([new SystemMessage('You are Penny, the PawSure help assistant. Answer from the policy extracts below. '
      + 'Be warm and concise.\n\nPolicy extracts:\n' + ctx), ...s.history, new HumanMessage(s.question)], config);
    return { answer: r.content, history: [new HumanMessage(s.question), new AIMessage(r.content)] };
  };
  return new StateGraph(State).addNode('condense', condense).addNode('retrieve', retrieve).addNode('respond', respond)
    .addEdge(START, 'condense').addEdge('condense', 'retrieve').addEdge('retrieve', 'respond').addEdge('respond', END).compile();
}

const model = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { content: 'Great question! Accident cover on PawSure Plus begins 48 hours after your policy start date, and illness cover begins 30 days after it. '
    + 'So if Biscuit\'s policy started on 12 February, accidents were covered from 14 February and illnesses from 14 March.' },
  { content: 'PawSure Plus cover for cruciate ligament rupture in the knee: waiting period and reimbursement amount' },
  { content: 'I\'m so sorry to hear about Biscuit\'s knee! Cruciate ligament conditions on PawSure Plus have their own 6-month waiting period '
    + 'from the policy start date, so with a start date of 12 February, a tear on 7 March falls inside it and wouldn\'t be covered. '
    + 'Once the waiting period has passed (from 12 August), cruciate claims are reimbursed at 80% after your excess, up to $7,500 per condition, '
    + 'and if the other knee is affected later it is treated as the same condition. I\'d recommend keeping the vet\'s notes from this visit.' },
] });
const app = build(model);
const meta = { session_id: '0f6c2d9e-4b71-4a0c-9d3e-77b1a5c28e40', user_id: 'cust_88412907', policy_no: 'PSP-2025-0041193', channel: 'web-chat' };

const turn1 = await traced(app, { question: 'Hi! When does my cover actually start? Biscuit\'s policy started on 12 February.' },
  { project: 'pawsure-help', runName: 'penny_rag', metadata: meta });
advance(minutes(3), minutes(5));
await traced(app, { history: turn1.history, question: 'He tore his cruciate ligament yesterday (7 March) at the park, the vet says he needs surgery. Is that covered and how much would you pay?' },
  { project: 'pawsure-help', runName: 'penny_rag', metadata: meta });

writeRuns(path.join(dir, 'runs.jsonl'));
