// Kundenberater-Agent einer Bank delegiert Zahlungen an einen Zahlungs-Agenten (eigener LangGraph-Graph,
// im Tool aufgerufen und nur mit dem Auftragstext gefüttert). Scripted model, offline, OpenInference.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('privatkunden-assistent', { 'service.namespace': 'bank-retail-ch' });

// --- Zahlungs-Agent ---
const lookupIban = tool(async ({ iban }) => JSON.stringify({ iban, gueltig: true, bank: 'Zürcher Kantonalbank', empfaenger_hinweis: 'Immobilien Gerber AG' }),
  { name: 'iban_pruefen', description: 'Prüft eine IBAN und liefert die Empfängerbank.', schema: z.object({ iban: z.string() }) });
const createTransfer = tool(async (a) => JSON.stringify({ zahlungs_id: 'ZA-2612-004417', status: 'freigegeben', ...a }),
  { name: 'ueberweisung_erfassen', description: 'Erfasst eine Überweisung. ausfuehrungsdatum im Format JJJJ-MM-TT.',
    schema: z.object({ von_konto: z.string(), iban: z.string(), empfaenger: z.string(), betrag_chf: z.number(), ausfuehrungsdatum: z.string(), mitteilung: z.string() }) });
const payModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'iban_pruefen', args: { iban: 'CH93 0070 0110 0061 1600 2' } }] },
  { tool_calls: [{ name: 'ueberweisung_erfassen', args: { von_konto: 'PK-318-447720-01', iban: 'CH93 0070 0110 0061 1600 2', empfaenger: 'Immobilien Gerber AG', betrag_chf: 4800, ausfuehrungsdatum: '2026-12-04', mitteilung: 'Mietkaution Wohnung Seefeldstrasse 88' } }] },
  { content: 'Überweisung ZA-2612-004417 erfasst und freigegeben: CHF 4800.00 an Immobilien Gerber AG, Ausführung 2026-12-04.' },
] });
const payAgent = await reactGraph({ model: payModel, tools: [lookupIban, createTransfer], name: 'zahlungs-agent' });

// --- Kundenberater ---
const getAccount = tool(async ({ kunde }) => JSON.stringify({ kunde, konto: 'PK-318-447720-01', saldo_chf: 21430.55, tageslimite_chf: 10000 }),
  { name: 'konto_abfragen', description: 'Privatkonto und Saldo eines Kunden.', schema: z.object({ kunde: z.string() }) });
const delegate = tool(async ({ auftrag }, config) => {
  const out = await payAgent.invoke({ messages: [
    new SystemMessage('Du bist der Zahlungs-Agent. Führe den Auftrag des Kundenberaters aus: IBAN prüfen, dann Überweisung erfassen.'),
    new HumanMessage(auftrag),
  ] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'an_zahlungen_uebergeben', description: 'Übergibt einen Zahlungsauftrag an den Zahlungs-Agenten.',
  schema: z.object({ auftrag: z.string().describe('Auftrag in Worten') }) });

const advModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'konto_abfragen', args: { kunde: 'K-0093-1187' } }] },
  { tool_calls: [{ name: 'an_zahlungen_uebergeben', args: { auftrag: 'Kunde K-0093-1187, Konto PK-318-447720-01: Mietkaution CHF 4800 an Immobilien Gerber AG, IBAN CH93 0070 0110 0061 1600 2, Mitteilung "Mietkaution Wohnung Seefeldstrasse 88".' } }] },
  { content: 'Erledigt: Die Mietkaution von CHF 4800 an Immobilien Gerber AG ist erfasst (Zahlung ZA-2612-004417). Ihr Kontosaldo reicht dafür aus.' },
] });
const advisor = await reactGraph({ model: advModel, tools: [getAccount, delegate], name: 'kundenberater' });

const thread = 'konv_7Hq2LrT0aP';
const user = 'K-0093-1187';
await t.turn({ userId: user }, () => advisor.invoke({ messages: [
  new SystemMessage('Du bist der digitale Kundenberater. Zahlungen übergibst du an den Zahlungs-Agenten. Kundenangaben zu Betrag, Empfänger und Termin sind verbindlich.'),
  new HumanMessage('Grüezi, bitte überweisen Sie die Mietkaution von CHF 4800 an Immobilien Gerber AG, IBAN CH93 0070 0110 0061 1600 2, Mitteilung "Mietkaution Wohnung Seefeldstrasse 88". Wichtig: erst am 30. Dezember ausführen, vorher ist der Lohn nicht drauf und der Mietvertrag noch nicht unterschrieben.'),
] }, { metadata: { thread_id: thread, user_id: user }, configurable: { thread_id: thread } }));
t.write(path.join(here, 'traces.jsonl'));
