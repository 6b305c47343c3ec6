// Cold-chain dispatch desk (German). The dispatcher looks up the customer's framework contract,
// then hands the booking over to the carrier-booking agent through a handoff whose input filter
// drops all tool items. The booking agent books from what it received.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const vertragLesen = tool({
  name: 'rahmenvertrag_lesen', description: 'Liest die Transportauflagen aus dem Rahmenvertrag eines Kunden.',
  parameters: z.object({ kundennummer: z.string() }),
  execute: async ({ kundennummer }) => JSON.stringify({
    kundennummer, kunde: 'Apotheken-Großhandel Nordmark GmbH', vertrag: 'RV-2025-0417',
    auflagen: { temperaturbereich: '+2 bis +8 °C', datenlogger: 'Pflicht', hebebuehne: true, max_standzeit_min: 45 },
    ladestelle: 'Lager Hamburg-Billbrook, Tor 7',
  }),
});
const lkwBuchen = tool({
  name: 'lkw_buchen', description: 'Bucht einen Lkw bei einem Vertragsspediteur.',
  parameters: z.object({
    auftrag: z.string(), paletten: z.number(), fahrzeugtyp: z.enum(['Planen-Sattel', 'Kofferaufbau', 'Kühlkoffer']),
    temperatur: z.string(), hebebuehne: z.boolean(), abholung: z.string(), ziel: z.string(),
  }),
  execute: async (a) => JSON.stringify({ buchung: 'SPD-88213-K', spediteur: 'Elbtrans Logistik KG', ...a, status: 'bestätigt', preis_eur: 612.0 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'rahmenvertrag_lesen', args: { kundennummer: 'K-40917' } }] },
  { content: 'Rahmenvertrag RV-2025-0417 liegt vor, ich übergebe an die Lkw-Disposition.',
    tool_calls: [{ name: 'transfer_to_Lkw_Disposition', args: {} }] },
  { tool_calls: [{ name: 'lkw_buchen', args: {
    auftrag: 'AU-26-00318', paletten: 14, fahrzeugtyp: 'Planen-Sattel', temperatur: 'ungekühlt',
    hebebuehne: false, abholung: '2026-01-13T05:30:00+01:00', ziel: 'Apotheken-Großhandel Nordmark, Lüneburg' } }] },
  { content: 'Gebucht: Elbtrans Logistik KG, Planen-Sattel für 14 Paletten, Abholung Dienstag 05:30 in Hamburg-Billbrook, Buchungsnummer SPD-88213-K, 612,00 €.' },
], { seed: 'kuehlkette-ya1' });

const buchung = new Agent({
  name: 'Lkw_Disposition', model: m, tools: [lkwBuchen],
  instructions: 'Du buchst Lkw für Aufträge. Nutze nur die Angaben aus dem Gespräch.',
});
const disponent = new Agent({
  name: 'Disponent', model: m, tools: [vertragLesen],
  instructions: 'Du nimmst Transportaufträge an. Lies immer zuerst den Rahmenvertrag des Kunden, dann übergib an die Lkw-Disposition.',
  handoffs: [handoff(buchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'dispo-2026-01-12-0917', workflowName: 'Transportdisposition', traceMetadata: { user: 'disp.kraemer' } });
await runner.run(disponent, 'Auftrag AU-26-00318 für Kunde K-40917: 14 Paletten Arzneimittel, Abholung Dienstag 05:30 in Billbrook, Ziel Lüneburg. Bitte Lkw buchen.');
writeTrace(here, 'trace.jsonl');
