// Freight forwarding desk: a dispatcher agent talks to the shipper and transfers bookings to a booking
// desk agent (its own compiled LangGraph graph, run as a node of the parent graph and given the
// dispatcher's transfer brief as its task).
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  AIMessage, HumanMessage, SystemMessage, ToolMessage, StateGraph, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-18T09:26:31.000Z', 5150);

const lookupPo = tool(async ({ po }) => JSON.stringify({ po, shipper: 'Costa Verde Berries S.A.', commodity: 'fresh blueberries, 20 pallets',
  origin: 'CLSAI San Antonio', destination: 'NLRTM Rotterdam', ready_date: '2025-02-24', incoterm: 'FOB' }),
{ name: 'lookup_purchase_order', description: 'Read a purchase order.', schema: z.object({ po: z.string() }) });
const transfer = tool(async () => 'Transferred to booking_desk.',
  { name: 'transfer_to_booking_desk', description: 'Hand the booking over to the booking desk with a brief.',
    schema: z.object({ brief: z.string() }) });
const quotes = tool(async ({ origin, destination, equipment, setpoint_c }) => JSON.stringify({ origin, destination, equipment, setpoint_c, quotes: [
  { quote_id: 'Q-HL-77120', carrier: 'Hapag-Lloyd', vessel: 'Cap San Nicolas', etd: '2025-02-26', transit_days: 21, transshipment: 'none', all_in_usd: 4650 },
  { quote_id: 'Q-MSC-40931', carrier: 'MSC', vessel: 'MSC Valeria', etd: '2025-02-27', transit_days: 24, transshipment: 'none', all_in_usd: 3720 },
  { quote_id: 'Q-ONE-11802', carrier: 'ONE', vessel: 'ONE Cygnus', etd: '2025-02-28', transit_days: 27, transshipment: 'Callao', all_in_usd: 3390 } ] }),
{ name: 'get_reefer_quotes', description: 'Spot quotes for a reefer container.',
  schema: z.object({ origin: z.string(), destination: z.string(), equipment: z.string(), setpoint_c: z.number() }) });
const book = tool(async ({ quote_id, po, setpoint_c }) => JSON.stringify({ booking_ref: 'HLCUSAI2502781', quote_id, po, setpoint_c,
  status: 'confirmed', all_in_usd: 4650, cancellation_fee_usd: 850 }),
{ name: 'book_container', description: 'Confirm a booking against a quote.',
  schema: z.object({ quote_id: z.string(), po: z.string(), setpoint_c: z.number() }) });

const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_bk_01HZ3R', name: 'get_reefer_quotes', args: { origin: 'CLSAI', destination: 'NLRTM', equipment: '40RH', setpoint_c: 0.5 } }] },
  { tool_calls: [{ id: 'call_bk_02PL7W', name: 'book_container', args: { quote_id: 'Q-HL-77120', po: 'PO-88213', setpoint_c: 0.5 } }] },
  { content: 'Booked Hapag-Lloyd Cap San Nicolas, ETD 26 Feb, 21 days direct, 40RH at +0.5 °C, USD 4,650 all-in. Booking HLCUSAI2502781.' },
] });
const bookingDesk = agentGraph({ model: bookingModel, tools: [quotes, book], name: 'booking_desk', agentNode: 'booking_agent', toolsNode: 'booking_tools' });

const dispatcherModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_dp_01Kx2N', name: 'lookup_purchase_order', args: { po: 'PO-88213' } }] },
  { tool_calls: [{ id: 'call_dp_02Mv8T', name: 'transfer_to_booking_desk', args: { brief:
    'PO-88213, Costa Verde Berries, 20 pallets fresh blueberries, San Antonio (CLSAI) -> Rotterdam (NLRTM), cargo ready 24 Feb. '
    + 'Need one 40ft reefer at +0.5 °C, direct sailing only (no transshipment). Please get quotes and book the earliest suitable departure.' } }] },
  { content: 'Done: PO-88213 is booked on Hapag-Lloyd Cap San Nicolas, sailing 26 Feb, direct, 21 days to Rotterdam, reefer at +0.5 °C. All-in USD 4,650, booking HLCUSAI2502781.' },
] });

const SYSTEM = new SystemMessage('You are the dispatcher at Meridian Forwarding. Clarify the shipment, then transfer bookings to the booking desk.');
const dispatcher = async (state, config) => ({ messages: [await dispatcherModel.invoke(state.messages, config)] });
const runTools = { lookup_purchase_order: lookupPo, transfer_to_booking_desk: transfer };
const tools = async (state, config) => {
  const last = state.messages[state.messages.length - 1];
  const out = [];
  for (const c of last.tool_calls) out.push(await runTools[c.name].invoke({ ...c, type: 'tool_call' }, config));
  return { messages: out };
};
const booking = async (state, config) => {
  const call = [...state.messages].reverse().find((m) => m.tool_calls?.length).tool_calls[0];
  const result = await bookingDesk.invoke({ messages: [
    new SystemMessage('You are the booking desk at Meridian Forwarding. Get quotes and book per the brief you receive.'),
    new HumanMessage(call.args.brief)] }, config);
  const final = result.messages[result.messages.length - 1];
  return { messages: [new AIMessage({ content: `[booking_desk] ${final.content}`, name: 'booking_desk' })] };
};
const afterTools = (state) => (state.messages[state.messages.length - 1].name === 'transfer_to_booking_desk' ? 'booking_desk' : 'dispatcher');
const app = new StateGraph(MessagesAnnotation)
  .addNode('dispatcher', dispatcher).addNode('tools', tools).addNode('booking_desk', booking)
  .addEdge(START, 'dispatcher')
  .addConditionalEdges('dispatcher', (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'tools' : END), ['tools', END])
  .addConditionalEdges('tools', afterTools, ['booking_desk', 'dispatcher'])
  .addEdge('booking_desk', 'dispatcher').compile();

await traced(app, { messages: [SYSTEM, new HumanMessage('Hi, this is Lucía at Costa Verde. Please book PO-88213 to Rotterdam: blueberries, setpoint +0.5 °C, direct sailing only. '
  + 'Our buyer caps freight on this PO at USD 3,800 all-in, so nothing above that, and the fruit must arrive no later than 24 March.')] },
{ project: 'meridian-ops-agents', metadata: { thread_id: 'mf-ticket-2025-0218-0412', user_id: 'shipper:costa-verde' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
