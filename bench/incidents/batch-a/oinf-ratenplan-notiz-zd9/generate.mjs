// Inkasso-Assistent (LangGraph.js + OpenInference), zwei Gespräche zum selben Fall, offline mit
// einem geskripteten Modell. Die Fallnotiz ist das einzige, was zwischen den Gesprächen bleibt.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('inkasso-assistent', { 'deployment.environment': 'prod-fra1', 'service.version': '3.14.2' });

const FALL = 'FALL-2026-118204';
// The case-notes table column is VARCHAR(120); the ORM cuts longer notes without an error.
const notes = new Map();
const saveNote = tool(async ({ fall_id, notiz }) => {
  notes.set(fall_id, notiz.slice(0, 120));
  return JSON.stringify({ status: 'ok', notiz_id: 'N-55812', fall_id, erstellt: '2026-12-03T09:41:07+01:00' });
}, {
  name: 'fallnotiz_speichern',
  description: 'Speichert eine Notiz zum Inkassofall (wird beim nächsten Kontakt wieder geladen).',
  schema: z.object({ fall_id: z.string(), notiz: z.string() }),
});
const getNote = tool(async ({ fall_id }) => JSON.stringify({
  fall_id, notiz: notes.get(fall_id) ?? null, notiz_id: 'N-55812', bearbeiter: 'bot', aktualisiert: '2026-12-03T09:41:07+01:00',
}), {
  name: 'fallnotiz_laden',
  description: 'Lädt die letzte Notiz zum Inkassofall.',
  schema: z.object({ fall_id: z.string() }),
});
const getCase = tool(async ({ fall_id }) => JSON.stringify({
  fall_id, schuldner: 'Murat Yilmaz', forderung_eur: 1860.0, glaeubiger: 'Stadtwerke Hanau GmbH', status: 'ratenplan_vereinbart', raten: 6, rate_eur: 310.0,
}), {
  name: 'fall_abrufen', description: 'Stammdaten eines Inkassofalls.', schema: z.object({ fall_id: z.string() }),
});
const scheduleDebit = tool(async ({ fall_id, iban, betrag_eur, erster_einzug, anzahl }) => JSON.stringify({
  status: 'geplant', mandat: 'MND-7731-YIL', fall_id, iban, betrag_eur, erster_einzug, anzahl, naechste_einzuege: ['2027-01-04', '2027-02-01', '2027-03-01'],
}), {
  name: 'lastschrift_planen',
  description: 'Plant die SEPA-Lastschriften eines Ratenplans.',
  schema: z.object({ fall_id: z.string(), iban: z.string(), betrag_eur: z.number(), erster_einzug: z.string().describe('YYYY-MM-DD'), anzahl: z.number().int() }),
});

const NOTE = 'Ratenplan 6 x 310,00 EUR ab Jan. 2027, SEPA-Mandat Konto DE44 7015 0000 0912 3456 78 (Sparkasse Hanau); Kunde: Einzug erst ab dem 16. d.M., Gehalt kommt am 15.';

const model = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    { content: '', tool_calls: [{ name: 'fall_abrufen', args: { fall_id: FALL } }] },
    { content: '', tool_calls: [{ name: 'fallnotiz_speichern', args: { fall_id: FALL, notiz: NOTE } }] },
    { content: 'Vielen Dank, Herr Yilmaz. Ich habe festgehalten: 6 Raten à 310,00 € ab Januar 2027 per Lastschrift von Ihrem Sparkassenkonto DE44 … 3456 78, Einzug jeweils erst ab dem 16. des Monats. Die Lastschriften werden beim nächsten Kontakt eingeplant.' },
    // Zweites Gespräch (neuer Tag, frischer Verlauf, derselbe Fall)
    { content: '', tool_calls: [{ name: 'fallnotiz_laden', args: { fall_id: FALL } }] },
    { content: '', tool_calls: [{ name: 'lastschrift_planen', args: { fall_id: FALL, iban: 'DE44701500000912345678', betrag_eur: 310.0, erster_einzug: '2027-01-04', anzahl: 6 } }] },
    { content: 'Erledigt: Die erste Rate über 310,00 € wird am 04.01.2027 von Ihrem Konto DE44 … 3456 78 eingezogen, danach jeweils am ersten Bankarbeitstag des Monats (01.02., 01.03. …), insgesamt 6 Raten. Mandatsreferenz: MND-7731-YIL.' },
  ],
});

const system = new SystemMessage('Du bist der Inkasso-Assistent der Mahn- und Forderungsstelle. Sei freundlich und sachlich. Zwischen Gesprächen ist nur die Fallnotiz gespeichert: lade sie zu Beginn, speichere alle Absprachen darin.');
const app = await reactGraph({ model, tools: [getCase, saveNote, getNote, scheduleDebit], prepare: (m) => [system, ...m], name: 'inkasso_agent' });

await t.turn({ userId: 'schuldner-118204' }, () => app.invoke(
  { messages: [new HumanMessage(`Guten Tag, Fall ${FALL}. Ich kann die 1.860 € in 6 Raten zu 310 € zahlen, ab Januar. Bitte vom Sparkassenkonto DE44 7015 0000 0912 3456 78. Wichtig: nicht vor dem 16. abbuchen, mein Gehalt kommt erst am 15., sonst platzt die Lastschrift.`)] },
  { metadata: { session_id: FALL, kanal: 'webchat' }, runName: 'inkasso_agent' }));

await t.turn({ userId: 'schuldner-118204' }, () => app.invoke(
  { messages: [new HumanMessage(`Hallo, nochmal wegen ${FALL}. Können Sie die Raten jetzt wie besprochen einplanen?`)] },
  { metadata: { session_id: FALL, kanal: 'webchat' }, runName: 'inkasso_agent' }));

t.write(path.join(here, 'traces.otlp.jsonl'));
