// Freight dispatch desk (LangGraph.js, traced to LangSmith): an intake agent takes the order, then the
// booking subgraph is started with the intake agent's hand-over note as its only input.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, startClock, advance, traced, writeRuns, here,
  StateGraph, MessagesAnnotation, START, END, HumanMessage, SystemMessage, AIMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2024-10-09T07:42:10.000Z', 41);

const tarifAbfragen = tool(async ({ von, nach, paletten, gewicht_kg }) => JSON.stringify({
  relation: `${von} -> ${nach}`, paletten, gewicht_kg, gueltig_bis: '2024-10-31',
  optionen: [
    { fahrzeug: 'Planen-LKW 13,6 m', temperaturfuehrung: false, preis_eur: 1180.0, transitzeit_h: 30 },
    { fahrzeug: 'Kuehlkoffer 13,6 m (Thermo King)', temperaturfuehrung: true, bereich_c: '-25..+25', preis_eur: 1645.0, transitzeit_h: 30 },
  ] }), { name: 'tarif_abfragen', description: 'Frachttarif fuer eine Relation abfragen.',
  schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number(), gewicht_kg: z.number() }) });

const auftragAnlegen = tool(async (a) => JSON.stringify({ auftrag: 'FA-24-0931877', status: 'angelegt', ...a,
  disponent_rueckruf: false }), { name: 'frachtauftrag_anlegen', description: 'Frachtauftrag beim Carrier verbindlich anlegen.',
  latency: [300, 900],
  schema: z.object({ kunde: z.string(), von: z.string(), nach: z.string(), abholung: z.string(), zustellung_bis: z.string(),
    paletten: z.number(), gewicht_kg: z.number(), fahrzeug: z.string(), temperatur_c: z.string().nullable(), preis_eur: z.number() }) });

const aufnahmeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Q2mV8tXk1', name: 'tarif_abfragen', args: { von: 'DE-52068 Aachen', nach: 'FR-69007 Lyon', paletten: 6, gewicht_kg: 2150 } }] },
  { content: 'Auftrag aufgenommen fuer Confiserie Lindtner GmbH (KD-40218): 6 Europaletten Pralinen, 2.150 kg, '
    + 'Abholung Aachen 14.10. ab 06:00, Zustellung Lyon (Entrepot Gerland) bis 16.10. 10:00. '
    + 'Tarif liegt vor (Planen-LKW 1.180 EUR, Kuehlkoffer 1.645 EUR). Bitte guenstigste passende Option buchen.' },
] });
const buchungModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_b7RnT0aLs', name: 'frachtauftrag_anlegen', args: { kunde: 'KD-40218', von: 'DE-52068 Aachen',
    nach: 'FR-69007 Lyon', abholung: '2024-10-14T06:00', zustellung_bis: '2024-10-16T10:00', paletten: 6, gewicht_kg: 2150,
    fahrzeug: 'Planen-LKW 13,6 m', temperatur_c: null, preis_eur: 1180.0 } }] },
  { content: 'Frachtauftrag FA-24-0931877 angelegt: Planen-LKW 13,6 m, Aachen -> Lyon, Abholung 14.10. 06:00, '
    + 'Zustellung bis 16.10. 10:00, 1.180,00 EUR netto.' },
] });

const aufnahme = agentGraph({ model: aufnahmeModel, tools: [tarifAbfragen], agentNode: 'disposition', toolsNode: 'disposition_tools', name: 'disposition' });
const buchung = agentGraph({ model: buchungModel, tools: [auftragAnlegen], agentNode: 'buchung', toolsNode: 'buchung_tools', name: 'buchung' });

const uebergabe = async (state, config) => {
  const notiz = state.messages[state.messages.length - 1].content;
  const out = await buchung.invoke({ messages: [
    new SystemMessage('Du bist der Buchungsagent der Spedition Haverkamp. Lege Frachtauftraege exakt nach der Uebergabenotiz an.'),
    new HumanMessage(notiz)] }, config);
  return { messages: [out.messages[out.messages.length - 1]] };
};

const app = new StateGraph(MessagesAnnotation).addNode('disposition', aufnahme).addNode('buchung', uebergabe)
  .addEdge(START, 'disposition').addEdge('disposition', 'buchung').addEdge('buchung', END).compile();

await traced(app, { messages: [
  new SystemMessage('Du bist der Dispositionsagent der Spedition Haverkamp. Nimm Transportauftraege auf, hole einen Tarif ein und uebergib an die Buchung.'),
  new HumanMessage('Hallo, hier Lindtner Confiserie, Kundennr. KD-40218. Wir brauchen am Montag 14.10. ab 6 Uhr Abholung in Aachen: '
    + '6 Europaletten Pralinen, insgesamt 2.150 kg, nach Lyon, Entrepot Gerland, Anlieferung spaetestens Mittwoch 16.10. 10 Uhr. '
    + 'Die Ware muss durchgehend bei 12-18 °C gefahren werden, sonst ist die Charge hin.'),
] }, { project: 'haverkamp-dispo', metadata: { thread_id: 'dispo-KD40218-20241009-01', user_id: 'kd-40218' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
