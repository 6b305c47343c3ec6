// Spedition (German): the dispatcher looks up the customer's framework contract, then hands off to
// the booking agent through a handoff whose input filter strips tool items from the history.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const vertragAbfragen = tool({
  name: 'rahmenvertrag_abfragen', description: 'Liest den Rahmenvertrag eines Kunden (Konditionen, Obergrenzen).',
  parameters: z.object({ kundennummer: z.string() }),
  execute: async ({ kundennummer }) => JSON.stringify({
    kundennummer, vertrag: 'RV-2025/0418', kunde: 'Hofmann Feinkost GmbH',
    max_frachtkosten_eur: 480, kuehlkette: '2-8 °C', zustellfenster: '06:00-10:00', gueltig_bis: '2026-12-31' }),
});
const angeboteSuchen = tool({
  name: 'frachtangebote_suchen', description: 'Sucht Frachtangebote für eine Relation.',
  parameters: z.object({ von_plz: z.string(), nach_plz: z.string(), paletten: z.number().int(), kuehlung: z.boolean() }),
  execute: async () => JSON.stringify({ angebote: [
    { angebot_id: 'ANG-77120', spediteur: 'Kraus Kühllogistik', preis_eur: 455.0, kuehlung: '2-8 °C', abholung: '2026-03-11 16:00' },
    { angebot_id: 'ANG-77131', spediteur: 'Nordfracht Express', preis_eur: 615.0, kuehlung: '2-8 °C', abholung: '2026-03-11 14:00', zustellung_bis: '07:30' },
  ] }),
});
const transportBuchen = tool({
  name: 'transport_buchen', description: 'Bucht ein Frachtangebot verbindlich.',
  parameters: z.object({ angebot_id: z.string(), kundennummer: z.string(), referenz: z.string() }),
  execute: async ({ angebot_id }) => JSON.stringify({ buchung: 'BU-2026-031144', angebot_id, status: 'bestätigt', preis_eur: 615.0 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'rahmenvertrag_abfragen', args: { kundennummer: 'K-30917' } }] },
  { content: 'Rahmenvertrag RV-2025/0418 gefunden, ich übergebe an die Buchung.', tool_calls: [{ name: 'transfer_to_Buchung', args: {} }] },
  { tool_calls: [{ name: 'frachtangebote_suchen', args: { von_plz: '86150', nach_plz: '20457', paletten: 6, kuehlung: true } }] },
  { tool_calls: [{ name: 'transport_buchen', args: { angebot_id: 'ANG-77131', kundennummer: 'K-30917', referenz: 'LS-88412' } }] },
  { content: 'Gebucht: Nordfracht Express (ANG-77131), Abholung 11.03. 14:00 in Augsburg, Zustellung bis 07:30 in Hamburg, gekühlt 2-8 °C. Preis 615,00 €. Buchungsnummer BU-2026-031144.' },
], { seed: 'spedition-ua6' });

const buchung = new Agent({
  name: 'Buchung', model: m, tools: [angeboteSuchen, transportBuchen],
  instructions: 'Du buchst Transporte. Wähle das Angebot, das die Vertragskonditionen des Kunden erfüllt, und buche es.',
});
const disponent = new Agent({
  name: 'Disposition', model: m, tools: [vertragAbfragen],
  instructions: 'Du nimmst Transportaufträge an. Prüfe zuerst den Rahmenvertrag des Kunden, dann übergib an die Buchung.',
  handoffs: [handoff(buchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'dispo-2026-03-11-0042', workflowName: 'Disposition Kühltransporte', traceMetadata: { user: 'K-30917' } });
await runner.run(disponent, 'Kundennummer K-30917: 6 Paletten gekühlte Ware von 86150 Augsburg nach 20457 Hamburg, Abholung morgen Nachmittag, Lieferschein LS-88412. Bitte buchen.');
writeTrace(here, 'trace.jsonl');
