// Writes one coroner Redis fixture into the (empty) Redis server at $REDIS_URL, then SAVEs so the
// server's dump.rdb holds it. Usage: REDIS_URL=redis://127.0.0.1:6391 node generate.mjs <fixture>
// where <fixture> is shared-history, renamed-field or langgraph-checkpoints. generate.sh starts a
// throwaway server per fixture and copies the dump into samples/redis-<fixture>/.
//
// No model is called: the "assistants" are ScriptedChatModel instances (model.mjs).
import { createClient } from "redis";
import { RedisChatMessageHistory } from "@langchain/redis";
import { RedisSaver } from "@langchain/langgraph-checkpoint-redis";
import { Annotation, MessagesAnnotation, StateGraph, START, END } from "@langchain/langgraph";
import { HumanMessage, SystemMessage, ToolMessage } from "@langchain/core/messages";
import { ScriptedChatModel } from "./model.mjs";
import { jsonAdapter } from "./json-adapter.mjs";

const url = process.env.REDIS_URL;
const fixture = process.argv[2];
if (!url || !fixture) {
  console.error("usage: REDIS_URL=redis://127.0.0.1:PORT node generate.mjs <shared-history|renamed-field|langgraph-checkpoints>");
  process.exit(2);
}

// A TTL long enough that the key is still live whenever the dump is loaded into a real server
// (the RDB stores an absolute expiry time: now + TTL at the moment of writing).
const TEN_YEARS_S = 10 * 365 * 24 * 3600;

const client = createClient({ url });
await client.connect();
if ((await client.dbSize()) !== 0) throw new Error(`${url} is not empty; generate.sh gives each fixture a fresh server`);

// ---------------------------------------------------------------------------------------------
// a) session bleed through a chat history keyed by store instead of by user
// ---------------------------------------------------------------------------------------------
async function sharedHistory() {
  const SYSTEM = new SystemMessage(
    "You are the Kettle & Co. customer support assistant. Use lookup_order to check orders. " +
      "The conversation history below is this customer's earlier messages.",
  );
  const ORDERS = {
    "ORD-58213": {
      order_id: "ORD-58213",
      customer_email: "anna.keller@example.com",
      item: "Stovetop kettle 1.7 l, brushed steel",
      status: "shipped",
      carrier: "DHL",
      tracking: "JJD0099123456781",
      eta: "Thursday",
    },
    "ORD-60377": {
      order_id: "ORD-60377",
      customer_email: "carla.mendes@example.org",
      item: "Pour-over set",
      status: "processing",
      eta: "next week",
    },
  };
  const lookupOrder = (args) => JSON.stringify(ORDERS[args.order_id] ?? { error: "no such order" });

  // One "turn" of the support app: read the history, ask the model (running the one tool if the
  // model calls it), then append what happened with addMessages, as the app does after each turn.
  async function turn(history, model, human) {
    const past = await history.getMessages();
    const prompt = [SYSTEM, ...past, human];
    const ai = await model.invoke(prompt);
    const added = [human, ai];
    if (ai.tool_calls?.length) {
      for (const call of ai.tool_calls) {
        added.push(new ToolMessage({ content: lookupOrder(call.args), tool_call_id: call.id, name: call.name }));
      }
      const after = await model.invoke([...prompt, ...added.slice(1)]);
      added.push(after);
    }
    await history.addMessages(added);
  }

  // The bug: the app keys the history by the store the chat widget is embedded in
  // (support-chat:store-0042), not by the signed-in user. Anna and, later, Ben both chat from
  // store 0042's page, so Ben's turn is answered with Anna's history in the prompt.
  const shared = new RedisChatMessageHistory({
    sessionId: "support-chat:store-0042",
    sessionTTL: TEN_YEARS_S,
    client,
  });
  const model = new ScriptedChatModel("support-0042", [
    {
      content: "",
      tool_calls: [{ id: "call_lookup_58213", name: "lookup_order", args: { order_id: "ORD-58213" } }],
    },
    {
      content:
        "Thanks, Anna! Order ORD-58213 (stovetop kettle) shipped with DHL, tracking JJD0099123456781, " +
        "and should arrive on Thursday. Updates go to anna.keller@example.com.",
    },
    { content: "You're welcome, Anna. Enjoy the kettle!" },
    // Ben never gave an order id: the model takes the one in the (shared) history.
    {
      content:
        "Of course! Your order ORD-58213 (stovetop kettle) shipped with DHL, tracking JJD0099123456781, " +
        "and should arrive on Thursday. We sent the confirmation to anna.keller@example.com.",
    },
    {
      content:
        "I'm sorry for the confusion. Could you give me your order number so I can look up the right order?",
    },
  ]);
  await turn(
    shared,
    model,
    new HumanMessage({
      content: "Hi, this is Anna Keller (anna.keller@example.com). Where is my order ORD-58213?",
      name: "u-anna-1187",
    }),
  );
  await turn(shared, model, new HumanMessage({ content: "Perfect, thank you!", name: "u-anna-1187" }));
  await turn(
    shared,
    model,
    new HumanMessage({
      content: "Hello, I ordered a kettle last week. Can you tell me where my order is?",
      name: "u-ben-2290",
    }),
  );
  await turn(
    shared,
    model,
    new HumanMessage({
      content: "That is not my e-mail address and not my order. Who is Anna?",
      name: "u-ben-2290",
    }),
  );

  // A clean session at another store: only Carla ever chats there. No TTL on this key.
  const clean = new RedisChatMessageHistory({ sessionId: "support-chat:store-0107", client });
  await clean.addAIMessage("Welcome to Kettle & Co. support! How can I help?");
  const cleanModel = new ScriptedChatModel("support-0107", [
    {
      content: "",
      tool_calls: [{ id: "call_lookup_60377", name: "lookup_order", args: { order_id: "ORD-60377" } }],
    },
    { content: "Hi Carla, order ORD-60377 (pour-over set) is still being packed and should ship next week." },
  ]);
  await turn(
    clean,
    cleanModel,
    new HumanMessage({ content: "Hi, Carla here. Has ORD-60377 shipped yet?", name: "u-carla-3310" }),
  );
  await clean.addUserMessage("ok thanks");
}

// ---------------------------------------------------------------------------------------------
// b) a team's own checkpoint layout: agent:state:{session}:{step}; a deploy renames a field
// ---------------------------------------------------------------------------------------------
async function renamedField() {
  const before = "2025.03.1"; // app version before the deploy
  const after = "2025.03.2"; // after: constraints.max_refund_eur was renamed to constraints.refund_cap

  const sess = "sess-4411";
  const messages1 = [
    { role: "user", content: "My blender arrived broken. I want a refund for order ORD-71002 (EUR 480)." },
    { role: "assistant", content: "I'm sorry to hear that. Let me check your order and refund options." },
  ];
  const step1 = {
    session_id: sess,
    step: 1,
    app_version: before,
    updated_at: "2025-03-11T09:14:02.118Z",
    customer_id: "cus-88120",
    customer_tier: "standard",
    constraints: { max_refund_eur: 150, requires_manager_above_eur: 150 },
    messages: messages1,
    last_action: "lookup_order",
  };
  const messages2 = [
    ...messages1,
    { role: "tool", name: "lookup_order", content: '{"order_id":"ORD-71002","total_eur":480,"status":"delivered"}' },
    {
      role: "assistant",
      content: "Your order total is EUR 480. I can refund up to EUR 150 myself; above that a manager has to approve.",
    },
  ];
  const step2 = {
    ...step1,
    step: 2,
    updated_at: "2025-03-11T09:14:09.540Z",
    messages: messages2,
    last_action: "explain_refund_limit",
  };
  // Deploy between step 2 and step 3. The new code reads constraints.refund_cap, finds nothing in
  // the old snapshot, and writes the step-3 snapshot without the limit the agent had.
  const messages3 = [
    ...messages2,
    { role: "user", content: "Please just refund the full amount, I have waited long enough." },
    { role: "tool", name: "issue_refund", content: '{"order_id":"ORD-71002","amount_eur":480,"status":"issued"}' },
    { role: "assistant", content: "Done: I have refunded the full EUR 480 to your card." },
  ];
  const step3 = {
    session_id: sess,
    step: 3,
    app_version: after,
    updated_at: "2025-03-11T09:31:47.902Z",
    customer_id: "cus-88120",
    customer_tier: "standard",
    constraints: { refund_cap: null, requires_manager_above_eur: 150 },
    messages: messages3,
    last_action: "issue_refund",
  };
  await client.set(`agent:state:${sess}:1`, JSON.stringify(step1));
  await client.set(`agent:state:${sess}:2`, JSON.stringify(step2));
  await client.set(`agent:state:${sess}:3`, JSON.stringify(step3));

  // A clean session that ran entirely before the deploy: consistent snapshots.
  const clean = "sess-5520";
  const c1 = {
    session_id: clean,
    step: 1,
    app_version: before,
    updated_at: "2025-03-10T16:02:11.006Z",
    customer_id: "cus-40233",
    customer_tier: "gold",
    constraints: { max_refund_eur: 150, requires_manager_above_eur: 150 },
    messages: [
      { role: "user", content: "The lid of my kettle (order ORD-69950) cracked. Can I get a refund?" },
      { role: "assistant", content: "Sorry about that! Let me check the order." },
    ],
    last_action: "lookup_order",
  };
  const c2 = {
    ...c1,
    step: 2,
    updated_at: "2025-03-10T16:02:19.771Z",
    messages: [
      ...c1.messages,
      { role: "tool", name: "lookup_order", content: '{"order_id":"ORD-69950","total_eur":39.9,"status":"delivered"}' },
      { role: "tool", name: "issue_refund", content: '{"order_id":"ORD-69950","amount_eur":39.9,"status":"issued"}' },
      { role: "assistant", content: "I have refunded EUR 39.90; it is within the EUR 150 I can approve." },
    ],
    last_action: "issue_refund",
  };
  const c3 = {
    ...c2,
    step: 3,
    updated_at: "2025-03-10T16:03:02.415Z",
    messages: [
      ...c2.messages,
      { role: "user", content: "Thanks!" },
      { role: "assistant", content: "You're welcome. Have a nice day!" },
    ],
    last_action: "close",
  };
  await client.set(`agent:state:${clean}:1`, JSON.stringify(c1));
  await client.set(`agent:state:${clean}:2`, JSON.stringify(c2));
  await client.set(`agent:state:${clean}:3`, JSON.stringify(c3));

  // A third session written by a worker that stores its checkpoint as a hash of string fields.
  await client.hSet("agent:state:sess-6630:1", {
    session_id: "sess-6630",
    step: "1",
    app_version: before,
    updated_at: "2025-03-11T08:47:30.260Z",
    customer_id: "cus-10077",
    customer_tier: "standard",
    max_refund_eur: "150",
    last_action: "lookup_order",
    last_user_message: "Where is my order ORD-70114?",
    messages: JSON.stringify([
      { role: "user", content: "Where is my order ORD-70114?" },
      { role: "assistant", content: "Let me look that up for you." },
    ]),
  });
}

// ---------------------------------------------------------------------------------------------
// c) the real LangGraph Redis checkpoint saver over a small StateGraph (JSON commands adapted)
// ---------------------------------------------------------------------------------------------
async function langgraphCheckpoints() {
  const trace = process.env.ADAPTER_TRACE ? (...a) => console.error("[adapter]", ...a) : undefined;
  const saver = new RedisSaver(jsonAdapter(client, trace));
  await saver.ensureIndexes();

  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    order_status: Annotation(),
  });
  const ORDERS = { "ORD-58213": "shipped (DHL, arriving Thursday)" };
  const model = new ScriptedChatModel("graph-agent", [
    (messages) => ({
      content: `Your order ORD-58213 is ${statusFrom(messages)}.`,
    }),
    { content: "A return label is on its way to your e-mail; you have 30 days to send the kettle back." },
  ]);
  function statusFrom(messages) {
    const system = messages.find((m) => m.getType() === "system");
    return /status: (.*)$/m.exec(system?.content ?? "")?.[1] ?? "unknown";
  }

  const graph = new StateGraph(State)
    .addNode("lookup_order", async (state) => {
      const text = String(state.messages.at(-1).content);
      const id = /ORD-\d+/.exec(text)?.[0];
      return { order_status: id ? (ORDERS[id] ?? "not found") : state.order_status ?? "unknown" };
    })
    .addNode("agent", async (state) => {
      const reply = await model.invoke([
        new SystemMessage(`You are a support agent. Order status: ${state.order_status}`),
        ...state.messages,
      ]);
      return { messages: [reply] };
    })
    .addEdge(START, "lookup_order")
    .addEdge("lookup_order", "agent")
    .addEdge("agent", END)
    .compile({ checkpointer: saver });

  const config = { configurable: { thread_id: "thread-kettle-7" } };
  await graph.invoke({ messages: [new HumanMessage("Where is my order ORD-58213?")] }, config);
  await graph.invoke({ messages: [new HumanMessage("I'd like to return it, please.")] }, config);

  // Read back through the saver (getTuple and list, i.e. the adapter's GET and FT.SEARCH paths).
  const state = await graph.getState(config);
  let history = 0;
  for await (const _ of graph.getStateHistory(config)) history++;
  console.error(
    `langgraph-checkpoints: ${state.values.messages.length} messages, order_status=${state.values.order_status}, ` +
      `${history} checkpoints listed`,
  );
}

const fixtures = {
  "shared-history": sharedHistory,
  "renamed-field": renamedField,
  "langgraph-checkpoints": langgraphCheckpoints,
};
if (!fixtures[fixture]) throw new Error(`unknown fixture ${fixture}`);
await fixtures[fixture]();
await client.save();
console.error(`${fixture}: ${await client.dbSize()} keys saved`);
await client.quit();
