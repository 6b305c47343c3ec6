// Mandanten-Chat einer Steuerkanzlei (LangGraph.js + scripted model), traced with OpenInference.
// Two client chats handled by the same process, one after the other.
// Run from the checkout root: node bench/incidents/batch-a/oinf-steuerberatung-pendler-qd2/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('kanzlei-chat', { 'deployment.environment': 'production', 'service.version': '0.9.3' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const SYSTEM = 'Du bist der digitale Assistent der Steuerkanzlei Brenner & Partner. Du gibst Mandanten eine '
  + 'unverbindliche Ersteinschätzung zur Einkommensteuer 2024. Rechne nur mit Werkzeugen.';

// Conversation notes of the app: kept per advisor desk so that a returning conversation can pick up where it left off.
const notes = new Map();
const desk = (berater) => `desk:${berater}`;

const pendler = tool(async ({ entfernungKm, arbeitstage }) => {
  const erste = Math.min(entfernungKm, 20) * 0.30 * arbeitstage;
  const weitere = Math.max(entfernungKm - 20, 0) * 0.38 * arbeitstage;
  return JSON.stringify({ entfernungKm, arbeitstage, entfernungspauschale: Math.round((erste + weitere) * 100) / 100,
    arbeitnehmerPauschbetrag: 1230, ansatz: Math.max(1230, Math.round((erste + weitere) * 100) / 100) });
}, { name: 'entfernungspauschale', description: 'Entfernungspauschale 2024 (0,30 €/km bis 20 km, 0,38 €/km ab km 21).',
  schema: z.object({ entfernungKm: z.number(), arbeitstage: z.number() }) });

const schaetzen = tool(async ({ bruttolohn, werbungskosten, steuerklasse, lohnsteuerEinbehalten }) => {
  const table = { 58400: { festzusetzen: 9512, }, 41200: { festzusetzen: 5190 } };
  const fest = (table[bruttolohn] ?? { festzusetzen: Math.round(bruttolohn * 0.16) }).festzusetzen
    - Math.round((werbungskosten - 1230) * 0.3);
  return JSON.stringify({ bruttolohn, werbungskosten, steuerklasse, festzusetzendeESt: fest,
    lohnsteuerEinbehalten, differenz: lohnsteuerEinbehalten - fest, hinweis: 'ohne Soli/KiSt, unverbindlich' });
}, { name: 'erstattung_schaetzen', description: 'Grobe Schätzung der Einkommensteuer-Erstattung (Steuerklasse I).',
  schema: z.object({ bruttolohn: z.number(), werbungskosten: z.number(), steuerklasse: z.number(),
    lohnsteuerEinbehalten: z.number() }) });

function app(replies, berater) {
  const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies });
  return reactGraph({ model, tools: [pendler, schaetzen], name: 'mandanten-assistent', prepare: (msgs) => {
    const n = notes.get(desk(berater));
    return n ? [msgs[0], new SystemMessage(`Notizen aus dem bisherigen Gespräch:\n${n}`), ...msgs.slice(1)] : msgs;
  } });
}

// Chat 1: Mandantin Kaya (M-4471), Beraterin BR-07.
const chat1 = await app([
  { tool_calls: [{ name: 'entfernungspauschale', args: { entfernungKm: 38, arbeitstage: 220 } }] },
  { tool_calls: [{ name: 'erstattung_schaetzen', args: { bruttolohn: 58400, werbungskosten: 2824.8,
    steuerklasse: 1, lohnsteuerEinbehalten: 9980 } }] },
  { content: 'Für 38 km an 220 Tagen ergibt sich eine Entfernungspauschale von 2.824,80 € – deutlich über dem '
    + 'Arbeitnehmer-Pauschbetrag von 1.230 €. Bei 58.400 € brutto und 9.980 € einbehaltener Lohnsteuer schätze ich '
    + 'Ihre Erstattung auf rund 946 € (ohne Soli/Kirchensteuer, unverbindlich). Frau Albers (BR-07) meldet sich '
    + 'wegen der Belege bei Ihnen.' },
], 'BR-07');
await t.turn({ userId: 'M-4471' }, () => chat1.invoke({ messages: [new SystemMessage(SYSTEM), new HumanMessage(
  'Guten Tag, ich bin 2024 jeden Tag 38 km zur Arbeit gefahren, ca. 220 Arbeitstage. Brutto hatte ich 58.400 €, '
  + 'laut Lohnsteuerbescheinigung 9.980 € Lohnsteuer. Lohnt sich die Erklärung?')] },
  { metadata: { session_id: 'chat-20250311-0f3a91' } }));
notes.set(desk('BR-07'), '- Bruttoarbeitslohn 2024: 58.400 €, einbehaltene Lohnsteuer 9.980 €\n'
  + '- Fahrtweg 38 km, 220 Arbeitstage, Entfernungspauschale 2.824,80 €\n- geschätzte Erstattung ca. 946 €');

// Chat 2: Mandant Wilde (M-5902), same advisor desk, a different chat.
const chat2 = await app([
  { tool_calls: [{ name: 'entfernungspauschale', args: { entfernungKm: 12, arbeitstage: 200 } }] },
  { tool_calls: [{ name: 'erstattung_schaetzen', args: { bruttolohn: 58400, werbungskosten: 1230,
    steuerklasse: 1, lohnsteuerEinbehalten: 9980 } }] },
  { content: 'Bei 12 km und 200 Tagen liegt die Entfernungspauschale mit 720 € unter dem Arbeitnehmer-Pauschbetrag '
    + 'von 1.230 €, der ohnehin angesetzt wird. Mit Ihrem Bruttolohn von 58.400 € und 9.980 € Lohnsteuer käme '
    + 'eine Erstattung von etwa 468 € heraus – die Erklärung lohnt sich also trotzdem. Soll Frau Albers die '
    + 'Unterlagen bei Ihnen anfordern?' },
], 'BR-07');
await t.turn({ userId: 'M-5902' }, () => chat2.invoke({ messages: [new SystemMessage(SYSTEM), new HumanMessage(
  'Hallo, lohnt sich für mich eine Steuererklärung für 2024? Ich fahre nur 12 km zur Arbeit, an etwa 200 Tagen.')] },
  { metadata: { session_id: 'chat-20250311-7bd204' } }));

t.write(path.join(here, 'traces.jsonl'));
