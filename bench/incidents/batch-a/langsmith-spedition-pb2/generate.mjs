// Freight dispatch desk (German): a dispatcher agent collects the order, then hands it to a
// carrier-booking agent through a transfer tool; the booking agent only sees the transfer text.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here,
  HumanMessage, SystemMessage, StateGraph, Annotation, START, END, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T07:42:10.000Z', 41);
const dir = here(import.meta.url);

const sendungAbrufen = tool(async ({ auftragsnr }) => JSON.stringify({
  auftragsnr, versender: 'Kessler Lacke GmbH, Hamburg-Billbrook', empfaenger: 'Brandl Bau OG, Linz',
  ladung: { paletten: 12, gesamtgewicht_kg: 21400, inhalt: 'Lackfarbe, Gebinde 20 l' },
  gefahrgut: { un_nr: 'UN1263', klasse: '3', verpackungsgruppe: 'III', adr_pflichtig: true },
  anlieferung: { datum: '2025-03-13', spaetestens: '14:00', rampe: 'Tor 4' },
}), { name: 'sendung_abrufen', description: 'Liest einen Speditionsauftrag aus dem TMS.',
  schema: z.object({ auftragsnr: z.string() }) });

const uebergeben = tool(async ({ auftrag }) => `Übergabe an Frachtbuchung angenommen (${auftrag.length} Zeichen).`, {
  name: 'an_frachtbuchung_uebergeben', description: 'Übergibt den Auftrag an den Buchungsagenten.',
  schema: z.object({ auftrag: z.string() }) });

const frachtraumSuchen = tool(async ({ von, nach, datum }) => JSON.stringify({ von, nach, datum, angebote: [
  { angebot_id: 'FR-88213', frachtfuehrer: 'Donau Trans KG', fahrzeug: 'Sattelzug Plane', nutzlast_kg: 24000, adr: false, ankunft: '2025-03-13T16:30' },
  { angebot_id: 'FR-88219', frachtfuehrer: 'Hofer Logistik', fahrzeug: 'Sattelzug Plane ADR', nutzlast_kg: 24000, adr: true, ankunft: '2025-03-13T11:45' },
  { angebot_id: 'FR-88230', frachtfuehrer: 'Polar Spedition', fahrzeug: 'Gliederzug', nutzlast_kg: 18000, adr: true, ankunft: '2025-03-13T09:10' },
] }), { name: 'frachtraum_suchen', description: 'Sucht freie Laderaumangebote.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string() }) });

const lkwBuchen = tool(async ({ angebot_id, auftragsnr }) => JSON.stringify({ buchung: 'BK-2025-031107', angebot_id, auftragsnr, status: 'bestaetigt', preis_eur: 1460 }), {
  name: 'lkw_buchen', description: 'Bucht ein Laderaumangebot verbindlich.',
  schema: z.object({ angebot_id: z.string(), auftragsnr: z.string() }) });

const disponent = agentGraph({ name: 'disponent', agentNode: 'disponent', toolsNode: 'disponent_tools',
  tools: [sendungAbrufen, uebergeben], model: new ScriptedChatModel({ replies: [
    { tool_calls: [{ id: 'call_dQ7tn2', name: 'sendung_abrufen', args: { auftragsnr: 'HH-LNZ-40718' } }] },
    { tool_calls: [{ id: 'call_dV0x9k', name: 'an_frachtbuchung_uebergeben', args: { auftrag:
      'Auftrag HH-LNZ-40718: Komplettladung Hamburg-Billbrook → Linz, 12 Paletten Lackfarbe (Gebinde 20 l), ca. 21 t. Anlieferung am 13.03. bei Brandl Bau, Rampe Tor 4. Bitte günstigsten passenden Laderaum buchen.' } }] },
    { content: 'Auftrag HH-LNZ-40718 ist an die Frachtbuchung übergeben.' },
  ] }) });

const buchung = agentGraph({ name: 'frachtbuchung', agentNode: 'frachtbuchung', toolsNode: 'frachtbuchung_tools',
  tools: [frachtraumSuchen, lkwBuchen], model: new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
    { tool_calls: [{ id: 'call_b3Lw1a', name: 'frachtraum_suchen', args: { von: 'Hamburg', nach: 'Linz', datum: '2025-03-13' } }] },
    { tool_calls: [{ id: 'call_b9Qe4r', name: 'lkw_buchen', args: { angebot_id: 'FR-88213', auftragsnr: 'HH-LNZ-40718' } }] },
    { content: 'Gebucht: Donau Trans KG, Sattelzug Plane (24 t Nutzlast), Angebot FR-88213, Ankunft Linz 13.03. 16:30, Buchung BK-2025-031107 zu 1.460 €. Das war das günstigste Angebot mit ausreichender Nutzlast.' },
  ] }) });

const State = Annotation.Root({ messages: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }),
  auftrag: Annotation({ reducer: (_, b) => b, default: () => '' }) });

const app = new StateGraph(State)
  .addNode('disposition', async (state, config) => {
    const out = await disponent.invoke({ messages: state.messages }, config);
    const call = out.messages.flatMap((m) => m.tool_calls ?? []).find((c) => c.name === 'an_frachtbuchung_uebergeben');
    return { messages: out.messages.slice(state.messages.length), auftrag: call.args.auftrag };
  })
  .addNode('buchung', async (state, config) => {
    const out = await buchung.invoke({ messages: [
      new SystemMessage('Du buchst Laderaum für übergebene Speditionsaufträge. Wähle das günstigste passende Angebot.'),
      new HumanMessage(state.auftrag)] }, config);
    return { messages: [out.messages[out.messages.length - 1]] };
  })
  .addEdge(START, 'disposition').addEdge('disposition', 'buchung').addEdge('buchung', END)
  .compile({ name: 'speditions_desk' });

await traced(app, { messages: [
  new SystemMessage('Du bist Disponent der Spedition Nordlicht. Lies den Auftrag im TMS und übergib ihn an die Frachtbuchung.'),
  new HumanMessage('Bitte Auftrag HH-LNZ-40718 disponieren, Kunde braucht das übermorgen.') ] },
{ project: 'nordlicht-dispo', metadata: { session_id: 'dispo-2025-03-11-0742-kr', user_id: 'disp.kraemer' } });
advance(200);
writeRuns(path.join(dir, 'runs.jsonl'));
