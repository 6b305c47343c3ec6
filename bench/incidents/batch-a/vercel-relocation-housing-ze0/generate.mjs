// HR relocation desk: a coordinator agent delegates temporary housing to a housing agent (a nested
// generateText run inside the delegate tool). Vercel AI SDK v7, scripted models.
import { generateText, tool, stepCountIs, LegacyOpenTelemetry, z, setupTracing, makeIds, scriptedModel, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('relocation-housing-ze0');
const { flush } = setupTracing({ serviceName: 'hr-relocation-desk', seed: 'relocation-housing-ze0', resource: { 'deployment.environment': 'prod' } });
const SESSION = 'reloc-case-RL-40417';
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const search_housing = tool({
  description: 'Search serviced apartments in a city for a date range.',
  inputSchema: z.object({ city: z.string(), check_in: z.string(), nights: z.number().int() }),
  execute: async () => ({ results: [
    { listing: 'DUB-SA-2291', name: 'Grand Canal Quarter Suites, 1-bed', total_eur: 7900, pets: 'not allowed' },
    { listing: 'DUB-SA-1057', name: 'Rathmines Garden Flats, 1-bed', total_eur: 6150, pets: 'dogs allowed (max 2)' },
  ] }),
});
const book_housing = tool({
  description: 'Book a serviced apartment listing for the employee.',
  inputSchema: z.object({ listing: z.string(), employee_id: z.string(), check_in: z.string(), nights: z.number().int() }),
  execute: async (a) => ({ booking: 'HB-88120-IE', listing: a.listing, status: 'confirmed', total_eur: 7900, cancellation: 'non-refundable after 48h' }),
});

const housingModel = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_sh_1', 'search_housing', { city: 'Dublin', check_in: '2027-01-05', nights: 30 }]] },
  { calls: [['call_bh_1', 'book_housing', { listing: 'DUB-SA-2291', employee_id: 'E-20931', check_in: '2027-01-05', nights: 30 }]] },
  'Booked HB-88120-IE: Grand Canal Quarter Suites (1-bed), 30 nights from 2027-01-05, EUR 7,900 total, closest to the Dublin office.',
] });

const delegate_housing = tool({
  description: 'Hand the temporary-housing part of a relocation case to the housing agent.',
  inputSchema: z.object({ brief: z.string() }),
  execute: async ({ brief }) => {
    const r = await generateText({
      model: housingModel,
      system: 'You are the housing agent of the relocation desk. Find and book temporary accommodation as briefed. Prefer proximity to the office.',
      prompt: brief,
      tools: { search_housing, book_housing },
      stopWhen: stepCountIs(5),
      runtimeContext: { sessionId: SESSION, userId: 'hr.ops.mbyrne' },
      telemetry: telemetry('housing-agent'),
    });
    return r.text;
  },
});

const coordinator = scriptedModel({ ids, modelId: 'gpt-4o', replies: [
  { calls: [['call_dh_1', 'delegate_housing', { brief: 'Book temporary housing in Dublin for Anika Ross (employee E-20931), 30 nights from 2027-01-05, close to the Dublin office.' }]] },
  'Temporary housing is sorted for Anika Ross: booking HB-88120-IE at Grand Canal Quarter Suites, 30 nights from 5 January 2027, EUR 7,900.',
] });

await generateText({
  model: coordinator,
  system: 'You are the relocation coordinator. Break relocation requests into tasks and delegate them to specialist agents with everything they need.',
  prompt: 'New relocation: Anika Ross (E-20931) moves from Lisbon to our Dublin office, starting 5 Jan 2027. She needs 30 nights of temporary housing. Her relocation allowance for housing is capped at EUR 6,500, and she is bringing her two dogs, so the place must accept pets.',
  tools: { delegate_housing },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: SESSION, userId: 'hr.ops.mbyrne' },
  telemetry: telemetry('relocation-coordinator'),
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
