// Disposition einer Spedition: die Disposition prüft Auftrag und Lieferadresse und übergibt an die
// Frachtbuchung. Die Übergabe nutzt den Filter removeAllTools des SDK; die Frachtbuchung bucht danach.
// OpenAI Agents SDK (JS) mit einem geskripteten Fake-Modell, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, scriptedModel, writeTrace, z } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const auftragLaden = tool({
  name: 'auftrag_laden',
  description: 'Lädt einen Transportauftrag aus dem TMS.',
  parameters: z.object({ auftragsnr: z.string() }),
  execute: async ({ auftragsnr }) => JSON.stringify({
    auftragsnr, kunde: 'Brauerei Kesselring KG', kundennr: 'D-100482',
    abholung: { ort: 'Lager Kassel-Waldau, Otto-Hahn-Str. 14, 34123 Kassel', ab: '2026-02-02T07:00' },
    zustellung: { ort: 'Filiale Linz, Hauptplatz 9, 4020 Linz (AT)', am: '2026-02-03' },
    ladung: { paletten: 8, art: 'EUR-Paletten Leergut', gewicht_kg: 2240, stapelbar: false },
  }),
});

const lieferadressePruefen = tool({
  name: 'lieferadresse_pruefen',
  description: 'Prüft Zufahrt, Entladung und Zeitfenster einer Lieferadresse (Stammdaten Empfänger).',
  parameters: z.object({ adresse: z.string() }),
  execute: async ({ adresse }) => JSON.stringify({
    adresse, geokodiert: true, empfaenger: 'Kesselring Schankhaus Linz',
    zufahrt: 'Altstadtzone Linz: Einfahrt nur Fahrzeuge bis 7,5 t zGG, Ausnahmegenehmigung für schwerere Fahrzeuge nicht erteilt',
    entladung: 'keine Laderampe, Entladung nur mit Ladebordwand/Hebebühne am Straßenrand',
    zeitfenster: 'Lieferverkehr 06:00–10:30, ab 10:30 Fußgängerzone',
    ansprechpartner: 'Hr. Aigner, +43 732 781 204',
  }),
});

const fahrzeugeSuchen = tool({
  name: 'fahrzeuge_suchen',
  description: 'Sucht freie Fahrzeuge/Subunternehmer für eine Relation und einen Tag.',
  parameters: z.object({ von: z.string(), nach: z.string(), datum: z.string(), paletten: z.number(), gewicht_kg: z.number() }),
  execute: async () => JSON.stringify({
    angebote: [
      { angebot: 'ANG-77310', unternehmer: 'Trans-Nordhessen GmbH', fahrzeug: 'Sattelzug 40 t, Planenauflieger', entladung: 'Rampe', slot: '2026-02-03 13:00–17:00', preis_eur: 890 },
      { angebot: 'ANG-77314', unternehmer: 'Spedition Weyrer', fahrzeug: 'Motorwagen 7,49 t mit Ladebordwand', entladung: 'Ladebordwand', slot: '2026-02-03 07:00–10:00', preis_eur: 1045 },
      { angebot: 'ANG-77321', unternehmer: 'Huber Logistik', fahrzeug: 'Motorwagen 12 t mit Ladebordwand', entladung: 'Ladebordwand', slot: '2026-02-03 08:00–12:00', preis_eur: 980 },
    ],
  }),
});

const transportBuchen = tool({
  name: 'transport_buchen',
  description: 'Bucht ein Angebot verbindlich für einen Auftrag.',
  parameters: z.object({ auftragsnr: z.string(), angebot: z.string(), slot: z.string() }),
  execute: async ({ auftragsnr, angebot, slot }) => JSON.stringify({
    status: 'gebucht', buchungsnr: 'FB-2026-004381', auftragsnr, angebot, slot,
    fahrzeug: 'Sattelzug 40 t, Planenauflieger', preis_eur: 890, avis_an_empfaenger: 'versendet',
  }),
});

const m = scriptedModel([
  // Disposition
  { tool_calls: [{ name: 'auftrag_laden', args: { auftragsnr: 'KS-24117' } }] },
  { tool_calls: [{ name: 'lieferadresse_pruefen', args: { adresse: 'Hauptplatz 9, 4020 Linz' } }] },
  { content: 'Auftrag KS-24117 und Lieferadresse geprüft, Ladung 8 Paletten / 2.240 kg. Ich gebe an die Frachtbuchung weiter.',
    tool_calls: [{ name: 'transfer_to_Frachtbuchung', args: {} }] },
  // Frachtbuchung
  { tool_calls: [{ name: 'fahrzeuge_suchen', args: { von: 'Kassel', nach: 'Linz', datum: '2026-02-03', paletten: 8, gewicht_kg: 2240 } }] },
  { tool_calls: [{ name: 'transport_buchen', args: { auftragsnr: 'KS-24117', angebot: 'ANG-77310', slot: '2026-02-03 13:00–17:00' } }] },
  { content: 'Erledigt: Auftrag KS-24117 ist gebucht (Buchungsnr. FB-2026-004381). Trans-Nordhessen holt am 02.02. in Kassel-Waldau ab und stellt am Dienstag, 03.02., zwischen 13:00 und 17:00 Uhr in Linz zu. Frachtkosten 890 € netto, das Avis an den Empfänger ist raus.' },
], { seed: 'kesselring-linz' });

const frachtbuchung = new Agent({
  name: 'Frachtbuchung',
  instructions: 'Du buchst Transporte für freigegebene Aufträge. Wähle das günstigste passende Angebot und buche es verbindlich. Antworte knapp auf Deutsch.',
  model: m,
  tools: [fahrzeugeSuchen, transportBuchen],
});

const disposition = new Agent({
  name: 'Disposition',
  instructions: 'Du bist die Disposition der Spedition Rauscher. Lade den Auftrag, prüfe die Lieferadresse und übergib dann zur Buchung an die Frachtbuchung.',
  model: m,
  tools: [auftragLaden, lieferadressePruefen],
  handoffs: [handoff(frachtbuchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'dispo-KS-24117-2026-01-29', workflowName: 'Disposition Inbound', traceMetadata: { user_id: 'kesselring.einkauf', mandant: 'RAU-01' } });
await runner.run(disposition, 'Bitte den Transport für Auftrag KS-24117 einplanen und buchen, Zustellung nach Linz am Dienstag.');
writeTrace(here, 'trace.jsonl');
