// Online grocery shopping assistant. A "fit_window" node keeps the conversation within the
// model's context budget (last 10 messages, cut at a user turn) before every model call.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, SystemMessage, RemoveMessage,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "sess_01HZX4K7R2M9QF3T8V6B1N0C5D";
const MAX_MESSAGES = 10;

const CATALOGUE = [
  { sku: "4088600112", name: "Semi-skimmed milk 2.272L", price_gbp: 1.65, allergens: ["milk"], tags: ["gluten-free"] },
  { sku: "4088600431", name: "Free range eggs x12", price_gbp: 3.1, allergens: ["egg"], tags: ["gluten-free"] },
  { sku: "4088600977", name: "Greek style natural yoghurt 500g", price_gbp: 1.25, allergens: ["milk"], tags: ["gluten-free"] },
  { sku: "4088601203", name: "Chicken thighs boneless 600g", price_gbp: 4.2, allergens: [], tags: ["gluten-free"] },
  { sku: "4088601344", name: "Basmati rice 1kg", price_gbp: 2.35, allergens: [], tags: ["gluten-free"] },
  { sku: "4088602015", name: "Toastie thick sliced white bread 800g", price_gbp: 1.45, allergens: ["gluten (wheat)"], tags: [] },
  { sku: "4088602190", name: "Schär gluten free white sliced loaf 300g", price_gbp: 3.0, allergens: [], tags: ["gluten-free", "certified GF"] },
  { sku: "4088602588", name: "Fusilli pasta 500g", price_gbp: 1.2, allergens: ["gluten (wheat)"], tags: [] },
  { sku: "4088602611", name: "Gluten free fusilli (corn & rice) 500g", price_gbp: 1.9, allergens: [], tags: ["gluten-free", "certified GF"] },
];

const searchProducts = tool(
  async ({ query }) => {
    const words = query.toLowerCase().split(/[ ,]+/).filter((w) => w.length > 2 && w !== "and");
    const hits = CATALOGUE.filter((p) => words.some((w) => p.name.toLowerCase().includes(w)));
    return JSON.stringify({ query, results: hits });
  },
  { name: "search_products", description: "Search the store catalogue.", schema: z.object({ query: z.string() }) },
);

const basket = [];
const addToBasket = tool(
  async ({ items }) => {
    for (const it of items) basket.push(it);
    const total = basket.reduce((s, it) => s + CATALOGUE.find((p) => p.sku === it.sku).price_gbp * it.qty, 0);
    return JSON.stringify({ added: items, basket_lines: basket.length, basket_total_gbp: Math.round(total * 100) / 100 });
  },
  {
    name: "add_to_basket",
    description: "Add products to the customer's basket.",
    schema: z.object({ items: z.array(z.object({ sku: z.string(), qty: z.number().int() })) }),
  },
);

const checkout = tool(
  async ({ slot }) => JSON.stringify({ order_ref: "GRC-88213940", slot, lines: basket.length, status: "confirmed", payment: "card ending 4417" }),
  { name: "checkout", description: "Book a delivery slot and place the order.", schema: z.object({ slot: z.string() }) },
);

const needsGF = (messages) => /coeliac|gluten-free/i.test(promptText(messages.filter((m) => m.getType() !== "tool")));

const model = new ScriptedChatModel(THREAD, [
  // turn 1
  { content: "Thanks for letting me know! I'll stick to gluten-free products for your order. What would you like?" },
  // turn 2
  { tool_calls: [call("call_Zr81", "search_products", { query: "milk, eggs, yoghurt" })] },
  { tool_calls: [call("call_Zr82", "add_to_basket", { items: [
    { sku: "4088600112", qty: 1 }, { sku: "4088600431", qty: 1 }, { sku: "4088600977", qty: 2 }] })] },
  { content: "Added semi-skimmed milk, a dozen free range eggs and two tubs of Greek style yoghurt (all gluten-free). Basket: £7.25." },
  // turn 3
  { tool_calls: [call("call_Zr83", "search_products", { query: "chicken thighs, basmati rice" })] },
  { tool_calls: [call("call_Zr84", "add_to_basket", { items: [{ sku: "4088601203", qty: 1 }, { sku: "4088601344", qty: 1 }] })] },
  { content: "Chicken thighs (600g) and basmati rice (1kg) are in. Basket: £13.80." },
  // turn 4
  { tool_calls: [call("call_Zr85", "search_products", { query: "sliced bread, fusilli" })] },
  (messages) => ({ tool_calls: [call("call_Zr86", "add_to_basket", { items: needsGF(messages)
    ? [{ sku: "4088602190", qty: 1 }, { sku: "4088602611", qty: 2 }]
    : [{ sku: "4088602015", qty: 1 }, { sku: "4088602588", qty: 2 }] })] }),
  (messages) => ({ content: needsGF(messages)
    ? "Added the Schär gluten free white loaf and two bags of gluten free fusilli. Basket: £20.60."
    : "Added a thick sliced white loaf (800g) and two bags of fusilli. Basket: £17.65." }),
  // turn 5
  { tool_calls: [call("call_Zr87", "checkout", { slot: "Sat 09:00-10:00" })] },
  { content: "All done! Order GRC-88213940 is confirmed for Saturday 09:00-10:00, paid with your card ending 4417." },
]);

const SYSTEM = "You are the shopping assistant of FreshCart. Help the customer fill their basket and check out.";

const graph = (checkpointer) => new StateGraph(Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() }))
  .addNode("fit_window", async (state) => {
    const msgs = state.messages;
    if (msgs.length <= MAX_MESSAGES) return {};
    let start = msgs.length - MAX_MESSAGES;
    while (start < msgs.length && msgs[start].getType() !== "human") start++;
    return { messages: msgs.slice(0, start).map((m) => new RemoveMessage({ id: m.id })) };
  })
  .addNode("agent", async (state) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])] }))
  .addNode("tools", new ToolNode([searchProducts, addToBasket, checkout]))
  .addEdge(START, "fit_window")
  .addEdge("fit_window", "agent")
  .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : END), ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (checkpointer) => {
  const g = graph(checkpointer);
  const cfg = threadConfig(THREAD);
  await g.invoke({ messages: [human("Hi! Doing the weekly shop. Heads up: my daughter is coeliac, so everything has to be gluten-free please.")],
    user_id: "cust-771-204-9" }, cfg);
  await g.invoke({ messages: [human("Milk, eggs and a couple of yoghurts to start.")] }, cfg);
  await g.invoke({ messages: [human("Chicken thighs and some basmati rice.")] }, cfg);
  await g.invoke({ messages: [human("Oh and a sliced loaf and two bags of fusilli for the weekend.")] }, cfg);
  await g.invoke({ messages: [human("Perfect, check out for the Saturday 9-10 slot.")] }, cfg);
});
