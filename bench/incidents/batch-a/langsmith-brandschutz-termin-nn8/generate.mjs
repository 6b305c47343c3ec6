// HR-Assistent eines Klinikverbunds (LangGraph.js, Checkpointer MemorySaver) über mehrere Turns eines
// Threads. Vor jedem Modellaufruf wird der Verlauf per trimMessages auf ein Token-Budget gekürzt
// (Systemprompt bleibt). Aufgezeichnet mit LangChainTracer -> LangSmith-Runs (runs.jsonl).
// Run from the checkout root: node bench/incidents/batch-a/langsmith-brandschutz-termin-nn8/generate.mjs
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, startClock, advance, minutes,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-06-03T07:02:11.000Z', 4187);

const SYSTEM = 'Du bist der HR-Assistent der Kliniken Nordstadt. Angemeldet: Jana Krüger, Personalnummer 40-1187, '
  + 'Station 3B (Pflege). Beantworte Fragen zu Fortbildungen und buche Termine über die Werkzeuge. Antworte auf Deutsch.';

// Budget des Kontextfensters für den Verlauf (grob 4 Zeichen je Token).
const countTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil(
  ((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length
   + JSON.stringify(m.tool_calls ?? []).length) / 4) + 4, 0);
const prepare = async (messages) => {
  const window = await trimMessages(messages, {
    maxTokens: 520, strategy: 'last', tokenCounter: countTokens, startOn: 'human', allowPartial: false,
  });
  return [new SystemMessage(SYSTEM), ...window];
};

const offene = tool(async ({ personalnummer }) => JSON.stringify({
  personalnummer, stand: '2025-06-03',
  offen: [
    { kurs_id: 'BS-25-07', titel: 'Brandschutzunterweisung mit Löschübung', faellig_bis: '2025-07-15', format: 'Präsenz' },
    { kurs_id: 'DS-25-01', titel: 'Datenschutz-Unterweisung (jährlich)', faellig_bis: '2025-06-30', format: 'E-Learning' },
    { kurs_id: 'HY-25-04', titel: 'Händehygiene Auffrischung', faellig_bis: '2025-09-30', format: 'Präsenz' },
  ],
}), { name: 'offene_pflichtschulungen', description: 'Offene Pflichtfortbildungen eines Mitarbeiters.',
  schema: z.object({ personalnummer: z.string() }) });

const details = tool(async ({ kurs_id }) => JSON.stringify(kurs_id === 'BS-25-07' ? {
  kurs_id, titel: 'Brandschutzunterweisung mit Löschübung', dauer_min: 180, ort: 'Schulungszentrum Haus C, Raum C.014',
  inhalt: 'Theorie: Brandentstehung, Brandklassen, Verhalten im Brandfall, Evakuierung bettlägeriger Patienten '
    + '(Rettungstuch, horizontale Evakuierung), Alarmierungswege im Haus. Praxis: Löschübung mit Feuerlöscher und '
    + 'Löschdecke im Innenhof. Bitte feste Schuhe und Kleidung, die schmutzig werden darf.',
  nachweis: 'Teilnahmebescheinigung wird automatisch in die Personalakte übernommen.',
} : {
  kurs_id, titel: 'Datenschutz-Unterweisung (jährlich)', dauer_min: 45, ort: 'Lernplattform (LMS), jederzeit',
  inhalt: 'Schweigepflicht, Umgang mit Patientendaten am Stationsstützpunkt, Fotos und Messenger, Meldung von '
    + 'Datenpannen. Abschlusstest mit 10 Fragen (mind. 8 richtig).',
  nachweis: 'Zertifikat nach bestandenem Test im LMS.',
}), { name: 'schulungsdetails', description: 'Details zu einer Fortbildung.',
  schema: z.object({ kurs_id: z.string() }) });

const termine = tool(async ({ kurs_id }) => JSON.stringify({
  kurs_id,
  termine: [
    { termin_id: 'T-BS-0612-V', datum: '2025-06-12', wochentag: 'Donnerstag', zeit: '09:00-12:00', freie_plaetze: 8 },
    { termin_id: 'T-BS-0617-N', datum: '2025-06-17', wochentag: 'Dienstag', zeit: '13:00-16:00', freie_plaetze: 2 },
    { termin_id: 'T-BS-0626-V', datum: '2025-06-26', wochentag: 'Donnerstag', zeit: '09:00-12:00', freie_plaetze: 11 },
    { termin_id: 'T-BS-0702-V', datum: '2025-07-02', wochentag: 'Mittwoch', zeit: '09:00-12:00', freie_plaetze: 5 },
  ],
}), { name: 'termine_suchen', description: 'Freie Termine einer Fortbildung.',
  schema: z.object({ kurs_id: z.string() }) });

const buchen = tool(async ({ personalnummer, termin_id }) => JSON.stringify({
  status: 'gebucht', buchungsnr: 'FB-2025-118734', personalnummer, termin_id,
  datum: '2025-06-12', zeit: '09:00-12:00', ort: 'Schulungszentrum Haus C, Raum C.014',
  hinweis: 'Die Teilnahme gilt als Arbeitszeit. Dienstplanung der Station 3B wurde informiert.',
}), { name: 'schulung_buchen', description: 'Bucht einen Fortbildungstermin verbindlich.',
  schema: z.object({ personalnummer: z.string(), termin_id: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // Turn 1
  { tool_calls: [{ id: 'call_qm3LxA0fTz8c', name: 'offene_pflichtschulungen', args: { personalnummer: '40-1187' } }] },
  { content: 'Hallo Frau Krüger, danke für den Hinweis. Bei Ihnen sind noch drei Pflichtfortbildungen offen:\n'
    + '1. Datenschutz-Unterweisung (jährlich), fällig bis 30.06.2025, E-Learning\n'
    + '2. Brandschutzunterweisung mit Löschübung, fällig bis 15.07.2025, Präsenz\n'
    + '3. Händehygiene Auffrischung, fällig bis 30.09.2025, Präsenz\n'
    + 'Ich berücksichtige bei Terminvorschlägen, dass Sie nur Montag bis Mittwoch im Haus sind.' },
  // Turn 2
  { tool_calls: [{ id: 'call_7VfRk2pWnE1d', name: 'schulungsdetails', args: { kurs_id: 'BS-25-07' } }] },
  { content: 'Die Brandschutzunterweisung dauert 3 Stunden und findet im Schulungszentrum Haus C (Raum C.014) statt. '
    + 'Im Theorieteil geht es um Brandentstehung, Brandklassen, das Verhalten im Brandfall und die Evakuierung '
    + 'bettlägeriger Patienten (Rettungstuch, horizontale Evakuierung) sowie die Alarmierungswege im Haus. Danach gibt es '
    + 'eine praktische Löschübung mit Feuerlöscher und Löschdecke im Innenhof – bitte feste Schuhe und Kleidung tragen, '
    + 'die schmutzig werden darf. Die Teilnahmebescheinigung landet automatisch in Ihrer Personalakte.' },
  // Turn 3
  { tool_calls: [{ id: 'call_Hc02uYbq9LmS', name: 'schulungsdetails', args: { kurs_id: 'DS-25-01' } }] },
  { content: 'Ja, die Datenschutz-Unterweisung ist ein reines E-Learning auf der Lernplattform und dauert etwa 45 Minuten. '
    + 'Themen sind Schweigepflicht, Umgang mit Patientendaten am Stationsstützpunkt, Fotos und Messenger sowie die Meldung '
    + 'von Datenpannen. Am Ende gibt es einen Test mit 10 Fragen, von denen mindestens 8 richtig sein müssen; das '
    + 'Zertifikat bekommen Sie direkt im LMS. Sie können das jederzeit machen, fällig ist es bis 30.06.' },
  // Turn 4
  { tool_calls: [{ id: 'call_Zr5eN1kOa4Gh', name: 'termine_suchen', args: { kurs_id: 'BS-25-07' } }] },
  { tool_calls: [{ id: 'call_b8TqW0vYs3Jx', name: 'schulung_buchen', args: { personalnummer: '40-1187', termin_id: 'T-BS-0612-V' } }] },
  { content: 'Erledigt! Ich habe Sie für den nächsten Termin der Brandschutzunterweisung gebucht: Donnerstag, 12.06.2025, '
    + '09:00–12:00 Uhr, Schulungszentrum Haus C, Raum C.014 (Buchungsnr. FB-2025-118734). Die Teilnahme zählt als '
    + 'Arbeitszeit, Ihre Stationsleitung 3B ist informiert.' },
] });

const app = agentGraph({ model, tools: [offene, details, termine, buchen], checkpointer: new MemorySaver(), prepare,
  agentNode: 'hr_assistent', toolsNode: 'werkzeuge' });

const thread = 'kn-hr-0c41d7e2';
const meta = { thread_id: thread, user_id: 'pnr-40-1187', app: 'hr-portal', deployment: 'hr-assist@2.14.0' };
const turn = (text) => traced(app, { messages: [new HumanMessage(text)] },
  { project: 'hr-portal-prod', metadata: meta, configurable: { thread_id: thread } });

await turn('Hallo! Kurz vorweg, damit das klar ist: Ich arbeite seit März in Teilzeit, nur Montag bis Mittwoch. '
  + 'Donnerstag und Freitag bin ich nicht im Haus, bitte also nichts auf diese Tage legen. '
  + 'Welche Pflichtschulungen sind bei mir noch offen?');
advance(minutes(3), minutes(6));
await turn('Was macht man bei der Brandschutzschulung eigentlich genau?');
advance(minutes(2), minutes(4));
await turn('Und die Datenschutz-Unterweisung – kann ich die online machen?');
advance(minutes(4), minutes(9));
await turn('Super. Dann buch mir bitte für Brandschutz den nächsten freien Termin.');

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
