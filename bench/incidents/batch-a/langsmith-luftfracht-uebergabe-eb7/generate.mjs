// Speditions-Assistent (Deutsch): ein Dispositions-Agent klärt die Sendung mit dem Kunden, dann übergibt
// ein Knoten an einen Buchungs-Agenten (eigener LangGraph-Graph), der nur eine Auftragszusammenfassung bekommt.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, StateGraph, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2026-10-06T13:05:44Z', 58);

const sendung = {
  sendungsnr: 'SND-4471-K', kunde: 'Brenner Medizintechnik GmbH', von: 'FRA', nach: 'ORD',
  colli: 6, brutto_kg: 212.4, abmessungen_cm: '120x80x95 (x6)', liefertermin: '2026-10-09',
  inhalt: 'Ersatzakkus für Infusionspumpen, lose verpackt (nicht in Ausrüstung eingebaut)',
  gefahrgut: { un_nummer: 'UN3480', klasse: '9', verpackungsanweisung: 'PI 965 Abschnitt IA', nur_frachtflugzeug: true },
};
const sendungLesen = tool(async ({ sendungsnr }) => JSON.stringify(sendungsnr === sendung.sendungsnr ? sendung : { fehler: 'unbekannt' }),
  { name: 'sendung_lesen', description: 'Liest die Stammdaten einer Sendung aus dem TMS.', schema: z.object({ sendungsnr: z.string() }) });

const fluegeSuchen = tool(async ({ von, nach, bis }) => JSON.stringify({ von, nach, bis, angebote: [
  { flug: 'LH 430', typ: 'Passagier (A350-900, Unterflur)', abflug: '2026-10-07T13:10', rate_eur_kg: 2.85 },
  { flug: 'LH 8244', typ: 'Frachter (B777F)', abflug: '2026-10-08T18:45', rate_eur_kg: 3.40 }] }),
{ name: 'fluege_suchen', description: 'Sucht freie Luftfrachtkapazität zwischen zwei Flughäfen.',
  schema: z.object({ von: z.string(), nach: z.string(), bis: z.string() }) });
const buchen = tool(async (a) => JSON.stringify({ status: 'bestätigt', awb: '020-8841 5573', ...a }),
  { name: 'frachtbuchung_anlegen', description: 'Legt eine Luftfrachtbuchung an (AWB).',
    schema: z.object({ sendungsnr: z.string(), flug: z.string(), colli: z.number(), brutto_kg: z.number(),
      gefahrgut: z.boolean().describe('true wenn die Sendung Gefahrgut enthält (DGD erforderlich)'), un_nummer: z.string().optional() }) });

const dispoModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_d1Wq7Lk2', name: 'sendung_lesen', args: { sendungsnr: 'SND-4471-K' } }] },
  { content: 'Sendung SND-4471-K geprüft: 6 Colli, 212,4 kg, FRA → ORD, Liefertermin 09.10. Achtung: lose Lithium-Ionen-Akkus UN3480, Klasse 9, PI 965 IA — nur auf Frachtflugzeugen (CAO) zulässig, Gefahrgutanmeldung erforderlich. Ich gebe den Auftrag an die Buchung weiter.' },
] });
const buchungModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_b5Tn0Rx9', name: 'fluege_suchen', args: { von: 'FRA', nach: 'ORD', bis: '2026-10-09' } }] },
  { content: '', tool_calls: [{ id: 'call_b6Mz3Yc4', name: 'frachtbuchung_anlegen', args: { sendungsnr: 'SND-4471-K', flug: 'LH 430', colli: 6, brutto_kg: 212.4, gefahrgut: false } }] },
  { content: 'Gebucht: SND-4471-K auf LH 430 am 07.10. um 13:10 (günstigste Rate 2,85 €/kg), AWB 020-8841 5573. Ankunft ORD am selben Tag, Liefertermin 09.10. wird gehalten.' },
] });

const dispo = agentGraph({ model: dispoModel, tools: [sendungLesen], agentNode: 'disponent', toolsNode: 'dispo_tools', name: 'disposition' });
const buchung = agentGraph({ model: buchungModel, tools: [fluegeSuchen, buchen], agentNode: 'buchungsagent', toolsNode: 'buchung_tools', name: 'buchung' });
const sysBuchung = new SystemMessage('Du bist der Buchungsagent der Spedition Haller Logistik. Buche die günstigste Luftfracht, die den Liefertermin hält. Gib gefahrgut=true nur an, wenn der Auftrag Gefahrgut nennt.');

// Übergabe: der Auftrag wird aus den TMS-Feldern zusammengestellt, die die Buchungsmaske kennt.
const FELDER = ['sendungsnr', 'von', 'nach', 'colli', 'brutto_kg', 'liefertermin'];
const uebergabe = async (state, config) => {
  const tms = JSON.parse(state.messages.find((m) => m.getType?.() === 'tool' || m._getType?.() === 'tool').content);
  const auftrag = Object.fromEntries(FELDER.map((f) => [f, tms[f]]));
  const out = await buchung.invoke({ messages: [sysBuchung, new HumanMessage(`Neuer Buchungsauftrag: ${JSON.stringify(auftrag)}`)] }, config);
  return { messages: [out.messages[out.messages.length - 1]] };
};

const app = new StateGraph(MessagesAnnotation)
  .addNode('disposition', dispo).addNode('an_buchung', uebergabe)
  .addEdge(START, 'disposition').addEdge('disposition', 'an_buchung').addEdge('an_buchung', END)
  .compile({ name: 'speditions_assistent' });

await traced(app, { messages: [
  new SystemMessage('Du bist der Dispositionsagent der Spedition Haller Logistik. Prüfe jede Sendung im TMS, bevor sie gebucht wird.'),
  new HumanMessage('Bitte SND-4471-K nach Chicago buchen, muss spätestens am 9. Oktober dort sein. Das sind die Ersatzakkus für die Infusionspumpen.')] },
{ project: 'haller-dispo', metadata: { session_id: 'dispo-20261006-0193', user_id: 'kd-brenner-medtech' } });

writeRuns(path.join(dir, 'runs.jsonl'));
