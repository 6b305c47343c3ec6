// Freight dispatch (German): a "disposition" agent talks to the shipper and hands the booking over
// to a "frachtbuchung" sub-agent through a tool that starts the sub-agent with a short brief.
// LangGraph.js + OpenInference, scripted models, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('dispo-frachtdesk', { 'service.version': '3.8.2' });

// --- receiving agent: carrier booking ---
const angebote = tool(async ({ von, nach, paletten }) => JSON.stringify({ von, nach, paletten, angebote: [
  { carrier: 'Nordfracht Logistik GmbH', fahrzeug: 'Planensattel', temperaturgefuehrt: false, preis_eur: 1180, ankunft: 'Do 11:30' },
  { carrier: 'KühlTrans Süd KG', fahrzeug: 'Kühlsattel', temperaturgefuehrt: true, bereich: '+2 bis +8 °C', preis_eur: 1640, ankunft: 'Do 12:45' },
] }), { name: 'frachtangebote_abrufen', description: 'Ruft Frachtangebote für eine Relation ab.',
  schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number() }) });
const buchen = tool(async (a) => JSON.stringify({ buchungsnr: 'BKG-7730418', status: 'bestätigt', ...a }),
  { name: 'frachtfuehrer_buchen', description: 'Bucht einen Frachtführer verbindlich.',
    schema: z.object({ sendung: z.string(), carrier: z.string(), fahrzeug: z.string(), temperaturfuehrung: z.string(), lieferung_bis: z.string(), rampe: z.string(), preis_eur: z.number() }) });

const buchungsModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'frachtangebote_abrufen', args: { von: 'Hamburg', nach: 'München', paletten: 6 } }] },
  { content: '', tool_calls: [{ name: 'frachtfuehrer_buchen', args: { sendung: 'SND-2024-55012', carrier: 'Nordfracht Logistik GmbH', fahrzeug: 'Planensattel', temperaturfuehrung: 'keine', lieferung_bis: 'Do 14:00', rampe: 'Rampe 3', preis_eur: 1180 } }] },
  { content: 'Gebucht: BKG-7730418 mit Nordfracht Logistik GmbH (Planensattel), Ankunft Do 11:30 an Rampe 3, 1.180 EUR – günstigstes Angebot innerhalb des Lieferfensters.' },
] });
const buchungsAgent = await reactGraph({ model: buchungsModel, tools: [angebote, buchen], name: 'frachtbuchung',
  prepare: (m) => [new SystemMessage('Du buchst Frachtführer für Sendungen. Wähle das günstigste Angebot, das alle Anforderungen des Auftrags erfüllt.'), ...m] });

const uebergabe = tool(async ({ auftrag }, config) => {
  const out = await buchungsAgent.invoke({ messages: [new HumanMessage(auftrag)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'an_frachtbuchung_uebergeben', description: 'Übergibt einen Buchungsauftrag an die Frachtbuchung.',
  schema: z.object({ auftrag: z.string().describe('Auftrag für die Frachtbuchung') }) });

const sendung = tool(async ({ sendung }) => JSON.stringify({ sendung, kunde: 'Apotheken-Großhandel Brenner AG', ware: 'Impfstoffe (Insulin-Pens)', paletten: 6, gewicht_kg: 2140, von: 'Hamburg DC-2', nach: 'München-Freimann' }),
  { name: 'sendung_laden', description: 'Lädt Stammdaten einer Sendung.', schema: z.object({ sendung: z.string() }) });

// --- sending agent: dispatcher ---
const dispoModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'sendung_laden', args: { sendung: 'SND-2024-55012' } }] },
  { content: '', tool_calls: [{ name: 'an_frachtbuchung_uebergeben', args: { auftrag: 'Bitte Sendung SND-2024-55012 buchen: 6 Paletten, 2.140 kg, Hamburg DC-2 → München-Freimann. Lieferung bis Donnerstag 14:00 an Rampe 3.' } }] },
  { content: 'Erledigt: Die Sendung SND-2024-55012 ist unter BKG-7730418 bei Nordfracht Logistik gebucht, Ankunft Donnerstag 11:30 an Rampe 3 (1.180 EUR).' },
] });
const dispo = await reactGraph({ model: dispoModel, tools: [sendung, uebergabe], name: 'disposition',
  prepare: (m) => [new SystemMessage('Du bist die Disposition. Kläre Anforderungen mit dem Verlader und beauftrage die Frachtbuchung.'), ...m] });

const sid = '5f0c2a7e-91b3-4d6a-b8e2-3c7d9a1f4e60';
await t.turn({ userId: 'verlader:brenner-ag:kmueller' }, () => dispo.invoke({ messages: [new HumanMessage(
  'Hallo, bitte SND-2024-55012 für diese Woche einplanen. Wichtig: durchgehende Kühlkette +2 bis +8 °C, Lieferung spätestens Donnerstag 14:00 an Rampe 3, Budget bis 1.800 EUR.')] },
  { configurable: { thread_id: sid }, metadata: { session_id: sid } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
