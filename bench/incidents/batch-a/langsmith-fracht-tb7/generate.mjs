// Freight dispatch assistant (German): reads a consignment, books a truck with the weight limit.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, minutes,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T06:42:10.000Z', 31);

const sendungAbfragen = tool(async ({ sendungsnummer }) => JSON.stringify({
  sendungsnummer, absender: 'Holzwerk Brandl GmbH, Passau', empfaenger: 'Baumarkt Ostsee KG, Rostock',
  packstuecke: 14, ladungsart: 'Brettschichtholz, palettiert', bruttogewicht: '18,6 t', lademeter: 12.4,
  abholung: '2025-03-12T07:00:00+01:00' }), {
  name: 'sendung_abfragen', description: 'Liest die Stammdaten einer Sendung aus dem TMS.',
  schema: z.object({ sendungsnummer: z.string() }) });

const lkwBuchen = tool(async ({ sendungsnummer, gewicht_kg, lademeter, fahrzeugtyp }) => JSON.stringify({
  auftrag: 'FA-2025-031147', sendungsnummer, fahrzeugtyp, zugelassenes_gesamtgewicht_kg: 7490,
  nutzlast_kg: 2800, gewicht_kg, lademeter, status: 'disponiert', abholfenster: '12.03. 07:00–09:00' }), {
  name: 'lkw_buchen',
  description: 'Bucht ein Fahrzeug beim Frachtführer. gewicht_kg: Bruttogewicht der Ladung in Kilogramm (Zahl). fahrzeugtyp wird nach gewicht_kg gewählt: bis 2800 kg "7,5t-Koffer", bis 24000 kg "Sattelzug Plane".',
  schema: z.object({ sendungsnummer: z.string(), gewicht_kg: z.number(), lademeter: z.number(),
    fahrzeugtyp: z.enum(['7,5t-Koffer', 'Sattelzug Plane']) }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Tq81mVd0yR2cX', name: 'sendung_abfragen', args: { sendungsnummer: 'SN-48-220917' } }] },
  { content: '', tool_calls: [{ id: 'call_Pz3kLw07bHn5e', name: 'lkw_buchen',
    args: { sendungsnummer: 'SN-48-220917', gewicht_kg: 18.6, lademeter: 12.4, fahrzeugtyp: '7,5t-Koffer' } }] },
  { content: 'Erledigt: Für Sendung SN-48-220917 (14 Paletten Brettschichtholz, Passau → Rostock) ist Frachtauftrag FA-2025-031147 disponiert – ein 7,5t-Koffer, Abholung morgen 12.03. zwischen 07:00 und 09:00 Uhr.' },
] });

const app = agentGraph({ model, tools: [sendungAbfragen, lkwBuchen], name: 'dispo-agent' });
await traced(app, { messages: [
  new SystemMessage('Du bist der Dispositionsassistent der Spedition Kargl. Lies die Sendung im TMS und buche ein passendes Fahrzeug.'),
  new HumanMessage('Bitte für SN-48-220917 einen LKW für morgen früh buchen.') ] },
  { project: 'dispo-prod', metadata: { session_id: 'dispo-7f3e0c52', user_id: 'disponent.huber' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
