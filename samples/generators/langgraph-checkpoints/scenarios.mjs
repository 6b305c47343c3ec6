// The agent histories written into the fixtures. Every scenario builds real LangGraph graphs,
// compiles them with the checkpointer it is given and runs them on one thread with a scripted
// model, so the rows in the database are exactly what LangGraph writes. Each scenario says what
// it shows; README.md lists what coroner should find in each.
import { Annotation, Command, END, MessagesAnnotation, START, StateGraph, interrupt } from "@langchain/langgraph";
import { ToolNode, toolsCondition } from "@langchain/langgraph/prebuilt";
import { HumanMessage, RemoveMessage, SystemMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import { ScriptedChatModel, lastText } from "./model.mjs";

// ---------------------------------------------------------------- tools

const ORDERS = {
  "ORD-1042": { order_id: "ORD-1042", status: "shipped", carrier: "DHL", eta: "2026-03-14" },
  "ORD-2210": { order_id: "ORD-2210", status: "out for delivery", carrier: "CTT", eta: "today" },
  "ORD-3301": { order_id: "ORD-3301", status: "delivered", carrier: "UPS", eta: "2026-03-02" },
};

function lookupOrderTool({ failFirst = 0 } = {}) {
  let failures = failFirst;
  return tool(
    async ({ order_id }) => {
      if (failures > 0) {
        failures--;
        throw new Error("carrier API timed out after 30s");
      }
      const order = ORDERS[order_id];
      if (!order) throw new Error(`order ${order_id} not found`);
      return JSON.stringify(order);
    },
    { name: "lookup_order", description: "Look up an order.", schema: z.object({ order_id: z.string() }) },
  );
}

const updateAddress = tool(
  async ({ order_id, address }) => JSON.stringify({ order_id, address, status: "updated" }),
  {
    name: "update_address",
    description: "Change the delivery address of an order.",
    schema: z.object({ order_id: z.string(), address: z.string() }),
  },
);

const HOTELS = [
  { hotel_id: "H-2", name: "Pensão Alfama", price_eur: 95, step_free: false, note: "4th floor, no lift" },
  { hotel_id: "H-7", name: "Casa Azul", price_eur: 165, step_free: true, note: "ground-floor rooms, roll-in shower" },
  { hotel_id: "H-9", name: "Hotel Tejo", price_eur: 210, step_free: true, note: "lift to all floors" },
];

const searchHotels = tool(
  async ({ city, max_price_eur, step_free }) => {
    const found = HOTELS.filter((h) => (max_price_eur == null || h.price_eur <= max_price_eur)
      && (!step_free || h.step_free)).sort((a, b) => a.price_eur - b.price_eur);
    return JSON.stringify({ city, results: found });
  },
  {
    name: "search_hotels",
    description: "Search hotels.",
    schema: z.object({
      city: z.string(),
      max_price_eur: z.number().nullable(),
      step_free: z.boolean(),
    }),
  },
);

const bookRoom = tool(
  async ({ hotel_id, nights }) => JSON.stringify({ booking: "BK-5521", hotel_id, nights, status: "confirmed" }),
  {
    name: "book_room",
    description: "Book a room.",
    schema: z.object({ hotel_id: z.string(), nights: z.number() }),
  },
);

const issueRefund = tool(
  async ({ order_id, amount_eur }) => JSON.stringify({ refund: "RF-7710", order_id, amount_eur, status: "issued" }),
  {
    name: "issue_refund",
    description: "Refund an order.",
    schema: z.object({ order_id: z.string(), amount_eur: z.number() }),
  },
);

const searchDocs = tool(
  async ({ query }) => JSON.stringify({
    query,
    documents: [{ id: "kb-311", text: "Churn in Q3 fell to 2.1% after the annual-plan discount." }],
  }),
  { name: "search_docs", description: "Search the knowledge base.", schema: z.object({ query: z.string() }) },
);

// ---------------------------------------------------------------- graph helpers

const WithUser = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
});

function call(id, name, args) {
  return { id, name, args, type: "tool_call" };
}

/** A tool-calling support agent: agent -> tools -> agent until the model stops calling tools. */
function supportGraph(checkpointer, model, tools, system) {
  return new StateGraph(WithUser)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(system), ...state.messages])],
    }))
    .addNode("tools", new ToolNode(tools))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

function config(thread) {
  return { configurable: { thread_id: thread } };
}

function human(text) {
  return new HumanMessage(text);
}

// ---------------------------------------------------------------- scenarios

/** A clean two-turn support conversation with one tool call per turn. */
async function supportClean(checkpointer) {
  const thread = "support-clean-4411";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_lookup_1", "lookup_order", { order_id: "ORD-1042" })] },
    { content: "Your order ORD-1042 shipped with DHL and should arrive on 14 March." },
    { tool_calls: [call("call_address_1", "update_address", { order_id: "ORD-1042", address: "12 Rua Augusta, Lisbon" })] },
    { content: "Done: ORD-1042 will now be delivered to 12 Rua Augusta, Lisbon." },
  ]);
  const graph = supportGraph(checkpointer, model, [lookupOrderTool(), updateAddress], "You are a support agent.");
  await graph.invoke({ messages: [human("Hi, where is my order ORD-1042?")], user_id: "u-alice" }, config(thread));
  await graph.invoke({ messages: [human("Great. Please deliver it to 12 Rua Augusta, Lisbon instead.")] },
    config(thread));
}

/** A tool error that the agent recovers from: it retries, succeeds, and answers from the retry. */
async function supportRecoveredError(checkpointer) {
  const thread = "support-retry-7302";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_lookup_1", "lookup_order", { order_id: "ORD-2210" })] },
    { tool_calls: [call("call_lookup_2", "lookup_order", { order_id: "ORD-2210" })] },
    { content: "Good news: ORD-2210 is out for delivery with CTT and should reach you today." },
  ]);
  const graph = supportGraph(checkpointer, model, [lookupOrderTool({ failFirst: 1 })], "You are a support agent.");
  await graph.invoke({ messages: [human("Has ORD-2210 left the warehouse?")], user_id: "u-carol" }, config(thread));
}

// The booking agent in two deployments. Version 1 keeps the customer's constraints in the state
// field "constraints"; version 2 renamed it to "customer_constraints". A thread started on version
// 1 and resumed on version 2 loses the constraints: version 2 neither declares nor migrates the
// old field, so LangGraph drops its value on the next checkpoint.
const BOOKING_SYSTEM = "You are a hotel booking agent. Respect every constraint of the customer.";

function bookingGraph(checkpointer, model, field) {
  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    [field]: Annotation(),
  });
  return new StateGraph(State)
    .addNode("capture", async (state) => {
      const text = lastText(state.messages, "human").toLowerCase();
      if (!text.includes("wheelchair") && !text.includes("step-free")) {
        return {};
      }
      return { [field]: { accessibility: "step-free access (wheelchair user)", max_price_eur: 180 } };
    })
    .addNode("agent", async (state) => {
      const constraints = state[field];
      const system = BOOKING_SYSTEM + (constraints ? `\nCustomer constraints: ${JSON.stringify(constraints)}` : "");
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([searchHotels, bookRoom]))
    .addEdge(START, "capture")
    .addEdge("capture", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

/** The model reads the constraints from the system prompt the node built, as a real model would. */
function bookingScript(thread) {
  const stepFree = (messages) => messages[0].content.includes("step-free");
  return new ScriptedChatModel(thread, [
    (messages) => ({
      tool_calls: [call("call_search_1", "search_hotels",
        { city: "Lisbon", max_price_eur: stepFree(messages) ? 180 : null, step_free: stepFree(messages) })],
    }),
    { content: "Casa Azul has step-free ground-floor rooms with a roll-in shower for 165 EUR a night, "
        + "12 to 14 March. Shall I book it?" },
    (messages) => ({
      tool_calls: [call("call_search_2", "search_hotels",
        { city: "Lisbon", max_price_eur: stepFree(messages) ? 180 : null, step_free: stepFree(messages) })],
    }),
    (messages) => ({
      tool_calls: [call("call_book_1", "book_room", { hotel_id: stepFree(messages) ? "H-7" : "H-2", nights: 2 })],
    }),
    (messages) => ({
      content: stepFree(messages)
        ? "Booked: Casa Azul, 12 to 14 March, booking BK-5521."
        : "Booked the cheapest option: Pensão Alfama, 95 EUR a night, 12 to 14 March, booking BK-5521.",
    }),
  ]);
}

export async function bookingRenamedField(checkpointer) {
  const thread = "booking-lisbon-31";
  const model = bookingScript(thread);
  const v1 = bookingGraph(checkpointer, model, "constraints");
  await v1.invoke({
    messages: [human("I need a hotel in Lisbon from 12 to 14 March. I use a wheelchair, so the room must be "
      + "step-free. Up to 180 EUR a night.")],
    user_id: "u-dana",
  }, config(thread));
  // Deploy: version 2 of the graph renamed the field. The customer comes back the next day.
  const v2 = bookingGraph(checkpointer, model, "customer_constraints");
  await v2.invoke({ messages: [human("Yes, go ahead, and take the cheapest option that works.")] }, config(thread));
}

/** Three turns, then the client resumes from the checkpoint it cached after the first turn. */
async function forkFromStale(checkpointer) {
  const thread = "research-fork-88";
  const model = new ScriptedChatModel(thread, [
    { content: "Q3 churn was 2.1%, down from 2.6% in Q2." },
    { content: "By region: EMEA 1.8%, NA 2.0%, APAC 2.9%." },
    { content: "EMEA action items: keep the annual-plan discount; call the 12 accounts at risk." },
    { content: "APAC churn was 2.9% in Q3." },
  ]);
  const graph = new StateGraph(WithUser)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("You are an analyst."), ...state.messages])],
    }))
    .addEdge(START, "agent")
    .addEdge("agent", END)
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Summarise the Q3 churn numbers.")], user_id: "u-erin" }, config(thread));
  const cached = (await graph.getState(config(thread))).config.configurable.checkpoint_id;
  await graph.invoke({ messages: [human("Now break it down by region.")] }, config(thread));
  await graph.invoke({ messages: [human("Add the EMEA action items.")] }, config(thread));
  // The client passes the checkpoint id it cached after the first turn: LangGraph branches from
  // there, and the second and third turns are no longer part of the thread's current history.
  await graph.invoke({ messages: [human("And what about APAC?")] },
    { configurable: { thread_id: thread, checkpoint_id: cached } });
}

/** agent -> approval (interrupt) -> tools -> agent. */
function refundGraph(checkpointer, model) {
  return new StateGraph(WithUser)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("You are a refunds agent."), ...state.messages])],
    }))
    .addNode("approval", async (state) => {
      const request = state.messages.at(-1).tool_calls[0];
      const answer = interrupt({ action: request.name, args: request.args });
      return answer.approved ? new Command({ goto: "tools" }) : new Command({ goto: END });
    }, { ends: ["tools", END] })
    .addNode("tools", new ToolNode([issueRefund]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (state) => (state.messages.at(-1).tool_calls?.length ? "approval" : END),
      ["approval", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

/** A refund waits for a supervisor's approval (interrupt) and is resumed with it. */
async function approvalResumed(checkpointer) {
  const thread = "refund-approved-12";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_refund_1", "issue_refund", { order_id: "ORD-3301", amount_eur: 49.9 })] },
    { content: "Your refund RF-7710 of 49.90 EUR for ORD-3301 has been issued." },
  ]);
  const graph = refundGraph(checkpointer, model);
  await graph.invoke({ messages: [human("ORD-3301 arrived broken, I want my 49.90 EUR back.")], user_id: "u-frank" },
    config(thread));
  await graph.invoke(new Command({ resume: { approved: true } }), config(thread));
}

/**
 * The same refund, but the approval never comes: the customer writes again and the chat front end
 * sends the message as new input instead of resuming. The interrupted approval is discarded, the
 * refund tool call stays unanswered in the history, and the next model call is rejected.
 */
async function approvalAbandoned(checkpointer) {
  const thread = "refund-abandoned-19";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_refund_1", "issue_refund", { order_id: "ORD-3301", amount_eur: 49.9 })] },
    { content: "Sorry for the wait, checking your refund now." },
  ]);
  const graph = refundGraph(checkpointer, model);
  await graph.invoke({ messages: [human("ORD-3301 arrived broken, I want my 49.90 EUR back.")], user_id: "u-gina" },
    config(thread));
  try {
    await graph.invoke({ messages: [human("Hello? Is anyone there? I still want my refund.")] }, config(thread));
  } catch (e) {
    if (!String(e.message).startsWith("400 ")) throw e;
  }
}

/** A planner, a research subgraph with its own tool loop (checkpointed in its own namespace), a writer. */
async function subgraph(checkpointer) {
  const thread = "research-subgraph-5";
  const model = new ScriptedChatModel(thread, [
    { content: "Plan: look up the Q3 churn note in the knowledge base, then summarise it." },
    { tool_calls: [call("call_docs_1", "search_docs", { query: "Q3 churn" })] },
    { content: "The knowledge base says churn fell to 2.1% in Q3 after the annual-plan discount." },
    { content: "Summary: Q3 churn fell to 2.1%, driven by the annual-plan discount." },
  ]);
  const agentNode = (system) => async (state) => ({
    messages: [await model.invoke([new SystemMessage(system), ...state.messages])],
  });
  const research = new StateGraph(MessagesAnnotation)
    .addNode("agent", agentNode("You are a researcher."))
    .addNode("tools", new ToolNode([searchDocs]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile();
  const graph = new StateGraph(WithUser)
    .addNode("planner", agentNode("You plan research."))
    .addNode("research", research)
    .addNode("writer", agentNode("You write summaries."))
    .addEdge(START, "planner")
    .addEdge("planner", "research")
    .addEdge("research", "writer")
    .addEdge("writer", END)
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("What happened to churn in Q3?")], user_id: "u-hana" }, config(thread));
}

/** A chat that keeps only the last two messages, trimming the rest with RemoveMessage on purpose. */
async function trimmedHistory(checkpointer) {
  const thread = "chat-trimmed-63";
  const model = new ScriptedChatModel(thread, [
    { content: "Hello! How can I help?" },
    { content: "Our opening hours are 9:00 to 18:00." },
    { content: "Yes, we are open on Saturdays from 10:00 to 14:00." },
  ]);
  const graph = new StateGraph(WithUser)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("You are a shop assistant."), ...state.messages])],
    }))
    .addNode("trim", async (state) => ({
      messages: state.messages.slice(0, -2).map((m) => new RemoveMessage({ id: m.id })),
    }))
    .addEdge(START, "agent")
    .addEdge("agent", "trim")
    .addEdge("trim", END)
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Hi")], user_id: "u-ivan" }, config(thread));
  await graph.invoke({ messages: [human("When are you open?")] }, config(thread));
  await graph.invoke({ messages: [human("Saturdays too?")] }, config(thread));
}

/**
 * A chat whose state declares "messages" without a reducer: each new input replaces the whole
 * history instead of being appended, so the second turn starts with no memory of the first.
 */
async function overwrittenHistory(checkpointer) {
  const thread = "chat-overwritten-64";
  const model = new ScriptedChatModel(thread, [
    { content: "Noted: you are allergic to peanuts. The satay is off the menu for you." },
    { content: "I recommend the satay, it is our most popular dish." },
  ]);
  const State = Annotation.Root({ messages: Annotation(), user_id: Annotation() });
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [...state.messages,
        await model.invoke([new SystemMessage("You are a restaurant assistant."), ...state.messages])],
    }))
    .addEdge(START, "agent")
    .addEdge("agent", END)
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("I am allergic to peanuts.")], user_id: "u-jon" }, config(thread));
  await graph.invoke({ messages: [human("What do you recommend?")] }, config(thread));
}

/**
 * A node that "normalises" the order by replacing the order object with its id, and a summary
 * that starts as null and is filled in later (a value arriving, not a type change).
 */
async function typeChanged(checkpointer) {
  const thread = "order-type-70";
  const model = new ScriptedChatModel(thread, [
    { content: "ORD-1042 has 2 items, 84.50 EUR in total." },
  ]);
  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    order: Annotation(),
    summary: Annotation(),
  });
  const graph = new StateGraph(State)
    .addNode("load", async () => ({
      order: { order_id: "ORD-1042", total_eur: 84.5, items: [{ sku: "MUG-2", qty: 2 }] },
      summary: null,
    }))
    .addNode("normalise", async (state) => ({ order: state.order.order_id }))
    .addNode("agent", async (state) => {
      const reply = await model.invoke([new SystemMessage("You are an order assistant."), ...state.messages]);
      return { messages: [reply], summary: reply.content };
    })
    .addEdge(START, "load")
    .addEdge("load", "normalise")
    .addEdge("normalise", "agent")
    .addEdge("agent", END)
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("What is in ORD-1042?")], user_id: "u-kim" }, config(thread));
}

/** A front end that reuses one thread id for two customers. */
async function sharedThread(checkpointer) {
  const thread = "support-shared-2";
  const model = new ScriptedChatModel(thread, [
    { content: "Thanks Lena, I have noted your new e-mail lena.k@example.org." },
    { content: "Hi Omar, how can I help?" },
  ]);
  const graph = supportGraph(checkpointer, model, [], "You are a support agent.");
  await graph.invoke({ messages: [human("Please change my e-mail to lena.k@example.org.")], user_id: "u-lena" },
    config(thread));
  await graph.invoke({ messages: [human("Hi, I have a question about my invoice.")], user_id: "u-omar" },
    config(thread));
}

/** Every scenario of the test fixture, in the order they are written. */
export const SCENARIOS = [
  supportClean,
  supportRecoveredError,
  bookingRenamedField,
  forkFromStale,
  approvalResumed,
  approvalAbandoned,
  subgraph,
  trimmedHistory,
  overwrittenHistory,
  typeChanged,
  sharedThread,
];
