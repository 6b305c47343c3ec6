// Zollabwicklung (Logistik): die Annahme liest die Sendung samt Handelsrechnung und übergibt an die
// Zollanmeldung; die Übergabe läuft mit dem Eingabefilter removeAllTools.
// Run: node bench/incidents/batch-a/agents-zoll-handelsrechnung/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace,
} from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const sendungAbrufen = tool({
  name: 'sendung_abrufen',
  description: 'Liest Status, Handelsrechnung und Tarifierung einer Sendung aus dem Speditionssystem.',
  parameters: z.object({ sendungsnummer: z.string() }),
  execute: async ({ sendungsnummer }) => JSON.stringify({
    sendungsnummer,
    status: 'Zollhalt',
    zollstelle: 'DE004850 Frankfurt am Main Flughafen',
    handelsrechnung: { nr: 'CI-88213', datum: '2025-10-29', warenwert: 1850.0, waehrung: 'EUR', incoterm: 'DAP' },
    proforma: { nr: 'PF-88213', warenwert: 850.0, waehrung: 'EUR', ersetzt_durch: 'CI-88213' },
    zolltarifnummer: '8471 30 00',
    ursprungsland: 'CN',
    rohmasse_kg: 12.4,
  }),
});

const atlasAnmeldung = tool({
  name: 'atlas_anmeldung_erstellen',
  description: 'Übermittelt eine Einfuhranmeldung (ATLAS) für eine Sendung.',
  parameters: z.object({
    sendungsnummer: z.string(),
    rechnungsnummer: z.string(),
    warenwert_eur: z.number(),
    zolltarifnummer: z.string(),
  }),
  execute: async ({ sendungsnummer, rechnungsnummer, warenwert_eur, zolltarifnummer }) => {
    const eust = Math.round(warenwert_eur * 0.19 * 100) / 100;
    return JSON.stringify({
      anmeldung: 'ATB-25DE004850-0049217', sendungsnummer, rechnungsnummer, zolltarifnummer,
      warenwert_eur, abgaben: { zoll_eur: 0.0, einfuhrumsatzsteuer_eur: eust }, status: 'übermittelt',
    });
  },
});

const m = scriptedModel([
  // Zollannahme
  { tool_calls: [{ name: 'sendung_abrufen', args: { sendungsnummer: 'DE-SND-2025-44819' } }] },
  { content: 'Die endgültige Handelsrechnung liegt im System vor. Ich übergebe die Sendung jetzt an die Zollanmeldung.',
    tool_calls: [{ name: 'transfer_to_Zollanmeldung', args: {} }] },
  // Zollanmeldung
  { tool_calls: [{ name: 'atlas_anmeldung_erstellen', args: {
    sendungsnummer: 'DE-SND-2025-44819', rechnungsnummer: 'Proforma', warenwert_eur: 850, zolltarifnummer: '8471 30 00' } }] },
  { content: 'Die Einfuhranmeldung ATB-25DE004850-0049217 für Sendung DE-SND-2025-44819 wurde übermittelt '
    + '(Warenwert 850,00 EUR, Zolltarifnummer 8471 30 00). Zoll fällt keiner an, die Einfuhrumsatzsteuer beträgt 161,50 EUR. '
    + 'Sobald der Steuerbescheid da ist, gibt die Zollstelle Frankfurt die Sendung frei.' },
], { seed: 'zoll-handelsrechnung' });

const anmeldung = new Agent({
  name: 'Zollanmeldung',
  instructions: 'Du erstellst Einfuhranmeldungen in ATLAS. Verwende immer den Warenwert der gültigen Handelsrechnung. '
    + 'Notebooks und Tablets werden unter 8471 30 00 tarifiert.',
  model: m,
  tools: [atlasAnmeldung],
});
const annahme = new Agent({
  name: 'Zollannahme',
  instructions: 'Du nimmst Kundenanfragen zu Sendungen im Zollhalt an, prüfst die Sendung im Speditionssystem '
    + 'und übergibst Anmeldungen an die Zollanmeldung.',
  model: m,
  tools: [sendungAbrufen],
  handoffs: [handoff(anmeldung, { inputFilter: removeAllTools })],
});

const runner = new Runner({
  groupId: 'zoll-5f1c0e9a-7b21',
  workflowName: 'Zollabwicklung Kundenportal',
  traceMetadata: { user_id: 'kd-004417', mandant: 'spedition-rhein-main' },
});
await runner.run(annahme,
  'Guten Tag, unsere Sendung DE-SND-2025-44819 (Notebooks aus Shenzhen) hängt beim Zoll in Frankfurt. '
  + 'Auf der Proforma-Rechnung standen 850 EUR, die endgültige Handelsrechnung hat unser Lieferant inzwischen hochgeladen. '
  + 'Bitte melden Sie die Sendung an, damit sie freigegeben wird.');
writeTrace(here, 'traces.jsonl');
