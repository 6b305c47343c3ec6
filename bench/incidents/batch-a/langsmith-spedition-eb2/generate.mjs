// Dispatch assistant of a German freight forwarder: looks up a consignment, then books a vehicle.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-03-11T06:42:10Z', 31);

const sendungAbrufen = tool(async ({ sendungsnummer }) => JSON.stringify({
  sendungsnummer, absender: 'Stahlhandel Kröger GmbH, Duisburg', empfaenger: 'Metallbau Sauer KG, Kassel',
  ware: 'Flachstahl, 6 Coils', gewicht: '2,4 t', lademeter: 4.8, abholfenster: '12.03.2025 07:00–10:00' }), {
  name: 'sendung_abrufen', description: 'Liefert die Stammdaten einer Sendung.',
  schema: z.object({ sendungsnummer: z.string() }) });

const fahrzeugBuchen = tool(async ({ sendungsnummer, gewicht_kg, lademeter, abholung }) => {
  const klasse = gewicht_kg <= 30 ? 'Kurier (Transporter bis 3,5 t, Paketdienst)' : gewicht_kg <= 7500 ? 'Solo-LKW 7,5 t' : 'Sattelzug 40 t';
  return JSON.stringify({ auftrag: 'DSP-2025-031-0447', sendungsnummer, fahrzeugklasse: klasse, gewicht_kg,
    lademeter, abholung, preis_eur: gewicht_kg <= 30 ? 38.9 : 412.0, status: 'bestätigt' });
}, { name: 'fahrzeug_buchen', description: 'Bucht ein Fahrzeug für eine Sendung. gewicht_kg: Bruttogewicht in Kilogramm.',
  schema: z.object({ sendungsnummer: z.string(), gewicht_kg: z.number(), lademeter: z.number(), abholung: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ id: 'call_Qm4fT7sVxk2L', name: 'sendung_abrufen', args: { sendungsnummer: 'SN 4471 0093 18' } }] },
  { content: '', tool_calls: [{ id: 'call_8HwZp1nRcE0d', name: 'fahrzeug_buchen', args: { sendungsnummer: 'SN 4471 0093 18', gewicht_kg: 2.4, lademeter: 4.8, abholung: '2025-03-12T07:00:00+01:00' } }] },
  { content: 'Erledigt: Für Sendung SN 4471 0093 18 (6 Coils Flachstahl, Duisburg → Kassel) ist Auftrag DSP-2025-031-0447 bestätigt – Fahrzeugklasse Kurier (Transporter bis 3,5 t), Abholung 12.03. ab 07:00 Uhr, Preis 38,90 €.' },
] });

const g = agentGraph({ model, tools: [sendungAbrufen, fahrzeugBuchen], name: 'disposition' });
await traced(g, { messages: [
  new SystemMessage('Du bist der Dispositionsassistent der Kröger Logistik. Buche für jede Sendung ein passendes Fahrzeug.'),
  new HumanMessage('Bitte für SN 4471 0093 18 ein Fahrzeug zur Abholung morgen früh buchen.') ] },
  { project: 'dispo-assistent-prod', metadata: { session_id: 'dispo-7c1e-20250311-0642', user_id: 'disponent.hartmann' },
    configurable: { thread_id: 'dispo-7c1e-20250311-0642' } });
writeRuns(path.join(dir, 'runs.jsonl'));
