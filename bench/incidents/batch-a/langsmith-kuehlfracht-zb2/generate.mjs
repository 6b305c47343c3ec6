// Spedition: a dispatcher agent (Disponent) takes a customer's freight order and hands it to a
// booking sub-agent (Frachtbuchung) that is fed only the dispatcher's short order summary.
import path from 'node:path';
import { ScriptedChatModel, tool, startClock, advance, traced, writeRuns, agentGraph, here,
  StateGraph, MessagesAnnotation, START, END, HumanMessage, SystemMessage, AIMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T07:42:10Z', 41);

const auftragLesen = tool(async ({ auftragsnr }) => JSON.stringify({
  auftragsnr, kunde: 'Hofmolkerei Allgäu eG', ware: 'Frischkäse, 18 Paletten', gewicht_kg: 9400,
  abholung: 'Kempten, Ursulasrieder Str. 4', zustellung: 'Leipzig GVZ, Rampe 12', zustellfenster: '13.03.2025 06:00-09:00',
  temperatur: '+2 bis +6 °C, durchgehend', lademittel: 'Europalette, nicht tauschbar' }), {
  name: 'auftrag_lesen', description: 'Liest einen Transportauftrag aus dem TMS',
  schema: z.object({ auftragsnr: z.string() }) });

const disponent = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Xr4mT0aQe2', name: 'auftrag_lesen', args: { auftragsnr: 'TA-25-031147' } }] },
  { content: 'Übergabe an Frachtbuchung: Auftrag TA-25-031147, Hofmolkerei Allgäu eG, 18 Paletten (9.400 kg) '
    + 'Frischkäse von Kempten nach Leipzig GVZ Rampe 12, Zustellung 13.03.2025 06:00-09:00. Bitte günstigsten '
    + 'verfügbaren Laderaum buchen.' },
] });
const disponentGraph = agentGraph({ model: disponent, tools: [auftragLesen], agentNode: 'disponent', toolsNode: 'tms', name: 'disponent' });

const laderaumSuchen = tool(async ({ von, nach, datum, paletten }) => JSON.stringify({ angebote: [
  { angebot_id: 'LR-88213', frachtfuehrer: 'Brenner Logistik GmbH', fahrzeug: 'Planensattel 13,6 m', kuehlung: false, preis_eur: 1190 },
  { angebot_id: 'LR-88219', frachtfuehrer: 'Kühltrans Süd KG', fahrzeug: 'Kühlsattel 13,6 m (Thermo King)', kuehlung: true, preis_eur: 1645 },
  { angebot_id: 'LR-88240', frachtfuehrer: 'Mayr & Söhne', fahrzeug: 'Koffer 7,5 t', kuehlung: false, preis_eur: 980, max_paletten: 15 },
], von, nach, datum, paletten }), { name: 'laderaum_suchen', description: 'Sucht freien Laderaum auf der Frachtbörse',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string(), paletten: z.number() }) });
const laderaumBuchen = tool(async ({ angebot_id, auftragsnr }) => JSON.stringify({ status: 'gebucht',
  buchungsnr: 'FB-7702914', angebot_id, auftragsnr, abholung: '12.03.2025 14:00' }), { name: 'laderaum_buchen',
  description: 'Bucht ein Frachtangebot verbindlich', schema: z.object({ angebot_id: z.string(), auftragsnr: z.string() }) });

const buchung = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_b9KfQ1', name: 'laderaum_suchen', args: { von: 'Kempten', nach: 'Leipzig', datum: '2025-03-12', paletten: 18 } }] },
  { tool_calls: [{ id: 'call_b9KfQ2', name: 'laderaum_buchen', args: { angebot_id: 'LR-88213', auftragsnr: 'TA-25-031147' } }] },
  { content: 'Gebucht: Brenner Logistik GmbH, Planensattel 13,6 m, 1.190 EUR (Angebot LR-88213), Buchungsnr. FB-7702914. '
    + 'Abholung 12.03.2025 14:00 in Kempten. LR-88240 schied aus (max. 15 Paletten).' },
] });
const buchungGraph = agentGraph({ model: buchung, tools: [laderaumSuchen, laderaumBuchen], agentNode: 'frachtbuchung', toolsNode: 'frachtboerse', name: 'frachtbuchung' });

const app = new StateGraph(MessagesAnnotation)
  .addNode('disponent', async (state, config) => {
    const out = await disponentGraph.invoke({ messages: state.messages }, config);
    return { messages: out.messages.slice(state.messages.length) };
  })
  .addNode('frachtbuchung', async (state, config) => {
    const last = state.messages[state.messages.length - 1];
    advance(200, 600);
    const out = await buchungGraph.invoke({ messages: [
      new SystemMessage('Du bist die Frachtbuchung der Spedition Wendl. Buche Laderaum für den übergebenen Auftrag.'),
      new HumanMessage(String(last.content))] }, config);
    return { messages: [new AIMessage(String(out.messages[out.messages.length - 1].content))] };
  })
  .addEdge(START, 'disponent').addEdge('disponent', 'frachtbuchung').addEdge('frachtbuchung', END)
  .compile({ name: 'spedition-dispo' });

await traced(app, { messages: [
  new SystemMessage('Du bist der Disponent der Spedition Wendl. Lies den Auftrag und übergib ihn an die Frachtbuchung.'),
  new HumanMessage('Bitte TA-25-031147 für morgen disponieren, Kunde wartet auf Bestätigung.') ] }, {
  project: 'spedition-wendl-dispo', metadata: { session_id: 'dispo-20250311-0742-kp', user_id: 'disp.lehner' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
