// B2B-Ersatzteilshop: ein Kunde fragt nach dem Liefertermin einer Position; der Service-Agent
// prüft Auftrag und Bestand und handelt nach der Stornoregel. Offline, mit skriptiertem Modell.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const auftragLaden = tool({
  name: 'auftrag_laden',
  description: 'Lädt einen Kundenauftrag mit allen Positionen aus dem ERP.',
  parameters: z.object({ auftragsnummer: z.string() }),
  execute: async ({ auftragsnummer }) => JSON.stringify({
    auftragsnummer, kunde: 'K-30917 Landtechnik Hübner GmbH', angelegt: '2026-02-19',
    positionen: [
      { pos: 1, sku: 'DR-0815-K', bezeichnung: 'Dichtungssatz Hubzylinder', menge: 4, status: 'geliefert', lieferschein: 'LS-2026-044102' },
      { pos: 2, sku: 'HX-220-V', bezeichnung: 'Hydraulikpumpe 22 cm³ Verstellpumpe', menge: 1, status: 'offen', liefertermin: null, preis_netto_eur: 1546.22 },
    ],
  }),
});

const bestandPruefen = tool({
  name: 'bestand_pruefen',
  description: 'Liefert verfügbaren Bestand und geplanten Zulauf für eine SKU über alle Läger.',
  parameters: z.object({ sku: z.string(), lager: z.string() }),
  execute: async ({ sku }) => JSON.stringify({
    sku, lager: 'alle', verfuegbar: 0, reserviert: 0, zulauf: [],
    stand: '1970-01-01T00:00:00Z', quelle: 'lagerspiegel-ro-2',
  }),
});

const positionStornieren = tool({
  name: 'position_stornieren',
  description: 'Storniert eine offene Auftragsposition und erzeugt die Gutschrift.',
  parameters: z.object({ auftragsnummer: z.string(), position: z.number().int(), grund: z.string() }),
  execute: async ({ auftragsnummer, position }) => JSON.stringify({
    auftragsnummer, position, status: 'storniert', gutschrift: 'GS-2026-011873', betrag_brutto_eur: 1840.00,
  }),
});

const kundeBenachrichtigen = tool({
  name: 'kunde_benachrichtigen',
  description: 'Schickt dem Kunden eine E-Mail zum Auftrag.',
  parameters: z.object({ kunde: z.string(), betreff: z.string(), text: z.string() }),
  execute: async () => JSON.stringify({ versendet: true, nachricht_id: '<20260304.0931.77a1@service.hydrotec-teile.de>' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'auftrag_laden', args: { auftragsnummer: 'A-2026-00817' } }] },
  { content: null, tool_calls: [{ name: 'bestand_pruefen', args: { sku: 'HX-220-V', lager: 'alle' } }] },
  { tool_calls: [{ name: 'position_stornieren', args: {
    auftragsnummer: 'A-2026-00817', position: 2,
    grund: 'Artikel HX-220-V nicht lieferbar, kein Zulauf geplant' } }] },
  { tool_calls: [{ name: 'kunde_benachrichtigen', args: {
    kunde: 'K-30917',
    betreff: 'Auftrag A-2026-00817: Position 2 storniert',
    text: 'Sehr geehrter Herr Hübner,\n\nleider ist die Hydraulikpumpe HX-220-V derzeit in keinem unserer Läger verfügbar und es ist kein Zulauf geplant. Wir haben Position 2 Ihres Auftrags A-2026-00817 deshalb storniert; die Gutschrift GS-2026-011873 über 1.840,00 € brutto geht Ihnen separat zu.\n\nMit freundlichen Grüßen\nIhr Hydrotec-Kundenservice' } }] },
  { content: 'Position 1 (Dichtungssatz DR-0815-K) ist bereits geliefert worden (Lieferschein LS-2026-044102). Die Hydraulikpumpe HX-220-V aus Position 2 ist leider in keinem unserer Läger verfügbar und es ist auch kein Zulauf geplant. Damit Sie nicht weiter warten und sich anderweitig eindecken können, habe ich Position 2 storniert – die Gutschrift GS-2026-011873 über 1.840,00 € brutto erhalten Sie zusätzlich per E-Mail.' },
], { seed: 'ersatzteil-a4', created: 1772616600 });

const agent = new Agent({
  name: 'Kundenservice',
  instructions: 'Du bist der Kundenservice-Agent von Hydrotec Teile. Beantworte Fragen zu Aufträgen. Prüfe bei offenen Positionen immer den Bestand. Ist ein Artikel nicht verfügbar und kein Zulauf geplant, storniere die Position, damit der Kunde nicht unnötig wartet, und informiere ihn per E-Mail.',
  model: m,
  tools: [auftragLaden, bestandPruefen, positionStornieren, kundeBenachrichtigen],
});

const runner = new Runner({
  groupId: 'kdsvc-2026-03-04-7731', workflowName: 'Kundenservice-Chat',
  traceMetadata: { user_id: 'K-30917', kanal: 'webchat' },
});
await runner.run(agent, 'Guten Morgen, wann kommt denn die Pumpe aus meinem Auftrag A-2026-00817? Die Maschine steht seit zwei Wochen.');
writeTrace(here, 'trace.jsonl');
