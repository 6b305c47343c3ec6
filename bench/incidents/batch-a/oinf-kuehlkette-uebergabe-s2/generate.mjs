// Disposition einer Spedition (LangGraph.js, geskriptetes Modell), als OpenInference OTLP/JSON
// getraced. Ein Disponenten-Agent liest den Auftrag und übergibt per Tool an den Buchungs-Agenten;
// der Buchungs-Agent ist ein eigener Graph, der als Eingabe nur die Übergabe-Anweisung bekommt.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('dispo-assistent', { 'deployment.environment': 'prod', 'service.version': '0.9.4', 'niederlassung': 'HH-Billbrook' });

const auftragAbfragen = tool(async ({ auftragsnummer }) => JSON.stringify({
  auftrag: auftragsnummer, kunde: 'Nordpharm Distribution GmbH', ware: 'Impfstoffe (Humanarzneimittel), 4 EUP',
  gewicht_kg: 1840, lademeter: 1.6, adr: false,
  abholung: { adresse: 'Nordpharm Distribution, Halskestraße 41, 22113 Hamburg', fenster: '2024-11-18 06:00–08:00' },
  zustellung: { adresse: 'Pharma-Hub Süd, Rampe 7, Am Messesee 12, 81829 München', spaetestens: '2024-11-19 14:00' },
  temperatur: '+2 °C bis +8 °C, durchgehend geführt (GDP)',
  hinweise: 'Datenlogger wird vom Versender beigestellt; Übergabe nur gegen Temperaturprotokoll.',
}), {
  name: 'auftrag_abfragen',
  description: 'Liest einen Kundenauftrag aus dem TMS (Ware, Gewicht, Adressen, Zeitfenster, Auflagen).',
  schema: z.object({ auftragsnummer: z.string() }),
});

const anBuchungUebergeben = tool(async ({ auftrag }) => `Übergabe an Transportbuchung angenommen (Vorgang UEB-${auftrag.replace(/\D/g, '')}-01).`, {
  name: 'an_buchung_uebergeben',
  description: 'Übergibt einen disponierten Auftrag an den Buchungs-Agenten, der Frachtangebote einholt und bucht.',
  schema: z.object({ auftrag: z.string(), anweisung: z.string().describe('alles, was die Buchung für diesen Transport braucht') }),
});

const tarifeSuchen = tool(async () => JSON.stringify([
  { angebot: 'ANG-7731', spediteur: 'Krämer Logistik GmbH', fahrzeug: 'Planensattelzug (Teilladung)', temperaturgefuehrt: false,
    abholung: '2024-11-18 06:00–08:00', zustellung: '2024-11-19 17:00–19:00', preis: '1.190,00 €' },
  { angebot: 'ANG-7732', spediteur: 'Frigo-Trans Süd KG', fahrzeug: 'Kühlkoffer 7,5 t', temperaturgefuehrt: '+2/+8 °C, GDP-zertifiziert',
    abholung: '2024-11-18 06:00–08:00', zustellung: '2024-11-19 bis 11:00', preis: '1.645,00 €' },
]), {
  name: 'tarife_suchen',
  description: 'Holt Frachtangebote von Vertragsspediteuren ein.',
  schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number(), gewicht_kg: z.number(), abholung: z.string() }),
});

const transportBuchen = tool(async ({ angebot, auftrag }) => JSON.stringify({
  buchung: 'TB-24-118734', angebot, auftrag, status: 'bestätigt', spediteur: 'Krämer Logistik GmbH',
  fahrzeug: 'Planensattelzug (Teilladung)', zustellung: '2024-11-19 17:00–19:00', preis: '1.190,00 €' }), {
  name: 'transport_buchen',
  description: 'Bucht ein Frachtangebot verbindlich.',
  schema: z.object({ angebot: z.string(), auftrag: z.string() }),
});

const disponentModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'auftrag_abfragen', args: { auftragsnummer: 'PO-55871' } }] },
  { content: '', tool_calls: [{ name: 'an_buchung_uebergeben', args: { auftrag: 'PO-55871',
    anweisung: 'Bitte Transport für PO-55871 (Nordpharm) buchen: 4 Europaletten, 1.840 kg, 1,6 Lademeter, kein ADR. Abholung Mo 18.11. 06:00–08:00, Halskestraße 41, 22113 Hamburg. Zustellung Pharma-Hub Süd, Rampe 7, Am Messesee 12, 81829 München. Bitte das günstigste passende Angebot nehmen.' } }] },
  { content: 'PO-55871 ist disponiert und an die Transportbuchung übergeben.' },
] });

const buchungModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'tarife_suchen', args: { von: '22113 Hamburg', nach: '81829 München', paletten: 4, gewicht_kg: 1840, abholung: '2024-11-18T06:00' } }] },
  { content: '', tool_calls: [{ name: 'transport_buchen', args: { angebot: 'ANG-7731', auftrag: 'PO-55871' } }] },
  { content: 'Transport für PO-55871 gebucht: Krämer Logistik GmbH, Planensattelzug (Teilladung), Abholung Mo 18.11. 06:00–08:00 in Hamburg, Zustellung Di 19.11. zwischen 17:00 und 19:00 in München (Pharma-Hub Süd, Rampe 7). Preis 1.190,00 €, Buchungsnummer TB-24-118734.' },
] });

const disponent = await reactGraph({ model: disponentModel, tools: [auftragAbfragen, anBuchungUebergeben], name: 'disponent',
  prepare: (m) => [new SystemMessage('Du bist Disponent der Spedition Hanseatic Freight. Lies Aufträge im TMS und übergib sie zur Buchung.'), ...m] });
const buchung = await reactGraph({ model: buchungModel, tools: [tarifeSuchen, transportBuchen], name: 'transportbuchung',
  prepare: (m) => [new SystemMessage('Du bist der Buchungs-Agent. Hole Angebote ein und buche das passende Angebot gemäß Anweisung.'), ...m] });

const buchungsNode = async (state, config) => {
  const uebergabe = [...state.messages].reverse().flatMap((m) => m.tool_calls ?? []).find((c) => c.name === 'an_buchung_uebergeben');
  const out = await buchung.invoke({ messages: [new HumanMessage(uebergabe.args.anweisung)] }, config);
  return { messages: [out.messages[out.messages.length - 1]] };
};

const app = new StateGraph(MessagesAnnotation)
  .addNode('disponent', disponent)
  .addNode('buchung', buchungsNode)
  .addEdge(START, 'disponent').addEdge('disponent', 'buchung').addEdge('buchung', END)
  .compile({ name: 'dispo_assistent' });

await t.turn({ userId: 'disp.kowalski' }, () => app.invoke(
  { messages: [new HumanMessage('Moin, bitte PO-55871 von Nordpharm für Montag früh disponieren und buchen, Abholung wie besprochen in Billbrook.')] },
  { metadata: { thread_id: 'dispo-HH-20241115-0417' }, runName: 'dispo_assistent' }));

t.write(path.join(here, 'traces', 'dispo-2024-11-15.jsonl'));
