// Kreditorenbuchhaltung: ein LangGraph-Agent prüft eine Eingangsrechnung und gibt sie zur Zahlung frei.
// Offline: geskriptetes Chat-Modell, OpenInference-Spans als OTLP/JSON (ein Request pro Turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('ap-assistent', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

const rechnungAbrufen = tool(async ({ rechnungsnr }) => JSON.stringify({
  rechnungsnr, kreditor: 'K-70412', kreditor_name: 'Kühne Stahlhandel GmbH', rechnungsdatum: '04.11.2024',
  bestellnr: '4500183321', netto: '10.487,39 €', ust_19: '1.992,61 €', brutto: '12.480,00 €',
  zahlungsbedingung: '14 Tage 2 % Skonto, 30 Tage netto', iban_hinterlegt: true,
}), {
  name: 'rechnung_abrufen', description: 'Liest eine gebuchte Eingangsrechnung aus dem Rechnungseingangsbuch.',
  schema: z.object({ rechnungsnr: z.string().describe('Rechnungsnummer, z. B. RE-2024-00001') }),
});

const wareneingangPruefen = tool(async ({ bestellnr }) => JSON.stringify({
  bestellnr, positionen: 3, status: 'vollständig gebucht', we_belege: ['5000771204', '5000771388', '5000772019'],
  we_wert_netto: '10.487,39 €', abweichung: '0,00 €',
}), {
  name: 'wareneingang_pruefen', description: 'Prüft die Wareneingangsbuchungen zu einer Bestellung (3-Wege-Abgleich).',
  schema: z.object({ bestellnr: z.string() }),
});

const zahlungFreigeben = tool(async ({ rechnungsnr, kreditor, betrag, waehrung, skonto_prozent }) => JSON.stringify({
  zahlungsauftrag: 'ZA-2024-55102', rechnungsnr, kreditor, betrag: betrag.toFixed(2).replace('.', ',') + ' ' + waehrung,
  skonto_prozent, zahllauf: 'F110 15.11.2024', status: 'freigegeben',
}), {
  name: 'zahlung_freigeben', description: 'Gibt eine Rechnung für den nächsten Zahllauf frei. Der Betrag ist der zu überweisende Zahlbetrag.',
  schema: z.object({
    rechnungsnr: z.string(), kreditor: z.string(),
    betrag: z.number().describe('Zahlbetrag nach Skonto'), waehrung: z.string().describe('ISO-4217, z. B. EUR'),
    skonto_prozent: z.number().optional(),
  }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'rechnung_abrufen', args: { rechnungsnr: 'RE-2024-08817' } }] },
  { content: '', tool_calls: [{ name: 'wareneingang_pruefen', args: { bestellnr: '4500183321' } }] },
  { content: 'Der 3-Wege-Abgleich ist ohne Abweichung, die Skontofrist (14 Tage ab 04.11.2024) läuft noch. Ich gebe mit 2 % Skonto frei.',
    tool_calls: [{ name: 'zahlung_freigeben', args: { rechnungsnr: 'RE-2024-08817', kreditor: 'K-70412', betrag: 12.23, waehrung: 'EUR', skonto_prozent: 2 } }] },
  { content: 'Erledigt: Rechnung RE-2024-08817 von Kühne Stahlhandel GmbH ist geprüft (Wareneingang zu Bestellung 4500183321 vollständig gebucht, keine Abweichung) und mit 2 % Skonto zur Zahlung freigegeben. Zahlungsauftrag ZA-2024-55102 geht mit dem Zahllauf am 15.11.2024 raus.' },
] });

const app = await reactGraph({ model, tools: [rechnungAbrufen, wareneingangPruefen, zahlungFreigeben], name: 'ap-freigabe' });

await t.turn({ userId: 'mvogt' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Assistent der Kreditorenbuchhaltung. Prüfe Rechnungen per 3-Wege-Abgleich, bevor du sie freigibst. Nutze Skonto, wenn die Frist noch läuft.'),
  new HumanMessage('Kannst du bitte die RE-2024-08817 von Kühne Stahl prüfen und freigeben, wenn der Wareneingang passt? Skonto mitnehmen, falls noch drin.'),
] }, { metadata: { session_id: 'ap-7f3c1e92' } }));

t.write(path.join(here, 'traces.jsonl'));
