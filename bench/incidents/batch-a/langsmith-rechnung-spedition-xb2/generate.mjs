// Kreditorenbuchhaltung einer Spedition: ein LangGraph-Agent gibt eine Frachtrechnung zur Zahlung frei.
// Real @langchain/langgraph + @langchain/core, scripted model, LangSmith runs captured offline.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z,
  SystemMessage, HumanMessage } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T08:42:17.000Z', 311);

const rechnungAbrufen = tool(async ({ rechnungs_nr }) => JSON.stringify({
  rechnungs_nr, kreditor: 'Brenner Transporte GmbH', kreditor_nr: 'K-70412', iban: 'DE44 7002 0270 0015 8823 41',
  betrag: '1.234,50 €', faellig_am: '2025-03-14', skonto: '2 % bis 2025-03-13', status: 'geprüft' }), {
  name: 'rechnung_abrufen', description: 'Liest eine Eingangsrechnung aus dem ERP (Betrag als formatierter Text).',
  schema: z.object({ rechnungs_nr: z.string() }) });

const zahlungAnweisen = tool(async ({ rechnungs_nr, kreditor_nr, betrag_eur }) => JSON.stringify({
  zahlungsauftrag: 'ZA-2025-031188', rechnungs_nr, kreditor_nr, betrag_eur, waehrung: 'EUR',
  ausfuehrung: '2025-03-12', status: 'angewiesen' }), {
  name: 'zahlung_anweisen', description: 'Weist eine SEPA-Überweisung an. betrag_eur: Betrag in Euro als Zahl.',
  schema: z.object({ rechnungs_nr: z.string(), kreditor_nr: z.string(), betrag_eur: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Rk82hQ1', name: 'rechnung_abrufen', args: { rechnungs_nr: 'RE-2025-00871' } }] },
  { tool_calls: [{ id: 'call_Zp03mV7', name: 'zahlung_anweisen',
    args: { rechnungs_nr: 'RE-2025-00871', kreditor_nr: 'K-70412', betrag_eur: 1.2345 } }] },
  { content: 'Erledigt: Die Rechnung RE-2025-00871 von Brenner Transporte GmbH ist geprüft und wurde zur Zahlung angewiesen '
    + '(Zahlungsauftrag ZA-2025-031188, Ausführung am 12.03.2025, also innerhalb der Skontofrist).' },
] });

const app = agentGraph({ model, tools: [rechnungAbrufen, zahlungAnweisen], name: 'kreditoren-agent' });
await traced(app, { messages: [
  new SystemMessage('Du bist der Kreditoren-Assistent der Spedition Albrecht & Söhne. Gib geprüfte Rechnungen zur Zahlung frei.'),
  new HumanMessage('Bitte RE-2025-00871 (Brenner Transporte) heute noch freigeben, damit wir das Skonto mitnehmen.'),
] }, { project: 'kreditoren-prod', metadata: { thread_id: 'kred-thr-5a91c0e2', user_id: 'm.keller@albrecht-logistik.de' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
