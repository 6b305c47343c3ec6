// Parcel-tracking support bot (LangGraph.js ReAct loop, ToolNode, scripted model). The carrier
// gateway times out on the first tracking call; the agent retries the same call, which succeeds,
// and answers from the second result.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('parcel-help-bot', { 'deployment.environment': 'prod' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

let attempts = 0;
const trackShipment = tool(async ({ tracking_number }) => {
  attempts++;
  if (attempts === 1) {
    const err = new Error('CarrierGatewayError: 504 Gateway Timeout from carrier API (dhl-express /track/shipments, req 9c1e77d2)');
    // the stack as the deployed service records it (not this machine's paths)
    err.stack = `Error: ${err.message}\n    at CarrierClient.track (/srv/parcel-help-bot/dist/carrier/client.js:88:13)\n    at async trackShipment (/srv/parcel-help-bot/dist/tools/track.js:21:18)`;
    throw err;
  }
  return JSON.stringify({
    tracking_number, carrier: 'DHL Express', status: 'in_transit',
    last_event: { code: 'PU', description: 'Arrived at sort facility', location: 'Leipzig Hub, DE', at: '2024-11-19T05:42:00+01:00' },
    estimated_delivery: '2024-11-21', service: 'EXPRESS WORLDWIDE', pieces: 1, weight_kg: 2.3,
  });
}, {
  name: 'track_shipment',
  description: 'Look up the latest carrier scan events for a tracking number.',
  schema: z.object({ tracking_number: z.string().describe('Carrier tracking number, 10 digits for DHL Express') }),
});

const openTicket = tool(async ({ order_id, reason }) => JSON.stringify({ ticket: 'SUP-40117', order_id, reason }), {
  name: 'open_support_ticket',
  description: 'Open a ticket with the logistics team for a lost or damaged parcel.',
  schema: z.object({ order_id: z.string(), reason: z.enum(['lost', 'damaged', 'delayed']) }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'track_shipment', args: { tracking_number: '4417302291' } }] },
  { content: '', tool_calls: [{ name: 'track_shipment', args: { tracking_number: '4417302291' } }] },
  { content: 'Good news: your parcel (DHL Express 4417302291) is on its way. It was last scanned at the Leipzig Hub on 19 November at 05:42 and the estimated delivery date is 21 November. No need to open a claim yet; if it has not arrived by the end of 21 November, just reply here and I will open a ticket with our logistics team.' },
] });

const app = await reactGraph({ model, tools: [trackShipment, openTicket] });
const sessionId = '3f6c2a9e-8d41-4b7a-9e0f-52c1d7a8b3e4';
await t.turn({ userId: 'cust_88a1f0' }, () => app.invoke({ messages: [
  new SystemMessage('You are the customer support assistant of Nordlicht Home (online furniture & decor shop). Use the tools to check shipments. Never open a ticket unless the parcel is lost, damaged, or late beyond the estimated delivery date.'),
  new HumanMessage('Hi, my order NL-2024-118834 still has not arrived, tracking says 4417302291. Where is it?'),
] }, { metadata: { session_id: sessionId, channel: 'web-chat' }, runName: 'support-agent' }));

t.write(path.join(here, 'traces.jsonl'));
