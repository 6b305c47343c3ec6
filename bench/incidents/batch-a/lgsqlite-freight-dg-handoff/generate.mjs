// Freight-forwarding desk: an intake agent talks to the shipper and records the shipment, then
// hands over to a carrier-booking sub-agent (a compiled subgraph run inside the "booking" node,
// checkpointed in its own namespace). The handoff passes a one-line brief built from the shipment
// record. Real LangGraph.js + SqliteSaver, scripted model.
//   node bench/incidents/batch-a/lgsqlite-freight-dg-handoff/generate.mjs
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, ScriptedChatModel, SystemMessage,
  ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "fwd:venlo:SHP-77120";

const recordShipment = tool(
  async (shipment) => JSON.stringify({ ...shipment, ref: "SHP-77120", status: "recorded" }),
  {
    name: "record_shipment",
    description: "Record the shipment details the shipper gave.",
    schema: z.object({
      origin: z.string(), destination: z.string(), pieces: z.number(), weight_kg: z.number(),
      deliver_by: z.string(), dangerous_goods: z.string().nullable(), transport_restriction: z.string().nullable(),
    }),
  },
);

const quoteCarriers = tool(
  async ({ origin, destination, weight_kg, deliver_by }) => JSON.stringify({
    origin, destination, weight_kg, deliver_by,
    quotes: [
      { service: "DSV road groupage", mode: "road", eta: "2026-05-18", price_eur: 96 },
      { service: "TNT road economy express", mode: "road", eta: "2026-05-14", price_eur: 312 },
      { service: "DHL Express Worldwide", mode: "air", eta: "2026-05-12", price_eur: 184 },
    ],
  }),
  {
    name: "quote_carriers",
    description: "Get carrier quotes for a consignment.",
    schema: z.object({ origin: z.string(), destination: z.string(), weight_kg: z.number(), deliver_by: z.string() }),
  },
);

const bookCarrier = tool(
  async ({ service, shipment_ref }) => JSON.stringify({
    booking: "BKG-4471930", awb: "7730 1185 42", service, shipment_ref, pickup: "2026-05-11 14:00-17:00", status: "booked",
  }),
  {
    name: "book_carrier",
    description: "Book a carrier service for a shipment.",
    schema: z.object({ service: z.string(), shipment_ref: z.string() }),
  },
);

const intakeModel = new ScriptedChatModel(`${THREAD}/intake`, [
  { tool_calls: [call("call_rec_9f1", "record_shipment", {
    origin: "Venlo NL (DC2)", destination: "Milano IT (Via Tortona 31)", pieces: 2, weight_kg: 18,
    deliver_by: "2026-05-15", dangerous_goods: "UN3481 lithium ion batteries packed with equipment, PI 967",
    transport_restriction: "road only (ADR); shipper not certified for air (IATA DGR)",
  })] },
  { content: "Recorded as SHP-77120: 2 cartons, 18 kg, UN3481, road only, Venlo to Milan by 15 May. I'm passing it "
      + "to our booking desk now." },
  { content: "Your shipment SHP-77120 is booked with DHL Express Worldwide, pickup on 11 May between 14:00 and "
      + "17:00, AWB 7730 1185 42, delivery on 12 May." },
]);

const bookingModel = new ScriptedChatModel(`${THREAD}/booking`, [
  (m) => ({ tool_calls: [call("call_q_2b7", "quote_carriers", {
    origin: "Venlo NL", destination: "Milano IT", weight_kg: 18, deliver_by: "2026-05-15" })] }),
  { tool_calls: [call("call_b_6c0", "book_carrier", { service: "DHL Express Worldwide", shipment_ref: "SHP-77120" })] },
  { content: "Booked DHL Express Worldwide (cheapest option arriving before 15 May): BKG-4471930, AWB 7730 1185 42, "
      + "pickup 11 May 14:00-17:00, ETA 12 May." },
]);

const Parent = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), shipment: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const booking = new StateGraph(MessagesAnnotation)
    .addNode("agent", async (state) => ({
      messages: [await bookingModel.invoke([
        new SystemMessage("You are the carrier booking desk. Book the cheapest service that meets the delivery date."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([quoteCarriers, bookCarrier]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile();

  const graph = new StateGraph(Parent)
    .addNode("intake", async (state) => ({
      messages: [await intakeModel.invoke([
        new SystemMessage("You are the intake agent of a freight forwarder. Record every detail of the shipment."),
        ...state.messages,
      ])],
    }))
    .addNode("intake_tools", async (state) => {
      const out = await new ToolNode([recordShipment]).invoke(state);
      const rec = JSON.parse(out.messages[0].content);
      return { ...out, shipment: rec };
    })
    .addNode("booking", async (state) => {
      const s = state.shipment;
      const brief = `Book carrier for ${s.ref}: ${s.pieces} pcs, ${s.weight_kg} kg, ${s.origin} -> ${s.destination}, `
        + `deliver by ${s.deliver_by}.`;
      const result = await booking.invoke({ messages: [new HumanMessage(brief)] });
      const confirmation = result.messages.at(-1).content;
      return { messages: [new AIMessage({ content: `[booking desk] ${confirmation}`, name: "booking_desk" })] };
    })
    .addNode("report", async (state) => ({
      messages: [await intakeModel.invoke([
        new SystemMessage("Confirm the booking to the shipper."), ...state.messages])],
    }))
    .addEdge(START, "intake")
    .addConditionalEdges("intake", (state) => (state.messages.at(-1).tool_calls?.length
      ? "intake_tools" : (state.shipment ? "booking" : END)), ["intake_tools", "booking", END])
    .addEdge("intake_tools", "intake")
    .addEdge("booking", "report")
    .addEdge("report", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Hi, we need to ship 2 cartons of e-bike battery packs (UN3481, packed with equipment), 18 kg in "
      + "total, from our Venlo DC2 to a customer at Via Tortona 31, Milan. Must arrive by Friday 15 May. Note: our "
      + "dangerous-goods certificate covers road (ADR) only, we can't ship these by air.")],
    user_id: "shipper-NL-00731",
  }, threadConfig(THREAD));
});
