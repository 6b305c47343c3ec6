// HR-Assistent (deutsch), zwei Turns derselben Sitzung an zwei Tagen. Turn 1 schreibt die neue
// Teilzeitregelung in die Personalakte (Version 7). Turn 2 lädt die Akte und erhält Version 6 zurück
// (Stand vor der Änderung); der Urlaubsantrag wird mit 5 Arbeitstagen/Woche berechnet.
// Vercel AI SDK v7, simuliertes Modell, kein Netz.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'hr-selfservice', resource: { 'service.version': '2.14.0' }, seed: 'urlaub-teilzeit-ue5' });
const ids = makeIds('urlaub-teilzeit-ue5');
const session = 'hrs-2025-0311-P20417';
const runtimeContext = { sessionId: session, userId: 'P-20417' };
const telemetry = { functionId: 'hr-assistent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry({ runtimeContext: true })] };
const system = 'Du bist der HR-Self-Service-Assistent der Lindner Logistik GmbH. Urlaubsanspruch: 30 Tage bei 5 Arbeitstagen pro Woche, anteilig bei weniger Arbeitstagen. Abgezogen werden nur Tage, an denen laut Personalakte gearbeitet wird.';

const personalakte_aktualisieren = tool({
  description: 'Schreibt Arbeitszeitdaten in die Personalakte.',
  inputSchema: z.object({ personalnr: z.string(), gueltig_ab: z.string(), wochenstunden: z.number(), arbeitstage: z.array(z.string()) }),
  execute: async (a) => ({ status: 'gespeichert', personalnr: a.personalnr, version: 7, gueltig_ab: a.gueltig_ab }),
});
const personalakte_laden = tool({
  description: 'Lädt die aktuelle Personalakte.',
  inputSchema: z.object({ personalnr: z.string() }),
  execute: async ({ personalnr }) => ({ personalnr, name: 'Jana Voss', eintritt: '2019-08-01', version: 6, stand: '2025-02-14',
    wochenstunden: 40, arbeitstage: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], urlaubsanspruch_tage: 30, genommen_tage: 0 }),
});
const urlaubsantrag_erstellen = tool({
  description: 'Legt einen Urlaubsantrag an und zieht die Tage vom Resturlaub ab.',
  inputSchema: z.object({ personalnr: z.string(), von: z.string(), bis: z.string(), abzuziehende_tage: z.number().int() }),
  execute: async (a) => ({ antrag: 'UA-2025-04471', status: 'eingereicht', abgezogen: a.abzuziehende_tage, resturlaub: 30 - a.abzuziehende_tage }),
});

// Turn 1 (11. März)
const m1 = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_' + ids('', 22), 'personalakte_aktualisieren', { personalnr: 'P-20417', gueltig_ab: '2025-03-01', wochenstunden: 24, arbeitstage: ['Mo', 'Di', 'Mi'] }]] },
  'Erledigt: Ihre Personalakte ist aktualisiert (Version 7). Ab 1. März arbeiten Sie 24 Stunden an drei Tagen (Mo–Mi). Ihr Urlaubsanspruch wird entsprechend anteilig geführt.',
] });
await generateText({ model: m1, system, tools: { personalakte_aktualisieren }, stopWhen: stepCountIs(4), runtimeContext, telemetry,
  prompt: 'Hallo, seit 1. März arbeite ich in Teilzeit: 24 Stunden, nur Montag bis Mittwoch. Können Sie das bitte in meiner Akte eintragen? Personalnummer P-20417.' });

// Turn 2 (12. März): neuer Request, der Verlauf wird nicht mitgegeben, der Zustand kommt aus der Akte.
const m2 = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_' + ids('', 22), 'personalakte_laden', { personalnr: 'P-20417' }]] },
  { calls: [['call_' + ids('', 22), 'urlaubsantrag_erstellen', { personalnr: 'P-20417', von: '2025-04-14', bis: '2025-04-25', abzuziehende_tage: 10 }]] },
  'Ihr Urlaubsantrag UA-2025-04471 für den 14.–25. April ist eingereicht. Abgezogen werden 10 Urlaubstage (Mo–Fr in beiden Wochen); Ihr Resturlaub beträgt danach 20 Tage.',
] });
await generateText({ model: m2, system, tools: { personalakte_laden, urlaubsantrag_erstellen }, stopWhen: stepCountIs(5), runtimeContext, telemetry,
  prompt: 'Ich möchte vom 14. bis 25. April Urlaub beantragen. Wie viele Tage gehen da von meinem Konto ab?' });

writeJsonl(dir, 'otlp-export.jsonl', [await flush()]);
