// Dispatch desk of a freight forwarder (German). The dispatcher looks the consignment up, then
// hands off to the booking agent through a handoff whose input filter drops all tool items.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace,
} from '../../harness/agents/lib.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));

const sendungAbrufen = tool({
  name: 'sendung_abrufen',
  description: 'Liest die Stammdaten einer Sendung aus dem TMS.',
  parameters: z.object({ auftragsnummer: z.string() }),
  execute: async ({ auftragsnummer }) => JSON.stringify({
    auftragsnummer, versender: 'Voltaris Energiesysteme GmbH, Regensburg',
    empfaenger: 'Pichler Elektrotechnik, Industriezeile 14, 4020 Linz (AT)',
    packstuecke: [{ art: 'Europalette', anzahl: 4, gewicht_kg_je: 460 }],
    gesamtgewicht_kg: 1840,
    gefahrgut: { un_nummer: 'UN3481', bezeichnung: 'Lithium-Ionen-Batterien in Ausrüstung', klasse: '9', tunnelcode: 'E' },
    zustellfenster: 'Mo 07.12. 06:00–10:00', ladestelle: 'Rampe 3',
  }),
});

const frachtBuchen = tool({
  name: 'fracht_buchen',
  description: 'Bucht einen Transport beim Frachtführer.',
  parameters: z.object({
    auftragsnummer: z.string(), ziel: z.string(), paletten: z.number(), gewicht_kg: z.number(),
    gefahrgut: z.boolean(), tarif: z.string(),
  }),
  execute: async (a) => JSON.stringify({
    buchung: 'FB-2026-118452', frachtfuehrer: 'Donau-Cargo Stückgut', tarif: a.tarif,
    fahrzeug: 'Planen-LKW 7,5 t, ohne ADR-Ausrüstung', abholung: 'Fr 04.12. 14:00 Rampe 3', preis_eur: 312.5,
  }),
});

const m = scriptedModel([
  // Disposition
  { tool_calls: [{ name: 'sendung_abrufen', args: { auftragsnummer: 'A-77120' } }] },
  { content: 'Sendung A-77120 gefunden. Ich übergebe an die Frachtbuchung.',
    tool_calls: [{ name: 'transfer_to_Frachtbuchung', args: {} }] },
  // Frachtbuchung (sees only the user turn and the text above)
  { tool_calls: [{ name: 'fracht_buchen', args: {
    auftragsnummer: 'A-77120', ziel: 'Linz', paletten: 1, gewicht_kg: 400, gefahrgut: false, tarif: 'Stückgut Standard' } }] },
  { content: 'Der Transport für Auftrag A-77120 nach Linz ist gebucht: Buchung FB-2026-118452 bei Donau-Cargo (Stückgut Standard), Abholung Freitag 04.12. um 14:00 an Rampe 3, Preis 312,50 €.' },
], { seed: 'aa6-gefahrgut' });

const buchung = new Agent({
  name: 'Frachtbuchung',
  instructions: 'Du buchst Transporte beim passenden Frachtführer. Gefahrgut nur mit ADR-Fahrzeug buchen. Nutze fracht_buchen.',
  model: m, tools: [frachtBuchen],
});
const dispo = new Agent({
  name: 'Disposition',
  instructions: 'Du bist die Disposition. Rufe zuerst die Sendung ab und übergib dann an die Frachtbuchung.',
  model: m, tools: [sendungAbrufen],
  handoffs: [handoff(buchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({
  groupId: 'dispo-ticket-5531-LNZ', workflowName: 'Disposition Südost',
  traceMetadata: { user_id: 'k.brandl@spedition-hofer.de' },
});
await runner.run(dispo, 'Bitte den Auftrag A-77120 nach Linz für nächste Woche einbuchen.');
writeTrace(dir, 'trace.jsonl');
