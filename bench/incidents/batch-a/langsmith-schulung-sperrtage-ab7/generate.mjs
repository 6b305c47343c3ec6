// HR assistant (German): a course booking spread over two days. The app keeps the employee's
// planning note between conversations in a note service (tools sitzungsnotiz_speichern / _laden).
import path from 'node:path';
import { here, startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
const SESSION = 'hr-chat-4f1e92';
const USER = 'ma-20931';
const notes = new Map();

const speichern = tool(async ({ mitarbeiter_id, kurs, sperrtage }) => {
  const note = { notiz_id: 'N-88213', rev: 3, mitarbeiter_id, kurs, sperrtage: new Set(sperrtage) };
  notes.set(mitarbeiter_id, JSON.stringify(note));
  return `gespeichert: notiz_id=${note.notiz_id}, rev=${note.rev}`;
}, { name: 'sitzungsnotiz_speichern', description: 'Speichert die Planungsnotiz eines Mitarbeiters für spätere Gespräche.',
  schema: z.object({ mitarbeiter_id: z.string(), kurs: z.string(), sperrtage: z.array(z.string()).describe('ISO-Daten, an denen nichts geplant werden darf') }) });

const laden = tool(async ({ mitarbeiter_id }) => notes.get(mitarbeiter_id) ?? 'keine Notiz gefunden',
  { name: 'sitzungsnotiz_laden', description: 'Lädt die gespeicherte Planungsnotiz eines Mitarbeiters.',
    schema: z.object({ mitarbeiter_id: z.string() }) });

const suchen = tool(async ({ kurs }) => JSON.stringify([
  { termin_id: 'EH-2612-09', kurs, datum: '2026-12-09', zeit: '08:30-16:00', ort: 'Werk Nord, Raum 2.14', freie_plaetze: 4 },
  { termin_id: 'EH-2612-16', kurs, datum: '2026-12-16', zeit: '08:30-16:00', ort: 'Werk Nord, Raum 2.14', freie_plaetze: 2 },
  { termin_id: 'EH-2701-13', kurs, datum: '2027-01-13', zeit: '08:30-16:00', ort: 'Verwaltung, Schulungsraum A', freie_plaetze: 9 },
]), { name: 'kurstermine_suchen', description: 'Sucht veröffentlichte Kurstermine.', schema: z.object({ kurs: z.string() }) });

const buchen = tool(async ({ termin_id, mitarbeiter_id }) =>
  `Buchung bestätigt: B-55102 für ${mitarbeiter_id}, Termin ${termin_id} (09.12.2026 08:30-16:00, Werk Nord, Raum 2.14). Einladung an Kalender versendet.`,
  { name: 'kurs_buchen', description: 'Bucht einen Kursplatz verbindlich.', schema: z.object({ termin_id: z.string(), mitarbeiter_id: z.string() }) });

const tools = [speichern, laden, suchen, buchen];
const SYSTEM = new SystemMessage('Du bist der HR-Assistent der Firma. Mitarbeiter-ID des Gesprächspartners: ma-20931. '
  + 'Gesprächsverläufe werden nicht aufbewahrt; was über den Tag hinaus gelten soll, legst du mit sitzungsnotiz_speichern ab '
  + 'und liest es zu Beginn eines neuen Gesprächs mit sitzungsnotiz_laden.');

startClock('2026-11-30T08:12:40Z', 11);
const day1 = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_q7Rk2mVb0aX1', name: 'sitzungsnotiz_speichern',
    args: { mitarbeiter_id: USER, kurs: 'Erste Hilfe Auffrischung', sperrtage: ['2026-12-09', '2026-12-10'] } }] },
  { content: 'Alles klar, ich habe es notiert: am 9. und 10. Dezember plane ich nichts für dich ein. Sobald die Termine für die Erste-Hilfe-Auffrischung veröffentlicht sind, kümmere ich mich um die Buchung.' },
] });
await traced(agentGraph({ model: day1, tools }), { messages: [SYSTEM, new HumanMessage(
  'Hallo! Ich muss meine Erste-Hilfe-Auffrischung nachholen. Wichtig: am 9. und 10. Dezember habe ich Pflegezeit für meine Mutter, '
  + 'an diesen beiden Tagen geht wirklich gar nichts. Die neuen Kurstermine kommen wohl erst morgen raus, bitte merk dir das für die Buchung.')] },
{ project: 'hr-assistant-prod', metadata: { session_id: SESSION, user_id: USER } });

advance(minutes(60 * 25 + 27));
const day2 = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Zp4Lw9sEe3Hc', name: 'sitzungsnotiz_laden', args: { mitarbeiter_id: USER } }] },
  { tool_calls: [{ id: 'call_Mx81TqRb6yNd', name: 'kurstermine_suchen', args: { kurs: 'Erste Hilfe Auffrischung' } }] },
  { tool_calls: [{ id: 'call_Hc2Vn0oPk5Ws', name: 'kurs_buchen', args: { termin_id: 'EH-2612-09', mitarbeiter_id: USER } }] },
  { content: 'Erledigt! Ich habe dich für den frühesten Termin gebucht: Mittwoch, 9. Dezember 2026, 08:30–16:00 Uhr, Werk Nord, Raum 2.14 (Buchungsnummer B-55102). In deiner Notiz sind keine Sperrtage hinterlegt, daher passt der Termin. Die Kalendereinladung ist unterwegs.' },
] });
await traced(agentGraph({ model: day2, tools }), { messages: [SYSTEM, new HumanMessage(
  'Morgen! Die Termine sind jetzt online. Buch mir bitte den frühesten Platz, der passt. Danke!')] },
{ project: 'hr-assistant-prod', metadata: { session_id: SESSION, user_id: USER } });

writeRuns(path.join(dir, 'runs.jsonl'));
