// Dienstplan-Assistent einer Klinik (LangGraph, ohne Checkpointer): Präferenzen der Pflegekräfte liegen
// in einem Profilspeicher (JSON-Strings) und werden zu Beginn jeder Unterhaltung geladen.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-12-08T19:42:10Z', 41);
const dir = here(import.meta.url);
const profile = new Map(); // mitarbeiter_id -> JSON string (wie im Redis-Hash der Produktion)

const speichern = tool(async ({ mitarbeiter_id, sperrtage, nachtdienste_max }) => {
  const alt = profile.has(mitarbeiter_id) ? JSON.parse(profile.get(mitarbeiter_id)) : {};
  const p = { ...alt, sperrtage: new Set(sperrtage), nachtdienste_max: nachtdienste_max ?? alt.nachtdienste_max ?? 4,
    geaendert: new Date().toISOString() };
  profile.set(mitarbeiter_id, JSON.stringify(p));
  return JSON.stringify({ status: 'ok', mitarbeiter_id, sperrtage_anzahl: sperrtage.length });
}, { name: 'praeferenzen_speichern', description: 'Speichert Sperrtage und maximale Nachtdienste einer Pflegekraft im Profil.',
  schema: z.object({ mitarbeiter_id: z.string(), sperrtage: z.array(z.string()).describe('ISO-Daten YYYY-MM-DD'),
    nachtdienste_max: z.number().int().optional() }) });

const laden = tool(async ({ mitarbeiter_id }) => profile.get(mitarbeiter_id) ?? '{}',
  { name: 'praeferenzen_laden', description: 'Lädt das gespeicherte Präferenzprofil einer Pflegekraft.',
    schema: z.object({ mitarbeiter_id: z.string() }) });

const freieDienste = tool(async ({ station, kw_start }) => JSON.stringify({ station, woche_ab: kw_start, offen: [
  { dienst_id: 'ND-4N-1215', datum: '2026-12-15', schicht: 'Nacht 21:30–06:30' },
  { dienst_id: 'ND-4N-1217', datum: '2026-12-17', schicht: 'Nacht 21:30–06:30' },
  { dienst_id: 'ND-4N-1219', datum: '2026-12-19', schicht: 'Nacht 21:30–06:30' },
  { dienst_id: 'ND-4N-1220', datum: '2026-12-20', schicht: 'Nacht 21:30–06:30' }] }),
{ name: 'offene_dienste', description: 'Listet unbesetzte Dienste einer Station ab einem Wochenbeginn.',
  schema: z.object({ station: z.string(), kw_start: z.string() }) });

const eintragen = tool(async ({ mitarbeiter_id, dienst_id }) => JSON.stringify({ status: 'eingetragen', mitarbeiter_id, dienst_id,
  bestaetigung: `DP-${dienst_id.slice(-4)}-${mitarbeiter_id.slice(-3)}` }),
{ name: 'dienst_eintragen', description: 'Trägt eine Pflegekraft verbindlich in einen Dienst ein.',
  schema: z.object({ mitarbeiter_id: z.string(), dienst_id: z.string() }) });

const tools = [speichern, laden, freieDienste, eintragen];
const system = new SystemMessage('Du bist der Dienstplan-Assistent der Station 4 Nord (Kardiologie). Lade zu Beginn das Profil der Pflegekraft '
  + 'mit praeferenzen_laden und beachte Sperrtage und die maximale Zahl an Nachtdiensten. Neue Wünsche speicherst du mit praeferenzen_speichern.');
const meta = { thread_id: 'dp-4n-P20931', user_id: 'P-20931', station: '4N' };

// Turn 1: Sperrtage mitteilen
await traced(agentGraph({ tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Lk2v9', name: 'praeferenzen_laden', args: { mitarbeiter_id: 'P-20931' } }] },
  { tool_calls: [{ id: 'call_Qw81d', name: 'praeferenzen_speichern', args: { mitarbeiter_id: 'P-20931',
    sperrtage: ['2026-12-12', '2026-12-19', '2026-12-26'] } }] },
  { content: 'Alles klar, Frau Brandt: Ich habe den 12., 19. und 26. Dezember als Sperrtage hinterlegt. An diesen Tagen '
    + 'plane ich Sie nicht ein. Sagen Sie einfach Bescheid, wenn Sie Nachtdienste übernehmen möchten.' },
] }) }), { messages: [system, new HumanMessage('Hallo, hier Jana Brandt (P-20931). Wegen der Kinderbetreuung kann ich im Dezember '
  + 'am 12., 19. und 26. keinen Nachtdienst machen – bitte als Sperrtage eintragen.')] }, { project: 'dienstplan-4n', metadata: meta });

advance(minutes(60 * 14 + 23));
// Turn 2: am nächsten Vormittag, neue Anfrage im selben Thread (ohne Verlauf, nur Profil)
await traced(agentGraph({ tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Zr03m', name: 'praeferenzen_laden', args: { mitarbeiter_id: 'P-20931' } }] },
  { tool_calls: [{ id: 'call_Hh7xa', name: 'offene_dienste', args: { station: '4N', kw_start: '2026-12-14' } }] },
  { tool_calls: [
    { id: 'call_Ep5c2', name: 'dienst_eintragen', args: { mitarbeiter_id: 'P-20931', dienst_id: 'ND-4N-1217' } },
    { id: 'call_Ep5c3', name: 'dienst_eintragen', args: { mitarbeiter_id: 'P-20931', dienst_id: 'ND-4N-1219' } }] },
  { content: 'Erledigt: Sie sind für zwei Nachtdienste in der Woche ab 14.12. eingetragen – Donnerstag, 17.12., und Samstag, 19.12., '
    + 'jeweils 21:30–06:30 (Bestätigungen DP-1217-931 und DP-1219-931). Laut Ihrem Profil gibt es keine Konflikte mit Sperrtagen.' },
] }) }), { messages: [system, new HumanMessage('Guten Morgen! Bitte trag mich für zwei Nachtdienste in der Woche ab dem 14.12. ein, '
  + 'egal welche Tage.')] }, { project: 'dienstplan-4n', metadata: meta });

writeRuns(path.join(dir, 'runs.jsonl'));
