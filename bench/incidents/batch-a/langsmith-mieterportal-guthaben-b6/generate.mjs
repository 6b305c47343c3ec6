// Mieterportal-Assistent einer Hausverwaltung: LangGraph-Agent mit Langzeitgedächtnis (InMemoryStore).
// Nach jeder Antwort fasst ein Modellaufruf das Gespräch als Notiz zusammen; vor jedem Modellaufruf werden
// die Notizen in den Systemprompt geladen. Die Notizen liegen unter dem Namensraum des Objekts (Hausnummer), nicht des Mieters.
// Zwei Gespräche zweier Mieter desselben Hauses am selben Tag.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, startClock, advance, minutes, here,
  StateGraph, MessagesAnnotation, ToolNode, MemorySaver, START, END, SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2025-06-11T07:32:18.000Z', 4242);
const dir = here(import.meta.url);
const store = new InMemoryStore();

// Eine ältere Notiz auf Objektebene (aus einem früheren Gespräch, nicht Teil dieses Exports).
await store.put(['mieterportal', 'obj-LIN12', 'notizen'], 'n-20250602-1',
  { text: 'Aufzugswartung im Haus Lindenstraße 12 am 03.06. von 8 bis 12 Uhr, Aushang hängt.', am: '2025-06-02' });

const ABRECHNUNG = {
  'M-100482': { mieter: 'Yilmaz, Derya', wohnung: 'Lindenstraße 12, 3. OG rechts (WE 3B)', abrechnungsjahr: 2024,
    vorauszahlungen: 2160.00, tatsaechliche_kosten: 1747.20, ergebnis: 'Guthaben', betrag: 412.80,
    auszahlung: { art: 'Überweisung', bis: '2025-07-15', konto: 'DE** **** **** **** **30 00' } },
  'M-100317': { mieter: 'Becker, Jürgen', wohnung: 'Lindenstraße 12, EG links (WE 1A)', abrechnungsjahr: 2024,
    vorauszahlungen: 1920.00, tatsaechliche_kosten: 2058.65, ergebnis: 'Nachzahlung', betrag: 138.65,
    faellig: '2025-07-31', zahlungsweise: 'Lastschrift (SEPA-Mandat MND-55102)' },
};
const TICKETS = { 'RP-2025-0871': { ticket: 'RP-2025-0871', betreff: 'Heizkörper Bad tropft', status: 'Handwerker beauftragt',
  firma: 'Sanitär Krüger GmbH', termin: '2025-06-13, 7:30–9:00 Uhr', mieternummer: 'M-100317' } };

const nebenkosten = tool(async ({ mieternummer, jahr }) => JSON.stringify(
  ABRECHNUNG[mieternummer]?.abrechnungsjahr === jahr ? ABRECHNUNG[mieternummer] : { fehler: 'keine Abrechnung gefunden' }), {
  name: 'nebenkosten_abrechnung', description: 'Betriebskostenabrechnung eines Mieters für ein Jahr abrufen.',
  schema: z.object({ mieternummer: z.string(), jahr: z.number().int() }) });
const reparatur = tool(async ({ ticket }) => JSON.stringify(TICKETS[ticket] ?? { fehler: 'Ticket unbekannt' }), {
  name: 'reparatur_status', description: 'Status eines Reparaturauftrags.', schema: z.object({ ticket: z.string() }) });
const tools = [nebenkosten, reparatur];

const SYSTEM = 'Du bist der digitale Assistent der Hausverwaltung Brandt & Söhne. Antworte freundlich, knapp und auf Deutsch. '
  + 'Nutze die Werkzeuge für Abrechnungen und Reparaturen.';

function app(agentModel, noteModel, objekt) {
  const ns = ['mieterportal', objekt, 'notizen'];
  const agent = async (state) => {
    const notes = await store.search(ns, { limit: 10 });
    const text = notes.map((n) => `- ${n.value.text}`).join('\n');
    const prompt = new SystemMessage(`${SYSTEM}\n\nNotizen aus früheren Gesprächen:\n${text || '- (keine)'}`);
    return { messages: [await agentModel.invoke([prompt, ...state.messages])] };
  };
  const merken = async (state) => {
    const summary = await noteModel.invoke([new SystemMessage(
      'Fasse das folgende Gespräch in einer Notiz (ein Satz) für spätere Gespräche zusammen. Nur Fakten.'), ...state.messages]);
    await store.put(ns, `n-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${(await store.search(ns)).length + 1}`,
      { text: summary.content, am: new Date().toISOString().slice(0, 10) });
    return {};
  };
  const route = (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'tools' : 'merken');
  return new StateGraph(MessagesAnnotation).addNode('agent', agent)
    .addNode('tools', new ToolNode(tools)).addNode('merken', merken)
    .addEdge(START, 'agent').addConditionalEdges('agent', route, ['tools', 'merken'])
    .addEdge('tools', 'agent').addEdge('merken', END).compile({ store, checkpointer: new MemorySaver() });
}

// ---- Gespräch 1: Frau Yilmaz
const m1 = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Tq7bR2kLm', name: 'nebenkosten_abrechnung', args: { mieternummer: 'M-100482', jahr: 2024 } }] },
  { content: 'Guten Morgen Frau Yilmaz! Ihre Nebenkostenabrechnung 2024 ergibt ein Guthaben von 412,80 € '
      + '(Vorauszahlungen 2.160,00 €, tatsächliche Kosten 1.747,20 €). Wir überweisen den Betrag bis spätestens 15.07.2025 '
      + 'auf Ihr hinterlegtes Konto mit der Endung 3000.' },
] });
const n1 = new ScriptedChatModel({ model: 'mistral-small-2409', provider: 'mistralai', replies: [
  { content: 'Nebenkostenabrechnung 2024 besprochen: Guthaben 412,80 €, Überweisung bis 15.07.2025 auf das Konto mit Endung 3000.' },
] });
await traced(app(m1, n1, 'obj-LIN12'), { messages: [new HumanMessage(
  'Hallo, ich wollte fragen ob meine Nebenkostenabrechnung für 2024 schon fertig ist und ob ich was zurückbekomme?')] },
  { project: 'mieterportal-prod', metadata: { thread_id: 'conv_8KQ2M7', user_id: 'M-100482', objekt: 'obj-LIN12' },
    configurable: { thread_id: 'conv_8KQ2M7' } });

advance(minutes(271), minutes(276));

// ---- Gespräch 2: Herr Becker, gleiches Haus
const m2 = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Hx4cW9pZa', name: 'reparatur_status', args: { ticket: 'RP-2025-0871' } }] },
  { content: 'Guten Tag Herr Becker! Zu Ihrem Auftrag RP-2025-0871 (Heizkörper Bad tropft): Die Sanitär Krüger GmbH ist beauftragt '
      + 'und kommt am Freitag, 13.06.2025, zwischen 7:30 und 9:00 Uhr.\n\nZur Nebenkostenabrechnung 2024: Die Abrechnung liegt vor, '
      + 'Sie erhalten ein Guthaben von 412,80 €. Der Betrag wird bis spätestens 15.07.2025 auf Ihr Konto mit der Endung 3000 überwiesen. '
      + 'Sie müssen dafür nichts weiter tun.' },
  { content: 'Gern! Das Guthaben von 412,80 € wird automatisch überwiesen, eine Verrechnung mit der Miete ist nicht nötig. '
      + 'Sie können die Juli-Miete also wie gewohnt zahlen.' },
] });
const n2 = new ScriptedChatModel({ model: 'mistral-small-2409', provider: 'mistralai', replies: [
  { content: 'Reparatur RP-2025-0871 (Heizkörper Bad) Termin 13.06. 7:30–9:00; Guthaben 2024 von 412,80 € bestätigt, Überweisung bis 15.07.2025.' },
  { content: 'Mieter zahlt Juli-Miete normal, Guthaben 412,80 € wird überwiesen.' },
] });
const g2 = app(m2, n2, 'obj-LIN12');
const meta2 = { project: 'mieterportal-prod', metadata: { thread_id: 'conv_8KR0XD', user_id: 'M-100317', objekt: 'obj-LIN12' },
  configurable: { thread_id: 'conv_8KR0XD' } };
await traced(g2, { messages: [new HumanMessage(
  'Guten Tag, Becker hier (Mieternummer M-100317). Wann kommt der Handwerker wegen RP-2025-0871? '
  + 'Und wie sieht es mit der Nebenkostenabrechnung 2024 aus?')] }, meta2);
advance(minutes(2), minutes(4));
await traced(g2, { messages: [new HumanMessage(
  'Ah super, danke. Soll ich das Guthaben dann von der Juli-Miete abziehen oder wird das überwiesen?')] }, meta2);

writeRuns(path.join(dir, 'runs.jsonl'));
