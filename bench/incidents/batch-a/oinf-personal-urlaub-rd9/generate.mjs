// HR self-service assistant (German) for one customer tenant: LangGraph agent with a notes tool.
// Two employees, two sessions, one process.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('hr-selfservice-de', { 'deployment.environment': 'prod-eu-central' });

// Notes are stored per tenant ("mandant"), the way the service keeps them.
const notes = new Map();
const notizSpeichern = tool(async ({ text }, config) => {
  const key = config.configurable.mandant;
  notes.set(key, [...(notes.get(key) ?? []), text]);
  return JSON.stringify({ ok: true, gespeichert: text.length });
}, { name: 'notiz_speichern', description: 'Speichert eine Notiz zum laufenden Anliegen.',
  schema: z.object({ text: z.string() }) });
const notizenLesen = tool(async (_a, config) => JSON.stringify({ notizen: notes.get(config.configurable.mandant) ?? [] }),
  { name: 'notizen_lesen', description: 'Liest die gespeicherten Notizen zum Anliegen des Mitarbeiters.',
    schema: z.object({}) });
const urlaubskonto = tool(async ({ personalnummer }) => JSON.stringify(
  personalnummer === 'PN-30417' ? { personalnummer, resturlaub_tage: 11, genommen: 19, jahr: 2024 }
    : { personalnummer, resturlaub_tage: 4, genommen: 26, jahr: 2024 }),
  { name: 'urlaubskonto_abfragen', description: 'Resturlaub eines Mitarbeiters.',
    schema: z.object({ personalnummer: z.string() }) });
const tools = [notizSpeichern, notizenLesen, urlaubskonto];
const system = new SystemMessage('Du bist der HR-Assistent der Brendel Logistik GmbH. Beantworte Fragen von Mitarbeitenden zu Urlaub und Abwesenheit. Lies vorher die Notizen zum Anliegen.');

// Session 1: Frau Albers (PN-30417)
{
  const model = new ScriptedChatModel({ replies: [
    { tool_calls: [{ name: 'notizen_lesen', args: {} }] },
    { tool_calls: [{ name: 'urlaubskonto_abfragen', args: { personalnummer: 'PN-30417' } }] },
    { tool_calls: [{ name: 'notiz_speichern', args: { text: 'PN-30417 (J. Albers): Reha ab 02.09. wegen Bandscheiben-OP, Wiedereingliederung nach Hamburger Modell geplant; Urlaub 16.–27.09. soll verschoben werden.' } }] },
    { content: 'Frau Albers, Sie haben für 2024 noch 11 Resturlaubstage. Ich habe notiert, dass Ihr Urlaub vom 16.–27.09. wegen der Reha verschoben werden soll; die Personalabteilung meldet sich zur Wiedereingliederung.' },
  ] });
  const app = await reactGraph({ model, tools, name: 'hr_assistent' });
  await t.turn({ userId: 'jalbers@brendel-logistik.de' }, () => app.invoke({ messages: [system,
    new HumanMessage('Hallo, ich bin ab 2. September in der Reha nach meiner Bandscheiben-OP. Kann ich meinen Urlaub vom 16. bis 27.09. verschieben? Wie viele Tage habe ich noch? Personalnummer PN-30417.')] },
  { configurable: { thread_id: 'hr-7f3a2c91', mandant: 'brendel-logistik' }, metadata: { session_id: 'hr-7f3a2c91' } }));
}
// Session 2: Herr Yilmaz (PN-30988), same tenant
{
  const model = new ScriptedChatModel({ replies: [
    { tool_calls: [{ name: 'notizen_lesen', args: {} }] },
    { tool_calls: [{ name: 'urlaubskonto_abfragen', args: { personalnummer: 'PN-30988' } }] },
    { content: 'Herr Yilmaz, Sie haben für 2024 noch 4 Resturlaubstage. Ihren Urlaub in der Woche ab 16.09. kann ich leider nicht zusagen: laut Notiz ist in diesem Zeitraum bereits Frau Albers wegen ihrer Reha nach der Bandscheiben-OP abwesend und ihr Urlaub wird verschoben, daher ist die Vertretung im Team knapp. Bitte stimmen Sie sich mit Ihrer Teamleitung ab.' },
  ] });
  const app = await reactGraph({ model, tools, name: 'hr_assistent' });
  await t.turn({ userId: 'm.yilmaz@brendel-logistik.de' }, () => app.invoke({ messages: [system,
    new HumanMessage('Moin, kann ich vom 16. bis 20.09. Urlaub nehmen? Personalnummer PN-30988.')] },
  { configurable: { thread_id: 'hr-c0d81e47', mandant: 'brendel-logistik' }, metadata: { session_id: 'hr-c0d81e47' } }));
}
t.write(path.join(here, 'traces.otlp.jsonl'));
