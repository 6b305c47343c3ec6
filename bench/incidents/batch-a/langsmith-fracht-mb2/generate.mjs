// Spedition desk (German): a quote tool returns the consignment weight in tonnes, the booking tool takes kilograms.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T07:42:10Z', 31);

const sendungAbfragen = tool(async ({ sendungsnr }) => JSON.stringify({
  sendungsnr, absender: 'Hoffmann Stahlbau GmbH, Duisburg', empfaenger: 'Metalúrgica Ribeiro, Porto',
  packstuecke: 14, gewicht: '12,48 t', lademeter: 7.2, gefahrgut: false, abholung: '2025-03-13' }), {
  name: 'sendung_abfragen', description: 'Liefert die Stammdaten einer Sendung aus dem TMS.',
  schema: z.object({ sendungsnr: z.string() }) });

const frachtraumBuchen = tool(async ({ sendungsnr, relation, gewicht_kg, lademeter }) => {
  const tarif = gewicht_kg <= 30 ? 'Stückgut-Paket S' : gewicht_kg <= 2500 ? 'Stückgut Standard' : 'Teilladung';
  const preis = gewicht_kg <= 30 ? 89.0 : gewicht_kg <= 2500 ? 412.0 : 2870.0;
  return JSON.stringify({ buchung: 'FB-25-0311-4471', sendungsnr, relation, tarif, gewicht_kg, lademeter,
    fahrzeug: tarif === 'Teilladung' ? 'Sattelzug 13,6 m' : 'Kurier-Sprinter 3,5 t', preis_eur: preis, status: 'bestätigt' });
}, {
  name: 'frachtraum_buchen', description: 'Bucht Frachtraum beim Subunternehmer. gewicht_kg: Bruttogewicht in Kilogramm.',
  schema: z.object({ sendungsnr: z.string(), relation: z.string(), gewicht_kg: z.number(), lademeter: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Xq81Lm2aPz', name: 'sendung_abfragen', args: { sendungsnr: 'DE-DU-884213' } }] },
  { tool_calls: [{ id: 'call_T0ve55RkQa', name: 'frachtraum_buchen',
      args: { sendungsnr: 'DE-DU-884213', relation: 'Duisburg → Porto', gewicht_kg: 12.48, lademeter: 7.2 } }] },
  { content: 'Erledigt: Für Sendung DE-DU-884213 (14 Packstücke, 7,2 Lademeter) ist Frachtraum gebucht, Buchung FB-25-0311-4471, Tarif „Stückgut-Paket S“, 89,00 €. Abholung am 13.03. in Duisburg.' },
] });

const app = agentGraph({ model, tools: [sendungAbfragen, frachtraumBuchen] });
await traced(app, { messages: [
  new SystemMessage('Du bist der Dispositionsassistent der Spedition Krämer & Söhne. Lies die Sendung aus dem TMS und buche Frachtraum.'),
  new HumanMessage('Bitte Frachtraum für Sendung DE-DU-884213 nach Porto buchen, Abholung Donnerstag.') ] },
  { project: 'dispo-assistent', metadata: { session_id: 'dispo-2025-03-11-0017', user_id: 'k.brandt@kraemer-soehne.de' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
