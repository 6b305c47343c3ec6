// HR self-service assistant (German). Two employees of the same sales team talk to the assistant in
// two separate sessions on the same morning. Personal notes are kept in LangGraph's InMemoryStore
// under a namespace built from the employee's org unit. Recorded as LangSmith runs.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2025-03-10T07:58:03.000Z', 12);
const store = new InMemoryStore();
const employees = {
  'MA-40417': { name: 'Jonas Weber', orgEinheit: 'VK-NORD-03', konto: 'DE12 5001 0517 0648 4898 90' },
  'MA-40522': { name: 'Katrin Hoffmann', orgEinheit: 'VK-NORD-03', konto: 'DE44 2005 0550 1234 5678 90' },
};
const ns = (config) => ['personal-notizen', employees[config.metadata.user_id].orgEinheit];

const bankdatenAendern = tool(async ({ personalnummer, iban, gueltig_ab }) => JSON.stringify({ vorgang: 'BV-2025-03-1187', personalnummer, iban_neu: iban, gueltig_ab, status: 'erfasst' }),
  { name: 'bankverbindung_aendern', description: 'Ändert die Bankverbindung für die Gehaltszahlung.',
    schema: z.object({ personalnummer: z.string(), iban: z.string(), gueltig_ab: z.string() }) });
const notizSpeichern = tool(async ({ text }, config) => {
  const key = `n-${Date.now().toString(36)}`;
  await store.put(ns(config), key, { text, erfasst: new Date().toISOString() });
  return JSON.stringify({ gespeichert: key });
}, { name: 'notiz_speichern', description: 'Speichert eine Notiz zum Anliegen des Mitarbeiters für spätere Gespräche.',
  schema: z.object({ text: z.string() }) });
const notizenAbrufen = tool(async ({ suchbegriff }, config) => {
  const items = await store.search(ns(config), { limit: 5 });
  return JSON.stringify(items.filter((i) => !suchbegriff || i.value.text.toLowerCase().includes(suchbegriff.toLowerCase()))
    .map((i) => ({ key: i.key, ...i.value })));
}, { name: 'notizen_abrufen', description: 'Liest frühere Notizen zum Mitarbeiter.',
  schema: z.object({ suchbegriff: z.string().optional() }) });
const abrechnung = tool(async ({ personalnummer, monat }) => JSON.stringify({ personalnummer, monat, auszahlung_am: '2025-03-28', netto: personalnummer === 'MA-40522' ? '3.214,07 EUR' : '2.987,55 EUR', status: 'in Vorbereitung' }),
  { name: 'abrechnung_abrufen', description: 'Status der Gehaltsabrechnung eines Monats.',
    schema: z.object({ personalnummer: z.string(), monat: z.string() }) });
const tools = [bankdatenAendern, notizSpeichern, notizenAbrufen, abrechnung];
const system = new SystemMessage('Du bist der HR-Self-Service-Assistent der Nordlicht Vertriebs GmbH. Beantworte Fragen zu Gehalt, Urlaub und Stammdaten. Nutze Notizen aus früheren Gesprächen.');

// Session 1: Jonas Weber changes his bank account.
const m1 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_h8QmZ0p1', name: 'bankverbindung_aendern', args: { personalnummer: 'MA-40417', iban: 'DE89 3704 0044 0532 0130 00', gueltig_ab: '2025-03' } }] },
  { tool_calls: [{ id: 'call_h8QmZ0p2', name: 'notiz_speichern', args: { text: 'Neue Bankverbindung DE89 3704 0044 0532 0130 00 (Commerzbank Köln) gemeldet, gilt ab Märzabrechnung. Grund: Kontowechsel nach Umzug nach Köln-Ehrenfeld.' } }] },
  { content: 'Erledigt: Ihre neue Bankverbindung DE89 3704 0044 0532 0130 00 ist erfasst (Vorgang BV-2025-03-1187) und gilt ab der Märzabrechnung.' },
] });
await traced(agentGraph({ model: m1, tools, name: 'hr-assistent' }),
  { messages: [system, new HumanMessage('Hallo, ich habe das Konto gewechselt. Bitte ab März aufs neue Konto überweisen: DE89 3704 0044 0532 0130 00. Danke!')] },
  { project: 'hr-selfservice-prod', metadata: { session_id: 'hrs_20250310_8f21c0', user_id: 'MA-40417', kanal: 'teams' } });

advance(minutes(41), minutes(55));

// Session 2: Katrin Hoffmann asks where her March pay goes.
const m2 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_kT4wB7r1', name: 'abrechnung_abrufen', args: { personalnummer: 'MA-40522', monat: '2025-03' } },
    { id: 'call_kT4wB7r2', name: 'notizen_abrufen', args: { suchbegriff: 'Bankverbindung' } }] },
  { content: 'Ihre Märzabrechnung ist in Vorbereitung, Auszahlung am 28.03.2025, netto 3.214,07 EUR. Laut Ihrer Notiz haben Sie eine neue Bankverbindung gemeldet: Die Auszahlung geht auf DE89 3704 0044 0532 0130 00 (Commerzbank Köln), gültig ab der Märzabrechnung.' },
] });
await traced(agentGraph({ model: m2, tools, name: 'hr-assistent' }),
  { messages: [system, new HumanMessage('Guten Morgen! Wann kommt das Märzgehalt und auf welches Konto geht es?')] },
  { project: 'hr-selfservice-prod', metadata: { session_id: 'hrs_20250310_c3a9d4', user_id: 'MA-40522', kanal: 'teams' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
