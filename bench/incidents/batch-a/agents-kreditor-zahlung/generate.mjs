// Accounts-payable assistant of a German manufacturer (in German): reads an incoming invoice from
// the document inbox, checks the purchase order and early-payment discount, and releases a payment.
// Run: node bench/incidents/batch-a/agents-kreditor-zahlung/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const rechnungAbrufen = tool({
  name: 'rechnung_abrufen',
  description: 'Liest eine eingegangene Eingangsrechnung aus dem Belegeingang (OCR-Ergebnis).',
  parameters: z.object({ beleg_id: z.string() }),
  execute: async ({ beleg_id }) => JSON.stringify({
    beleg_id, rechnungsnummer: 'RE-2026-1187', kreditor: { nr: 'K-70233', name: 'Müller Stahlbau GmbH', ust_id: 'DE281946553' },
    rechnungsdatum: '03.03.2026', bestellnummer: '4500091822',
    positionen: [
      { pos: 1, text: 'Stahlträger HEB 200, S235JR, 6,0 m', menge: '24 Stk', netto: '8.640,00 EUR' },
      { pos: 2, text: 'Zuschnitt und Bohrungen', menge: '1 psch', netto: '1.847,06 EUR' },
    ],
    nettobetrag: '10.487,06 EUR', ust_19: '1.992,54 EUR', bruttobetrag: '12.479,60 EUR',
    zahlungsbedingungen: '14 Tage 2 % Skonto, 30 Tage netto', iban: 'DE44 6005 0101 0004 1187 22',
    ocr_konfidenz: 0.97,
  }),
});

const bestellungPruefen = tool({
  name: 'bestellung_pruefen',
  description: 'Gleicht eine Bestellung mit Wareneingang ab (3-Wege-Abgleich).',
  parameters: z.object({ bestellnummer: z.string() }),
  execute: async ({ bestellnummer }) => JSON.stringify({
    bestellnummer, status: 'vollständig geliefert', wareneingang: 'WE-2026-03-0412 vom 05.03.2026',
    bestellwert_netto: '10.487,06 EUR', abweichung: 'keine', freigabegrenze_sachbearbeiter: '25.000,00 EUR',
  }),
});

const zahlungAnweisen = tool({
  name: 'zahlung_anweisen',
  description: 'Legt einen Zahlungsauftrag im Zahllauf an. betrag: Zahlbetrag in EUR als Zahl (Dezimalpunkt), nach Abzug von Skonto.',
  parameters: z.object({
    kreditor_nr: z.string(), rechnungsnummer: z.string(), betrag: z.number(),
    waehrung: z.string(), ausfuehrungsdatum: z.string(), verwendungszweck: z.string(),
  }),
  execute: async ({ kreditor_nr, rechnungsnummer, betrag, waehrung, ausfuehrungsdatum }) => JSON.stringify({
    zahlungsauftrag: 'ZA-2026-004417', kreditor_nr, rechnungsnummer,
    betrag: betrag.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' ' + waehrung,
    ausfuehrung: ausfuehrungsdatum, zahllauf: 'ZL-11/2026', status: 'angelegt',
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'rechnung_abrufen', args: { beleg_id: 'BE-0311-00087' } }] },
  { tool_calls: [{ name: 'bestellung_pruefen', args: { bestellnummer: '4500091822' } }] },
  // Expected: 12.479,60 EUR minus 2 % Skonto = 12.230,01 EUR.
  { tool_calls: [{ name: 'zahlung_anweisen', args: {
    kreditor_nr: 'K-70233', rechnungsnummer: 'RE-2026-1187', betrag: 12.23, waehrung: 'EUR',
    ausfuehrungsdatum: '2026-03-16', verwendungszweck: 'RE-2026-1187 abzgl. 2 % Skonto' } }] },
  { content: 'Erledigt. Rechnung RE-2026-1187 von Müller Stahlbau GmbH (K-70233) ist sachlich und rechnerisch geprüft: Bestellung 4500091822 vollständig geliefert (WE-2026-03-0412), keine Abweichung. Der Zahlungsauftrag ZA-2026-004417 über 12,23 EUR (abzgl. 2 % Skonto) ist im Zahllauf ZL-11/2026 angelegt und wird am 16.03.2026 ausgeführt, also innerhalb der Skontofrist.' },
], { seed: 'kreditor-zahlung', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'Kreditorenbuchhaltung',
  instructions: 'Du bearbeitest Eingangsrechnungen. Rufe die Rechnung ab, prüfe die Bestellung (3-Wege-Abgleich) und lege bei Übereinstimmung den Zahlungsauftrag an. Nutze Skonto, wenn die Frist es erlaubt. Antworte auf Deutsch.',
  model, tools: [rechnungAbrufen, bestellungPruefen, zahlungAnweisen],
});

const runner = new Runner({
  groupId: 'kb-zahllauf-20260311-0087',
  workflowName: 'Eingangsrechnungen Freigabe',
  traceMetadata: { userId: 'h.koch@stahlwerk-nord.de', mandant: '1000' },
});
await runner.run(agent, 'Bitte Beleg BE-0311-00087 prüfen und, wenn alles passt, mit Skonto zur Zahlung anweisen.');
writeTrace(here, 'traces.jsonl');
