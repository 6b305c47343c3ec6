// Veterinary clinic front-desk assistant (English). Two pet owners chat with the same Node process a
// few minutes apart. The app keeps the last patient record it fetched in a process-wide variable and
// prepends it to the next request as "Patient on file" to save a lookup. Vercel AI SDK (ai v7),
// scripted mock model, legacy ai.* telemetry with runtime-context sessionId/userId, OTLP/JSON export.
import {
  generateText, tool, stepCountIs, z, LegacyOpenTelemetry, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('vetclinic-ue0');
const { flush } = setupTracing({ serviceName: 'pawsome-frontdesk', resource: { 'service.version': '2.3.0', 'host.name': 'fd-worker-2' }, seed: 'vetclinic-ue0' });

const records = {
  'PT-20931': { patient_id: 'PT-20931', name: 'Bella', species: 'dog', breed: 'Labrador retriever', born: '2019-05-02', owner: 'Marcus Whitfield', owner_phone: '+1 (503) 555-0148',
    allergies: ['amoxicillin'], vaccines: { rabies: { last: '2022-02-14', next_due: '2025-02-14' }, dhpp: { last: '2024-03-09', next_due: '2025-03-09' } } },
  'PT-31877': { patient_id: 'PT-31877', name: 'Bella', species: 'cat', breed: 'domestic shorthair', born: '2023-08-20', owner: 'Priya Raman', owner_phone: '+1 (503) 555-0192',
    allergies: [], vaccines: { rabies: { last: '2024-10-01', next_due: '2025-10-01' }, fvrcp: { last: '2024-10-01', next_due: '2025-10-01' } } },
};

let patientOnFile = null; // process-wide, shared by every conversation

const getPatientRecord = tool({
  description: "Fetch a patient's record (vaccines, allergies) by patient id.",
  inputSchema: z.object({ patient_id: z.string() }),
  execute: async ({ patient_id }) => { patientOnFile = records[patient_id]; return records[patient_id]; },
});
const bookAppointment = tool({
  description: 'Book an appointment slot for a patient.',
  inputSchema: z.object({ patient_id: z.string(), reason: z.string(), slot: z.string() }),
  execute: async ({ patient_id, reason, slot }) => ({ appointment_id: 'APT-' + ids('', 6).toUpperCase(), patient_id, reason, slot, status: 'booked' }),
});

const SYSTEM = 'You are the front-desk assistant of Pawsome Veterinary Clinic. Help owners with vaccines and appointments. Only discuss the caller\'s own pets.';

async function chat({ sessionId, userId, prompt, replies }) {
  const system = patientOnFile ? `${SYSTEM}\n\nPatient on file: ${JSON.stringify(patientOnFile)}` : SYSTEM;
  await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini', ids, replies }),
    system, prompt,
    tools: { get_patient_record: getPatientRecord, book_appointment: bookAppointment },
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'frontdesk-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return flush();
}

const lines = [];
// Owner 1: Marcus, dog Bella (PT-20931).
lines.push(await chat({
  sessionId: 'web-9c41d2', userId: 'owner_58213',
  prompt: "Hi, I'm Marcus Whitfield, my dog Bella is PT-20931. Is she due for anything? If so book the first slot Thursday.",
  replies: [
    { calls: [['call_' + ids('', 24), 'get_patient_record', { patient_id: 'PT-20931' }]] },
    { calls: [['call_' + ids('', 24), 'book_appointment', { patient_id: 'PT-20931', reason: 'rabies booster', slot: '2024-11-07T09:00' }]] },
    "Bella's rabies booster is due by 14 Feb 2025, so I booked her for Thursday 7 Nov at 9:00. Noted on file: she is allergic to amoxicillin.",
  ],
}));
// Owner 2: Priya, cat also called Bella — asks without giving the patient id.
lines.push(await chat({
  sessionId: 'web-e07b5a', userId: 'owner_60477',
  prompt: 'Hello! When is Bella due for her next rabies shot? And is there anything the vet should know before her visit?',
  replies: [
    "Bella's next rabies booster is due by 14 February 2025 — her last one was on 14 Feb 2022. Before the visit, please remind the vet that she is allergic to amoxicillin. "
      + "We have her owner contact as +1 (503) 555-0148; let me know if that has changed.",
  ],
}));

writeJsonl(dir, 'collector-export.jsonl', lines);
