// Freight desk (German): a dispatcher agent reads the order, then hands over to a carrier-booking
// subgraph that only receives the dispatcher's hand-over note. LangGraph.js, scripted model, runs
// captured from LangChainTracer and written as a LangSmith run export.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, startClock, agentGraph, here, z,
  StateGraph, MessagesAnnotation, START, END, HumanMessage, SystemMessage } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T07:42:13.000Z', 41);
const dir = here(import.meta.url);

const getAuftrag = tool(async ({ auftrag }) => JSON.stringify({
  auftrag, kunde: 'Farbwerke Kessler KG', abholung: 'Werk Ludwigshafen, Tor 4', ziel: 'Linz (AT), Industriezeile 36',
  paletten: 12, gewicht_kg: 7420, gefahrgut: { un_nummer: 'UN1263', klasse: '3', verpackungsgruppe: 'II',
    bezeichnung: 'FARBE, entzündbar' }, zustellung_bis: '2025-03-14T10:00:00+01:00' }), {
  name: 'get_auftrag', description: 'Lädt einen Transportauftrag aus dem TMS.',
  schema: z.object({ auftrag: z.string() }) });

const buchen = tool(async (a) => JSON.stringify({ buchung: 'BK-25-031188', frachtfuehrer: 'Donau Cargo GmbH',
  fahrzeug: a.adr ? 'Sattelzug ADR' : 'Planensattel Standard', adr: a.adr, paletten: a.paletten,
  abholung: '2025-03-12T14:00:00+01:00', zustellung: '2025-03-13T16:30:00+01:00', preis_eur: a.adr ? 1840 : 1395 }), {
  name: 'frachtfuehrer_buchen', description: 'Bucht einen Frachtführer. adr=true für Gefahrgut (ADR).',
  schema: z.object({ auftrag: z.string(), paletten: z.number().int(), gewicht_kg: z.number(), ziel: z.string(),
    adr: z.boolean(), zustellung_bis: z.string() }) });

const disponent = agentGraph({ name: 'disponent', agentNode: 'disponent', toolsNode: 'tms', tools: [getAuftrag], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Xq1mB8vTz0', name: 'get_auftrag', args: { auftrag: 'TA-2025-08817' } }] },
  { content: 'Übergabe an Frachtbuchung: Auftrag TA-2025-08817 (Farbwerke Kessler KG), Abholung Werk Ludwigshafen Tor 4, '
    + 'Ziel Linz (AT) Industriezeile 36, 12 Paletten, 7.420 kg, Zustellung spätestens 14.03.2025 10:00 Uhr. '
    + 'Bitte günstigsten Frachtführer buchen.' },
] }) });

const buchung = agentGraph({ name: 'frachtbuchung', agentNode: 'frachtbuchung', toolsNode: 'boerse', tools: [buchen], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_9LrT2pWc4e', name: 'frachtfuehrer_buchen', args: { auftrag: 'TA-2025-08817', paletten: 12,
    gewicht_kg: 7420, ziel: 'Linz (AT), Industriezeile 36', adr: false, zustellung_bis: '2025-03-14T10:00:00+01:00' } }] },
  { content: 'Gebucht: BK-25-031188 bei Donau Cargo GmbH, Planensattel Standard, Abholung 12.03. 14:00, '
    + 'Zustellung 13.03. 16:30 – vor der Frist. Preis 1.395 €.' },
] }) });

const SYS_BUCHUNG = 'Du bist die Frachtbuchung. Buche auf Basis der Übergabe des Disponenten den günstigsten passenden Frachtführer.';
const app = new StateGraph(MessagesAnnotation)
  .addNode('disponent', async (state, config) => disponent.invoke({ messages: state.messages }, config))
  .addNode('frachtbuchung', async (state, config) => {
    const note = state.messages[state.messages.length - 1];
    const out = await buchung.invoke({ messages: [new SystemMessage(SYS_BUCHUNG), new HumanMessage(note.content)] }, config);
    return { messages: [out.messages[out.messages.length - 1]] };
  })
  .addEdge(START, 'disponent').addEdge('disponent', 'frachtbuchung').addEdge('frachtbuchung', END)
  .compile({ name: 'fracht_desk' });

await traced(app, { messages: [
  new SystemMessage('Du bist Disponent bei einer Spedition. Lies den Auftrag und übergib an die Frachtbuchung.'),
  new HumanMessage('Bitte TA-2025-08817 disponieren, Kunde ruft schon zum zweiten Mal an.') ] }, {
  project: 'fracht-desk-prod',
  metadata: { thread_id: 'dispo-2025-03-11-0417', user_id: 'm.hoffmann@spedition-rhein.de' },
  configurable: { thread_id: 'dispo-2025-03-11-0417' } });
writeRuns(path.join(dir, 'runs.jsonl'));
