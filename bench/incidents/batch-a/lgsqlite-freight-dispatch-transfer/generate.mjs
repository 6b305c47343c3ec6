// Freight-forwarding desk, LangGraph.js with the SQLite checkpointer. A quoting agent talks to the
// shipper; when the shipper accepts, it calls transfer_to_dispatch and the "dispatch" node runs the
// dispatch graph as a child run. As in many multi-agent setups, the child gets an input filter:
// the transfer call's arguments plus the shipper's latest message, not the whole conversation.
// Run: node generate.mjs
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, HumanMessage, ToolMessage,
  ToolNode, toolsCondition, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "c0a8f3e2-5b7d-4e1a-9f64-2d9e7b1c8a03";

const quoteFreight = tool(
  async ({ origin, destination, pallets, gross_kg, adr_class, un_number, deliver_by }) => JSON.stringify({
    quote_id: "Q-2026-11873",
    origin, destination, pallets, gross_kg, adr_class, un_number, deliver_by,
    lane: "NL-RTM -> DE-DUI",
    vehicle: "13.6 m curtainsider, ADR-certified driver, orange plates",
    price_eur: 1485.0,
    valid_until: "2026-05-09T18:00:00+02:00",
  }),
  {
    name: "quote_freight",
    description: "Price a full-truck-load road shipment.",
    schema: z.object({
      origin: z.string(), destination: z.string(), pallets: z.number().int(), gross_kg: z.number(),
      adr_class: z.string().nullable(), un_number: z.string().nullable(), deliver_by: z.string().nullable(),
    }),
  },
);

const transferToDispatch = tool(async () => "", {
  name: "transfer_to_dispatch",
  description: "Hand an accepted quote to the dispatch team, who book the carrier and the slot.",
  schema: z.object({
    shipment_id: z.string(), quote_id: z.string(), origin: z.string(), destination: z.string(),
    pallets: z.number().int(), gross_kg: z.number(),
  }),
});

const bookCarrier = tool(
  async ({ shipment_id, carrier_id, pallets, hazardous, pickup_at, delivery_at }) => JSON.stringify({
    booking_ref: "BKG-DUI-440127", shipment_id, carrier_id, carrier: "Van Dijk Express B.V.",
    pallets, hazardous, pickup_at, delivery_at, vehicle: "13.6 m curtainsider", status: "confirmed",
  }),
  {
    name: "book_carrier",
    description: "Book a carrier for a shipment. Set hazardous=true for ADR goods (only ADR carriers accept them).",
    schema: z.object({
      shipment_id: z.string(), carrier_id: z.string(), pallets: z.number().int(), hazardous: z.boolean(),
      pickup_at: z.string(), delivery_at: z.string(),
    }),
  },
);

const listCarriers = tool(
  async ({ lane, hazardous }) => JSON.stringify({
    lane,
    hazardous,
    carriers: hazardous
      ? [{ carrier_id: "CR-0912", name: "Rhenus ADR Tankline", adr: true, earliest_delivery: "05:30", rate_eur: 1390 }]
      : [
        { carrier_id: "CR-2207", name: "Van Dijk Express B.V.", adr: false, earliest_delivery: "11:30", rate_eur: 1040 },
        { carrier_id: "CR-0912", name: "Rhenus ADR Tankline", adr: true, earliest_delivery: "05:30", rate_eur: 1390 },
      ],
  }),
  {
    name: "list_carriers",
    description: "List carriers available on a lane, cheapest first.",
    schema: z.object({ lane: z.string(), hazardous: z.boolean() }),
  },
);

const ShipperState = Annotation.Root({
  ...MessagesAnnotation.spec,
  userId: Annotation(),
  shipment_id: Annotation(),
});

await writeIncident(import.meta.url, async (checkpointer) => {
  const quoter = new ScriptedChatModel("quote-agent", [
    { tool_calls: [call("toolu_01HnQ4", "quote_freight", {
      origin: "Rotterdam Waalhaven, NL", destination: "Duisburg DIT, dock 7, DE", pallets: 14, gross_kg: 9800,
      adr_class: "3", un_number: "UN1263", deliver_by: "2026-05-12T06:00:00+02:00" })] },
    { content: "Quote Q-2026-11873: 14 pallets of UN1263 paint (ADR class 3, 9,800 kg) from Rotterdam Waalhaven to "
        + "Duisburg DIT dock 7, delivered before 06:00 on 12 May, on an ADR-certified truck: EUR 1,485.00, valid "
        + "until 9 May 18:00. Shall I book it?" },
    { tool_calls: [call("toolu_01Rk8w", "transfer_to_dispatch", {
      shipment_id: "SHP-7Q4-22918", quote_id: "Q-2026-11873", origin: "Rotterdam Waalhaven, NL",
      destination: "Duisburg DIT, dock 7, DE", pallets: 14, gross_kg: 9800 })] },
    (messages) => ({ content: "Booked. Your shipment SHP-7Q4-22918 goes with Van Dijk Express B.V. (booking "
        + "BKG-DUI-440127): pickup 11 May 20:00 in Rotterdam, delivery at Duisburg DIT dock 7 on 12 May at 11:30." }),
  ], "claude-3-5-sonnet-20241022");
  const dispatcher = new ScriptedChatModel("dispatch-agent", [
    { tool_calls: [call("toolu_01Dx2a", "list_carriers", { lane: "NL-RTM -> DE-DUI", hazardous: false })] },
    { tool_calls: [call("toolu_01Dx2b", "book_carrier", {
      shipment_id: "SHP-7Q4-22918", carrier_id: "CR-2207", pallets: 14, hazardous: false,
      pickup_at: "2026-05-11T20:00:00+02:00", delivery_at: "2026-05-12T11:30:00+02:00" })] },
    { content: "SHP-7Q4-22918 booked with Van Dijk Express B.V. (CR-2207), BKG-DUI-440127: pickup 11 May 20:00, "
        + "delivery 12 May 11:30 at Duisburg DIT dock 7. Cheapest carrier on the lane." },
  ], "claude-3-5-haiku-20241022");

  const dispatch = new StateGraph(MessagesAnnotation)
    .addNode("dispatcher", async (state) => ({
      messages: [await dispatcher.invoke([
        new SystemMessage("You are the dispatch desk of Noordzee Logistics. Book the cheapest carrier that fits "
          + "the shipment and confirm pickup and delivery times."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([listCarriers, bookCarrier]))
    .addEdge(START, "dispatcher")
    .addConditionalEdges("dispatcher", toolsCondition, ["tools", END])
    .addEdge("tools", "dispatcher")
    .compile();

  // The input filter: the transfer arguments and the shipper's last message only.
  function handoffInput(messages) {
    const transfer = messages.at(-1).tool_calls.find((c) => c.name === "transfer_to_dispatch");
    const lastShipper = [...messages].reverse().find((m) => m.getType() === "human");
    return {
      transfer,
      messages: [
        new HumanMessage(`Handoff from quote-agent: ${JSON.stringify(transfer.args)}`),
        new HumanMessage(`Shipper's last message: ${lastShipper.content}`),
      ],
    };
  }

  const graph = new StateGraph(ShipperState)
    .addNode("quote_agent", async (state) => ({
      messages: [await quoter.invoke([
        new SystemMessage("You are the quoting agent of Noordzee Logistics. Quote road freight; when the shipper "
          + "accepts, transfer to dispatch."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([quoteFreight]))
    .addNode("dispatch", async (state) => {
      const { transfer, messages } = handoffInput(state.messages);
      const out = await dispatch.invoke({ messages });
      return {
        shipment_id: transfer.args.shipment_id,
        messages: [new ToolMessage({ tool_call_id: transfer.id, name: transfer.name, content: out.messages.at(-1).content })],
      };
    })
    .addEdge(START, "quote_agent")
    .addConditionalEdges("quote_agent", (state) => {
      const calls = state.messages.at(-1).tool_calls ?? [];
      if (calls.some((c) => c.name === "transfer_to_dispatch")) return "dispatch";
      return calls.length ? "tools" : END;
    }, ["tools", "dispatch", END])
    .addEdge("tools", "quote_agent")
    .addEdge("dispatch", "quote_agent")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Hi, we need 14 pallets moved from our Rotterdam Waalhaven warehouse to Duisburg DIT, dock 7. "
      + "It's solvent-based paint, UN1263, ADR class 3, about 9.8 t gross. The terminal only takes hazmat "
      + "before 06:00, so it has to arrive on 12 May before 6 am.")],
    userId: "acct_RTM-0391",
  }, cfg);
  await graph.invoke({ messages: [human("Price is fine, go ahead and book it please.")] }, cfg);
});
