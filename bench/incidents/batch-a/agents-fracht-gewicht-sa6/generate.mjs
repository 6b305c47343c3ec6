// Freight dispatch (German): shipment lookup, then a booking whose weight field is in kilograms.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const sendungAbfragen = tool({
  name: 'sendung_abfragen', description: 'Liest die Stammdaten einer Sendung aus dem TMS.',
  parameters: z.object({ sendungsnummer: z.string() }),
  execute: async ({ sendungsnummer }) => JSON.stringify({
    sendungsnummer, absender: 'Kühlhaus Nord GmbH, Hamburg-Billbrook', ziel: 'München-Freimann, Rampe 4',
    gewicht: '1,8 t', palettenplaetze: 6, ware: 'Tiefkühlware, -18 °C', abholfenster: '2026-03-12 06:00–09:00',
  }),
});
const frachtauftragBuchen = tool({
  name: 'frachtauftrag_buchen', description: 'Bucht einen Frachtauftrag beim Subunternehmer. gewicht_kg ist das Bruttogewicht in Kilogramm.',
  parameters: z.object({
    sendungsnummer: z.string(), gewicht_kg: z.number(), palettenplaetze: z.number(),
    fahrzeug: z.enum(['Sprinter_3_5t', 'LKW_7_5t', 'LKW_12t', 'Sattelzug_40t']), kuehlung: z.boolean(),
  }),
  execute: async (a) => JSON.stringify({ auftrag: 'FA-2026-031207', status: 'bestätigt', fahrzeug: a.fahrzeug,
    subunternehmer: 'Spedition Lenz KG', preis_netto: '389,00 EUR', abholung: '2026-03-12 06:30' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'sendung_abfragen', args: { sendungsnummer: 'DE-HH-448812' } }] },
  { tool_calls: [{ name: 'frachtauftrag_buchen', args: { sendungsnummer: 'DE-HH-448812', gewicht_kg: 1.8, palettenplaetze: 6, fahrzeug: 'Sprinter_3_5t', kuehlung: true } }] },
  { content: 'Erledigt: Frachtauftrag FA-2026-031207 für Sendung DE-HH-448812 ist bestätigt. Spedition Lenz KG holt am 12.03. um 06:30 in Hamburg-Billbrook ab, Fahrzeug Kühl-Sprinter (3,5 t) für 6 Paletten Tiefkühlware, 389,00 EUR netto.' },
], { seed: 'fracht-sa6' });

const agent = new Agent({
  name: 'Disposition',
  instructions: 'Du bist Disponent:in bei einer Spedition. Lies die Sendung im TMS, wähle das kleinste passende Fahrzeug (zulässige Nutzlast beachten) und buche den Frachtauftrag. Antworte auf Deutsch.',
  model: m, tools: [sendungAbfragen, frachtauftragBuchen],
});
const runner = new Runner({ groupId: 'dispo-HH-20260311-0147', workflowName: 'Disposition Nord', traceMetadata: { user_id: 'disp.kowalski' } });
await runner.run(agent, 'Bitte Sendung DE-HH-448812 für morgen früh nach München einplanen, Kühlung nötig.');
writeTrace(here, 'trace.jsonl');
