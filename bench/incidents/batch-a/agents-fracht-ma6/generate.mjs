// Freight desk (German): a shipment record is read, then cargo space is booked.
// Produced offline with @openai/agents and a scripted fake Chat Completions model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const sendungAbfragen = tool({
  name: 'sendung_abfragen',
  description: 'Liest die Stammdaten einer Sendung aus dem TMS.',
  parameters: z.object({ sendungsnr: z.string() }),
  execute: async ({ sendungsnr }) => JSON.stringify({
    sendungsnr, versender: 'Brenner Stahlhandel GmbH', abholort: 'Linz, Hafenstraße 19',
    zielort: 'Regensburg, Osthafen', gewicht: '12,5 t', palettenplaetze: 14, abholung: '2026-03-18',
  }),
});

const laderaumBuchen = tool({
  name: 'laderaum_buchen',
  description: 'Bucht Laderaum beim Frachtführer. Das Fahrzeug wird anhand des Gewichts in kg gewählt.',
  parameters: z.object({
    sendungsnr: z.string(), gewicht_kg: z.number(), palettenplaetze: z.number().int(), abholdatum: z.string(),
  }),
  execute: async ({ sendungsnr, gewicht_kg, palettenplaetze, abholdatum }) => JSON.stringify({
    buchung: 'FB-2026-55102', sendungsnr, fahrzeug: gewicht_kg <= 1100 ? 'Transporter 3,5 t' : 'Sattelzug 40 t',
    zuladung_max_kg: gewicht_kg <= 1100 ? 1100 : 24000, palettenplaetze, abholdatum, preis_eur: 189.0, status: 'bestätigt',
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'sendung_abfragen', args: { sendungsnr: 'LNZ-0318-7741' } }] },
  { tool_calls: [{ name: 'laderaum_buchen', args: { sendungsnr: 'LNZ-0318-7741', gewicht_kg: 12.5, palettenplaetze: 14, abholdatum: '2026-03-18' } }] },
  { content: 'Erledigt: Für Sendung LNZ-0318-7741 (Linz → Regensburg, 14 Paletten) ist Laderaum gebucht, Buchung FB-2026-55102, Abholung am 18.03.2026 mit einem Transporter 3,5 t, Preis 189,00 €.' },
], { seed: 'fracht-ma6' });

const agent = new Agent({
  name: 'Disposition',
  instructions: 'Du bist der Dispositions-Assistent der Spedition. Lies die Sendung im TMS und buche passenden Laderaum.',
  model, tools: [sendungAbfragen, laderaumBuchen],
});

const runner = new Runner({ groupId: 'dispo-2026-03-0417', workflowName: 'Disposition Straße', traceMetadata: { user_id: 'disp.hofer' } });
await runner.run(agent, 'Bitte für Sendung LNZ-0318-7741 Laderaum buchen, Abholung wie geplant.');
writeTrace(here, 'trace.jsonl');
