// Disposition (Spedition, Göttingen): ein Kunde möchte eine Sendung für morgen früh verladen lassen.
// Die Disposition liest Sendung und Rahmenvertrag und übergibt an die Frachtbuchung; die Übergabe
// läuft mit dem Standard-Eingangsfilter removeAllTools. Offline: Modellantworten kommen aus einem Skript.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const sendungAbfragen = tool({
  name: 'sendung_abfragen',
  description: 'Liest Stammdaten einer Sendung aus dem TMS (Paletten, Gewicht, Lademeter, Empfänger).',
  parameters: z.object({ sendungsnr: z.string() }),
  execute: async ({ sendungsnr }) => JSON.stringify({
    sendungsnr, auftraggeber: 'KD-884120 Holzwerk Seidel KG', abholort: 'Lager Göttingen-Grone, Tor 4',
    empfaenger: 'Baumarkt Riedel GmbH, Leipziger Str. 212, 34123 Kassel',
    paletten: 6, palettentyp: 'EUR', brutto_kg: 3870, lademeter: 2.4, stapelbar: false, gefahrgut: false,
  }),
});

const kundenvertragLesen = tool({
  name: 'kundenvertrag_lesen',
  description: 'Liest die Lieferbedingungen aus dem Rahmenvertrag des Auftraggebers für einen Empfänger.',
  parameters: z.object({ kundennr: z.string(), empfaenger_plz: z.string() }),
  execute: async ({ kundennr, empfaenger_plz }) => JSON.stringify({
    kundennr, vertrag: 'RV-2024-117', empfaenger_plz, gueltig_bis: '2026-03-31',
    anlieferfenster: '06:00-09:00', hebebuehne: 'erforderlich', avis: 'telefonisch 24 h vorher',
    frachtkosten_max_eur: 480.0, bemerkung: 'Empfänger hat keine Laderampe; Entladung nur ebenerdig am Hof.',
  }),
});

const frachtangeboteSuchen = tool({
  name: 'frachtangebote_suchen',
  description: 'Fragt Laderaum bei Partnerspeditionen für eine Sendung an.',
  parameters: z.object({ sendungsnr: z.string(), abholdatum: z.string(), zustellung: z.string() }),
  execute: async ({ sendungsnr, abholdatum }) => JSON.stringify({
    sendungsnr, abholdatum, angebote: [
      { angebot: 'FA-7731-01', spedition: 'Kreuzer Logistik', fahrzeug: 'Sattelzug Plane 13,6 m', hebebuehne: false,
        abholung: '05:30', zustellung: '10:00-14:00', preis_eur: 395.0 },
      { angebot: 'FA-7731-02', spedition: 'Hessen-Cargo', fahrzeug: 'Motorwagen 7,5 m', hebebuehne: true,
        abholung: '04:45', zustellung: '06:30-08:30', preis_eur: 455.0 },
      { angebot: 'FA-7731-03', spedition: 'Nordhessen Express', fahrzeug: 'Gliederzug', hebebuehne: true,
        abholung: '07:00', zustellung: '11:00-15:00', preis_eur: 438.0 },
    ],
  }),
});

const lkwBuchen = tool({
  name: 'lkw_buchen',
  description: 'Bucht ein Frachtangebot verbindlich für eine Sendung.',
  parameters: z.object({ sendungsnr: z.string(), angebot: z.string(), avis_text: z.string() }),
  execute: async ({ sendungsnr, angebot }) => JSON.stringify({
    buchung: 'BU-25-0193384', sendungsnr, angebot, status: 'bestätigt', spedition: 'Kreuzer Logistik',
    abholung: '2025-11-19T05:30', zustellung: '2025-11-19 10:00-14:00', preis_eur: 395.0, storno_kostenfrei_bis: '2025-11-18T16:00',
  }),
});

const m = scriptedModel([
  // Disposition
  { tool_calls: [{ name: 'sendung_abfragen', args: { sendungsnr: 'SND-44817' } }] },
  { tool_calls: [{ name: 'kundenvertrag_lesen', args: { kundennr: 'KD-884120', empfaenger_plz: '34123' } }] },
  { content: 'Sendung und Vertrag sind geprüft, ich gebe an die Frachtbuchung weiter.',
    tool_calls: [{ name: 'transfer_to_Frachtbuchung', args: {} }] },
  // Frachtbuchung
  { tool_calls: [{ name: 'frachtangebote_suchen', args: { sendungsnr: 'SND-44817', abholdatum: '2025-11-19', zustellung: 'Kassel, 19.11.' } }] },
  { tool_calls: [{ name: 'lkw_buchen', args: { sendungsnr: 'SND-44817', angebot: 'FA-7731-01', avis_text: 'Anlieferung 19.11. zwischen 10 und 14 Uhr, 6 EUR-Paletten' } }] },
  { content: 'Erledigt: Die Sendung SND-44817 ist bei Kreuzer Logistik gebucht (Buchung BU-25-0193384). Abholung morgen, 19.11., um 05:30 in Göttingen-Grone, Zustellung bei Baumarkt Riedel in Kassel zwischen 10:00 und 14:00 Uhr. Frachtkosten 395,00 EUR, kostenfrei stornierbar bis heute 16:00 Uhr.' },
], { seed: 'frachtbuchung-za3' });

const frachtbuchung = new Agent({
  name: 'Frachtbuchung',
  instructions: 'Du buchst Laderaum bei Partnerspeditionen. Hole Angebote ein, wähle das wirtschaftlichste passende Angebot und buche es.',
  model: m, tools: [frachtangeboteSuchen, lkwBuchen],
});
const disposition = new Agent({
  name: 'Disposition',
  instructions: 'Du bist die Disposition. Prüfe Sendungsdaten und die Lieferbedingungen aus dem Rahmenvertrag, dann übergib an die Frachtbuchung.',
  model: m, tools: [sendungAbfragen, kundenvertragLesen],
  handoffs: [handoff(frachtbuchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'dispo-20251118-0437', workflowName: 'Disposition Nordhessen', traceMetadata: { user: 'KD-884120' } });
const res = await runner.run(disposition, 'Guten Morgen, die Sendung SND-44817 an Baumarkt Riedel in Kassel muss morgen früh raus. Bitte einen LKW buchen.');
console.log(res.finalOutput);
writeTrace(here, 'trace.jsonl');
