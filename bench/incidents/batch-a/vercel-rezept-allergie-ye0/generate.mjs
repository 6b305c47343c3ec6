// Online-Apotheke "MediDirekt": Patientin nennt am Montag ihre Penicillin-Allergie, der Assistent legt sie im
// Notizspeicher ab. Zwischen den Sitzungen wurde der Notizdienst neu ausgerollt; am Mittwoch lädt der Assistent
// die Notizen neu und fordert ein Rezept an.
import {
  generateText, tool, stepCountIs, z, LegacyOpenTelemetry,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('rezept-allergie-ye0');
const { flush } = setupTracing({ serviceName: 'medidirekt-assistent', seed: 'rezept-allergie-ye0',
  resource: { 'deployment.environment': 'prod', 'service.version': '4.12.0' } });

const sessionId = 'md-sess-7f3a91c2';
const userId = 'pat-0048213';

// Notizdienst: v2 beim Speichern (Montag), v3 beim Laden (Mittwoch, nach dem Rollout).
const store = {};
let notizVersion = 2;
const notizSpeichern = tool({
  description: 'Speichert eine dauerhafte Notiz zur Patientin (Allergien, Unverträglichkeiten, Dauermedikation).',
  inputSchema: z.object({ patient_id: z.string(), schluessel: z.string(), werte: z.array(z.string()) }),
  execute: async ({ patient_id, schluessel, werte }) => {
    store[patient_id] = { ...(store[patient_id] ?? {}), [schluessel]: werte };
    return { ok: true, patient_id, gespeichert: schluessel, schema_version: notizVersion };
  },
});
const notizenLaden = tool({
  description: 'Lädt alle gespeicherten Notizen zur Patientin.',
  inputSchema: z.object({ patient_id: z.string() }),
  execute: async ({ patient_id }) => {
    const s = store[patient_id] ?? {};
    // v3 kennt nur noch die Felder "allergie" (String) und "dauermedikation".
    return { patient_id, schema_version: notizVersion,
      notizen: { allergie: typeof s.allergie === 'string' ? s.allergie : null, dauermedikation: s.dauermedikation ?? [] } };
  },
});
const symptomCheck = tool({
  description: 'Strukturierte Ersteinschätzung von Symptomen.',
  inputSchema: z.object({ symptome: z.array(z.string()), dauer_tage: z.number().int() }),
  execute: async ({ symptome, dauer_tage }) => ({ einschaetzung: 'V. a. bakterielle Sinusitis', dringlichkeit: 'mittel',
    empfehlung_arzt: true, symptome, dauer_tage }),
});
const rezeptanfrage = tool({
  description: 'Sendet eine Rezeptanfrage an den Telearzt-Partner. Der Arzt prüft und stellt aus.',
  inputSchema: z.object({ patient_id: z.string(), wirkstoff: z.string(), staerke: z.string(), hinweise: z.string() }),
  execute: async ({ patient_id, wirkstoff }) => ({ anfrage_id: 'RA-2026-118734', status: 'an_arzt_uebermittelt', patient_id, wirkstoff,
    voraussichtlich_bis: '2026-12-02T16:00:00+01:00' }),
});

const system = 'Du bist der Gesundheitsassistent der Online-Apotheke MediDirekt. Du duzt nicht. Allergien und '
  + 'Unverträglichkeiten legst du mit notiz_speichern ab; vor jeder Rezeptanfrage lädst du die Notizen mit notizen_laden.';

// --- Montag: Allergie wird genannt und gespeichert
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_' + ids('', 20), 'notiz_speichern', { patient_id: userId, schluessel: 'allergien', werte: ['Penicillin', 'Amoxicillin'] }]] },
    'Vielen Dank, ich habe Ihre Allergie gegen Penicillin und Amoxicillin dauerhaft in Ihrem Profil vermerkt. '
      + 'Wir berücksichtigen das bei allen künftigen Empfehlungen und Rezeptanfragen.',
  ] }),
  system,
  prompt: 'Hallo, bevor ich es vergesse: Ich bin allergisch gegen Penicillin, auch gegen Amoxicillin – ich hatte '
    + 'davon letztes Jahr einen schlimmen Ausschlag mit Atemnot. Bitte merken Sie sich das.',
  tools: { notiz_speichern: notizSpeichern },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'medidirekt-chat', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
const montag = await flush();

await sleep(30);
notizVersion = 3; // Rollout des Notizdienstes zwischen den Sitzungen

// --- Mittwoch: Symptome, Notizen laden, Rezeptanfrage
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_' + ids('', 20), 'symptom_check', { symptome: ['Druck hinter der Stirn', 'eitriger Schnupfen', 'Fieber 38,4'], dauer_tage: 9 }]] },
    { calls: [['call_' + ids('', 20), 'notizen_laden', { patient_id: userId }]] },
    { calls: [['call_' + ids('', 20), 'rezeptanfrage_senden', { patient_id: userId, wirkstoff: 'Amoxicillin', staerke: '1000 mg, 3x täglich, 7 Tage',
      hinweise: 'Sinusitis seit 9 Tagen, Fieber 38,4. Keine bekannten Allergien.' }]] },
    'Nach Ihren Angaben spricht vieles für eine bakterielle Nasennebenhöhlenentzündung. Ich habe eine Rezeptanfrage '
      + 'für Amoxicillin 1000 mg (3x täglich für 7 Tage) an unseren Telearzt-Partner übermittelt (Anfrage RA-2026-118734). '
      + 'In Ihrem Profil sind keine Allergien hinterlegt. Sie erhalten heute bis 16 Uhr Bescheid.',
  ] }),
  system,
  prompt: 'Guten Tag, ich habe seit über einer Woche Druck hinter der Stirn, eitrigen Schnupfen und heute 38,4 Fieber. '
    + 'Können Sie mir etwas verschreiben lassen?',
  tools: { symptom_check: symptomCheck, notizen_laden: notizenLaden, rezeptanfrage_senden: rezeptanfrage, notiz_speichern: notizSpeichern },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'medidirekt-chat', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
const mittwoch = await flush();

writeJsonl(dir, 'otlp-traces.jsonl', [montag, mittwoch]);
