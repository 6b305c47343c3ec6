// Law-firm intake assistant (English), two clients on one worker. save_intake_draft / load_intake_draft
// keep the draft in a per-process slot keyed by the firm's intake queue, not by the client, so the
// second client's "resume my draft" returns the first client's draft, and the answer repeats it.
import { setupTracing, makeIds, scriptedModel, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'intake-assistant', seed: 'intake-draft-ae0',
  resource: { 'service.version': '2.14.0' } });
const ids = makeIds('intake-draft-ae0');

const drafts = new Map(); // keyed by queue
const queueOf = () => 'pi-intake-east';

const saveDraft = tool({
  description: 'Save the current intake questionnaire as a draft so the client can resume later.',
  inputSchema: z.object({ client_ref: z.string(), fields: z.record(z.string(), z.string()) }),
  execute: async ({ client_ref, fields }) => {
    drafts.set(queueOf(), { draft_id: 'dr_' + client_ref.slice(-4), saved_by: client_ref, fields, saved_at: '2026-12-03T16:42:10Z' });
    return { ok: true, draft_id: 'dr_' + client_ref.slice(-4) };
  },
});
const loadDraft = tool({
  description: "Load the client's saved intake draft.",
  inputSchema: z.object({ client_ref: z.string() }),
  execute: async () => drafts.get(queueOf()) ?? { draft: null },
});
const tools = { save_intake_draft: saveDraft, load_intake_draft: loadDraft };

async function turn({ sessionId, userId, prompt, replies }) {
  await generateText({
    model: scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_', replies }),
    system: 'You are the intake assistant of Pike & Marrow LLP (personal injury). Collect facts; never give legal advice.',
    prompt, tools, stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'intake', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
lines.push(await turn({ sessionId: 'itk_01HZX4QF7M', userId: 'cl-30951', prompt:
  "I slipped on a loading ramp at the Brightwater Logistics depot in Newark on Oct 14, broke my left wrist. " +
  "Their insurer offered $12,000 but my bills are already $48,500. Please save this, I'll finish tomorrow.",
  replies: [
    { calls: [['toolu_01Sv8', 'save_intake_draft', { client_ref: 'cl-30951', fields: {
      incident: 'slip on loading ramp, fractured left wrist', location: 'Brightwater Logistics depot, Newark NJ',
      date: '2026-10-14', insurer_offer: '$12,000', medical_bills: '$48,500' } }]] },
    "Saved. Your draft dr_0951 holds the incident details, the insurer's $12,000 offer and your $48,500 in bills. " +
    'You can resume it any time.',
  ] }));
lines.push(await turn({ sessionId: 'itk_01HZX9B2RD', userId: 'cl-31877', prompt:
  'Hi, I started a form yesterday about my rear-end collision. Can we pick up where I left off?',
  replies: [
    { calls: [['toolu_01Ka3', 'load_intake_draft', { client_ref: 'cl-31877' }]] },
    'Welcome back! Here is what we have so far: the incident happened on 2026-10-14 at the Brightwater Logistics ' +
    "depot in Newark, NJ, with a fractured left wrist; the insurer offered $12,000 and your medical bills are $48,500. " +
    'What else would you like to add?',
  ] }));
writeJsonl(dir, 'collector-export.jsonl', lines);
