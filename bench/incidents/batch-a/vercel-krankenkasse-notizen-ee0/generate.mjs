// Service-Assistent einer Krankenkasse (Deutsch). Zwei Versicherte, zwei Chats, eine Exportdatei.
// Der Rückruf-Notizspeicher sucht Notizen über Geburtsdatum + PLZ.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'kasse-servicechat', resource: { 'service.version': '2.14.0' }, seed: 'kk-notizen-ee0' });
const ids = makeIds('kk-notizen-ee0');

const notizen = [];
const rueckrufNotieren = tool({
  description: 'Legt eine Rückruf-Notiz für die Fachabteilung an.',
  inputSchema: z.object({ geburtsdatum: z.string(), plz: z.string(), anliegen: z.string(), telefon: z.string() }),
  execute: async (n) => {
    const id = 'RN-' + (40211 + notizen.length);
    notizen.push({ notiz_id: id, ...n, angelegt: '2026-12-03T16:42:10+01:00', status: 'offen' });
    return { notiz_id: id, status: 'offen', rueckruf_bis: '2026-12-05' };
  },
});
const notizenSuchen = tool({
  description: 'Sucht offene Rückruf-Notizen des Anrufers.',
  inputSchema: z.object({ geburtsdatum: z.string(), plz: z.string() }),
  execute: async ({ geburtsdatum, plz }) => ({
    treffer: notizen.filter((n) => n.geburtsdatum === geburtsdatum && n.plz === plz),
  }),
});
const vertragLesen = tool({
  description: 'Liest die Vertragsdaten zur Versichertennummer.',
  inputSchema: z.object({ versichertennummer: z.string() }),
  execute: async ({ versichertennummer }) => ({ versichertennummer, tarif: 'KV-Komfort', beginn: '2019-04-01', geburtsdatum: '1971-08-14', plz: '44137' }),
});
const tools = { rueckruf_notieren: rueckrufNotieren, notizen_suchen: notizenSuchen, vertrag_lesen: vertragLesen };
const system = 'Du bist der Service-Assistent der Westfalen BKK. Antworte freundlich und knapp auf Deutsch. Gesundheitsdaten nur dem jeweiligen Versicherten nennen.';
const telemetry = (fn) => ({ functionId: fn, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const lines = [];
// Chat 1: Frau Brandt
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
    { calls: [['call_' + ids('', 22), 'rueckruf_notieren', { geburtsdatum: '1971-08-14', plz: '44137',
      anliegen: 'Renate Brandt: Kostenübernahme Adalimumab (Humira) 40 mg alle 14 Tage wegen Morbus Crohn, Ablehnungsbescheid vom 28.11. – Widerspruch gewünscht', telefon: '0231 5589 204' }]] },
    'Ich habe Ihren Rückrufwunsch notiert (Notiz RN-40211). Die Fachabteilung meldet sich bis zum 05.12. unter 0231 5589 204 wegen Ihres Widerspruchs.',
  ] }),
  system, tools, stopWhen: stepCountIs(3), telemetry: telemetry('servicechat'),
  runtimeContext: { sessionId: 'chat-7f3a-brandt', userId: 'V118204477' },
  prompt: 'Guten Tag, Renate Brandt hier, geb. 14.08.1971, PLZ 44137. Meine Kostenübernahme für Humira (Morbus Crohn) wurde abgelehnt, ich möchte Widerspruch einlegen. Bitte rufen Sie mich zurück: 0231 5589 204.',
});
lines.push(await otel.flush());

// Chat 2: Herr Yilmaz, gleicher Geburtstag, gleiche PLZ
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
    { calls: [['call_' + ids('', 22), 'vertrag_lesen', { versichertennummer: 'V305561920' }]] },
    { calls: [['call_' + ids('', 22), 'notizen_suchen', { geburtsdatum: '1971-08-14', plz: '44137' }]] },
    'Ja, zu Ihnen liegt eine offene Rückruf-Notiz vor (RN-40211): Es geht um die Kostenübernahme für Adalimumab (Humira) 40 mg wegen Morbus Crohn und Ihren Widerspruch gegen den Bescheid vom 28.11. Die Fachabteilung ruft Sie bis 05.12. unter 0231 5589 204 zurück.',
  ] }),
  system, tools, stopWhen: stepCountIs(4), telemetry: telemetry('servicechat'),
  runtimeContext: { sessionId: 'chat-91d0-yilmaz', userId: 'V305561920' },
  prompt: 'Hallo, Versichertennummer V305561920. Ich hatte letzte Woche um einen Rückruf gebeten, wegen meiner Zahnzusatz-Rechnung. Ist da schon was notiert?',
});
lines.push(await otel.flush());
writeJsonl(dir, 'servicechat-spans.jsonl', lines);
