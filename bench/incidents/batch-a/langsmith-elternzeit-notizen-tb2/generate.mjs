// HR-Self-Service-Assistent eines Mandanten (Lindqvist Logistik GmbH): Notizen werden im
// LangGraph-InMemoryStore unter dem Namespace des Mandanten abgelegt. Zwei Mitarbeitende, zwei
// Sitzungen, ein Vormittag.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

const dir = here(import.meta.url);
startClock('2024-11-19T07:42:10Z', 41);
const store = new InMemoryStore();

const SYSTEM = 'Du bist der HR-Self-Service-Assistent der Lindqvist Logistik GmbH. Du duzt nicht. '
  + 'Nutze notiz_speichern, um Angaben der Mitarbeitenden für spätere Gespräche festzuhalten, und notizen_suchen, '
  + 'um frühere Angaben nachzuschlagen. Urlaubsstände liefert urlaubskonto_abfragen.';

const konten = { 'P-40118': { jahresanspruch: 30, genommen: 19, geplant: 0 }, 'P-52907': { jahresanspruch: 28, genommen: 5, geplant: 0 } };

const ns = (config) => ['mandanten', config.configurable.mandant, 'notizen'];
const notizSpeichern = tool(async ({ text }, config) => {
  const key = 'n_' + Math.floor(Date.now() / 1000).toString(16);
  await store.put(ns(config), key, { text, erstellt: new Date().toISOString() });
  return JSON.stringify({ ok: true, key });
}, { name: 'notiz_speichern', description: 'Speichert eine Notiz zum laufenden Anliegen.',
  schema: z.object({ text: z.string().describe('Inhalt der Notiz') }) });
const notizenSuchen = tool(async ({ stichwort }, config) => {
  const items = await store.search(ns(config), { limit: 20 });
  const treffer = items.filter((i) => i.value.text.toLowerCase().includes(stichwort.toLowerCase()))
    .map((i) => ({ key: i.key, text: i.value.text, erstellt: i.value.erstellt }));
  return JSON.stringify({ treffer });
}, { name: 'notizen_suchen', description: 'Durchsucht gespeicherte Notizen nach einem Stichwort.',
  schema: z.object({ stichwort: z.string() }) });
const urlaubskonto = tool(async (_args, config) => {
  const pnr = config.configurable.personalnummer;
  const k = konten[pnr];
  return JSON.stringify({ personalnummer: pnr, jahr: 2024, ...k, rest: k.jahresanspruch - k.genommen - k.geplant });
}, { name: 'urlaubskonto_abfragen', description: 'Urlaubskonto der angemeldeten Person für das laufende Jahr.',
  schema: z.object({}) });
const tools = [notizSpeichern, notizenSuchen, urlaubskonto];

// ---- Sitzung 1: Frau Okonkwo-Reuter (P-40118)
const m1 = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Zp3LqVw81TbX', name: 'notiz_speichern',
    args: { text: 'Elternzeit ab 03.03.2025, zunächst 14 Monate (bis 02.05.2026). Vertretung Disposition Halle 2 muss geplant werden.' } }] },
  { tool_calls: [{ id: 'call_4hYdS0nQeM2k', name: 'urlaubskonto_abfragen', args: {} }] },
  { content: 'Vielen Dank, ich habe vermerkt: Elternzeit ab dem 03.03.2025 für zunächst 14 Monate, also bis zum 02.05.2026; '
    + 'die Vertretung für die Disposition in Halle 2 ist als offener Punkt notiert. Für 2024 haben Sie noch 11 Urlaubstage. '
    + 'Resturlaub, der vor Beginn der Elternzeit nicht genommen wird, bleibt erhalten und kann nach der Rückkehr genommen werden.' },
] });
const app1 = agentGraph({ model: m1, tools });
await traced(app1, { messages: [new SystemMessage(SYSTEM), new HumanMessage(
  'Guten Morgen! Ich gehe ab dem 03.03.2025 in Elternzeit, erstmal 14 Monate. Können Sie das bitte festhalten, '
  + 'damit die Vertretung für meine Disposition in Halle 2 geplant werden kann? Und wie viele Urlaubstage habe ich dieses Jahr noch?')] },
{ project: 'hr-selfservice-prod', runName: 'hr_assistent',
  metadata: { session_id: 'hrss-5b0e2c71-0b0d', user_id: 'ma-40118', mandant: 'lindqvist-logistik' },
  configurable: { mandant: 'lindqvist-logistik', personalnummer: 'P-40118' } });

advance(minutes(96), minutes(118));

// ---- Sitzung 2: Herr Brandauer (P-52907)
const m2 = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Rk0vT7aJwq5N', name: 'notizen_suchen', args: { stichwort: 'Elternzeit' } },
    { id: 'call_b9XmE2fHc6Ls', name: 'urlaubskonto_abfragen', args: {} }] },
  { content: 'Laut den hinterlegten Notizen beginnt Ihre Elternzeit am 03.03.2025 und ist zunächst auf 14 Monate angelegt, '
    + 'sie endet also am 02.05.2026. Für die Vertretung ist noch ein offener Punkt vermerkt. '
    + 'Für 2024 haben Sie aktuell noch 23 Urlaubstage. Wenn Sie diese vor dem 03.03.2025 nicht mehr nehmen können, '
    + 'verfallen sie nicht, sondern können nach der Rückkehr genommen werden.' },
] });
const app2 = agentGraph({ model: m2, tools });
await traced(app2, { messages: [new SystemMessage(SYSTEM), new HumanMessage(
  'Hallo, kurze Frage: ich hatte doch mit der Personalabteilung über meine Elternzeit gesprochen. Ab wann genau läuft die '
  + 'nochmal und bis wann? Und was ist mit meinem Resturlaub?')] },
{ project: 'hr-selfservice-prod', runName: 'hr_assistent',
  metadata: { session_id: 'hrss-93a41fd8-77e2', user_id: 'ma-52907', mandant: 'lindqvist-logistik' },
  configurable: { mandant: 'lindqvist-logistik', personalnummer: 'P-52907' } });

writeRuns(path.join(dir, 'runs.jsonl'));
