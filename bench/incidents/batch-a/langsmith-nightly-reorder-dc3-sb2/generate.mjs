// Nightly replenishment agent for one distribution centre (English): the scheduler hands it the
// review list, it reads each SKU's inventory position from the WMS read replica and raises purchase
// orders (order-up-to max level, rounded up to the case pack) for SKUs at or below reorder point.
// Run from the checkout: node bench/incidents/batch-a/langsmith-nightly-reorder-dc3-sb2/generate.mjs
import path from 'node:path';
import {
  startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, HumanMessage, SystemMessage, z,
} from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-05-14T06:00:04Z', 909);

const positions = {
  'HX-2210': { on_hand: 840, allocated: 120, in_transit: 0, reorder_point: 300, max_level: 1200, case_pack: 24, supplier_id: 'SUP-0112', unit_cost_usd: 4.15, last_counted: '2025-05-13T22:41:07Z' },
  'HX-2214': { on_hand: 95, allocated: 40, in_transit: 0, reorder_point: 250, max_level: 800, case_pack: 10, supplier_id: 'SUP-0112', unit_cost_usd: 6.80, last_counted: '2025-05-13T22:41:07Z' },
  'BR-0930': { on_hand: 410, allocated: 60, in_transit: 200, reorder_point: 300, max_level: 900, case_pack: 50, supplier_id: 'SUP-0047', unit_cost_usd: 31.50, last_counted: '2025-05-13T22:43:52Z' },
  'BR-0931': { on_hand: 0, allocated: 0, in_transit: 0, reorder_point: 150, max_level: 600, case_pack: 50, supplier_id: 'SUP-0047', unit_cost_usd: 38.20, last_counted: '1970-01-01T00:00:00Z' },
  'CL-5512': { on_hand: 130, allocated: 30, in_transit: 0, reorder_point: 180, max_level: 500, case_pack: 20, supplier_id: 'SUP-0203', unit_cost_usd: 12.05, last_counted: '2025-05-13T22:47:30Z' },
};
const getPosition = tool(async ({ sku, dc }) => JSON.stringify({ sku, dc, ...positions[sku], source: 'wms-replica-ro' }), {
  name: 'get_inventory_position', latency: [140, 610],
  description: 'Inventory position of a SKU at a DC from the WMS read replica (units).',
  schema: z.object({ sku: z.string(), dc: z.string() }) });

let poSeq = 118840;
const createPo = tool(async ({ sku, dc, qty, supplier_id }) => JSON.stringify({
  po_number: `PO-${dc}-${++poSeq}`, sku, dc, qty, supplier_id, status: 'SUBMITTED',
  expected_receipt: supplier_id === 'SUP-0203' ? '2025-05-21' : '2025-05-19' }), {
  name: 'create_purchase_order', latency: [300, 900],
  description: 'Creates and submits a purchase order to the supplier (EDI 850).',
  schema: z.object({ sku: z.string(), dc: z.string(), qty: z.number().int().positive(), supplier_id: z.string() }) });

const skus = Object.keys(positions);
const replies = [
  { tool_calls: skus.map((sku, i) => ({ id: `toolu_01${['Ka', 'Lb', 'Mc', 'Nd', 'Oe'][i]}9vQe2R${i}`, name: 'get_inventory_position', args: { sku, dc: 'DC3' } })) },
  { content: 'Available = on_hand − allocated + in_transit.\n- HX-2210: 720 ≥ 300 → no order.\n- HX-2214: 55 ≤ 250 → order up to 800: 745, case pack 10 → 750.\n- BR-0930: 550 ≥ 300 → no order.\n- BR-0931: 0 ≤ 150 → order up to 600: 600, case pack 50 → 600.\n- CL-5512: 100 ≤ 180 → order up to 500: 400, case pack 20 → 400.',
    tool_calls: [
      { id: 'toolu_01Pf3xWm8T', name: 'create_purchase_order', args: { sku: 'HX-2214', dc: 'DC3', qty: 750, supplier_id: 'SUP-0112' } },
      { id: 'toolu_01Qg4yXn9U', name: 'create_purchase_order', args: { sku: 'BR-0931', dc: 'DC3', qty: 600, supplier_id: 'SUP-0047' } },
      { id: 'toolu_01Rh5zYo0V', name: 'create_purchase_order', args: { sku: 'CL-5512', dc: 'DC3', qty: 400, supplier_id: 'SUP-0203' } },
    ] },
  { content: 'Nightly replenishment DC3 — 2025-05-14\n\nReviewed 5 SKUs, raised 3 POs:\n'
    + '• PO-DC3-118841 — HX-2214, 750 units (SUP-0112), ETA 2025-05-19\n'
    + '• PO-DC3-118842 — BR-0931, 600 units (SUP-0047), ETA 2025-05-19 — SKU is fully out of stock at DC3 (0 on hand, nothing in transit); open orders for it will back-order until receipt.\n'
    + '• PO-DC3-118843 — CL-5512, 400 units (SUP-0203), ETA 2025-05-21\n\n'
    + 'No action: HX-2210 (720 available), BR-0930 (550 incl. 200 in transit).\nEstimated PO value: $32,840.00.' },
];
const model = new ScriptedChatModel({ replies, model: 'claude-3-5-sonnet-20241022', provider: 'anthropic' });
const app = agentGraph({ model, tools: [getPosition, createPo], agentNode: 'planner', toolsNode: 'erp_tools' });

await traced(app, { messages: [
  new SystemMessage('You are the replenishment agent for distribution centre DC3 (Reno, NV). For every SKU in the review list, read its inventory position, compute available = on_hand - allocated + in_transit, and if available <= reorder_point raise one purchase order up to max_level, rounded up to the case pack, with the SKU\'s supplier. Finish with a summary for the #dc3-inventory channel.'),
  new HumanMessage('Scheduled review 2025-05-14 DC3. SKUs: HX-2210, HX-2214, BR-0930, BR-0931, CL-5512.'),
] }, { project: 'replenishment-agent', metadata: { session_id: 'replen/DC3/2025-05-14', user_id: 'svc-replen-scheduler', job: 'nightly-review' },
  tags: ['cron', 'dc3'] });

const runs = writeRuns(out);
console.log(`wrote ${runs.length} runs to ${out}`);
