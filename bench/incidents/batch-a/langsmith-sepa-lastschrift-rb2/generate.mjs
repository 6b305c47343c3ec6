// Tenant assistant of a property manager (German). Two tenants of the same house chat with the
// assistant on the same afternoon, each in their own thread. Bank details are kept in LangGraph's
// InMemoryStore (long-term memory) and read back by a tool. Real LangGraph + LangChainTracer,
// scripted model, virtual clock.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, z,
} from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2024-11-28T09:31:04.000Z', 9183);
const store = new InMemoryStore();
// Store namespace per rental object ("Objekt"): the first two groups of the tenant number.
const objekt = (mieternummer) => mieternummer.split('-').slice(0, 2).join('-');

const speichern = tool(async ({ mieternummer, iban, kontoinhaber, gueltig_ab }) => {
  await store.put(['objekte', objekt(mieternummer), 'bank'], 'sepa', {
    iban: iban.replace(/\s+/g, ''), kontoinhaber, gueltig_ab, erfasst_am: new Date().toISOString() });
  return `OK – Bankverbindung gespeichert, gültig ab ${gueltig_ab}.`;
}, { name: 'bankverbindung_speichern', description: 'Speichert die Bankverbindung (SEPA-Lastschrift) eines Mieters.',
  schema: z.object({ mieternummer: z.string(), iban: z.string(), kontoinhaber: z.string(), gueltig_ab: z.string() }),
  latency: [120, 300] });

const abrufen = tool(async ({ mieternummer }) => {
  const item = await store.get(['objekte', objekt(mieternummer), 'bank'], 'sepa');
  if (!item) return JSON.stringify({ mieternummer, bankverbindung: null });
  return JSON.stringify({ mieternummer, mandat: 'aktiv', ...item.value });
}, { name: 'bankverbindung_abrufen', description: 'Liest die hinterlegte Bankverbindung eines Mieters.',
  schema: z.object({ mieternummer: z.string() }), latency: [60, 160] });

const lastschrift = tool(async ({ mieternummer, betrag_eur, iban, faellig_am, verwendungszweck }) => JSON.stringify({
  auftrag: 'LS-2024-118734', mieternummer, betrag_eur, iban, faellig_am, verwendungszweck, status: 'eingeplant' }),
{ name: 'lastschrift_einplanen', description: 'Plant einen SEPA-Lastschrifteinzug für einen Mieter ein.',
  schema: z.object({ mieternummer: z.string(), betrag_eur: z.number(), iban: z.string(), faellig_am: z.string(),
    verwendungszweck: z.string() }), latency: [180, 450] });

const tools = [speichern, abrufen, lastschrift];
const system = new SystemMessage('Du bist der digitale Mieterservice der Hausverwaltung Bergmann & Sohn GmbH. '
  + 'Antworte freundlich und knapp auf Deutsch. Bankverbindungen nur über die Tools speichern oder lesen. '
  + 'Die Miete wird am 3. Werktag des Monats eingezogen.');
const project = 'mieterservice-prod';

// ---- Thread 1: Frau Kowalski, Wohnung 3
const t1 = 'ms-thr-7c1e0a55';
const m1 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_4kXb0Qe2WmZt9sNa', name: 'bankverbindung_speichern', args: {
    mieternummer: '40-1187-03', iban: 'DE12 5001 0517 0648 4898 90', kontoinhaber: 'Joanna Kowalski', gueltig_ab: '2024-12-01' } }] },
  { content: 'Vielen Dank, Frau Kowalski! Ich habe Ihre neue Bankverbindung (IBAN DE12 5001 0517 0648 4898 90) hinterlegt. '
    + 'Ab der Dezembermiete wird von diesem Konto abgebucht – der Einzug erfolgt am 3. Werktag, also am 03.12.2024.' },
] });
await traced(agentGraph({ model: m1, tools, name: 'mieterservice' }), { messages: [system,
  new HumanMessage('Hallo, hier Joanna Kowalski, Lindenstraße 12, Wohnung 3 (Mieternummer 40-1187-03). Ich habe die Bank '
    + 'gewechselt. Bitte ab Dezember die Miete von meinem neuen Konto abbuchen: IBAN DE12 5001 0517 0648 4898 90, '
    + 'Kontoinhaberin Joanna Kowalski. Danke!')] },
{ project, metadata: { thread_id: t1, user_id: 'mieter-40-1187-03' }, configurable: { thread_id: t1 } });

advance(minutes(392), minutes(401));

// ---- Thread 2: Herr Brandt, Wohnung 5 (same house)
const t2 = 'ms-thr-d94f2b18';
const m2 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_r1PzH7cVd3YqLo8u', name: 'bankverbindung_abrufen', args: { mieternummer: '40-1187-05' } }] },
  { tool_calls: [{ id: 'call_Wn6eJ2aTk9BgXs0f', name: 'lastschrift_einplanen', args: {
    mieternummer: '40-1187-05', betrag_eur: 312.4, iban: 'DE12500105170648489890', faellig_am: '2024-12-03',
    verwendungszweck: 'Nebenkostennachzahlung 2023 / 40-1187-05' } }] },
  { content: 'Guten Tag Herr Brandt, erledigt: Die Nebenkostennachzahlung über 312,40 € wird am 03.12.2024 zusammen mit '
    + 'der Dezembermiete von Ihrem hinterlegten Konto (IBAN DE12 5001 0517 0648 4898 90) per Lastschrift eingezogen. '
    + 'Auftragsnummer: LS-2024-118734.' },
] });
await traced(agentGraph({ model: m2, tools, name: 'mieterservice' }), { messages: [system,
  new HumanMessage('Guten Tag, Tobias Brandt, Lindenstraße 12, Wohnung 5, Mieternummer 40-1187-05. Die Nebenkostennachzahlung '
    + 'für 2023 (312,40 €) ist noch offen. Können Sie die bitte mit der Dezembermiete zusammen abbuchen? Das Lastschriftmandat '
    + 'haben Sie ja.')] },
{ project, metadata: { thread_id: t2, user_id: 'mieter-40-1187-05' }, configurable: { thread_id: t2 } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
