// Freight-forwarding assistant (English). The intake agent records a shipment of paint (UN1263,
// ADR class 3) that must arrive by Thursday. The dispatch node hands the job to the carrier-booking
// subgraph with a one-line brief that leaves out the dangerous-goods class and the deadline; the
// subgraph books the cheapest carrier, which is not ADR-certified and delivers on Monday.
import {
  AIMessage, END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const Parent = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), shipment: Annotation(), booking: Annotation() });

const CARRIERS = [
  { carrier_id: "CR-0931", name: "Van Dijk Transport", lane: "NLRTM-FRLYS", rate_eur: 1380, adr_certified: false, transit_days: 4, earliest_delivery: "2026-06-15" },
  { carrier_id: "CR-1177", name: "TransRhône ADR", lane: "NLRTM-FRLYS", rate_eur: 1715, adr_certified: true, transit_days: 2, earliest_delivery: "2026-06-11" },
  { carrier_id: "CR-2040", name: "Kessler Logistik", lane: "NLRTM-FRLYS", rate_eur: 1640, adr_certified: true, transit_days: 3, earliest_delivery: "2026-06-12" },
];

const getShipment = tool(
  async ({ ref }) => JSON.stringify({
    ref, origin: "Rotterdam (NLRTM)", destination: "Lyon (FRLYS)", pallets: 22, gross_weight_kg: 17800,
    goods: "Solvent-based industrial paint", un_number: "UN1263", adr_class: "3", packing_group: "II",
    deliver_by: "2026-06-11", consignee: "Peintures Gerland SAS",
  }),
  { name: "get_shipment", description: "Load a shipment record.", schema: z.object({ ref: z.string() }) },
);

const quoteCarriers = tool(
  async ({ lane, pallets, adr_required }) => JSON.stringify({
    lane, pallets, quotes: CARRIERS.filter((c) => !adr_required || c.adr_certified).sort((x, y) => x.rate_eur - y.rate_eur),
  }),
  { name: "quote_carriers", description: "Quotes for a lane.",
    schema: z.object({ lane: z.string(), pallets: z.number(), adr_required: z.boolean().optional() }) },
);

const bookCarrier = tool(
  async ({ shipment_ref, carrier_id }) => {
    const c = CARRIERS.find((x) => x.carrier_id === carrier_id);
    return JSON.stringify({ booking_ref: "BKG-26-061-4471", shipment_ref, carrier_id, carrier: c.name,
      pickup: "2026-06-10", planned_delivery: c.earliest_delivery, rate_eur: c.rate_eur, status: "confirmed" });
  },
  { name: "book_carrier", description: "Book a carrier for a shipment.",
    schema: z.object({ shipment_ref: z.string(), carrier_id: z.string() }) },
);

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "ops-desk/SHP-260609-0147";
  const intake = new ScriptedChatModel("intake", [
    { tool_calls: [call("tc_ship_1", "get_shipment", { ref: "SHP-260609-0147" })] },
    { content: "SHP-260609-0147: 22 pallets (17,800 kg) of solvent-based paint, UN1263, ADR class 3, PG II, "
        + "Rotterdam to Lyon, must be delivered by 2026-06-11. Handing over to carrier booking." },
  ]);
  const booker = new ScriptedChatModel("carrier-booking", [
    { tool_calls: [call("tc_quote_1", "quote_carriers", { lane: "NLRTM-FRLYS", pallets: 22 })] },
    { tool_calls: [call("tc_book_1", "book_carrier", { shipment_ref: "SHP-260609-0147", carrier_id: "CR-0931" })] },
    { content: "Booked Van Dijk Transport (CR-0931), the cheapest quote at 1,380 EUR. Pickup 2026-06-10, "
        + "delivery 2026-06-15. Booking BKG-26-061-4471." },
  ]);

  const carrierBooking = new StateGraph(MessagesAnnotation)
    .addNode("booker", async (s) => ({ messages: [await booker.invoke([
      new SystemMessage("You book road carriers for shipments. Pick the best-value quote."), ...s.messages])] }))
    .addNode("tools", new ToolNode([quoteCarriers, bookCarrier]))
    .addEdge(START, "booker")
    .addConditionalEdges("booker", toolsCondition, ["tools", END])
    .addEdge("tools", "booker")
    .compile();

  const graph = new StateGraph(Parent)
    .addNode("intake", async (s) => {
      const msg = await intake.invoke([new SystemMessage("You are the intake agent of the freight desk."), ...s.messages]);
      const out = { messages: [msg] };
      const lastTool = [...s.messages].reverse().find((m) => m.getType() === "tool");
      if (lastTool && !(msg.tool_calls ?? []).length) out.shipment = JSON.parse(lastTool.content);
      return out;
    })
    .addNode("intake_tools", new ToolNode([getShipment]))
    .addNode("dispatch", async (s, config) => {
      const sh = s.shipment;
      const brief = `Book a carrier for ${sh.ref}: ${sh.pallets} pallets, ${sh.origin} -> ${sh.destination}, lane NLRTM-FRLYS.`;
      const result = await carrierBooking.invoke({ messages: [human(brief)] }, config);
      const last = result.messages[result.messages.length - 1];
      const booked = result.messages.filter((m) => m.getType() === "tool" && m.name === "book_carrier").pop();
      return { booking: JSON.parse(booked.content), messages: [new AIMessage({ content: last.content, name: "carrier_booking" })] };
    })
    .addEdge(START, "intake")
    .addConditionalEdges("intake", (s) => {
      const last = s.messages[s.messages.length - 1];
      return (last.tool_calls ?? []).length ? "intake_tools" : "dispatch";
    }, ["intake_tools", "dispatch"])
    .addEdge("intake_tools", "intake")
    .addEdge("dispatch", END)
    .compile({ checkpointer });

  await graph.invoke({ messages: [human("Please arrange transport for SHP-260609-0147, it's for Gerland's line restart.")],
    user_id: "disp.hvermeer" }, threadConfig(thread));
});
