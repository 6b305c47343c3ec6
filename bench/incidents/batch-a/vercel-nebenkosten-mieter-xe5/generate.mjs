// Hausverwaltung helpdesk (de-DE): the chat history store is keyed by the building, not by the tenant.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, SpanKind } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'mieterportal-assistent', resource: { 'service.version': '2.7.1' }, seed: 'nebenkosten-xe5' });
const ids = makeIds('nebenkosten-xe5');

const KONTEN = {
  'M-4471': { mieter: 'Sabine Kröger', wohnung: 'Lindenstr. 12, WE 3 links', offen: '412,80 €', grund: 'Nachzahlung Nebenkosten 2023', sepa_iban: 'DE44 5005 0201 0012 3456 78', abbuchung: '2024-07-01' },
  'M-5208': { mieter: 'Jonas Albrecht', wohnung: 'Lindenstr. 12, WE 5 rechts', offen: '0,00 €', grund: null, sepa_iban: 'DE12 3704 0044 0532 0130 00', abbuchung: null },
};
const mieterkonto = tool({
  description: 'Liest das Mieterkonto (offene Posten, SEPA-Mandat) zur Mieternummer.',
  inputSchema: z.object({ mieternr: z.string() }),
  execute: async ({ mieternr }) => ({ mieternr, ...KONTEN[mieternr] }),
});

// Verlauf pro Objekt gespeichert (Bug in der App, nicht im Trace sichtbar).
const verlauf = new Map();
const SYSTEM = 'Du bist der Assistent der Hausverwaltung Meyer & Partner. Beantworte Fragen der Mieter zu ihrem Mieterkonto freundlich und knapp.';

async function turn({ sessionId, userId, mieternr, objekt, frage, replies }) {
  const model = scriptedModel({ ids, modelId: 'gpt-4o', replies });
  const history = verlauf.get(objekt) ?? [];
  const messages = [...history, { role: 'user', content: `[Mieternr. ${mieternr}] ${frage}` }];
  await tracer.startActiveSpan('POST /portal/chat', { kind: SpanKind.SERVER, attributes: { 'session.id': sessionId, 'user.id': userId, 'app.objekt': objekt } }, async (span) => {
    const res = await generateText({
      model, system: SYSTEM, messages,
      tools: { mieterkonto_abrufen: mieterkonto },
      stopWhen: stepCountIs(4),
      telemetry: { functionId: 'mieter-chat', integrations: [new OpenTelemetry()] },
    });
    verlauf.set(objekt, [...messages, ...res.response.messages]);
    span.end();
  });
  return flush();
}

const k1 = ids('call_', 24);
const a = await turn({ sessionId: 'chat-7c1e0a4f', userId: 'mieter-4471', mieternr: 'M-4471', objekt: 'OBJ-LINDEN-12',
  frage: 'Hallo, ich habe einen Brief zur Nebenkostenabrechnung bekommen. Was muss ich noch zahlen und wann wird das abgebucht?',
  replies: [
    { calls: [[k1, 'mieterkonto_abrufen', { mieternr: 'M-4471' }]] },
    'Hallo Frau Kröger, offen ist eine Nachzahlung Nebenkosten 2023 über 412,80 €. Der Betrag wird am 01.07.2024 per SEPA-Lastschrift von Ihrem Konto DE44 5005 0201 0012 3456 78 abgebucht.',
  ] });
const b = await turn({ sessionId: 'chat-93bd22e1', userId: 'mieter-5208', mieternr: 'M-5208', objekt: 'OBJ-LINDEN-12',
  frage: 'Guten Tag, muss ich bei der Nebenkostenabrechnung noch etwas nachzahlen? Und von welchem Konto geht das ab?',
  replies: [
    'Guten Tag, für die Nebenkostenabrechnung 2023 ist noch eine Nachzahlung von 412,80 € offen. Sie wird am 01.07.2024 per SEPA-Lastschrift vom Konto DE44 5005 0201 0012 3456 78 eingezogen. Bei Fragen melden Sie sich gern.',
  ] });
writeJsonl(dir, 'otlp-export.jsonl', [a, b]);
