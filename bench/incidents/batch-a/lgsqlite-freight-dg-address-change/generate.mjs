// A freight-booking agent for a battery maker's shipping desk. The intake node records the
// shipment in state; an address change is applied by a node that maps the shipment onto the
// transport-management system's booking form before saving it back to state.
//
//   node bench/incidents/batch-a/lgsqlite-freight-dg-address-change/generate.mjs
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "FRT-2026-031-00457";
const SHIPPER_USER = "u_voltcell_ops_3";

const SERVICES = [
  { service_id: "SVC-GS-114", carrier: "Ridgeline Freight", product: "Ground Saver LTL", dg_accepted: false, transit_days: 3, price_usd: 1386.4 },
  { service_id: "SVC-HZ-207", carrier: "Ridgeline Freight", product: "Hazmat LTL (class 9)", dg_accepted: true, transit_days: 3, price_usd: 1912.75 },
  { service_id: "SVC-HZ-311", carrier: "Sonora Express", product: "DG Dedicated 26ft", dg_accepted: true, transit_days: 2, price_usd: 2640.0 },
];

const quoteServices = tool(
  async ({ origin, destination, pallets, weight_kg, dangerous_goods }) => JSON.stringify({
    origin, destination, pallets, weight_kg,
    options: SERVICES.filter((s) => s.dg_accepted || !dangerous_goods),
  }),
  {
    name: "quote_services",
    description: "Quote LTL/FTL services. Set dangerous_goods to the UN number if the freight is regulated, else null.",
    schema: z.object({
      origin: z.string(), destination: z.string(), pallets: z.number(), weight_kg: z.number(),
      dangerous_goods: z.string().nullable(),
    }),
  },
);

const bookService = tool(
  async ({ service_id, pickup_date, declared_dg }) => JSON.stringify({
    booking_ref: "RF-BK-7730412", service_id, pickup_date, declared_dg, status: "booked", bol: "BOL-0457-A",
  }),
  {
    name: "book_service",
    description: "Book a quoted service and generate the bill of lading.",
    schema: z.object({ service_id: z.string(), pickup_date: z.string(), declared_dg: z.string().nullable() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), shipment: Annotation() });

// The TMS booking form: the fields the address-change screen edits and saves back.
const TMS_FORM_FIELDS = ["origin", "destination", "consignee", "pallets", "weight_kg", "ready_date"];

async function scenario(checkpointer) {
  const model = new ScriptedChatModel(THREAD, [
    (messages) => {
      const s = JSON.parse(messages[0].content.split("Shipment: ")[1]);
      return { tool_calls: [call("call_q_881", "quote_services", {
        origin: s.origin, destination: s.destination, pallets: s.pallets, weight_kg: s.weight_kg,
        dangerous_goods: s.dangerous_goods?.un ?? null,
      })] };
    },
    (messages) => {
      const quote = JSON.parse(messages.at(-1).content);
      const cheapest = [...quote.options].sort((a, b) => a.price_usd - b.price_usd)[0];
      const s = JSON.parse(messages[0].content.split("Shipment: ")[1]);
      return { tool_calls: [call("call_b_882", "book_service", {
        service_id: cheapest.service_id, pickup_date: s.ready_date, declared_dg: s.dangerous_goods?.un ?? null,
      })] };
    },
    { content: "Booked with the new delivery address: Ridgeline Freight Ground Saver LTL (SVC-GS-114), pickup "
        + "March 16 in Reno, 3 days transit to DesertBay Logistics, Phoenix (dock 7), $1,386.40. Booking RF-BK-7730412, "
        + "BOL-0457-A attached." },
  ]);

  const graph = new StateGraph(State)
    .addNode("intake", async (state) => {
      if (state.shipment) return {};
      return {
        shipment: {
          origin: "VoltCell Reno plant, 1250 Peru Dr, McCarran NV 89437",
          destination: "Gigafab Tempe, 2100 S Priest Dr, Tempe AZ 85282",
          consignee: "Gigafab Tempe receiving",
          pallets: 6,
          weight_kg: 2140,
          ready_date: "2026-03-16",
          dangerous_goods: { un: "UN3480", class: "9", proper_name: "Lithium ion batteries", packing_group: "II" },
        },
        messages: [new AIMessage("Recorded: 6 pallets, 2,140 kg, UN3480 lithium-ion batteries (class 9), Reno → Tempe, "
          + "ready March 16. I'll book as soon as you confirm the delivery details.")],
      };
    })
    .addNode("apply_changes", async (state) => {
      const text = state.messages.at(-1).content;
      if (!/deliver to/i.test(text)) return {};
      const form = Object.fromEntries(TMS_FORM_FIELDS.map((k) => [k, state.shipment[k]]));
      return { shipment: { ...form, destination: "DesertBay Logistics, 4410 W Buckeye Rd, Phoenix AZ 85043, dock 7",
        consignee: "DesertBay Logistics (3PL) for VoltCell" } };
    })
    .addNode("booker", async (state) => {
      const system = "You are the freight-booking agent of VoltCell's shipping desk. Quote, then book the cheapest "
        + `compliant service.\nShipment: ${JSON.stringify(state.shipment)}`;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([quoteServices, bookService]))
    .addConditionalEdges(START, (state) => (state.shipment ? "apply_changes" : "intake"), ["apply_changes", "intake"])
    .addEdge("intake", END)
    .addEdge("apply_changes", "booker")
    .addConditionalEdges("booker", toolsCondition, ["tools", END])
    .addEdge("tools", "booker")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("New outbound: 6 pallets of Li-ion battery packs, UN3480, class 9, PG II, 2,140 kg total, from "
      + "our Reno plant to Gigafab Tempe. Ready for pickup March 16.")],
    user_id: SHIPPER_USER,
  }, cfg);
  await graph.invoke({ messages: [human("Change of plan: deliver to our new 3PL instead, DesertBay Logistics, 4410 W "
    + "Buckeye Rd, Phoenix AZ 85043, dock 7. Everything else the same, go ahead and book the cheapest option.")] }, cfg);
}

await writeIncident(import.meta.url, scenario);
