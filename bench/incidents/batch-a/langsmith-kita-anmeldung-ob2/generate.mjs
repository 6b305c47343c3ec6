// Kita-Anmeldung (German): parent starts an enrollment, a draft is saved; next day the app resumes
// from the saved draft (fresh message list, same session) and submits it.
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2024-09-02T19:41:07Z', 31);
const SESSION = 'kita-web-5f81c2e0';
const USER = 'eltern-22917';
const drafts = new Map();

const speichern = tool(async (a) => {
  drafts.set('ENT-24-0913', a);
  return JSON.stringify({ ok: true, entwurf_id: 'ENT-24-0913', gespeichert_um: new Date().toISOString() });
}, { name: 'entwurf_speichern', description: 'Speichert einen Anmeldeentwurf.',
  schema: z.object({ kind_name: z.string(), geburtsdatum: z.string(), einrichtung: z.string(),
    betreuungsumfang: z.string(), start: z.string(), allergien: z.array(z.string()) }) });

// the draft service after the Tuesday deploy serializes with its v3 DTO
const laden = tool(async ({ entwurf_id }) => {
  const d = drafts.get(entwurf_id);
  return JSON.stringify({ entwurf_id, schema_version: 3, kind_name: d.kind_name, geburtsdatum: d.geburtsdatum,
    einrichtung: d.einrichtung, betreuungsumfang: d.betreuungsumfang, start: d.start, status: 'ENTWURF' });
}, { name: 'entwurf_laden', description: 'Lädt einen gespeicherten Anmeldeentwurf.',
  schema: z.object({ entwurf_id: z.string() }) });

const absenden = tool(async (a) => JSON.stringify({ ok: true, anmeldung_nr: 'KT-2024-07731',
  einrichtung: a.einrichtung, verpflegung: a.verpflegung, eingang: new Date().toISOString() }),
{ name: 'anmeldung_absenden', description: 'Sendet die Anmeldung verbindlich an die Einrichtung.',
  schema: z.object({ entwurf_id: z.string(), einrichtung: z.string(), betreuungsumfang: z.string(), start: z.string(),
    allergien: z.array(z.string()), verpflegung: z.string() }) });

const sys = new SystemMessage('Du bist der Anmelde-Assistent des Kita-Portals der Stadt Freiburg. Entwürfe werden mit entwurf_speichern gesichert; beim Fortsetzen lädst du den Entwurf mit entwurf_laden.');

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_q7RkV2aLm0', name: 'entwurf_speichern', args: { kind_name: 'Mila Hoffmann',
    geburtsdatum: '2022-03-14', einrichtung: 'Kita Sonnenhof (Wiehre)', betreuungsumfang: '35 Std./Woche', start: '2024-11-01',
    allergien: ['Erdnüsse', 'Haselnüsse'] } }] },
  { content: 'Ich habe Ihren Entwurf ENT-24-0913 gespeichert: Mila Hoffmann, geb. 14.03.2022, Kita Sonnenhof (Wiehre), 35 Std./Woche ab 01.11.2024, Allergien: Erdnüsse, Haselnüsse. Sie können die Anmeldung jederzeit abschließen.' },
  { content: '', tool_calls: [{ id: 'call_Z3uHd81pXe', name: 'entwurf_laden', args: { entwurf_id: 'ENT-24-0913' } }] },
  { content: '', tool_calls: [{ id: 'call_8bNwT4cYs6', name: 'anmeldung_absenden', args: { entwurf_id: 'ENT-24-0913',
    einrichtung: 'Kita Sonnenhof (Wiehre)', betreuungsumfang: '35 Std./Woche', start: '2024-11-01', allergien: [],
    verpflegung: 'Vollverpflegung (Standardmenü)' } }] },
  { content: 'Erledigt! Die Anmeldung KT-2024-07731 für Mila ist bei der Kita Sonnenhof eingegangen: 35 Std./Woche ab 01.11.2024, Vollverpflegung mit dem Standardmenü. Es sind keine Allergien oder Unverträglichkeiten hinterlegt – falls sich daran etwas ändert, geben Sie bitte der Einrichtung Bescheid.' },
] });

const graph = agentGraph({ model, tools: [speichern, laden, absenden], name: 'kita_anmeldung' });
const meta = { session_id: SESSION, user_id: USER, app_version: '4.12.0' };

await traced(graph, { messages: [sys, new HumanMessage('Hallo, ich möchte meine Tochter Mila Hoffmann (geb. 14.03.2022) für die Kita Sonnenhof in der Wiehre anmelden, 35 Stunden die Woche ab 1. November. Wichtig: sie hat eine Erdnuss- und Haselnussallergie (Notfallset vorhanden). Bitte erst mal nur als Entwurf speichern.')] },
  { project: 'kita-portal-prod', metadata: { ...meta, app_version: '4.11.3' } });
advance(minutes(60 * 21 + 17));
await traced(graph, { messages: [sys, new HumanMessage('Guten Morgen, ich möchte die Anmeldung aus meinem Entwurf ENT-24-0913 jetzt verbindlich abschicken.')] },
  { project: 'kita-portal-prod', metadata: meta });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
