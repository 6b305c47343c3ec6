// Kreditorenbuchhaltung: ein LangGraph-Agent liest einen Eingangsbeleg aus und merkt die Zahlung vor.
// Ein Code-Knoten übernimmt die Belegdaten in den Graph-Zustand, bevor das Modell die Zahlung anlegt.
// Offline: echtes @langchain/langgraph + @langchain/core, geskriptetes Modell, LangSmith-Runs erfasst.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, here,
  StateGraph, MessagesAnnotation, Annotation, START, END, ToolNode, SystemMessage, HumanMessage, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2024-11-12T08:41:07.000Z', 31);

const belegAuslesen = tool(async ({ beleg_id }) => JSON.stringify({
  beleg_id, typ: 'Eingangsrechnung', lieferant: 'Spedition Hartmann GmbH & Co. KG', rechnungsnr: 'RE-24-0917',
  rechnungsdatum: '01.11.2024', leistung: 'Teilladung Nürnberg – Leipzig, 2 Stellplätze, KW 44',
  netto: '1.037,39 €', ust: '197,11 €', brutto: '1.234,50 €', zahlbar_bis: '15.11.2024',
  iban: 'DE44 7605 0101 0011 2233 44', bic: 'SSKNDE77XXX', ocr_konfidenz: 0.97,
}), { name: 'beleg_auslesen', description: 'Liest einen Beleg aus dem Posteingang (OCR + Feldextraktion).',
  schema: z.object({ beleg_id: z.string() }), latency: [900, 1600] });

const zahlungVormerken = tool(async ({ iban, betrag_eur, verwendungszweck, ausfuehrung_am }) => JSON.stringify({
  vormerkung: 'ZV-2024-118834', status: 'vorgemerkt', empfaenger_iban: iban,
  betrag: Math.round(betrag_eur * 100) / 100, waehrung: 'EUR', verwendungszweck, ausfuehrung_am,
  freigabe: 'automatisch (unter Freigabegrenze 5.000,00 EUR)',
}), { name: 'zahlung_vormerken', description: 'Merkt eine SEPA-Überweisung im Zahlungslauf vor. betrag_eur in Euro.',
  schema: z.object({ iban: z.string(), betrag_eur: z.number(), verwendungszweck: z.string(), ausfuehrung_am: z.string() }),
  latency: [300, 700] });

const tools = [belegAuslesen, zahlungVormerken];
const State = Annotation.Root({ ...MessagesAnnotation.spec, buchung: Annotation({ reducer: (a, b) => b ?? a, default: () => null }) });

const SYSTEM = 'Du bist der Zahlungsassistent der Kreditorenbuchhaltung (Mandant 1200, Fränkische Feinkost AG). '
  + 'Lies Belege mit beleg_auslesen. Die übernommenen Buchungsdaten stehen unten; lege Zahlungen mit zahlung_vormerken '
  + 'genau mit diesen Daten an. Antworte knapp auf Deutsch.';

// Übernahme der Belegfelder in den Zustand (wie im Produktivcode: Betrag wird als Zahl gespeichert).
function uebernahme(state) {
  const last = state.messages[state.messages.length - 1];
  if (last?.name !== 'beleg_auslesen') return {};
  const b = JSON.parse(last.content);
  const betrag = parseFloat(b.brutto.replace('€', '').trim().replace(',', '.'));
  const [t, m, j] = b.zahlbar_bis.split('.');
  return { buchung: { kreditor: b.lieferant, rechnungsnr: b.rechnungsnr, iban: b.iban.replace(/\s/g, ''),
    betrag_eur: betrag, faellig: `${j}-${m}-${t}` } };
}

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Hq2mB7xkTz0Ls9aPvW1eYd3N', name: 'beleg_auslesen', args: { beleg_id: 'B-2024-7731' } }] },
  { content: 'Beleg gelesen, Zahlung wird angelegt.', tool_calls: [{ id: 'call_R8nUc4VjpE6sK2oQaXh5LmT0', name: 'zahlung_vormerken',
    args: { iban: 'DE44760501010011223344', betrag_eur: 1.234, verwendungszweck: 'RE-24-0917 Spedition Hartmann KD 40118',
      ausfuehrung_am: '2024-11-15' } }] },
  { content: 'Erledigt: Die Rechnung RE-24-0917 der Spedition Hartmann GmbH & Co. KG (Teilladung Nürnberg – Leipzig, KW 44) '
    + 'ist für den 15.11.2024 im Zahlungslauf vorgemerkt, Vormerkung ZV-2024-118834. Eine manuelle Freigabe ist nicht nötig.' },
] });

const agent = async (state, config) => {
  const ctx = state.buchung ? `\n\nÜbernommene Buchungsdaten: ${JSON.stringify(state.buchung)}` : '';
  return { messages: [await model.invoke([new SystemMessage(SYSTEM + ctx), ...state.messages], config)] };
};
const route = (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'tools' : END);
const app = new StateGraph(State)
  .addNode('agent', agent).addNode('tools', new ToolNode(tools)).addNode('buchungsdaten_uebernehmen', uebernahme)
  .addEdge(START, 'agent').addConditionalEdges('agent', route, ['tools', END])
  .addEdge('tools', 'buchungsdaten_uebernehmen').addEdge('buchungsdaten_uebernehmen', 'agent')
  .compile({ name: 'kreditoren-zahlungsassistent' });

advance(minutes(1));
await traced(app, { messages: [new HumanMessage('Moin, bitte die Rechnung von Spedition Hartmann aus dem Posteingang '
  + '(Beleg B-2024-7731) zum Fälligkeitstermin zur Zahlung vormerken. Danke, S. Albrecht')] }, {
  project: 'kreditoren-assistent-prod',
  metadata: { session_id: 'kb-1200-20241112-0043', user_id: 's.albrecht@fraenkische-feinkost.de', mandant: '1200' },
  configurable: { thread_id: 'kb-1200-20241112-0043' },
});
writeRuns(path.join(dir, 'runs.jsonl'));
