// Kundenservice-Assistent eines Paketdienstes (AI SDK v7, LegacyOpenTelemetry mit ai.*-Attributen), zwei
// Turns derselben Sitzung. Im ersten Turn antwortet die Tracking-API einmal mit 503; der Assistent fragt
// erneut ab und erhält den Status. Im zweiten Turn beauftragt er auf Wunsch der Kundin eine Umleitung.
// Die Historie des ersten Turns (samt dem fehlgeschlagenen Aufruf) geht unverändert in den zweiten.
// Geskriptetes Modell, kein Netz.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const ids = makeIds('sendung-retry');
const tel = setupTracing({ serviceName: 'paketdienst-kundenservice', resource: { 'service.version': '4.2.1', 'deployment.environment.name': 'prod' }, seed: 'sendung-retry' });

const SESSION = 'kd-2025-03-12-00418';
const KUNDIN = 'K-88412093';
const SENDUNG = '00340434161094012345';

let trackingAufrufe = 0;
const tools = {
  sendung_verfolgen: tool({
    description: 'Liefert den aktuellen Status einer Sendung anhand der Sendungsnummer.',
    inputSchema: z.object({ sendungsnummer: z.string() }),
    execute: async ({ sendungsnummer }) => {
      trackingAufrufe++;
      if (trackingAufrufe === 1) {
        throw new Error('Tracking-API: 503 Service Unavailable (upstream timeout nach 8000 ms, Retry-After: 2)');
      }
      return {
        sendungsnummer, status: 'IN_ZUSTELLUNG_VORBEREITUNG', letzter_scan: '2025-03-12T05:51:00+01:00', ort: 'Zustellbasis Hamburg-Altona',
        voraussichtliche_zustellung: '2025-03-13', zeitfenster: '10:00–14:00', empfaenger_plz: '22767', umleitung_moeglich: true,
      };
    },
  }),
  packstationen_suchen: tool({
    description: 'Sucht Packstationen in der Nähe einer Postleitzahl.',
    inputSchema: z.object({ plz: z.string() }),
    execute: async ({ plz }) => ({
      plz, packstationen: [
        { nummer: '118', adresse: 'Max-Brauer-Allee 89, 22765 Hamburg', entfernung_m: 650 },
        { nummer: '141', adresse: 'Große Bergstraße 160, 22767 Hamburg', entfernung_m: 900 },
      ],
    }),
  }),
  umleitung_beauftragen: tool({
    description: 'Beauftragt die Umleitung einer Sendung an eine Packstation. Nur mit ausdrücklicher Zustimmung der Kundin.',
    inputSchema: z.object({ sendungsnummer: z.string(), packstation: z.string(), postnummer: z.string() }),
    execute: async ({ sendungsnummer, packstation, postnummer }) => ({
      auftrag: 'UML-55120-HH', sendungsnummer, packstation, postnummer, status: 'ANGENOMMEN', neue_zustellung: '2025-03-13',
    }),
  }),
};

const SYSTEM = 'Du bist der Kundenservice-Assistent von Nordpaket. Antworte auf Deutsch und mit „Sie“. Nenne Zustelltermine nur aus der '
  + 'Sendungsverfolgung. Wenn ein Tool-Aufruf fehlschlägt, versuche es einmal erneut, bevor du der Kundin etwas über die Sendung sagst. '
  + 'Umleitungen nur nach ausdrücklicher Bestätigung beauftragen.';
const tid = () => ids('toolu_01', 22);

const model = scriptedModel({
  ids, provider: 'anthropic.messages', modelId: 'claude-haiku-4-5', responsePrefix: 'msg_01',
  replies: [
    // Turn 1
    { calls: [[tid(), 'sendung_verfolgen', { sendungsnummer: SENDUNG }]] },
    { text: 'Die Sendungsverfolgung hat gerade nicht geantwortet, ich frage noch einmal ab.', calls: [[tid(), 'sendung_verfolgen', { sendungsnummer: SENDUNG }]] },
    'Ihre Sendung 00340434161094012345 liegt in der Zustellbasis Hamburg-Altona (letzter Scan heute 05:51 Uhr) und wird voraussichtlich '
      + 'morgen, am Donnerstag, 13.03., zwischen 10:00 und 14:00 Uhr zugestellt – also noch vor Ihrem Urlaub ab Freitag. '
      + 'Wenn Sie morgen in diesem Zeitfenster nicht zu Hause sind, kann ich die Sendung auch an eine Packstation umleiten.',
    // Turn 2
    { calls: [[tid(), 'packstationen_suchen', { plz: '22767' }]] },
    { calls: [[tid(), 'umleitung_beauftragen', { sendungsnummer: SENDUNG, packstation: '118', postnummer: '1204587731' }]] },
    'Erledigt: Die Sendung 00340434161094012345 wird an die Packstation 118 (Max-Brauer-Allee 89, 22765 Hamburg) umgeleitet, '
      + 'Zustellung dort voraussichtlich am 13.03. Ihre Auftragsnummer ist UML-55120-HH. Den Abholcode erhalten Sie per App-Benachrichtigung.',
  ],
});

const telemetry = { functionId: 'kundenservice-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const runtimeContext = { sessionId: SESSION, userId: KUNDIN };
const lines = [];

const messages = [{ role: 'user', content: `Hallo, wo steckt mein Paket ${SENDUNG}? Ich fahre ab Freitag für zwei Wochen in den Urlaub.` }];
const r1 = await generateText({ model, system: SYSTEM, messages, tools, stopWhen: stepCountIs(5), runtimeContext, telemetry });
messages.push(...r1.response.messages);
lines.push(await tel.flush());

messages.push({ role: 'user', content: 'Morgen bin ich leider bis 17 Uhr im Büro. Bitte an eine Packstation in der Nähe umleiten, meine Postnummer ist 1204587731.' });
await generateText({ model, system: SYSTEM, messages, tools, stopWhen: stepCountIs(5), runtimeContext, telemetry });
lines.push(await tel.flush());

writeJsonl(out, 'spans.jsonl', lines);
console.log('wrote', out);
