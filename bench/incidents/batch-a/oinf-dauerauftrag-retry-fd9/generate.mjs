// Online-banking assistant (de-DE) of a savings bank: two customers, two conversations.
//  1. A standing order: the payee check times out once, is retried, succeeds, then the order is set up.
//  2. A search for a card transaction that returns no bookings; the assistant says so and asks back.
// LangGraph.js, scripted chat model, OpenInference OTLP/JSON (offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sparkasse-assistent', { 'deployment.environment': 'prod' });

let vopCalls = 0;
const empfaengerPruefen = tool(async ({ iban, name }) => {
  vopCalls += 1;
  if (vopCalls === 1) throw new Error('VoP-Dienst nicht erreichbar: 504 Gateway Timeout nach 8000 ms (request-id 9d1f-77ab)');
  return JSON.stringify({ iban, ergebnis: 'MATCH', name_bei_bank: name, bic: 'GENODEM1GLS', institut: 'GLS Gemeinschaftsbank' });
}, { name: 'empfaenger_pruefen', description: 'Empfängerüberprüfung (Verification of Payee) für eine IBAN.',
  schema: z.object({ iban: z.string(), name: z.string() }) });

const dauerauftrag = tool(async (a) => JSON.stringify({ auftrag_id: 'DA-2026-118-00463', status: 'angelegt', ...a }),
{ name: 'dauerauftrag_anlegen', description: 'Legt einen Dauerauftrag an (nach TAN-Freigabe in der App aktiv).',
  schema: z.object({ von_konto: z.string(), iban: z.string(), empfaenger: z.string(), betrag_eur: z.number(), turnus: z.enum(['monatlich', 'quartalsweise']), erste_ausfuehrung: z.string(), verwendungszweck: z.string() }) });

const umsaetze = tool(async ({ konto, von, bis, suchtext }) => JSON.stringify({ konto, von, bis, suchtext, treffer: 0, buchungen: [] }),
{ name: 'umsaetze_suchen', description: 'Sucht Buchungen eines Kontos in einem Zeitraum.',
  schema: z.object({ konto: z.string(), von: z.string(), bis: z.string(), suchtext: z.string() }) });

async function conversation({ sessionId, userId, system, question, replies, tools, name }) {
  const app = await reactGraph({ model: new ScriptedChatModel({ replies }), tools, name });
  await t.turn({ userId }, () => app.invoke({ messages: [new SystemMessage(system), new HumanMessage(question)] },
    { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));
}

await conversation({ sessionId: 'a1c7e0f4-5b2d-4e8a-9c31-6d0b2f7a8e15', userId: 'kd-7730-2291', name: 'banking_assistent',
  tools: [empfaengerPruefen, dauerauftrag],
  system: 'Du bist der Banking-Assistent der Sparkasse Rheinhessen. Kunde: Jonas Weber, Girokonto DE12 5505 0120 0000 7731 09. Prüfe den Empfänger vor jeder Zahlung und lege Aufträge erst nach erfolgreicher Prüfung an.',
  question: 'Hallo, bitte einen Dauerauftrag für meine Miete anlegen: 1.185,50 € monatlich an Brandt Immobilien GmbH, IBAN DE89 4306 0967 1127 4455 00, ab dem 1. Januar 2027, Verwendungszweck "Miete Whg 3 OG links".',
  replies: [
    { tool_calls: [{ name: 'empfaenger_pruefen', args: { iban: 'DE89430609671127445500', name: 'Brandt Immobilien GmbH' } }] },
    { content: 'Die Empfängerprüfung ist gerade nicht erreichbar, ich versuche es noch einmal.', tool_calls: [{ name: 'empfaenger_pruefen', args: { iban: 'DE89430609671127445500', name: 'Brandt Immobilien GmbH' } }] },
    { tool_calls: [{ name: 'dauerauftrag_anlegen', args: { von_konto: 'DE12550501200000773109', iban: 'DE89430609671127445500',
      empfaenger: 'Brandt Immobilien GmbH', betrag_eur: 1185.5, turnus: 'monatlich', erste_ausfuehrung: '2027-01-01', verwendungszweck: 'Miete Whg 3 OG links' } }] },
    { content: 'Erledigt, Herr Weber: Die Empfängerprüfung hat beim zweiten Versuch eine Übereinstimmung ergeben (Brandt Immobilien GmbH, GLS Gemeinschaftsbank). Der Dauerauftrag DA-2026-118-00463 über 1.185,50 € monatlich ab 01.01.2027 ist angelegt – bitte geben Sie ihn noch mit einer TAN in der App frei.' },
  ] });

await conversation({ sessionId: '3e9b52d0-0a7c-4f16-b8e4-c2d95a1f6b70', userId: 'kd-4418-0675', name: 'banking_assistent',
  tools: [umsaetze],
  system: 'Du bist der Banking-Assistent der Sparkasse Rheinhessen. Kundin: Aylin Demir, Girokonto DE44 5505 0120 0000 4418 67.',
  question: 'Ich glaube, Zalando hat mir im November zweimal 89,95 abgebucht. Kannst du das prüfen und die doppelte Buchung zurückholen?',
  replies: [
    { tool_calls: [{ name: 'umsaetze_suchen', args: { konto: 'DE44550501200000441867', von: '2026-11-01', bis: '2026-11-30', suchtext: 'Zalando' } }] },
    { content: 'Ich habe auf Ihrem Girokonto im November 2026 keine Buchung mit „Zalando“ gefunden – weder einmal noch doppelt. Deshalb kann ich auch nichts zurückbuchen. Könnte die Abbuchung über Ihre Kreditkarte oder PayPal gelaufen sein, oder erst im Dezember? Dann suche ich dort gerne weiter.' },
  ] });

t.write(path.join(here, 'spans.otlp.jsonl'));
