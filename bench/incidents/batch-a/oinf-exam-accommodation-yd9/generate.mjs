// University exams office (English): a coordinator agent delegates seat booking to a scheduler
// sub-agent through a tool whose brief template forwards only some of the arguments.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('exams-office-assistant', { 'deployment.environment': 'production' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

// --- scheduler sub-agent -------------------------------------------------------------------
const findSlots = tool(async ({ course, duration_min }) => JSON.stringify({
  course, duration_min, slots: [
    { slot: 'EX-W51-TUE-0930', start: '2026-12-15T09:30', room: 'Hall B', seats_free: 41, accessible_room: false },
    { slot: 'EX-W51-TUE-0930-SR', start: '2026-12-15T09:30', room: 'Room 3.14 (small room)', seats_free: 4, accessible_room: true },
    { slot: 'EX-W51-THU-1400', start: '2026-12-17T14:00', room: 'Hall A', seats_free: 12, accessible_room: false },
  ] }), { name: 'find_exam_slots', description: 'Lists sittings of a course exam with free seats.',
  schema: z.object({ course: z.string(), duration_min: z.number().int() }) });

const bookSeat = tool(async ({ student_id, slot, duration_min }) => JSON.stringify({
  booking: 'BK-88' + student_id.slice(-3) + '-' + slot.slice(-4), student_id, slot, duration_min,
  room: slot.endsWith('-SR') ? 'Room 3.14 (small room)' : 'Hall B', status: 'CONFIRMED', ends: duration_min === 120 ? '11:30' : '12:30' }),
  { name: 'book_exam_seat', description: 'Books a student into an exam sitting for the given duration.',
    schema: z.object({ student_id: z.string(), slot: z.string(), duration_min: z.number().int() }) });

const schedulerModel = new ScriptedChatModel({
  model: 'gpt-4o-mini-2024-07-18',
  replies: [
    { content: '', tool_calls: [{ name: 'find_exam_slots', args: { course: 'CHEM-2140', duration_min: 120 } }] },
    { content: '', tool_calls: [{ name: 'book_exam_seat', args: { student_id: 'S-20931', slot: 'EX-W51-TUE-0930', duration_min: 120 } }] },
    { content: 'Booked S-20931 into CHEM-2140 final, Tue 15 Dec 09:30-11:30, Hall B (booking BK-88931-0930).' },
  ],
});
const scheduler = await reactGraph({
  model: schedulerModel, tools: [findSlots, bookSeat], name: 'exam-scheduler',
  prepare: (m) => [new SystemMessage('You book exam seats. Use exactly the brief you are given; pick the earliest sitting with free seats.'), ...m],
});

const delegate = tool(async ({ student_id, course, exam, standard_duration_min }) => {
  const brief = `Book ${student_id} into the ${exam} of ${course}. Duration: ${standard_duration_min} minutes.`;
  const out = await scheduler.invoke({ messages: [new HumanMessage(brief)] });
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'delegate_to_scheduler',
  description: 'Hands the seat booking to the exam scheduler agent.',
  schema: z.object({ student_id: z.string(), course: z.string(), exam: z.string(), standard_duration_min: z.number().int(),
    accommodations: z.string().optional().describe('approved exam adjustments to apply') }),
});

// --- coordinator -------------------------------------------------------------------------------
const studentRecord = tool(async ({ student_id }) => JSON.stringify({
  student_id, name: 'Priya Raman', programme: 'BSc Biochemistry (Y2)',
  enrolments: ['CHEM-2140', 'BIOL-2205', 'MATH-1802'],
  exam_adjustments: { status: 'approved', approved_on: '2026-09-14', extra_time_pct: 50, room: 'small room, max 6 candidates', rest_breaks: '10 min per hour' },
}), { name: 'get_student_record', description: 'Student profile, enrolments and approved exam adjustments.',
  schema: z.object({ student_id: z.string() }) });

const coordinatorModel = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    { content: '', tool_calls: [{ name: 'get_student_record', args: { student_id: 'S-20931' } }] },
    { content: '', tool_calls: [{ name: 'delegate_to_scheduler', args: { student_id: 'S-20931', course: 'CHEM-2140', exam: 'final exam',
      standard_duration_min: 120, accommodations: '50% extra time (180 min total), small room max 6 candidates, 10 min rest break per hour' } }] },
    { content: 'Hi Priya, you are booked for the CHEM-2140 final on Tuesday 15 December, 09:30-11:30 in Hall B (booking BK-88931-0930). '
      + 'Please bring your student card; good luck!' },
  ],
});
const coordinator = await reactGraph({
  model: coordinatorModel, tools: [studentRecord, delegate], name: 'exams-coordinator',
  prepare: (m) => [new SystemMessage('You are the Exams Office assistant. Always check the student record and apply any approved exam adjustments when booking.'), ...m],
});

const sessionId = 'conv_01JEXQ7M4T9ZC2R8N5B6W3KDHA';
await t.turn({ userId: 'S-20931' }, () => coordinator.invoke(
  { messages: [new HumanMessage('Hi, can you book me into the CHEM-2140 final? My student number is S-20931.')] },
  { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));
t.write(path.join(here, 'traces.jsonl'));
