// Campus Helper, the student-portal assistant of a university (Vercel AI SDK generateText under the
// portal's own HTTP server span; GenAI spans from @ai-sdk/otel OpenTelemetry). The server span carries
// session.id / user.id as the portal's OTel middleware sets them.
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, SpanKind, SpanStatusCode,
  sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-campus-retake-grade-missing';
const tracing = setupTracing({
  serviceName: 'student-portal-api',
  resource: { 'service.version': '2024.12.2', 'deployment.environment.name': 'prod', 'service.instance.id': 'portal-api-6c9f7d-2xk4q' },
  seed,
});
const ids = makeIds(seed);

const getStudentRecord = tool({
  description: 'Academic record of the signed-in student: programme and course enrolments by term.',
  inputSchema: z.object({ student_id: z.string() }),
  execute: async ({ student_id }) => {
    await sleep(45);
    return { student_id, name: 'Marcus Okafor', programme: 'BSc Biochemistry', year: 2, enrolments: [
      { term: '2024SP', course: 'CHEM 201', title: 'Organic Chemistry I', section: '002', instructor: 'Dr. Lena Hoffmann', status: 'completed' },
      { term: '2024SP', course: 'BIOL 210', title: 'Cell Biology', section: '001', instructor: 'Dr. Ravi Menon', status: 'completed' },
      { term: '2024FA', course: 'CHEM 202', title: 'Organic Chemistry II', section: '001', instructor: 'Dr. Lena Hoffmann', status: 'enrolled' },
    ] };
  },
});

let gradebookCalls = 0;
const searchGradebook = tool({
  description: 'Search the gradebook for assessment grades of a student in a course and term. Optionally filter by assessment name.',
  inputSchema: z.object({ student_id: z.string(), course: z.string(), term: z.string(), assessment: z.string().optional() }),
  execute: async ({ student_id, course, term, assessment }) => {
    gradebookCalls++;
    if (gradebookCalls === 1) { await sleep(400); throw new Error('GradebookSyncTimeout: lms-sync did not answer within 10000 ms (GET /v2/grades)'); }
    await sleep(130);
    const all = [
      { assessment: 'Midterm exam', sitting: 'original', date: '2024-03-06', score: '61/100', weight: '25%', status: 'released' },
      { assessment: 'Lab reports', sitting: 'original', date: '2024-04-26', score: '84/100', weight: '20%', status: 'released' },
      { assessment: 'Final exam', sitting: 'original', date: '2024-05-14', score: '72/100', weight: '40%', status: 'released' },
    ];
    const entries = assessment ? all.filter((e) => e.assessment.toLowerCase().includes('retake') || `${e.assessment} ${e.sitting}`.toLowerCase() === assessment.toLowerCase()) : all;
    return { student_id, course, term, filter: assessment ?? null, entries };
  },
});

const calls = Array.from({ length: 4 }, () => ids('call_'));
const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-mini', ids,
  replies: [
    { calls: [[calls[0], 'getStudentRecord', { student_id: 's2023-10448' }]] },
    { calls: [[calls[1], 'searchGradebook', { student_id: 's2023-10448', course: 'CHEM 201', term: '2024SP', assessment: 'Midterm retake' }]] },
    { calls: [[calls[2], 'searchGradebook', { student_id: 's2023-10448', course: 'CHEM 201', term: '2024SP', assessment: 'Midterm retake' }]] },
    { calls: [[calls[3], 'searchGradebook', { student_id: 's2023-10448', course: 'CHEM 201', term: '2024SP' }]] },
    "I'm sorry, Marcus — I couldn't find a grade for a CHEM 201 midterm retake in the gradebook. For CHEM 201 in Spring 2024 " +
      'it only has your original midterm (6 March, 61/100), your lab reports (84/100) and the final exam (72/100); there is no retake ' +
      "entry at all, released or pending, so I can't tell you a result.\n\nThis usually means the retake hasn't been entered yet. " +
      'Your instructor for that section was Dr. Lena Hoffmann — she (or the Registrar) can confirm whether the retake was recorded.',
  ],
});

const sessionId = 'b1f2e0c4-77a9-4c1e-8f3d-5e0a9c6d2b18';
await tracing.tracer.startActiveSpan('POST /api/assistant/chat', {
  kind: SpanKind.SERVER,
  attributes: { 'http.request.method': 'POST', 'http.route': '/api/assistant/chat', 'url.scheme': 'https',
    'session.id': sessionId, 'user.id': 's2023-10448', 'user_agent.original': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)' },
}, async (span) => {
  await generateText({
    model,
    system:
      'You are Campus Helper, the assistant in the Northbridge University student portal. The signed-in student is s2023-10448. ' +
      'Use the tools to look up records and grades. Never guess a grade; if something is not in the records, say so and tell the student whom to ask.',
    prompt: "Hey, what did I get on the CHEM 201 midterm retake I sat in April? It still isn't showing on my transcript.",
    tools: { getStudentRecord, searchGradebook },
    stopWhen: stepCountIs(7),
    telemetry: { functionId: 'campus-helper', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.setStatus({ code: SpanStatusCode.OK });
  span.end();
});

writeJsonl(out, 'portal-traces.jsonl', [await tracing.flush()]);
