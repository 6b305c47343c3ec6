// Disposition einer Kühlfracht: ein Disponenten-Agent liest den Auftrag und übergibt per
// Zusammenfassung an einen Frachtbuchungs-Agenten (eigener LangGraph-Subgraph), der Angebote sucht
// und einen Frachtführer bucht. Aufgezeichnet mit OpenInference (LangChain.js) als OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage, AIMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');

const t = tracing('dispo-assist', { 'deployment.environment': 'prod', 'service.version': '3.8.1' });

const auftrag = {
  auftrag: 'AUF-2024-88317', kunde: 'Frischkontor Elbe GmbH', kundennr: 'K-40112',
  ware: 'TK-Backwaren (Croissant-Rohlinge, tiefgefroren)', paletten: 14, stellplaetze: 14, gewicht_kg: 9800,
  temperatur: { soll_c: -22, max_c: -18, nachweis: 'Datenlogger, Ausdruck bei Ablieferung' },
  abholung: { ort: 'Hamburg-Billbrook, Halskestr. 30', ab: '2025-03-13T16:00:00+01:00' },
  anlieferung: { ort: 'Zentrallager München-Freiham, Rampe 7', von: '2025-03-14T06:00:00+01:00', bis: '2025-03-14T08:00:00+01:00' },
  bemerkung: 'Rampe 7 nur bis 08:00 besetzt, danach Annahme erst 13:00',
};

const auftragLesen = tool(async ({ auftragsnummer }) => JSON.stringify(auftrag), {
  name: 'auftrag_lesen', description: 'Liest einen Transportauftrag aus dem TMS.',
  schema: z.object({ auftragsnummer: z.string().describe('z. B. AUF-2024-12345') }),
});

const angebote = [
  { angebot_id: 'ANG-7Q2-0311', frachtfuehrer: 'Nordkühl Logistik GmbH', fahrzeug: 'Sattelzug Kühlkoffer, Carrier Vector 1550',
    temperaturbereich_c: '+2 bis +8', stellplaetze: 33, abholung: '2025-03-13T17:30', eta: '2025-03-14T06:40', preis_eur: 1180 },
  { angebot_id: 'ANG-7Q2-0314', frachtfuehrer: 'Spedition Hollerbach & Söhne', fahrzeug: 'Sattelzug Kühlkoffer, Thermo King SLXi',
    temperaturbereich_c: '+2 bis +8', stellplaetze: 33, abholung: '2025-03-13T16:30', eta: '2025-03-14T07:15', preis_eur: 1245 },
];
const angeboteSuchen = tool(async ({ von, nach, paletten, temperaturbereich }) => JSON.stringify({
  anfrage: { von, nach, paletten, temperaturbereich }, treffer: angebote.length, angebote }), {
  name: 'frachtangebote_suchen', description: 'Sucht Frachtangebote auf der Frachtbörse für eine Relation.',
  schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number().int(),
    temperaturbereich: z.string().describe('Temperaturbereich des Kühlaggregats, z. B. "+2 bis +8" oder "-25 bis -18"') }),
});

const buchen = tool(async ({ angebot_id, auftragsnummer, sollwert_c }) => JSON.stringify({
  buchung: 'BKG-25-031-4471', status: 'bestaetigt', angebot_id, auftragsnummer, sollwert_c,
  frachtfuehrer: 'Nordkühl Logistik GmbH', kennzeichen: 'HH-NK 2207', fahrer_tel: '+49 151 2204 7718',
  abholung: '2025-03-13T17:30', eta: '2025-03-14T06:40', preis_eur: 1180 }), {
  name: 'frachtfuehrer_buchen', description: 'Bucht ein Frachtangebot verbindlich für einen Auftrag.',
  schema: z.object({ angebot_id: z.string(), auftragsnummer: z.string(), sollwert_c: z.number().describe('Sollwert des Kühlaggregats in °C') }),
});

const uebergabe = 'Übergabe Frachtbuchung – Auftrag AUF-2024-88317 (Frischkontor Elbe GmbH, K-40112): '
  + '14 Paletten Backwaren, 9,8 t, Hamburg-Billbrook (Halskestr. 30) → Zentrallager München-Freiham, Rampe 7. '
  + 'Abholung 13.03. ab 16:00, Anlieferung 14.03. zwischen 06:00 und 08:00 (Rampe danach erst ab 13:00). '
  + 'Kühltransport mit Temperaturnachweis (Datenlogger) erforderlich. Bitte günstigstes passendes Angebot buchen.';

const disponentModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'auftrag_lesen', args: { auftragsnummer: 'AUF-2024-88317' } }] },
  { content: uebergabe },
] });
const buchungModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'frachtangebote_suchen', args: { von: 'Hamburg', nach: 'München', paletten: 14, temperaturbereich: '+2 bis +8' } }] },
  { tool_calls: [{ name: 'frachtfuehrer_buchen', args: { angebot_id: 'ANG-7Q2-0311', auftragsnummer: 'AUF-2024-88317', sollwert_c: 4 } }] },
  { content: 'Gebucht: BKG-25-031-4471 bei Nordkühl Logistik GmbH (HH-NK 2207), Kühlkoffer mit Sollwert +4 °C und Datenlogger. '
    + 'Abholung 13.03. 17:30 in Billbrook, ETA München-Freiham 14.03. 06:40 – im Anlieferfenster. Preis 1.180 € netto. '
    + 'Fahrer erreichbar unter +49 151 2204 7718.' },
] });

const disponent = await reactGraph({ model: disponentModel, tools: [auftragLesen], name: 'disponent' });
const frachtbuchung = await reactGraph({ model: buchungModel, tools: [angeboteSuchen, buchen], name: 'frachtbuchung' });

const SYS_DISPO = 'Du bist der Dispositionsassistent der Elbe Cargo Services. Lies den Auftrag im TMS und fasse alles, '
  + 'was die Frachtbuchung wissen muss, in einer Übergabe zusammen. Die Frachtbuchung sieht nur deine Übergabe.';
const SYS_BUCHUNG = 'Du bist der Frachtbuchungsagent der Elbe Cargo Services. Suche auf der Frachtbörse passende Angebote '
  + 'für die Übergabe der Disposition und buche das günstigste passende Angebot. Melde die Buchung mit allen Eckdaten zurück.';

const app = new StateGraph(MessagesAnnotation)
  .addNode('disposition', async (state, config) => {
    const out = await disponent.invoke({ messages: [new SystemMessage(SYS_DISPO), ...state.messages] }, config);
    return { messages: [new AIMessage({ content: out.messages.at(-1).content, name: 'disponent' })] };
  })
  .addNode('buchung', async (state, config) => {
    const handoff = state.messages.at(-1).content;
    const out = await frachtbuchung.invoke({ messages: [new SystemMessage(SYS_BUCHUNG), new HumanMessage(handoff)] }, config);
    return { messages: [new AIMessage({ content: out.messages.at(-1).content, name: 'frachtbuchung' })] };
  })
  .addEdge(START, 'disposition').addEdge('disposition', 'buchung').addEdge('buchung', END)
  .compile({ name: 'dispo-workflow' });

await t.turn({ userId: 'dispo.hh.mkoenig' }, () => app.invoke({ messages: [new HumanMessage(
  'Moin, bitte AUF-2024-88317 für Frischkontor disponieren, Abholung morgen Nachmittag. Danke, M. König')] },
  { metadata: { session_id: 'dispo-2025-03-12-AUF-2024-88317' }, runName: 'dispo-workflow' }));

t.write(path.join(here, 'traces.jsonl'));
