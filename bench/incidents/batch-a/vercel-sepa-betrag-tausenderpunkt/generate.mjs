// Business-banking assistant (German), Vercel AI SDK v7 with the legacy ai.* telemetry attributes.
// Two chat turns of one session, one OTLP/JSON request per turn (collector file-exporter layout).
// The payment tool is declared from the bank's OpenAPI document with jsonSchema() and no validator,
// so the SDK passes the model's arguments through as they are.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, jsonSchema, stepCountIs, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'kmu-banking-assistent', seed: 'batch-a/vercel-sepa-betrag-tausenderpunkt',
  resource: { 'deployment.environment': 'prod', 'service.version': '2.14.3' } });
const ids = makeIds('batch-a/vercel-sepa-betrag-tausenderpunkt');

const SESSION = 'bk-sess-3F9A2C71';
const USER = 'kunde-00482193';
const AUFTRAGSKONTO = 'DE12500502010000604442';

const RECHNUNGEN = {
  'RE-2024-1179': { rechnungsnr: 'RE-2024-1179', kreditor: 'Elektro Brandt e.K.', iban: 'DE44500105175407324931',
    betrag_brutto: '89,90 €', faellig_am: '02.12.2024', status: 'offen' },
  'RE-2024-1187': { rechnungsnr: 'RE-2024-1187', kreditor: 'Schreinerei Hollmann GmbH', iban: 'DE89370400440532013000',
    betrag_brutto: '1.234,50 €', faellig_am: '29.11.2024', status: 'offen' },
};

const rechnung_abrufen = tool({
  description: 'Liest eine Eingangsrechnung aus der Kreditorenbuchhaltung.',
  inputSchema: jsonSchema({ type: 'object', properties: { rechnungsnr: { type: 'string' } }, required: ['rechnungsnr'] }),
  execute: async ({ rechnungsnr }) => RECHNUNGEN[rechnungsnr] ?? { fehler: 'Rechnung nicht gefunden' },
});

let auftragNr = 41;
const ueberweisung_anlegen = tool({
  description: 'Legt eine SEPA-Überweisung vom Auftragskonto an und reicht sie ein.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: {
      empfaenger_name: { type: 'string' },
      empfaenger_iban: { type: 'string' },
      betrag: { type: 'number', description: 'Betrag in EUR, Dezimaltrennzeichen Punkt' },
      waehrung: { type: 'string', enum: ['EUR'] },
      verwendungszweck: { type: 'string', maxLength: 140 },
    },
    required: ['empfaenger_name', 'empfaenger_iban', 'betrag', 'waehrung', 'verwendungszweck'],
  }),
  execute: async (a) => {
    const betrag = Math.round(Number.parseFloat(String(a.betrag)) * 100) / 100;
    auftragNr += 1;
    return {
      auftrags_id: `SEPA-7781-00${auftragNr}-A`,
      auftraggeber_iban: AUFTRAGSKONTO,
      empfaenger_iban: a.empfaenger_iban.replace(/\s+/g, ''),
      betrag,
      waehrung: 'EUR',
      ausfuehrungsdatum: '2024-11-28',
      status: 'eingereicht',
    };
  },
});

const SYSTEM = 'Du bist der Zahlungsassistent im Firmenkundenportal der Nordbank. Du bereitest Überweisungen für '
  + 'Eingangsrechnungen vor und reichst sie ein, wenn der Kunde das ausdrücklich wünscht. Antworte knapp auf Deutsch.';

const history = [];
async function turn(userText, replies) {
  history.push({ role: 'user', content: userText });
  const model = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4.1-mini', ids, replies });
  const res = await generateText({
    model,
    system: SYSTEM,
    messages: history,
    tools: { rechnung_abrufen, ueberweisung_anlegen },
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'zahlungsassistent', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  history.push(...res.response.messages);
  return tracing.flush();
}

const lines = [];
lines.push(await turn('Bitte die Rechnung RE-2024-1179 von Elektro Brandt überweisen, 89,90 €.', [
  { calls: [['call_Xw3bq0LdR1', 'rechnung_abrufen', { rechnungsnr: 'RE-2024-1179' }]] },
  { calls: [['call_Xw3bq0LdR2', 'ueberweisung_anlegen', { empfaenger_name: 'Elektro Brandt e.K.', empfaenger_iban: 'DE44500105175407324931',
    betrag: 89.9, waehrung: 'EUR', verwendungszweck: 'RE-2024-1179' }]] },
  'Erledigt: Die Überweisung über 89,90 € an Elektro Brandt e.K. (RE-2024-1179) ist eingereicht, Auftrags-ID SEPA-7781-0042-A, Ausführung am 28.11.2024.',
]));
lines.push(await turn('Danke. Dann bitte auch gleich die RE-2024-1187 von der Schreinerei Hollmann, 1.234,50 €, Verwendungszweck die Rechnungsnummer.', [
  { calls: [['call_7nKfZ2pQa1', 'rechnung_abrufen', { rechnungsnr: 'RE-2024-1187' }]] },
  { calls: [['call_7nKfZ2pQa2', 'ueberweisung_anlegen', { empfaenger_name: 'Schreinerei Hollmann GmbH', empfaenger_iban: 'DE89 3704 0044 0532 0130 00',
    betrag: '1.234,50', waehrung: 'EUR', verwendungszweck: 'RE-2024-1187' }]] },
  'Erledigt: Die Überweisung über 1.234,50 € an Schreinerei Hollmann GmbH (RE-2024-1187) ist eingereicht, Auftrags-ID SEPA-7781-0043-A, Ausführung am 28.11.2024. Die Rechnung ist damit vor Fälligkeit (29.11.) beglichen.',
]));
writeJsonl(out, 'otel-traces.jsonl', lines);
