// Nordwerk AG travel desk: a LangGraph.js agent (MemorySaver checkpointer, one thread per employee)
// traced with OpenInference. The app keeps long-term traveller facts in a `profil` state channel
// (a small class with private fields) and sends the model only the last two user turns plus a
// system prompt rendered from that profile. Scripted model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { StateGraph, Annotation, MessagesAnnotation, MemorySaver, Command, START, END } = await load('@langchain/langgraph');
const { ToolNode } = await load('@langchain/langgraph/prebuilt');
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage, ToolMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('nordwerk-reisedesk', { 'service.version': '2.3.1', 'deployment.environment': 'prod' });

class Reiseprofil {
  #eintraege = {};
  constructor(init = {}) { Object.assign(this.#eintraege, init); }
  mit(neu) { return new Reiseprofil({ ...this.#eintraege, ...neu }); }
  zeilen() { return Object.entries(this.#eintraege).map(([k, v]) => `- ${k}: ${v}`); }
}
const renderProfil = (p) => {
  const zeilen = typeof p?.zeilen === 'function' ? p.zeilen() : [];
  return zeilen.length ? zeilen.join('\n') : '(keine Einträge gespeichert)';
};

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  profil: Annotation({ reducer: (alt, neu) => (alt instanceof Reiseprofil ? alt : new Reiseprofil()).mit(neu), default: () => new Reiseprofil() }),
});

const reiseprofilSpeichern = tool(async ({ eintraege }, config) => new Command({ update: {
  profil: eintraege,
  messages: [new ToolMessage({ content: `Reiseprofil aktualisiert (${Object.keys(eintraege).length} Einträge).`, tool_call_id: config.toolCall.id, name: 'reiseprofil_speichern' })],
} }), { name: 'reiseprofil_speichern', description: 'Speichert dauerhafte Reisepräferenzen und Vorgaben des Mitarbeiters im Reiseprofil.',
  schema: z.object({ eintraege: z.record(z.string(), z.string()).describe('Schlüssel → Wert') }) });

const pauschalenAbfragen = tool(async ({ land, ort }) => JSON.stringify({ land, ort, stand: '2025-01-01',
  verpflegung: { abwesenheit_ueber_8h_eur: 14, ganztags_eur: 28 }, uebernachtung_pauschal_eur: 20,
  hinweis: 'Kürzung bei gestelltem Frühstück: 5,60 €' }), { name: 'pauschalen_abfragen',
  description: 'Verpflegungs- und Übernachtungspauschalen (BRKG/EStG) für einen Zielort.',
  schema: z.object({ land: z.string(), ort: z.string() }) });

const zugverbindungSuchen = tool(async ({ von, nach, datum }) => JSON.stringify(datum === '2025-05-14' ? { verbindungen: [
  { zug: 'ICE 2311', ab: `${von} 07:48`, an: `${nach} 11:53`, umstiege: 0, preise_eur: { flexpreis_2kl: 121.9, flexpreis_1kl: 197.4, sitzplatzreservierung_2kl: 5.5 } },
  { zug: 'ICE 946', ab: `${von} 08:10`, an: `${nach} 12:24`, umstiege: 1, preise_eur: { flexpreis_2kl: 121.9, flexpreis_1kl: 197.4, sitzplatzreservierung_2kl: 5.5 } },
] } : { verbindungen: [
  { zug: 'ICE 2216', ab: `${von} 15:06`, an: `${nach} 19:12`, umstiege: 0, preise_eur: { flexpreis_2kl: 121.9, flexpreis_1kl: 197.4, sitzplatzreservierung_2kl: 5.5 } },
] }), { name: 'zugverbindung_suchen', description: 'Sucht Bahnverbindungen (DB) mit Tarifen.',
  schema: z.object({ von: z.string(), nach: z.string(), datum: z.string().describe('YYYY-MM-DD'), ankunft_bis: z.string().optional(), abfahrt_ab: z.string().optional() }) });

const hotelSuchen = tool(async ({ ort, anreise, abreise }) => JSON.stringify({ ort, anreise, abreise, treffer: [
  { hotel_id: 'HH-ALS-0217', name: 'Alster Residenz am Ballindamm', preis_nacht_eur: 149, fussweg_zum_kunden_min: 6, fruehstueck: true },
  { hotel_id: 'HH-MO1-0088', name: 'Motel One Hamburg-Hauptbahnhof', preis_nacht_eur: 104, fussweg_zum_kunden_min: 14, fruehstueck: false },
  { hotel_id: 'HH-IBS-0430', name: 'ibis Hamburg City', preis_nacht_eur: 97, fussweg_zum_kunden_min: 19, fruehstueck: false },
] }), { name: 'hotel_suchen', description: 'Sucht Hotels im Firmenportal (HRS Corporate).',
  schema: z.object({ ort: z.string(), anreise: z.string(), abreise: z.string(), naehe_zu: z.string().optional() }) });

let pnr = 0;
const bahnticketBuchen = tool(async ({ zug, datum, tarif, klasse, preis_eur }) => JSON.stringify({ status: 'gebucht',
  auftragsnummer: ['Q7KX2M', 'R2HW9T'][pnr++], zug, datum, tarif, klasse, preis_eur, kostenstelle: '4410-VERTRIEB-NORD',
  storno: 'bis 1 Tag vor Reiseantritt kostenfrei' }), { name: 'bahnticket_buchen',
  description: 'Kauft eine Fahrkarte (inkl. Reservierung) über das DB-Firmenkundenportal.',
  schema: z.object({ zug: z.string(), datum: z.string(), tarif: z.string(), klasse: z.number().int(), preis_eur: z.number() }) });

const hotelBuchen = tool(async ({ hotel_id, anreise, abreise, preis_nacht_eur }) => JSON.stringify({ status: 'bestaetigt',
  buchungsnummer: 'HRS-77120934', hotel_id, anreise, abreise, naechte: 2, preis_nacht_eur, gesamt_eur: preis_nacht_eur * 2,
  zahlung: 'Firmenkreditkarte (Sammelrechnung)' }), { name: 'hotel_buchen', description: 'Bucht ein Hotelzimmer verbindlich.',
  schema: z.object({ hotel_id: z.string(), anreise: z.string(), abreise: z.string(), preis_nacht_eur: z.number() }) });

const tools = [reiseprofilSpeichern, pauschalenAbfragen, zugverbindungSuchen, hotelSuchen, bahnticketBuchen, hotelBuchen];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // Turn 1
  { tool_calls: [{ name: 'reiseprofil_speichern', args: { eintraege: {
    bahn: 'BahnCard 100, 2. Klasse – keine Fahrkarten kaufen, nur Sitzplatzreservierung',
    hotel_obergrenze: 'max. 110 € pro Nacht (Reiserichtlinie Stufe B)' } } }] },
  { content: 'Notiert! Ich habe in Ihrem Reiseprofil gespeichert: BahnCard 100 (2. Klasse) – für Bahnfahrten buche ich künftig nur die Sitzplatzreservierung, und Hotels höchstens 110 € pro Nacht.' },
  // Turn 2
  { tool_calls: [{ name: 'pauschalen_abfragen', args: { land: 'DE', ort: 'Hamburg' } }] },
  { content: 'Für Hamburg gelten 14 € bei mehr als 8 Stunden Abwesenheit und 28 € für volle Kalendertage. Wenn Frühstück im Hotel gestellt wird, werden 5,60 € abgezogen.' },
  // Turn 3
  { tool_calls: [{ name: 'zugverbindung_suchen', args: { von: 'Köln Hbf', nach: 'Hamburg Hbf', datum: '2025-05-14', ankunft_bis: '12:30' } }] },
  { tool_calls: [{ name: 'zugverbindung_suchen', args: { von: 'Hamburg Hbf', nach: 'Köln Hbf', datum: '2025-05-16', abfahrt_ab: '15:00' } }] },
  { tool_calls: [{ name: 'hotel_suchen', args: { ort: 'Hamburg', anreise: '2025-05-14', abreise: '2025-05-16', naehe_zu: 'Ballindamm 40' } }] },
  { content: 'Mein Vorschlag:\n- Hinfahrt 14.05.: ICE 2311, Köln Hbf 07:48 → Hamburg Hbf 11:53, Flexpreis 2. Klasse 121,90 €\n- Rückfahrt 16.05.: ICE 2216, Hamburg Hbf 15:06 → Köln Hbf 19:12, Flexpreis 2. Klasse 121,90 €\n- Hotel: Alster Residenz am Ballindamm, 149 € pro Nacht inkl. Frühstück, 6 Minuten zu Fuß zum Kunden\nSoll ich so buchen?' },
  // Turn 4
  { tool_calls: [{ name: 'bahnticket_buchen', args: { zug: 'ICE 2311', datum: '2025-05-14', tarif: 'Flexpreis', klasse: 2, preis_eur: 121.9 } }] },
  { tool_calls: [{ name: 'bahnticket_buchen', args: { zug: 'ICE 2216', datum: '2025-05-16', tarif: 'Flexpreis', klasse: 2, preis_eur: 121.9 } }] },
  { tool_calls: [{ name: 'hotel_buchen', args: { hotel_id: 'HH-ALS-0217', anreise: '2025-05-14', abreise: '2025-05-16', preis_nacht_eur: 149 } }] },
  { content: 'Erledigt! Gebucht:\n- ICE 2311 am 14.05., Flexpreis 2. Klasse, Auftrag Q7KX2M (121,90 €)\n- ICE 2216 am 16.05., Flexpreis 2. Klasse, Auftrag R2HW9T (121,90 €)\n- Alster Residenz am Ballindamm, 2 Nächte à 149 €, Buchung HRS-77120934 (298 €)\nAlles läuft auf Kostenstelle 4410-VERTRIEB-NORD. Gute Reise!' },
] });

const SYSTEM = (profil) => `Du bist der Reisedesk der Nordwerk AG. Du buchst Dienstreisen für Mitarbeitende über die angebundenen Portale. Halte dich an das Reiseprofil des Mitarbeiters und an die Reiserichtlinie.\n\nReiseprofil des Mitarbeiters:\n${renderProfil(profil)}`;

// Only the last two user turns go to the model; durable facts live in the profile.
const window = (messages) => {
  const humans = messages.map((m, i) => [m, i]).filter(([m]) => m.getType() === 'human').map(([, i]) => i);
  return messages.slice(humans.length > 2 ? humans[humans.length - 2] : 0);
};

const bound = model.bindTools(tools);
const agent = async (state) => ({ messages: [await bound.invoke([new SystemMessage(SYSTEM(state.profil)), ...window(state.messages)])] });
const route = (state) => (state.messages.at(-1).tool_calls?.length ? 'tools' : END);
const app = new StateGraph(State)
  .addNode('agent', agent).addNode('tools', new ToolNode(tools))
  .addEdge(START, 'agent').addConditionalEdges('agent', route, ['tools', END]).addEdge('tools', 'agent')
  .compile({ checkpointer: new MemorySaver(), name: 'reisedesk' });

const config = { configurable: { thread_id: 'reise:P-40718' }, metadata: { mandant: 'nordwerk-ag', kanal: 'teams' } };
const turns = [
  'Hallo! Kurz vorab für alle künftigen Buchungen: Ich habe eine BahnCard 100 (2. Klasse), Bahnfahrkarten bitte nie kaufen, nur die Sitzplatzreservierung. Und laut Reiserichtlinie darf ich Hotels nur bis 110 € pro Nacht nehmen.',
  'Danke. Welche Verpflegungspauschale bekomme ich eigentlich in Hamburg?',
  'Ich muss vom 14. bis 16. Mai zum Kunden nach Hamburg (Ballindamm 40), Termin am 14. um 13 Uhr. Start ab Köln Hbf, Rückfahrt am 16. nachmittags.',
  'Passt, bitte so buchen.',
];
for (const text of turns) {
  await t.turn({ userId: 'P-40718' }, () => app.invoke({ messages: [new HumanMessage(text)] }, config));
}
t.write(path.join(here, 'traces.jsonl'));
console.log('wrote', path.join(here, 'traces.jsonl'));
