// Dispatcher (LangGraph.js) hands a booking to a freight sub-agent through a tool that passes a short brief.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('dispo-assistent', { 'deployment.environment': 'prod' });
const SESSION = 'dispo-7f3a91c2-hh';

const spedition_buchen = tool(async ({ auftrag, ziel, paletten, gewicht_kg, temperatur }) => JSON.stringify({
  buchung: 'SPB-2024-118734', auftrag, ziel, paletten, gewicht_kg, fahrzeug: temperatur === 'ungekuehlt' ? 'Planensattel 13,6 m' : 'Kühlkoffer 7,5 t',
  temperatur, abholung: '2024-11-19T06:30:00+01:00', status: 'bestätigt' }), {
  name: 'spedition_buchen', description: 'Bucht einen Transport bei der Vertragsspedition.',
  schema: z.object({ auftrag: z.string(), ziel: z.string(), paletten: z.number(), gewicht_kg: z.number(),
    temperatur: z.enum(['ungekuehlt', '2-8C', '15-25C', 'tiefgekuehlt']) }) });

const frachtModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'spedition_buchen', args: { auftrag: 'AUF-2291-HH', ziel: 'Lager Hamburg-Billbrook', paletten: 6, gewicht_kg: 4200, temperatur: 'ungekuehlt' } }] },
  { content: 'Transport gebucht: SPB-2024-118734, Planensattel, Abholung 19.11. 06:30 Uhr.' },
] });
const fracht = await reactGraph({ model: frachtModel, tools: [spedition_buchen], name: 'frachtagent',
  prepare: (m) => [new SystemMessage('Du bist der Frachtagent. Buche Transporte genau nach Auftrag.'), ...m] });

const an_frachtagent = tool(async ({ auftrag, kurzbrief }, config) => {
  const out = await fracht.invoke({ messages: [new HumanMessage(`Auftrag ${auftrag}: ${kurzbrief}`)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'an_frachtagent_uebergeben', description: 'Übergibt die Transportbuchung an den Frachtagenten.',
  schema: z.object({ auftrag: z.string(), kurzbrief: z.string() }) });

const lieferung_pruefen = tool(async ({ auftrag }) => JSON.stringify({ auftrag, artikel: 'Insulin-Pens (Charge L24-0931)', paletten: 6,
  gewicht_kg: 4200, lagerbedingung: '2–8 °C, Kühlkette lückenlos', empfaenger: 'Lager Hamburg-Billbrook' }), {
  name: 'lieferung_pruefen', description: 'Liest die Auftragsdaten.', schema: z.object({ auftrag: z.string() }) });

const dispoModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'lieferung_pruefen', args: { auftrag: 'AUF-2291-HH' } }] },
  { content: '', tool_calls: [{ name: 'an_frachtagent_uebergeben', args: { auftrag: 'AUF-2291-HH',
    kurzbrief: '6 Paletten, 4200 kg, nach Lager Hamburg-Billbrook, Abholung morgen früh.' } }] },
  { content: 'Erledigt: Auftrag AUF-2291-HH ist bei der Spedition gebucht (SPB-2024-118734), Abholung morgen 06:30 Uhr.' },
] });
const dispo = await reactGraph({ model: dispoModel, tools: [lieferung_pruefen, an_frachtagent], name: 'disponent',
  prepare: (m) => [new SystemMessage('Du bist der Disponent der Pharma-Logistik Nord. Übergib Buchungen an den Frachtagenten.'), ...m] });

await t.turn({ userId: 'k.brandt@pharmalog-nord.de' }, () => dispo.invoke(
  { messages: [new HumanMessage('Bitte AUF-2291-HH für morgen buchen. Achtung, Ware muss durchgehend gekühlt bleiben.')] },
  { metadata: { session_id: SESSION }, configurable: { thread_id: SESSION } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
