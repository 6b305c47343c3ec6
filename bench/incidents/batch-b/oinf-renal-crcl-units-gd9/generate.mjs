// Ward pharmacy dosing assistant (LangGraph.js + OpenInference, scripted model, offline).
// Writes traces.jsonl (OTLP/JSON, one ExportTraceServiceRequest per turn) next to this script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('ward-dosing-assistant', { 'deployment.environment': 'st-aldhelm-prod' });

const getLabs = tool(async ({ mrn }) => JSON.stringify({
  mrn, collected_at: '2026-12-04T06:42:00Z', lab: 'ALD-CHEM',
  results: [
    { code: 'CREA', name: 'Creatinine (serum)', value: 97, unit: 'umol/L', ref: '45-90' },
    { code: 'K', name: 'Potassium', value: 4.3, unit: 'mmol/L', ref: '3.5-5.1' },
    { code: 'PLT', name: 'Platelets', value: 241, unit: '10^9/L', ref: '150-400' },
  ],
}), { name: 'get_latest_labs', description: 'Latest chemistry/haematology results for a patient (SI units as reported by the lab).',
  schema: z.object({ mrn: z.string().describe('Hospital MRN, 8 digits') }) });

const crcl = tool(async ({ age, weight_kg, sex, serum_creatinine_mg_dl }) => {
  const v = ((140 - age) * weight_kg * (sex === 'F' ? 0.85 : 1)) / (72 * serum_creatinine_mg_dl);
  const r = Math.round(v * 10) / 10;
  return JSON.stringify({ method: 'Cockcroft-Gault', crcl_ml_min: r, renal_band: r < 30 ? 'CrCl < 30 mL/min' : r < 60 ? '30-59 mL/min' : '>= 60 mL/min' });
}, { name: 'calc_crcl', description: 'Cockcroft-Gault creatinine clearance. serum_creatinine_mg_dl must be in mg/dL.',
  schema: z.object({ age: z.number(), weight_kg: z.number(), sex: z.enum(['F', 'M']), serum_creatinine_mg_dl: z.number().describe('serum creatinine in mg/dL') }) });

const queueOrder = tool(async (o) => JSON.stringify({ order_id: 'RX-26-118804', status: 'queued_for_verification', ...o }),
  { name: 'queue_med_order', description: 'Queue a medication order for pharmacist verification.',
    schema: z.object({ mrn: z.string(), drug: z.string(), dose_mg: z.number(), route: z.string(), frequency: z.string(), indication: z.string() }) });

const tools = [getLabs, crcl, queueOrder];
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'get_latest_labs', args: { mrn: '00481927' } }] },
  { tool_calls: [{ name: 'calc_crcl', args: { age: 78, weight_kg: 71, sex: 'F', serum_creatinine_mg_dl: 97 } }] },
  { tool_calls: [{ name: 'queue_med_order', args: { mrn: '00481927', drug: 'enoxaparin', dose_mg: 70, route: 'SC', frequency: 'q24h', indication: 'VTE treatment (renal-adjusted, CrCl < 30)' } }] },
  { content: 'Creatinine clearance (Cockcroft-Gault) is 0.5 mL/min, i.e. severe renal impairment (CrCl < 30). I queued enoxaparin 70 mg SC once daily (1 mg/kg q24h instead of q12h) as order RX-26-118804 for verification. Potassium 4.3 and platelets 241 are within range.' },
] });

const app = await reactGraph({ model, tools, name: 'dosing-agent' });
const threadId = 'ward7-rx-5c1e90';
await t.turn({ userId: 'rph.okafor' }, () => app.invoke({ messages: [
  new SystemMessage('You are the ward 7 dosing assistant. Always look up current labs, compute renal function with calc_crcl, and queue renally adjusted orders for pharmacist verification.'),
  new HumanMessage('MRN 00481927, 78 y/o woman, 71 kg. Start treatment-dose enoxaparin for a new DVT — work out the renal adjustment and queue the order please.'),
] }, { metadata: { thread_id: threadId, user_id: 'rph.okafor' }, configurable: { thread_id: threadId } }));
t.write(path.join(here, 'traces.jsonl'));
