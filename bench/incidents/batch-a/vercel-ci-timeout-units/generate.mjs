// release-bot: a Slack ChatOps agent for the CI system (Vercel AI SDK generateText, legacy ai.* telemetry).
// The job-config tools are declared with plain JSON Schemas (jsonSchema(), as generated from the CI
// API's OpenAPI spec); the SDK passes the model's arguments through to the CI client as they are.
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, LegacyOpenTelemetry,
  sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-ci-timeout-units';
const tracing = setupTracing({
  serviceName: 'release-bot',
  resource: { 'service.version': '3.2.0', 'k8s.namespace.name': 'platform-tools', 'deployment.environment.name': 'internal' },
  seed,
});
const ids = makeIds(seed);

const jobs = { 'web-app/e2e-nightly': { pipeline: 'web-app', job: 'e2e-nightly', runner: 'linux-xl', timeout_seconds: 1800,
  retries: 1, last_runs: [
    { run: 'r-55120', status: 'failed', duration_seconds: 1800, reason: 'killed: exceeded job timeout (1800s)' },
    { run: 'r-55087', status: 'failed', duration_seconds: 1800, reason: 'killed: exceeded job timeout (1800s)' },
    { run: 'r-55049', status: 'passed', duration_seconds: 1712 },
  ] } };

const getJobConfig = tool({
  description: 'Get the configuration and recent runs of a CI job.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: { pipeline: { type: 'string' }, job: { type: 'string' } },
    required: ['pipeline', 'job'], additionalProperties: false,
  }),
  execute: async ({ pipeline, job }) => { await sleep(90); return jobs[`${pipeline}/${job}`]; },
});

const updateJobConfig = tool({
  description: 'Update settings of a CI job. Only the given fields are changed.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: {
      pipeline: { type: 'string' },
      job: { type: 'string' },
      timeout_seconds: { type: 'integer', minimum: 60, maximum: 21600, description: 'Job timeout in seconds' },
      retries: { type: 'integer', minimum: 0, maximum: 3 },
    },
    required: ['pipeline', 'job'], additionalProperties: false,
  }),
  execute: async (input) => {
    await sleep(160);
    const cfg = jobs[`${input.pipeline}/${input.job}`];
    const previous = cfg.timeout_seconds;
    if (input.timeout_seconds !== undefined) cfg.timeout_seconds = parseInt(input.timeout_seconds, 10);
    return { ok: true, pipeline: cfg.pipeline, job: cfg.job, revision: 'cfg-r412', changed: { timeout_seconds: { from: previous, to: cfg.timeout_seconds } } };
  },
});

const triggerRun = tool({
  description: 'Start a run of a CI job on the default branch.',
  inputSchema: jsonSchema({ type: 'object', properties: { pipeline: { type: 'string' }, job: { type: 'string' } }, required: ['pipeline', 'job'] }),
  execute: async ({ pipeline, job }) => { await sleep(70); return { run: 'r-55161', pipeline, job, branch: 'main', status: 'queued', timeout_seconds: jobs[`${pipeline}/${job}`].timeout_seconds }; },
});

const [c1, c2, c3] = [ids('call_'), ids('call_'), ids('call_')];
const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-11-20', ids,
  replies: [
    { calls: [[c1, 'getJobConfig', { pipeline: 'web-app', job: 'e2e-nightly' }]] },
    { calls: [[c2, 'updateJobConfig', { pipeline: 'web-app', job: 'e2e-nightly', timeout_seconds: '45m' }]] },
    { calls: [[c3, 'triggerRun', { pipeline: 'web-app', job: 'e2e-nightly' }]] },
    ':white_check_mark: Done. `web-app/e2e-nightly` was being killed at the 30-minute limit (last two runs hit 1800s). ' +
      'I raised its timeout to 45 minutes (config revision `cfg-r412`) and started a fresh run `r-55161` on `main` so you can confirm it completes.',
  ],
});

await generateText({
  model,
  system:
    'You are release-bot, the CI/CD assistant of the platform team, answering in Slack. You can inspect and change CI job ' +
    'settings and trigger runs. Confirm what you changed, with the config revision. Use Slack markdown.',
  prompt: '@release-bot the nightly e2e job on web-app keeps getting killed before it finishes, can you bump its timeout to 45 minutes and kick off a run?',
  tools: { getJobConfig, updateJobConfig, triggerRun },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'slack:T02A7QK9D:C05LQ8B3N:1733402231.004900', userId: 'U04KX9P2M' },
  telemetry: {
    functionId: 'release-bot',
    includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

writeJsonl(out, 'otel-traces.jsonl', [await tracing.flush()]);
