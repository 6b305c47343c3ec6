// Personalportal-Assistent (HR self-service) of a logistics company, German, five turns over two
// weeks on one LangGraph thread with a MemorySaver checkpointer. Before each model call the
// deployment trims the history to a token budget (trimMessages, strategy "last").
// Run from the checkout: node bench/incidents/batch-a/langsmith-teilzeit-urlaub-sb2/generate.mjs
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
const THREAD = 'ess-thread-5d81a0c2';
const USER = 'P-40817';
startClock('2025-02-24T07:41:12Z', 31);

const SYSTEM = new SystemMessage(
  'Du bist der Personalportal-Assistent der Hansen & Rieck Logistik GmbH. Angemeldet: Jana Köhler, '
  + 'Personalnummer P-40817, Standort Bremen-Hemelingen. Antworte auf Deutsch, knapp und freundlich. '
  + 'Urlaubsanträge stellst du mit urlaub_beantragen; die Anzahl der Arbeitstage gibst du selbst an.');

// Context budget of the deployment (roughly 4 characters per token).
const count = (msgs) => msgs.reduce((n, m) => n + Math.ceil(
  (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + (m.tool_calls?.length ? 30 : 0) + 4, 0);
const prepare = async (messages) => [SYSTEM, ...(await trimMessages(messages, {
  maxTokens: 900, strategy: 'last', tokenCounter: count, startOn: 'human', allowPartial: false }))];

// ---------------------------------------------------------------- tools
const urlaubskonto = tool(async ({ personalnummer }) => JSON.stringify({
  personalnummer, jahr: 2025, jahresanspruch: 18, uebertrag_vorjahr: 0, genommen: 4, geplant: 0, rest: 14,
  einheit: 'Arbeitstage', stand: '2025-02-24' }), {
  name: 'urlaubskonto_abfragen', description: 'Urlaubskonto eines Mitarbeiters (Anspruch, genommen, Rest).',
  schema: z.object({ personalnummer: z.string() }) });

const richtlinie = tool(async ({ thema }) => JSON.stringify({ thema, dokument: 'RL-07 Reisekosten, Fassung 01/2025',
  auszug: [
    'Verpflegungsmehraufwand Inland: 14 € bei mehr als 8 Stunden Abwesenheit, 28 € je vollem Kalendertag, je 14 € für An- und Abreisetag bei mehrtägigen Reisen.',
    'Wird ein Frühstück gestellt (z. B. im Hotelpreis enthalten), kürzt sich die Pauschale um 5,60 €; Mittag- und Abendessen um je 11,20 €.',
    'Übernachtung: bis 110 € pro Nacht ohne Frühstück in Hamburg, München, Frankfurt; sonst 90 €. Buchung über das Reiseportal.',
    'Bahnfahrten 2. Klasse; 1. Klasse ab 4 Stunden Fahrzeit mit Genehmigung der Führungskraft.',
    'Abrechnung innerhalb von 6 Monaten nach Reiseende über das Portal, Belege als PDF.',
  ] }), {
  name: 'richtlinie_suchen', description: 'Sucht in den Personalrichtlinien (Reisekosten, Arbeitszeit, Urlaub).',
  schema: z.object({ thema: z.string() }) });

const zeitkonto = tool(async ({ personalnummer, monat }) => JSON.stringify({
  personalnummer, monat, soll_stunden: 72.0, ist_stunden: 79.5, saldo_monat: '+7,5', saldo_gesamt: '+21,25',
  kappungsgrenze: '+40,00', buchungen_offen: 1,
  hinweis: 'Ausgleich durch Freizeit nach Absprache mit der Führungskraft; Auszahlung nur über Antrag Formular AZ-3.' }), {
  name: 'zeitkonto_abfragen', description: 'Gleitzeitkonto (Soll, Ist, Saldo) für einen Monat.',
  schema: z.object({ personalnummer: z.string(), monat: z.string().describe('JJJJ-MM') }) });

const dokument = tool(async ({ personalnummer, art, zweck }) => JSON.stringify({
  vorgang: 'DOK-2025-11873', personalnummer, art, zweck, status: 'in Bearbeitung', zustellung: 'Postfach im Portal',
  erwartet_bis: '2025-03-04' }), {
  name: 'dokument_anfordern', description: 'Fordert eine Bescheinigung bei der Personalabteilung an.',
  schema: z.object({ personalnummer: z.string(), art: z.string(), zweck: z.string() }) });

const beantragen = tool(async ({ personalnummer, von, bis, arbeitstage }) => JSON.stringify({
  antrag: 'UA-2025-00391', personalnummer, von, bis, arbeitstage, status: 'eingereicht',
  genehmiger: 'T. Brandes (Teamleitung Disposition)', rest_nach_genehmigung: 14 - arbeitstage }), {
  name: 'urlaub_beantragen', description: 'Reicht einen Urlaubsantrag ein. arbeitstage = Zahl der abzubuchenden Arbeitstage.',
  schema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number().int() }) });

// ---------------------------------------------------------------- script
const replies = [
  // Turn 1
  { tool_calls: [{ id: 'call_Qm3uV0aT9', name: 'urlaubskonto_abfragen', args: { personalnummer: USER } }] },
  { content: 'Hallo Frau Köhler, danke für den Hinweis! Laut Ihrem Urlaubskonto (Stand 24.02.2025) haben Sie für 2025 einen Anspruch von 18 Arbeitstagen – das ist bereits auf Ihre 3-Tage-Woche umgerechnet. 4 Tage haben Sie genommen, es bleiben also noch 14 Urlaubstage.' },
  // Turn 2
  { tool_calls: [{ id: 'call_8bWkLx2rP', name: 'richtlinie_suchen', args: { thema: 'Reisekosten Verpflegungspauschale Hotel Hamburg' } }] },
  { content: 'Für die Schulung in Hamburg (Anreise Montag, Rückreise Dienstag) gilt laut RL-07: je 14 € Verpflegungspauschale für An- und Abreisetag. Ist das Frühstück im Hotelpreis enthalten, werden für Dienstag 5,60 € abgezogen. Das Hotel darf in Hamburg bis 110 € pro Nacht ohne Frühstück kosten und wird über das Reiseportal gebucht. Die Bahnfahrt läuft in der 2. Klasse. Abrechnen können Sie bis 6 Monate nach Reiseende im Portal.' },
  // Turn 3
  { tool_calls: [{ id: 'call_ZfT61qsHe', name: 'zeitkonto_abfragen', args: { personalnummer: USER, monat: '2025-02' } }] },
  { content: 'Im Februar stehen 79,5 Ist-Stunden gegen 72 Soll-Stunden, also +7,5 Stunden. Ihr Gesamtsaldo liegt bei +21,25 Stunden, die Kappungsgrenze bei +40 Stunden. Einen Ausgleich in Freizeit stimmen Sie mit Ihrer Führungskraft ab; eine Auszahlung geht nur per Antrag über Formular AZ-3. Eine Buchung ist noch offen – am besten prüfen Sie die im Zeiterfassungsterminal.' },
  // Turn 4
  { tool_calls: [{ id: 'call_4nRcYp0Gd', name: 'dokument_anfordern', args: { personalnummer: USER, art: 'Arbeitgeberbescheinigung', zweck: 'Mietvertrag / Vermieter' } }] },
  { content: 'Ich habe die Arbeitgeberbescheinigung für Ihren Vermieter angefordert (Vorgang DOK-2025-11873). Sie wird Ihnen bis voraussichtlich 04.03.2025 in Ihr Postfach im Portal zugestellt.' },
  // Turn 5
  { tool_calls: [{ id: 'call_kE07sJv5M', name: 'urlaubskonto_abfragen', args: { personalnummer: USER } }] },
  { tool_calls: [{ id: 'call_Hx9Pq2dLr', name: 'urlaub_beantragen', args: { personalnummer: USER, von: '2025-03-10', bis: '2025-03-21', arbeitstage: 10 } }] },
  { content: 'Erledigt! Ihr Urlaubsantrag UA-2025-00391 für den 10.03. bis 21.03.2025 ist eingereicht – das sind 10 Arbeitstage (Montag bis Freitag in beiden Wochen). Genehmiger ist T. Brandes. Nach der Genehmigung bleiben Ihnen für 2025 noch 4 Urlaubstage.' },
];

const model = new ScriptedChatModel({ replies, model: 'gpt-4o-2024-08-06' });
const app = agentGraph({ model, tools: [urlaubskonto, richtlinie, zeitkonto, dokument, beantragen],
  checkpointer: new MemorySaver(), prepare, agentNode: 'assistent', toolsNode: 'werkzeuge' });

const turns = [
  [0, 'Hallo! Kurz vorab, damit Sie das wissen: Ich arbeite seit dem 1. Januar in Teilzeit, nur noch montags bis mittwochs (3 Tage pro Woche), donnerstags und freitags bin ich gar nicht im Betrieb. Wie viele Urlaubstage habe ich dieses Jahr noch?'],
  [minutes(26), 'Nächste Woche bin ich Montag und Dienstag zur Schulung in Hamburg, mit einer Übernachtung. Was bekomme ich an Spesen und wie teuer darf das Hotel sein?'],
  [minutes(60 * 24 * 2 + 195), 'Wie sieht mein Gleitzeitkonto im Februar aus? Ich glaube ich habe einiges an Überstunden.'],
  [minutes(60 * 24 * 3 + 42), 'Mein Vermieter will eine Arbeitgeberbescheinigung. Können Sie die anfordern?'],
  [minutes(60 * 24 * 3 + 71), 'Bitte tragen Sie mir Urlaub vom 10. März bis zum 21. März ein (zwei Wochen), danke!'],
];
for (const [gap, text] of turns) {
  advance(gap);
  await traced(app, { messages: [new HumanMessage(text)] }, { project: 'personalportal-prod',
    metadata: { user_id: USER, thread_id: THREAD, channel: 'portal-web' }, configurable: { thread_id: THREAD } });
}
const runs = writeRuns(out);
console.log(`wrote ${runs.length} runs to ${out}`);
