// Rail travel assistant (German). The conversation starts in the web widget and continues in the app;
// the app resumes the graph under its own thread id, so the checkpointer hands back an empty history.
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2026-11-21T07:42:10Z', 31);

const verbindungenSuchen = tool(async ({ von, nach, datum }) => JSON.stringify({
  von, nach, datum,
  verbindungen: [
    { zug: 'ICE 1547', ab: '09:14', an: '12:02', umstiege: 0, rollstuhlstellplaetze_frei: 1, preis_ab_eur: 59.9 },
    { zug: 'ICE 827 / ICE 1651', ab: '10:08', an: '13:39', umstiege: 1, rollstuhlstellplaetze_frei: 2, preis_ab_eur: 47.9 },
  ] }), {
  name: 'verbindungen_suchen', description: 'Sucht Fernverkehrsverbindungen für ein Datum.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string().describe('YYYY-MM-DD') }) });

const platzReservieren = tool(async ({ zug, datum, platzart }) => JSON.stringify({
  reservierung: 'RV-7Q4K2M', zug, datum, wagen: platzart === 'Rollstuhlstellplatz' ? 9 : 7,
  platz: platzart === 'Rollstuhlstellplatz' ? 111 : 64, platzart, preis_eur: 5.2, status: 'bestaetigt' }), {
  name: 'platz_reservieren', description: 'Reserviert einen Sitz- oder Stellplatz in einem Zug.',
  schema: z.object({ zug: z.string(), datum: z.string(),
    platzart: z.enum(['Rollstuhlstellplatz', 'Großraum Fenster', 'Großraum Gang', 'Abteil']) }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_vb81', name: 'verbindungen_suchen', args: { von: 'Köln Hbf', nach: 'Leipzig Hbf', datum: '2026-12-12' } }] },
  { content: 'Am 12.12. gibt es zwei Verbindungen mit freiem Rollstuhlstellplatz:\n'
    + '• ICE 1547, ab 09:14, an 12:02, direkt (noch 1 Stellplatz frei), ab 59,90 €\n'
    + '• ICE 827 / ICE 1651, ab 10:08, an 13:39, 1 Umstieg (2 Stellplätze frei), ab 47,90 €\n'
    + 'Sag mir einfach, welche ich reservieren soll.' },
  { tool_calls: [{ id: 'call_pr07', name: 'platz_reservieren', args: { zug: 'ICE 1547', datum: '2026-12-12', platzart: 'Großraum Fenster' } }] },
  { content: 'Erledigt! Reservierung RV-7Q4K2M: ICE 1547 am 12.12.2026, Wagen 7, Platz 64 (Großraum, Fenster), 5,20 €. Gute Fahrt!' },
] });

const system = new SystemMessage('Du bist der Reiseassistent von FernReise. Zeige Verbindungen und reserviere Plätze nur auf ausdrücklichen Wunsch. Berücksichtige Angaben der Reisenden zu Mobilität und Platzbedarf.');
const app = agentGraph({ model, tools: [verbindungenSuchen, platzReservieren], checkpointer: new MemorySaver(), name: 'fernreise-assistent' });
const meta = { session_id: 'conv_8d2e61f0a4', user_id: 'kd-004417' };

await traced(app, { messages: [system, new HumanMessage('Hallo, ich muss am 12.12. von Köln nach Leipzig. Ich sitze im Rollstuhl und brauche unbedingt den Rollstuhlstellplatz, kein normaler Sitz. Zeig mir erstmal die Verbindungen.')] },
  { project: 'fernreise-prod', metadata: { ...meta, channel: 'web' }, configurable: { thread_id: 'web:conv_8d2e61f0a4' } });

advance(minutes(23), minutes(26));

// Second turn from the app: the graph thread id is built from the channel, so nothing is restored.
await traced(app, { messages: [system, new HumanMessage('So, bin jetzt in der App. Dann bitte den ICE 1547 um 09:14 am 12.12. reservieren.')] },
  { project: 'fernreise-prod', metadata: { ...meta, channel: 'app-ios' }, configurable: { thread_id: 'app:conv_8d2e61f0a4' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
