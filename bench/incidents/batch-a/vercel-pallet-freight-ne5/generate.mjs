// Warehouse dispatch agent: pallet scale reports pounds; freight booking takes kilograms.
import { setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, OpenTelemetry, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'dock-dispatch-agent', seed: 'pallet-freight-ne5', resource: { 'deployment.environment': 'prod-us-east' } });
const ids = makeIds('pallet-freight-ne5');

const read_pallet_scale = tool({
  description: 'Read the certified floor scale at a dock door for a staged pallet.',
  inputSchema: z.object({ dock_door: z.string(), pallet_sscc: z.string() }),
  execute: async ({ dock_door, pallet_sscc }) => ({ dock_door, pallet_sscc, gross: '1,850 lb', tare: '48 lb', scale_id: 'FS-DAL-04', read_at: '2025-05-06T14:02:11-05:00' }),
});
const book_ltl_freight = tool({
  description: 'Book an LTL pickup with the carrier. Weight in kilograms; freight class from NMFC.',
  inputSchema: z.object({ pallet_sscc: z.string(), weight_kg: z.number(), freight_class: z.string(), destination_zip: z.string() }),
  execute: async ({ pallet_sscc, weight_kg, freight_class }) => ({ pro_number: 'PRO-5571-20934', pallet_sscc, billed_weight_kg: weight_kg, freight_class, rate_usd: 212.4, pickup_window: '2025-05-07 08:00-12:00' }),
});
const c1 = ids('toolu_', 22), c2 = ids('toolu_', 22);
await generateText({
  model: scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', responsePrefix: 'msg_', replies: [
    { calls: [[c1, 'read_pallet_scale', { dock_door: 'D-12', pallet_sscc: '000123450000098765' }]] },
    { text: 'Scale read done, booking the pickup.', calls: [[c2, 'book_ltl_freight', { pallet_sscc: '000123450000098765', weight_kg: 1850, freight_class: '70', destination_zip: '30336' }]] },
    'Booked: PRO-5571-20934, pallet 000123450000098765 at 1850 kg, class 70, pickup tomorrow 08:00-12:00, quoted $212.40.',
  ] }),
  system: 'You dispatch outbound pallets from the Dallas DC. Weigh each pallet and book the carrier pickup.',
  prompt: 'Pallet 000123450000098765 is staged at door D-12 for Atlanta 30336, NMFC class 70. Book it.',
  tools: { read_pallet_scale, book_ltl_freight }, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'dsp-DAL-20250506-0417', userId: 'clerk.rmorales' },
  telemetry: { functionId: 'ltl-dispatch', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
