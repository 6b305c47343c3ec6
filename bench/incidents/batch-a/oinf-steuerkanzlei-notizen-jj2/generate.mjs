// Steuerkanzlei-Assistent (LangGraph.js + scripted model), traced by OpenInference as OTLP/JSON.
// Two Mandanten talk to the same assistant process, each in its own conversation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage } = await load('@langchain/core/messages');

const t = tracing('kanzlei-assistent', { 'deployment.environment': 'prod-fra1' });

// The assistant's working notes ("Arbeitsnotizen") live in a process-local store.
const notizen = new Map();
let letzteNotiz = null;
const notizSpeichern = tool(async ({ mandantennr, text }) => {
  const id = `NZ-${String(notizen.size + 301).padStart(5, '0')}`;
  notizen.set(id, { mandantennr, text, erstellt: '2024-04-11T09:14:02+02:00' });
  letzteNotiz = id;
  return JSON.stringify({ ok: true, notiz_id: id });
}, { name: 'arbeitsnotiz_speichern', description: 'Speichert eine Arbeitsnotiz zur laufenden Beratung.',
  schema: z.object({ mandantennr: z.string(), text: z.string() }) });
const notizLaden = tool(async ({ mandantennr }) => {
  const id = letzteNotiz;
  const n = notizen.get(id);
  return JSON.stringify({ notiz_id: id, erstellt: n.erstellt, text: n.text });
}, { name: 'arbeitsnotiz_laden', description: 'Lädt die zuletzt gespeicherte Arbeitsnotiz zur Beratung.',
  schema: z.object({ mandantennr: z.string() }) });
const fristPruefen = tool(async ({ steuerjahr }) => JSON.stringify({ steuerjahr, abgabefrist_beraten: '2026-04-30', status: 'offen' }),
  { name: 'abgabefrist_pruefen', description: 'Prüft die Abgabefrist der Einkommensteuererklärung (mit Berater).',
    schema: z.object({ steuerjahr: z.number().int() }) });

const tools = [notizSpeichern, notizLaden, fristPruefen];
const system = new SystemMessage('Du bist der digitale Assistent der Kanzlei Brandt & Oßwald Steuerberatung. Antworte knapp und sachlich auf Deutsch.');
const prepare = (m) => [system, ...m];

// Mandant 1
const m1 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'arbeitsnotiz_speichern', args: { mandantennr: 'M-20417', text: 'ESt 2024: zvE 86.412 €, Kirchensteuer ev. (BY 8 %), Arbeitszimmer 1.260 € anerkannt, Erstattung vorauss. 2.318 €' } }] },
  { content: '', tool_calls: [{ name: 'abgabefrist_pruefen', args: { steuerjahr: 2024 } }] },
  { content: 'Ich habe Ihre Angaben notiert (zvE 86.412 €, Arbeitszimmer 1.260 €). Die Erklärung 2024 muss über uns bis 30.04.2026 abgegeben werden; nach unserer Vorberechnung ist mit einer Erstattung von rund 2.318 € zu rechnen.' },
] });
const app1 = await reactGraph({ model: m1, tools, prepare, name: 'kanzlei-assistent' });
await t.turn({ userId: 'mandant-20417' }, () => app1.invoke(
  { messages: [{ role: 'user', content: 'Guten Morgen, Mandantennr. M-20417. Frau Oßwald hat mein zvE 2024 mit 86.412 € ermittelt, das Arbeitszimmer (1.260 €) wurde anerkannt. Bitte notieren und sagen Sie mir, bis wann alles raus muss.' }] },
  { configurable: { thread_id: 'konv-20417-0411' }, metadata: { session_id: 'konv-20417-0411' } }));

// Mandant 2
const m2 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'arbeitsnotiz_laden', args: { mandantennr: 'M-31958' } }] },
  { content: 'Laut der letzten Arbeitsnotiz liegt Ihr zu versteuerndes Einkommen 2024 bei 86.412 €; das Arbeitszimmer wurde mit 1.260 € anerkannt. Nach der Vorberechnung ist mit einer Erstattung von etwa 2.318 € zu rechnen.' },
] });
const app2 = await reactGraph({ model: m2, tools, prepare, name: 'kanzlei-assistent' });
await t.turn({ userId: 'mandant-31958' }, () => app2.invoke(
  { messages: [{ role: 'user', content: 'Hallo, hier Jonas Petersen (M-31958). Was kam bei der Vorberechnung für mein 2024 raus, wie hoch ist das zvE und bekomme ich was zurück?' }] },
  { configurable: { thread_id: 'konv-31958-0411' }, metadata: { session_id: 'konv-31958-0411' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
