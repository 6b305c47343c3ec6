// Spedition (German): Disposition looks up a shipment, then hands over to Buchung with a
// tool-stripping input filter; Buchung books a truck for the shipment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const sendungDetails = tool({
  name: 'sendung_details', description: 'Liefert Stammdaten einer Sendung aus dem TMS.',
  parameters: z.object({ sendungsnummer: z.string() }),
  execute: async ({ sendungsnummer }) => JSON.stringify({
    sendungsnummer, absender: 'Pharmagroß Nord GmbH, Lübeck', empfaenger: 'Apotheken-Zentrallager Hamburg-Billbrook',
    paletten: 14, gewicht_kg: 6120, ware: 'Impfstoffe (Charge VX-2291)',
    temperaturfuehrung: '2–8 °C, durchgehend, Datenlogger Pflicht', ladefenster: '2026-03-12 05:30–07:00',
  }),
});

const lkwBuchen = tool({
  name: 'lkw_buchen', description: 'Bucht ein Fahrzeug beim Frachtführer.',
  parameters: z.object({
    sendungsnummer: z.string(), aufbau: z.enum(['plane', 'koffer', 'kuehlkoffer']),
    paletten: z.number().int(), gewicht_kg: z.number(), ladetermin: z.string(),
    temperatur_soll: z.string().nullable(),
  }),
  execute: async (a) => JSON.stringify({ auftrag: 'FA-26-031207', status: 'bestätigt', frachtfuehrer: 'Elbtrans KG', fahrzeug: a.aufbau === 'plane' ? 'Sattelzug Planenauflieger HH-ET 412' : 'Sattelzug HH-ET 388', preis_eur: 486.0 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'sendung_details', args: { sendungsnummer: 'SND-4471-HH' } }] },
  { tool_calls: [{ name: 'transfer_to_Buchung', args: {} }] },
  { tool_calls: [{ name: 'lkw_buchen', args: { sendungsnummer: 'SND-4471-HH', aufbau: 'plane', paletten: 14, gewicht_kg: 6120, ladetermin: '2026-03-12 06:00', temperatur_soll: null } }] },
  { content: 'Erledigt: Für SND-4471-HH ist ein Planenauflieger von Elbtrans (Auftrag FA-26-031207) gebucht, Ladung am 12.03. um 06:00 in Lübeck, 14 Paletten / 6.120 kg. Preis 486,00 €.' },
], { seed: 'kuehlfracht-ja1' });

// Buchung needs the shipment figures; the booking desk re-reads them from the handover.
const buchung = new Agent({
  name: 'Buchung', model: m, tools: [lkwBuchen],
  instructions: 'Du buchst Fahrzeuge für Sendungen. Wähle den Aufbau passend zur Ware und buche genau einmal.',
});
const disposition = new Agent({
  name: 'Disposition', model: m, tools: [sendungDetails],
  instructions: 'Du bist die Disposition. Prüfe die Sendung im TMS und übergib dann an die Buchung.',
  handoffs: [handoff(buchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'dispo-2026-03-11-0417', workflowName: 'Disposition Nord', traceMetadata: { user_id: 'disp.kowalski' } });
await runner.run(disposition, 'Moin, bitte für Sendung SND-4471-HH (14 Paletten, 6.120 kg, Abholung Lübeck 12.03. früh) einen LKW buchen.');
writeTrace(here, 'trace.jsonl');
