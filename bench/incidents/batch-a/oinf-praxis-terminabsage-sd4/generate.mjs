// Terminassistent einer Physiotherapie-Praxis (LangGraph.js + OpenInference, skriptiertes Modell, offline).
// Zwei Anruferinnen an derselben Praxis-Hotline, jede mit eigener Sitzung. Der Gesprächsverlauf wird
// von der Anwendung zwischen den Zügen in einem Prozess-Cache gehalten und vor jedem Modellaufruf
// vorangestellt.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, callId } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('praxis-termin-assistent', { 'deployment.environment': 'prod', 'service.version': '2.3.1' });

const SYSTEM = 'Du bist der Terminassistent der Physiotherapie am Nordbad (Standort München-Schwabing). ' +
  'Heute ist Donnerstag, der 15.05.2025. Du kannst Patienten suchen, freie Termine nennen, Termine verschieben ' +
  'und absagen. Antworte kurz und freundlich auf Deutsch.';

// --- Praxisverwaltung (Attrappe) ---
const termine = { 'T-88120': { patient: 'PX-40917', beginn: '2025-05-15T08:30', behandlung: 'KG nach Knie-TEP, 30 min' },
  'T-88341': { patient: 'PX-51208', beginn: '2025-05-16T09:00', behandlung: 'Manuelle Therapie HWS, 25 min' } };

const patientSuchen = tool(async ({ nachname, geburtsdatum }) => {
  if (nachname.toLowerCase() === 'kessler' && geburtsdatum === '1968-03-14') {
    return JSON.stringify({ patienten_nr: 'PX-40917', name: 'Kessler, Marion', kasse: 'AOK Bayern',
      verordnung: 'VO-2025-0419 (10x KG, 6 verbleibend)',
      termine: [{ termin_id: 'T-88120', beginn: termine['T-88120'].beginn, behandlung: termine['T-88120'].behandlung }] });
  }
  return JSON.stringify({ treffer: 0 });
}, { name: 'patient_suchen', description: 'Sucht einen Patienten nach Nachname und Geburtsdatum (JJJJ-MM-TT).',
  schema: z.object({ nachname: z.string(), geburtsdatum: z.string() }) });

const freieTermine = tool(async ({ ab, behandlung }) => JSON.stringify({ ab, behandlung, frei: [
  { slot: '2025-05-16T11:00', therapeut: 'J. Brandl' }, { slot: '2025-05-16T14:30', therapeut: 'S. Öztürk' },
  { slot: '2025-05-19T08:00', therapeut: 'J. Brandl' }] }),
{ name: 'freie_termine', description: 'Listet freie Behandlungstermine ab einem Datum.',
  schema: z.object({ ab: z.string(), behandlung: z.string() }) });

const terminVerschieben = tool(async ({ termin_id, neuer_beginn }) => {
  termine[termin_id].beginn = neuer_beginn;
  return JSON.stringify({ ok: true, termin_id, beginn: neuer_beginn, therapeut: 'J. Brandl', sms_bestaetigung: 'versendet' });
}, { name: 'termin_verschieben', description: 'Verschiebt einen bestehenden Termin.',
  schema: z.object({ termin_id: z.string(), neuer_beginn: z.string() }) });

const terminAbsagen = tool(async ({ termin_id, grund }) => {
  const tm = termine[termin_id];
  return JSON.stringify({ ok: true, termin_id, beginn: tm.beginn, status: 'storniert', grund,
    ausfallgebuehr: 'entfällt (Absage > 12 h vorher)' });
}, { name: 'termin_absagen', description: 'Sagt einen Termin ab.',
  schema: z.object({ termin_id: z.string(), grund: z.string() }) });

const tools = [patientSuchen, freieTermine, terminVerschieben, terminAbsagen];

// Verlaufspuffer der Hotline: je Leitung/Standort, nicht je Anrufer.
const verlauf = new Map();
const puffer = (key) => { if (!verlauf.has(key)) verlauf.set(key, []); return verlauf.get(key); };

const replies = [
  // Anruferin 1, Zug 1
  { tool_calls: [{ name: 'patient_suchen', args: { nachname: 'Kessler', geburtsdatum: '1968-03-14' } }] },
  { tool_calls: [{ name: 'freie_termine', args: { ab: '2025-05-16', behandlung: 'KG nach Knie-TEP' } }] },
  { content: 'Danke, Frau Kessler. Ihr Termin heute um 08:30 Uhr lässt sich verschieben. Frei wären: Freitag, 16.05. um 11:00 Uhr (Herr Brandl), Freitag um 14:30 Uhr (Frau Öztürk) oder Montag, 19.05. um 08:00 Uhr (Herr Brandl). Was passt Ihnen?' },
  // Anruferin 1, Zug 2
  { tool_calls: [{ name: 'termin_verschieben', args: { termin_id: 'T-88120', neuer_beginn: '2025-05-16T11:00' } }] },
  { content: 'Erledigt: Ihr Termin ist jetzt am Freitag, 16.05.2025 um 11:00 Uhr bei Herrn Brandl. Sie bekommen eine SMS-Bestätigung.' },
  // Anruferin 2, Zug 1
  { tool_calls: [{ name: 'termin_absagen', args: { termin_id: 'T-88120', grund: 'Erkrankung Patientin' } }] },
  { content: 'Gute Besserung! Ihr Termin morgen, Freitag 16.05. um 11:00 Uhr, ist abgesagt. Da Sie mehr als 12 Stunden vorher absagen, fällt keine Ausfallgebühr an. Melden Sie sich gern, wenn Sie einen neuen Termin möchten.' },
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies });
const leitung = 'hotline:muc-schwabing:089-2180';
let laufend = [];
const app = await reactGraph({ model, tools, name: 'termin_assistent',
  prepare: async (msgs) => [new SystemMessage(SYSTEM), ...puffer(leitung), ...msgs] });

async function zug({ sessionId, userId, text }) {
  return t.turn({ userId }, async () => {
    const eingabe = new HumanMessage(text);
    const out = await app.invoke({ messages: [eingabe] },
      { metadata: { session_id: sessionId, standort: 'muc-schwabing', kanal: 'telefon-voicebot' }, runName: 'termin_assistent' });
    // nach dem Zug: neue Nachrichten in den Hotline-Verlauf übernehmen
    puffer(leitung).push(...out.messages);
    return out;
  });
}

// Anruferin 1 (zwei Züge, eine Sitzung)
await zug({ sessionId: 'vb-20250515-0812-7c41', userId: 'anrufer:+49176-55xx-x231',
  text: 'Hallo, Marion Kessler hier, geboren am 14.03.1968. Ich schaffe meinen Termin heute früh nicht, kann ich den verschieben?' });
await zug({ sessionId: 'vb-20250515-0812-7c41', userId: 'anrufer:+49176-55xx-x231',
  text: 'Freitag um elf wäre gut.' });
// Anruferin 2 (neue Sitzung, andere Nummer)
await zug({ sessionId: 'vb-20250515-0840-e2d9', userId: 'anrufer:+49151-20xx-x874',
  text: 'Guten Morgen, ich muss meinen Termin morgen leider absagen, ich liege mit Fieber im Bett.' });

t.write(path.join(here, 'spans.jsonl'));
