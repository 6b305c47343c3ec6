// Freight-forwarding booking assistant (English) for temperature-controlled pharma shipments, with a
// compaction node: when the history passes eight messages, a summarizer condenses the older ones into
// `booking_brief` and they are removed from `messages`.
//   node generate.mjs   -> checkpoints.sqlite
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "fwd.bookings/NLRTM-PLKRK/2026-04-21/0007";

const quoteLane = tool(
  async ({ origin, destination, temp_profile, pallets }) => JSON.stringify({
    quote_ref: "Q-RTMKRK-260421-14", origin, destination, temp_profile, pallets, transit_hours: 26,
    price: { amount: 2840.0, currency: "EUR" }, gdp_certified_carrier: true,
  }),
  {
    name: "quote_lane",
    description: "Quote a road lane for a temperature profile.",
    schema: z.object({ origin: z.string(), destination: z.string(), temp_profile: z.string(), pallets: z.number() }),
  },
);

const dutyEstimate = tool(
  async ({ origin_country, destination_country, hs_code, customs_value_eur }) => JSON.stringify({
    origin_country, destination_country, hs_code, customs_value_eur, duty_eur: 0.0,
    customs_declaration_required: false, vat_treatment: "intra-community supply, reverse charge",
  }),
  {
    name: "duty_estimate",
    description: "Estimate import duty for a consignment.",
    schema: z.object({
      origin_country: z.string(), destination_country: z.string(), hs_code: z.string(), customs_value_eur: z.number(),
    }),
  },
);

const listReefers = tool(
  async ({ depot, date }) => JSON.stringify({
    depot, date, units: [
      { unit: "RF-NL-2207", setpoint_range_c: [2, 8], validated: "GDP 2025-11", free_from: "08:00" },
      { unit: "RF-NL-1913", setpoint_range_c: [-25, -18], validated: "frozen only", free_from: "06:00" },
      { unit: "RF-NL-2231", setpoint_range_c: [15, 25], validated: "CRT", free_from: "07:30" },
    ],
  }),
  {
    name: "list_reefer_units",
    description: "List reefer trailers available at a depot on a date.",
    schema: z.object({ depot: z.string(), date: z.string() }),
  },
);

let slotAttempts = 0;
const reserveSlot = tool(
  async ({ unit, date, window }) => {
    slotAttempts++;
    if (slotAttempts === 1) {
      throw new Error(`SLOT_TAKEN: ${unit} ${date} ${window} is held by booking BKG-55177 until 2026-04-22T18:00Z`);
    }
    return JSON.stringify({ slot: "SL-2207-0423-B", unit, date, window, status: "held", expires: "2026-04-22T18:00Z" });
  },
  {
    name: "reserve_pickup_slot",
    description: "Hold a pickup window for a reefer unit.",
    schema: z.object({ unit: z.string(), date: z.string(), window: z.string() }),
  },
);

const createShipment = tool(
  async (args) => JSON.stringify({ shipment: "LX-55190", ...args, status: "booked", logger: "pending assignment" }),
  {
    name: "create_shipment",
    description: "Book the shipment.",
    schema: z.object({
      quote_ref: z.string(), slot: z.string(), cartons: z.number(), temp_min_c: z.number(), temp_max_c: z.number(),
      dry_ice: z.boolean(), deliver_by_local: z.string(), consignee: z.string(),
    }),
  },
);

const loggerAssignment = tool(
  async ({ shipment }) => JSON.stringify({
    shipment, logger_id: "TT4-0098213", type: "Tempod 4 USB", interval_min: 5, alarm_low_c: 2, alarm_high_c: 8,
    placement: "pallet 1, mid-height",
  }),
  {
    name: "get_logger_assignment",
    description: "Temperature data logger assigned to a shipment.",
    schema: z.object({ shipment: z.string() }),
  },
);

const briefHas = (messages, s) => promptText(messages).includes(s);

const model = new ScriptedChatModel(THREAD, [
  // turn 1
  { tool_calls: [call("tc-01", "quote_lane", { origin: "NLRTM", destination: "PLKRK", temp_profile: "2-8C", pallets: 2 })] },
  { tool_calls: [call("tc-02", "duty_estimate",
    { origin_country: "NL", destination_country: "PL", hs_code: "300431", customs_value_eur: 186000 })] },
  { content: "Quote Q-RTMKRK-260421-14: Rotterdam to Kraków, 2 pallets at 2–8 °C with a GDP-certified carrier, "
      + "26 h transit, EUR 2,840.00. Import duty is EUR 0.00 and no customs declaration is needed, since this "
      + "is an intra-EU movement (VAT: reverse charge)." },
  // turn 2
  { tool_calls: [call("tc-03", "list_reefer_units", { depot: "RTM-Waalhaven", date: "2026-04-23" })] },
  { content: "On Thursday 23 April, only RF-NL-2207 fits (2–8 °C, GDP validated, free from 08:00). RF-NL-1913 "
      + "is frozen-only and RF-NL-2231 is controlled room temperature, so neither is suitable." },
  // turn 3 (prompt holds the booking brief)
  { tool_calls: [call("tc-04", "reserve_pickup_slot", { unit: "RF-NL-2207", date: "2026-04-23", window: "08:00-10:00" })] },
  { tool_calls: [call("tc-05", "reserve_pickup_slot", { unit: "RF-NL-2207", date: "2026-04-23", window: "10:00-12:00" })] },
  (messages) => ({ tool_calls: [call("tc-06", "create_shipment", {
    quote_ref: "Q-RTMKRK-260421-14", slot: "SL-2207-0423-B", cartons: 40,
    temp_min_c: briefHas(messages, "2–8 °C") ? 2 : -25, temp_max_c: briefHas(messages, "2–8 °C") ? 8 : -18,
    dry_ice: !briefHas(messages, "no dry ice"), deliver_by_local: "2026-04-24T15:00+02:00",
    consignee: "Apteka Centralna Hurt Sp. z o.o., ul. Półłanki 64, Kraków",
  })] }),
  { content: "Booked as LX-55190. The 08:00–10:00 pickup was already held by another booking, so I reserved "
      + "10:00–12:00 on Thursday 23 April (slot SL-2207-0423-B) instead. RF-NL-2207 is set to 2–8 °C with no dry ice, "
      + "40 cartons, delivery in Kraków by Friday 15:00 before the dock closes." },
  // turn 4
  { tool_calls: [call("tc-07", "get_logger_assignment", { shipment: "LX-55190" })] },
  { content: "LX-55190 carries logger TT4-0098213 (Tempod 4 USB), placed on pallet 1 at mid-height. It records "
      + "every 5 minutes and alarms below 2 °C or above 8 °C." },
]);

const summarizer = new ScriptedChatModel(`${THREAD}#brief`, [
  { content: "Customer (Meridian Pharma ops) is shipping 40 cartons (2 pallets) of insulin pens, HS 300431, "
      + "customs value EUR 186,000, Rotterdam → Kraków. Hard requirements: 2–8 °C throughout, no dry ice. "
      + "Pickup Thursday 23 April 2026. Quote Q-RTMKRK-260421-14, EUR 2,840.00, 26 h transit; duty EUR 0.00 "
      + "(intra-EU, no customs declaration). Suitable reefer: RF-NL-2207 (2–8 °C, GDP validated, free from 08:00)." },
  { content: "Customer (Meridian Pharma ops) is shipping 40 cartons (2 pallets) of insulin pens, Rotterdam → Kraków, "
      + "2–8 °C throughout, no dry ice. Booked LX-55190 on quote Q-RTMKRK-260421-14, reefer RF-NL-2207, pickup "
      + "slot SL-2207-0423-B (Thu 23 April, 10:00–12:00; 08:00–10:00 was taken). Deliver by Fri 24 April 15:00, "
      + "consignee Apteka Centralna Hurt, ul. Półłanki 64, Kraków (dock closes 15:00)." },
], "scripted-summarizer-2");

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  account: Annotation(),
  booking_brief: Annotation(),
});

const graph = new StateGraph(State)
  .addNode("planner", async (state) => {
    const brief = state.booking_brief ? `\n\nBooking brief so far:\n${state.booking_brief}` : "";
    return { messages: [await model.invoke([new SystemMessage("You are the booking desk of Lowlands Express "
      + `cold-chain freight. Account: ${state.account}.${brief}`), ...state.messages])] };
  })
  .addNode("tools", new ToolNode([quoteLane, dutyEstimate, listReefers, reserveSlot, createShipment, loggerAssignment]))
  .addNode("compact", async (state) => {
    if (state.messages.length <= 8) return {};
    const older = state.messages.slice(0, -2);
    const brief = await summarizer.invoke([new SystemMessage("Condense this booking conversation. Keep every "
      + "customer requirement, id, amount and date."), ...older]);
    return { booking_brief: String(brief.content), messages: older.map((m) => new RemoveMessage({ id: m.id })) };
  })
  .addEdge(START, "planner")
  .addConditionalEdges("planner", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : "compact"),
    ["tools", "compact"])
  .addEdge("tools", "planner")
  .addEdge("compact", END);

await writeIncident(import.meta.url, async (checkpointer) => {
  const app = graph.compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await app.invoke({
    messages: [human("Hi, I need to move 40 cartons of insulin pens (2 pallets, HS 300431, value EUR 186k) from "
      + "Rotterdam to our wholesaler in Kraków. It must stay at 2–8 °C the whole way, and no dry ice please, "
      + "it freezes the pens. Pickup this Thursday. What would it cost, and is there any duty?")],
    user_id: "ops-17@meridian-pharma.nl",
    account: "ACC-MERIDIAN-0417",
  }, cfg);
  await app.invoke({ messages: [human("Which reefer trailers do you have for Thursday?")] }, cfg);
  await app.invoke({ messages: [human("Take RF-NL-2207 and book it. Consignee is Apteka Centralna Hurt Sp. z o.o., "
    + "ul. Półłanki 64, Kraków; their dock closes at 15:00, so it has to be there by Friday 15:00.")] }, cfg);
  await app.invoke({ messages: [human("Thanks. Which temperature logger goes with it?")] }, cfg);
});
