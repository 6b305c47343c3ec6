// Kreditorenbuchhaltung: a LangGraph agent reads an incoming invoice from the DMS and stages the
// payment in the bank's payment-run API. Scripted chat model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('ap-zahllauf-agent', { 'deployment.environment': 'prod-fra' });

const rechnungLesen = tool(async ({ beleg_nr }) => JSON.stringify({
  beleg_nr,
  kreditor: 'Hansen Kältetechnik GmbH',
  kreditor_nr: 'K-70412',
  iban: 'DE44 2005 0550 1234 5678 90',
  rechnungsdatum: '14.10.2024',
  faellig_am: '28.10.2024',
  positionen: [
    { text: 'Wartung Kühlzelle 2, Pauschale', netto: '780,00 €' },
    { text: 'Ersatzteil Verdampferlüfter EBM 4E', netto: '257,73 €' },
  ],
  netto_gesamt: '1.037,73 €',
  ust_19: '196,77 €',
  brutto_gesamt: '1.234,50 €',
  skonto: '2 % bei Zahlung bis 21.10.2024',
}), {
  name: 'rechnung_lesen',
  description: 'Liest die erfassten Kopfdaten und Summen einer Eingangsrechnung aus dem DMS.',
  schema: z.object({ beleg_nr: z.string().describe('Belegnummer im DMS, z. B. ER-2024-10-0917') }),
});

const zahlungVormerken = tool(async ({ kreditor_nr, iban, betrag, waehrung, verwendungszweck, ausfuehrung_am }) => JSON.stringify({
  status: 'vorgemerkt',
  zahlung_id: 'ZL-20241018-00342',
  kreditor_nr,
  iban,
  betrag: Number(betrag.toFixed(2)),
  waehrung,
  verwendungszweck,
  ausfuehrung_am,
  zahllauf: 'ZL-2024-42',
  freigabe: 'automatisch (unter 5.000,00 EUR)',
}), {
  name: 'zahlung_vormerken',
  description: 'Merkt eine SEPA-Überweisung für den nächsten Zahllauf vor. Beträge unter 5.000 EUR werden ohne Vier-Augen-Freigabe ausgeführt.',
  schema: z.object({
    kreditor_nr: z.string(),
    iban: z.string(),
    betrag: z.number().describe('Überweisungsbetrag als Zahl mit Dezimalpunkt, z. B. 1500.25'),
    waehrung: z.string().describe('ISO-4217-Code'),
    verwendungszweck: z.string(),
    ausfuehrung_am: z.string().describe('Datum YYYY-MM-DD'),
  }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'rechnung_lesen', args: { beleg_nr: 'ER-2024-10-0917' } }] },
  { content: 'Rechnung gelesen, ich merke die Zahlung mit Skonto-Frist vor.',
    tool_calls: [{ name: 'zahlung_vormerken', args: {
      kreditor_nr: 'K-70412', iban: 'DE44200505501234567890', betrag: 1.2345, waehrung: 'EUR',
      verwendungszweck: 'RE ER-2024-10-0917 Hansen Kältetechnik Wartung Kühlzelle 2', ausfuehrung_am: '2024-10-21' } }] },
  { content: 'Erledigt: Die Rechnung ER-2024-10-0917 von Hansen Kältetechnik GmbH (brutto 1.234,50 €) ist im Zahllauf ZL-2024-42 '
    + 'zur Ausführung am 21.10.2024 vorgemerkt (Zahlungs-ID ZL-20241018-00342). Die Freigabe erfolgte automatisch, '
    + 'da der Betrag unter 5.000 EUR liegt.' },
] });

const app = await reactGraph({ model, tools: [rechnungLesen, zahlungVormerken], name: 'kreditoren-agent' });

await t.turn({ userId: 'm.wagner@stadtwerke-nord.de' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Kreditoren-Assistent der Stadtwerke Nord. Lies Eingangsrechnungen aus dem DMS und merke '
    + 'fällige Zahlungen im Zahllauf vor. Nutze Skonto, wenn möglich. Antworte auf Deutsch.'),
  new HumanMessage('Bitte die Rechnung ER-2024-10-0917 (Hansen Kältetechnik) zur Zahlung vormerken, gern mit Skonto.'),
] }, { metadata: { session_id: 'ap-sess-5f1c2e' }, runName: 'kreditoren-agent' }));

t.write(path.join(here, 'traces.otlp.jsonl'));
