// Dispatch desk (German): a "disponent" agent takes the customer's order, then hands a written brief to a
// "versand" sub-agent (its own LangGraph graph) that books the carrier.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  StateGraph, MessagesAnnotation, START, END, HumanMessage, SystemMessage, AIMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T07:42:10Z', 41);

const auftragLesen = tool(async ({ auftrag }) => JSON.stringify({ auftrag, kunde: 'Apotheke am Markt, Regensburg',
  positionen: [{ pzn: '11186232', artikel: 'Insulin glargin 100 E/ml, 10 x 3 ml', menge: 6 }],
  lagerhinweis: 'Kühlware 2–8 °C, nicht einfrieren', gewicht_kg: 4.2, lieferfenster: '2025-03-12 bis 12:00' }), {
  name: 'auftrag_lesen', description: 'Liest einen Kundenauftrag aus dem WMS.', schema: z.object({ auftrag: z.string() }) });

const tarifeAbfragen = tool(async ({ plz, gewicht_kg }) => JSON.stringify({ plz, gewicht_kg, tarife: [
  { service: 'PAKET_STANDARD', zustellung: '2025-03-13', preis_eur: 7.9, temperaturgefuehrt: false },
  { service: 'EXPRESS_10', zustellung: '2025-03-12 10:00', preis_eur: 24.5, temperaturgefuehrt: false },
  { service: 'MEDLOG_KUEHL_2_8', zustellung: '2025-03-12 11:30', preis_eur: 38.2, temperaturgefuehrt: true }] }), {
  name: 'tarife_abfragen', description: 'Verfügbare Versandtarife für PLZ und Gewicht.',
  schema: z.object({ plz: z.string(), gewicht_kg: z.number() }) });

const sendungBuchen = tool(async (a) => JSON.stringify({ sendungsnummer: '00340434161094251733', ...a,
  status: 'gebucht', abholung: '2025-03-11 16:00' }), {
  name: 'sendung_buchen', description: 'Bucht eine Sendung beim Carrier.',
  schema: z.object({ auftrag: z.string(), service: z.string(), plz: z.string(), gewicht_kg: z.number() }) });

const disponentModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Xq81mTz0', name: 'auftrag_lesen', args: { auftrag: 'AU-25-004417' } }] },
  { content: 'Auftrag AU-25-004417 für Apotheke am Markt, 93047 Regensburg: 6 Packungen Insulin glargin, 4,2 kg. '
      + 'Zustellung bis 12.03. 12:00 Uhr. Bitte günstigsten passenden Tarif buchen.' },
] });
const versandModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_b2LkP09e', name: 'tarife_abfragen', args: { plz: '93047', gewicht_kg: 4.2 } }] },
  { tool_calls: [{ id: 'call_r7Hd3sWa', name: 'sendung_buchen',
      args: { auftrag: 'AU-25-004417', service: 'EXPRESS_10', plz: '93047', gewicht_kg: 4.2 } }] },
  { content: 'Gebucht: EXPRESS_10, Zustellung 12.03. 10:00 Uhr, 24,50 €. Sendungsnummer 00340434161094251733, Abholung heute 16:00.' },
] });

const disponent = agentGraph({ model: disponentModel, tools: [auftragLesen], agentNode: 'disponent', toolsNode: 'wms', name: 'disponent' });
const versand = agentGraph({ model: versandModel, tools: [tarifeAbfragen, sendungBuchen], agentNode: 'versand_agent', toolsNode: 'carrier', name: 'versand' });

const app = new StateGraph(MessagesAnnotation)
  .addNode('disposition', async (state, config) => ({ messages: (await disponent.invoke(state, config)).messages.slice(state.messages.length) }))
  .addNode('versand', async (state, config) => {
    const brief = state.messages[state.messages.length - 1].content;
    const out = await versand.invoke({ messages: [new SystemMessage('Du bist der Versand-Agent. Buche genau eine Sendung für den übergebenen Auftrag.'),
      new HumanMessage(brief)] }, config);
    return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
  })
  .addEdge(START, 'disposition').addEdge('disposition', 'versand').addEdge('versand', END).compile();

await traced(app, { messages: [new SystemMessage('Du bist Disponent im Pharma-Großhandel. Lies den Auftrag und übergib ihn an den Versand.'),
  new HumanMessage('Bitte AU-25-004417 heute noch rausschicken, muss morgen Vormittag in Regensburg sein.')] },
  { project: 'grosshandel-dispo', metadata: { session_id: 'dispo-2025-03-11-0093', user_id: 'lager.ost.schicht1' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
