// Spedition (DE): ein Disponent-Agent klärt eine Anlieferung und übergibt an einen Buchungs-Agenten
// (LangGraph.js-Subgraph, gefüttert mit einer Zusammenfassung); OpenInference-Trace als OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('dispo-assistent', { 'service.version': '2.14.0' });

const sendung = tool(async ({ sendungsnummer }) => JSON.stringify({
  sendungsnummer, status: 'versandbereit', paletten: 6, gewicht_kg: 2940, abholort: 'Werk Kassel-Waldau',
  empfaenger: 'Lager Nord, Hamburg-Billbrook' }), { name: 'sendung_abrufen', description: 'Stammdaten einer Sendung.',
  schema: z.object({ sendungsnummer: z.string() }) });
const rampe = tool(async ({ lager, datum }) => JSON.stringify({ lager, datum, freie_rampen: [
  { rampe: 4, zeitfenster: '07:00-09:00', max_paletten_pro_anfahrt: 2 },
  { rampe: 6, zeitfenster: '13:00-15:00', max_paletten_pro_anfahrt: 2 } ] }),
  { name: 'rampen_pruefen', description: 'Freie Rampen eines Lagers an einem Tag.',
    schema: z.object({ lager: z.string(), datum: z.string() }) });
const buchen = tool(async (a) => JSON.stringify({ auftrag: 'TA-25-118734', ...a, status: 'gebucht', fahrzeug: 'LKW 12 t Plane' }),
  { name: 'transport_buchen', description: 'Bucht einen Transport beim Frachtführer.',
    schema: z.object({ sendungsnummer: z.string(), paletten: z.number().int(), anfahrten: z.number().int(),
      liefertermin: z.string(), rampe: z.number().int().optional() }) });

const disponent = await reactGraph({ name: 'disponent', tools: [sendung, rampe], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'sendung_abrufen', args: { sendungsnummer: 'LS-88170' } }] },
  { tool_calls: [{ name: 'rampen_pruefen', args: { lager: 'Lager Nord', datum: '2025-11-18' } }] },
  { content: 'Sendung LS-88170: 6 Paletten, 2 940 kg, ab Werk Kassel-Waldau. Lager Nord nimmt frühestens am 18.11. an, Rampe 4 (07:00-09:00) oder Rampe 6 (13:00-15:00), höchstens 2 Paletten pro Anfahrt – also 3 Anfahrten. Ich gebe an die Buchung weiter.' },
] }) });

const buchung = await reactGraph({ name: 'buchung', tools: [buchen], model: new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'transport_buchen', args: { sendungsnummer: 'LS-88170', paletten: 6, anfahrten: 1, liefertermin: '2025-11-14' } }] },
  { content: 'Transport TA-25-118734 gebucht: LS-88170, 6 Paletten in einer Anfahrt, Zustellung 14.11.2025.' },
] }) });

// Übergabe: der Buchungs-Agent bekommt nur eine Kurzfassung des Auftrags.
const uebergabe = async (state, config) => {
  const kurz = 'Bitte Transport für Sendung LS-88170 (6 Paletten) von Kassel nach Lager Nord Hamburg buchen, so bald wie möglich.';
  const out = await buchung.invoke({ messages: [
    new SystemMessage('Du bist der Buchungs-Agent der Spedition. Buche Transporte mit transport_buchen.'),
    new HumanMessage(kurz) ] }, config);
  return { messages: [out.messages[out.messages.length - 1]] };
};

const app = new StateGraph(MessagesAnnotation)
  .addNode('disponent', disponent).addNode('uebergabe_buchung', uebergabe)
  .addEdge(START, 'disponent').addEdge('disponent', 'uebergabe_buchung').addEdge('uebergabe_buchung', END)
  .compile({ name: 'dispo-workflow' });

await t.turn({ userId: 'k.brandt@werk-kassel.example' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Disponent-Agent. Kläre Sendungsdaten und Rampen, dann wird gebucht.'),
  new HumanMessage('Moin, bitte LS-88170 nach Lager Nord einplanen. Die nehmen erst ab dem 18.11. an und pro Anfahrt nur 2 Paletten, Hebebühne ist zu klein.'),
] }, { metadata: { thread_id: 'a3f9c2d1-5e7b-4c08-9d16-0b2e8f4a7c55' }, configurable: { thread_id: 'a3f9c2d1-5e7b-4c08-9d16-0b2e8f4a7c55' } }));
t.write(path.join(here, 'traces.jsonl'));
