// University course assistant (English): a student asks about their current grade and extra credit.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('gradebook-retry');
const { flush } = setupTracing({ serviceName: 'course-tutor-bot', resource: { 'service.version': '0.9.3' }, seed: 'gradebook-retry' });

const sessionId = 'thr_9d41c07e8b2f';
const userId = 'stu-20231187';
let gradeCalls = 0;
const getGrades = tool({
  description: 'Fetch a student\'s graded items for a course from the LMS gradebook.',
  inputSchema: z.object({ course_id: z.string(), student_id: z.string() }),
  execute: async ({ course_id, student_id }) => {
    if (++gradeCalls === 1) throw new Error('LMS gradebook returned HTTP 503 Service Unavailable (upstream connect error or disconnect/reset before headers)');
    return { course_id, student_id, items: [
      { name: 'Problem Set 1', score: 18, max: 20, weight: 0.1 },
      { name: 'Problem Set 2', score: 0, max: 20, weight: 0.1, note: 'excused: medical, weight redistributed' },
      { name: 'Midterm', score: 71, max: 100, weight: 0.35 },
    ], current_weighted_pct: 74.6 };
  },
});
const searchSyllabus = tool({
  description: 'Search the course syllabus and announcements.',
  inputSchema: z.object({ course_id: z.string(), query: z.string() }),
  execute: async ({ course_id, query }) => ({ course_id, query, results: [] }),
});
const system = 'You are the teaching assistant bot for STAT 2103. Use the gradebook and syllabus tools. Never guess course policies.';
const telemetry = { functionId: 'tutor', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const m = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: 'resp-', replies: [
  { calls: [[ 'gb-' + ids('', 12), 'get_grades', { course_id: 'STAT-2103-F24', student_id: userId } ]] },
  { text: 'The gradebook was unavailable, trying again.', calls: [[ 'gb-' + ids('', 12), 'get_grades', { course_id: 'STAT-2103-F24', student_id: userId } ]] },
  { calls: [[ 'sy-' + ids('', 12), 'search_syllabus', { course_id: 'STAT-2103-F24', query: 'extra credit' } ]] },
  'Your current weighted grade in STAT 2103 is 74.6%. Problem Set 2 shows 0/20, but it is marked excused (medical) and its weight has been redistributed, so it is not pulling your grade down. Problem Set 1 is 18/20 and the midterm 71/100. I could not find anything about extra credit in the syllabus or announcements, so I can\'t tell you whether it is offered. Would you like me to draft a short question to your instructor about it?',
]});
await generateText({ model: m, system, prompt: 'Hey, my PS2 shows a zero, is my grade tanked? Also is there any extra credit I can do before the final?', tools: { get_grades: getGrades, search_syllabus: searchSyllabus }, stopWhen: stepCountIs(6), runtimeContext: { sessionId, userId }, telemetry });
writeJsonl(dir, 'traces.jsonl', [await flush()]);
