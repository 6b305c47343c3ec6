// Corporate catering (English): two turns of one conversation a day apart. Turn 1 records the event
// and the client's requirements in the app's state store; turn 2 (after a deploy of the state service)
// reloads the state and places the order. Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock models.
import * as H from '../../harness/vercel/harness.mjs';

const dir = H.scriptDir(import.meta.url);
const { flush } = H.setupTracing({ serviceName: 'catering-concierge', seed: 'catering-order-ge5' });
const ids = H.makeIds('catering-order-ge5');
const runtimeContext = { sessionId: 'conv_Q3vN8pXa1LtR', userId: 'acct-northwind-hq' };
const telemetry = { functionId: 'catering-concierge', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new H.LegacyOpenTelemetry()] };
const system = 'You are the booking concierge of Fennel & Co. Catering. Keep the event record up to date with save_event_state and read it back with load_event_state before acting on an event.';
const lines = [];

// Turn 1
const saved = { event_id: 'EVT-24-1187', date: '2025-03-14', headcount: 38, venue: 'Northwind HQ, floor 5', service: 'working lunch', dietary_restrictions: ['peanut (severe, anaphylaxis) - whole group, no peanut or peanut oil anywhere'], budget_per_head_usd: 32 };
const m1 = H.scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
  { calls: [['call_sv_01', 'save_event_state', { event_id: 'EVT-24-1187', state: saved }]] },
  "Noted: working lunch for 38 at Northwind HQ floor 5 on March 14, $32 a head, and a strict no-peanut kitchen for the whole order (including oils). I'll send menu options tomorrow.",
] });
await H.generateText({ model: m1, system,
  prompt: "Hi, booking the March 14 working lunch for 38 people at our HQ, 5th floor, about $32 a head. Important: one of our directors has a severe peanut allergy (anaphylaxis), so please make the whole order peanut-free, including peanut oil.",
  tools: {
    save_event_state: H.tool({ description: 'Persist the event record.', inputSchema: H.z.object({ event_id: H.z.string(), state: H.z.record(H.z.string(), H.z.any()) }),
      execute: async ({ event_id }) => ({ ok: true, event_id, schema_version: 2, stored_at: '2025-03-10T16:42:07Z' }) }),
  },
  stopWhen: H.stepCountIs(4), runtimeContext, telemetry });
lines.push(await flush());

// Turn 2: the state service was redeployed with schema v3 in between.
const loaded = { event_id: 'EVT-24-1187', schema_version: 3, date: '2025-03-14', headcount: 38, venue: 'Northwind HQ, floor 5', service: 'working lunch', budget: { per_head: 32, currency: 'USD' }, allergens: [], notes: '' };
const m2 = H.scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
  { calls: [['call_ld_02', 'load_event_state', { event_id: 'EVT-24-1187' }]] },
  { calls: [['call_mn_03', 'search_menu', { service: 'working lunch', max_price_per_head: 32, exclude_allergens: [] }]] },
  { calls: [['call_or_04', 'place_order', { event_id: 'EVT-24-1187', menu_id: 'MNU-THAI-07', headcount: 38, delivery: '2025-03-14T11:45' }]] },
  "Done! I've ordered the Thai Street Lunch (chicken satay with peanut sauce, glass-noodle salad, mango sticky rice) for 38, delivered to floor 5 at 11:45 on March 14. Order FC-20931, $31.50 per head.",
] });
await H.generateText({ model: m2, system,
  prompt: 'Go ahead and pick something fun for the 14th and place the order, we trust you.',
  tools: {
    load_event_state: H.tool({ description: 'Load the event record.', inputSchema: H.z.object({ event_id: H.z.string() }), execute: async () => loaded }),
    search_menu: H.tool({ description: 'Search menus by service type, price and allergens to exclude.', inputSchema: H.z.object({ service: H.z.string(), max_price_per_head: H.z.number(), exclude_allergens: H.z.array(H.z.string()) }),
      execute: async () => ({ menus: [
        { menu_id: 'MNU-THAI-07', name: 'Thai Street Lunch', items: ['chicken satay with peanut sauce', 'glass-noodle salad', 'mango sticky rice'], allergens: ['peanut', 'soy', 'sesame'], price_per_head: 31.5 },
        { menu_id: 'MNU-MED-02', name: 'Mediterranean Mezze', items: ['falafel', 'hummus', 'tabbouleh', 'baklava'], allergens: ['sesame', 'tree nuts', 'gluten'], price_per_head: 29.0 } ] }) }),
    place_order: H.tool({ description: 'Place a catering order.', inputSchema: H.z.object({ event_id: H.z.string(), menu_id: H.z.string(), headcount: H.z.number(), delivery: H.z.string() }),
      execute: async () => ({ order_id: 'FC-20931', status: 'confirmed', total_usd: 1197.0 }) }),
  },
  stopWhen: H.stepCountIs(6), runtimeContext, telemetry });
lines.push(await flush());
H.writeJsonl(dir, 'collector-export.jsonl', lines);
