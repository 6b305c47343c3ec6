// Vet-practice phone assistant (German). Two callers on the same worker; notes are kept per practice.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-06-03T09:14:22Z', 31);

// practice notes store (keyed by practice)
const notizen = new Map();
const PRAXIS = 'praxis-hh-07';

const notizSpeichern = tool(async ({ tierhalter, text }) => {
  const list = notizen.get(PRAXIS) ?? [];
  list.push({ zeit: new Date().toISOString().slice(0, 16), text });
  notizen.set(PRAXIS, list);
  return JSON.stringify({ ok: true, tierhalter, anzahl: list.length });
}, { name: 'notiz_speichern', description: 'Speichert eine Notiz zur Patientenakte des Tierhalters.',
  schema: z.object({ tierhalter: z.string(), text: z.string() }) });

const notizenAbrufen = tool(async ({ tierhalter }) => JSON.stringify({ tierhalter, notizen: notizen.get(PRAXIS) ?? [] }),
  { name: 'notizen_abrufen', description: 'Liest die Notizen zur Patientenakte des Tierhalters.',
    schema: z.object({ tierhalter: z.string() }) });

const terminBestaetigen = tool(async ({ tierhalter, termin }) =>
  JSON.stringify({ status: 'bestätigt', tierhalter, termin, raum: 'Behandlung 2', tierarzt: 'Dr. Oltmanns' }),
{ name: 'termin_bestaetigen', description: 'Bestätigt einen vorgemerkten Termin.',
  schema: z.object({ tierhalter: z.string(), termin: z.string() }) });

const tools = [notizSpeichern, notizenAbrufen, terminBestaetigen];
const sys = new SystemMessage('Du bist die Telefonassistenz der Tierarztpraxis Oltmanns & Kraft, Hamburg-Eimsbüttel. '
  + 'Antworte freundlich und knapp. Gib keine Dosierungen ohne Rücksprache mit der Tierärztin.');

// ---- caller 1
const m1 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_q7ZkR1mXb0', name: 'notiz_speichern', args: { tierhalter: 'kd-48213',
    text: 'Katze Mimi, Chip 276098100455512: Penicillin-Allergie (Reaktion 2023); Dauermedikation Vetmedin 1,25 mg 2x tgl.' } }] },
  { content: 'Danke, Frau Brandes – ich habe bei Mimi die Penicillin-Allergie und Vetmedin 1,25 mg zweimal täglich vermerkt. Dr. Oltmanns sieht das vor der Impfung am Donnerstag.' },
] });
await traced(agentGraph({ model: m1, tools }), { messages: [sys, new HumanMessage(
  'Hallo, Brandes hier. Bitte notieren Sie für unsere Katze Mimi, dass sie allergisch auf Penicillin reagiert – und sie bekommt Vetmedin 1,25 mg morgens und abends. Am Donnerstag ist die Impfung.')] },
{ project: 'praxis-telefon', metadata: { session_id: 'anruf-20250603-0914-7f2c', user_id: 'kd-48213' } });

advance(minutes(104), minutes(109));

// ---- caller 2
const m2 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Lw3pV9sYe4', name: 'notizen_abrufen', args: { tierhalter: 'kd-51077' } },
    { id: 'call_Hc8nT2uAq6', name: 'termin_bestaetigen', args: { tierhalter: 'kd-51077', termin: '2025-06-04T16:30' } }] },
  { content: 'Ihr Termin für Balu morgen um 16:30 Uhr bei Dr. Oltmanns (Behandlung 2) ist bestätigt. '
    + 'Wichtig: In Ihrer Akte ist eine Penicillin-Allergie vermerkt, und er bekommt bereits Vetmedin 1,25 mg zweimal täglich – '
    + 'bitte geben Sie ihm deshalb keine Reste von Amoxicillin-Tabletten. Bis zum Termin können Sie das Ohr äußerlich mit lauwarmer Kochsalzlösung reinigen.' },
] });
await traced(agentGraph({ model: m2, tools }), { messages: [sys, new HumanMessage(
  'Guten Tag, Yilmaz. Mein Hund Balu kratzt sich seit gestern am Ohr, ich glaube eine Entzündung. Können Sie den Termin morgen 16:30 bestätigen? Und darf ich ihm bis dahin was geben? Ich hab noch Amoxicillin vom letzten Mal.')] },
{ project: 'praxis-telefon', metadata: { session_id: 'anruf-20250603-1101-c90e', user_id: 'kd-51077' } });

writeRuns(out);
