// HR leave planner (German), two turns of one conversation a day apart. Vercel AI SDK v7 with the
// legacy ai.* telemetry (LegacyOpenTelemetry), scripted model, no network. Each turn is its own trace;
// the app sends only the new message and relies on the stored employee profile between turns.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('urlaub-teilzeit-le5');
const { flush } = setupTracing({ serviceName: 'hr-urlaubsplaner', resource: { 'service.version': '2.14.0' }, seed: 'urlaub-teilzeit-le5' });

// profile store: the write goes to v7, the read on the next day is served from a replica still at v6
const profilV6 = { mitarbeiter_id: 'MA-20419', name: 'Jana Köhler', abteilung: 'Controlling', arbeitszeitmodell: { umfang_prozent: 100, arbeitstage: ['Mo', 'Di', 'Mi', 'Do', 'Fr'] }, resturlaub_tage: 14, version: 6, stand: '2025-05-28T07:12:44Z' };

const tools = {
  profil_speichern: tool({
    description: 'Speichert Änderungen am Mitarbeiterprofil (Arbeitszeitmodell, Urlaubskonto).',
    inputSchema: z.object({ mitarbeiter_id: z.string(), arbeitszeitmodell: z.object({ umfang_prozent: z.number(), arbeitstage: z.array(z.string()), gueltig_ab: z.string() }) }),
    execute: async () => ({ gespeichert: true, version: 7, stand: '2025-06-16T13:05:21Z' }),
  }),
  profil_laden: tool({
    description: 'Lädt das Mitarbeiterprofil.',
    inputSchema: z.object({ mitarbeiter_id: z.string() }),
    execute: async () => profilV6,
  }),
  urlaub_beantragen: tool({
    description: 'Stellt einen Urlaubsantrag und bucht die Arbeitstage vom Urlaubskonto ab.',
    inputSchema: z.object({ mitarbeiter_id: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number() }),
    execute: async ({ von, bis, arbeitstage }) => ({ antrag: 'UA-2025-03317', status: 'eingereicht', von, bis, abgebucht_tage: arbeitstage, resturlaub_neu: 14 - arbeitstage, genehmiger: 'T. Brandt' }),
  }),
};

async function turn({ prompt, replies, traceRunId }) {
  await generateText({
    model: scriptedModel({ provider: 'azure.chat', modelId: 'gpt-4.1-mini', ids, responsePrefix: 'chatcmpl-', replies }),
    system: 'Du bist der Urlaubsplaner der Personalabteilung. Arbeitstage werden nach dem im Profil hinterlegten Arbeitszeitmodell gezählt.',
    prompt,
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: 'hr-chat-MA-20419-0616', userId: 'MA-20419', runId: traceRunId },
    telemetry: { functionId: 'urlaubsplaner', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
}

await turn({
  traceRunId: 'r1',
  prompt: 'Hallo, ab 1. Juli arbeite ich nur noch 60 %, und zwar Montag bis Mittwoch. Bitte trag das ein, ich plane morgen meinen Sommerurlaub.',
  replies: [
    { calls: [['call_' + ids('', 24), 'profil_speichern', { mitarbeiter_id: 'MA-20419', arbeitszeitmodell: { umfang_prozent: 60, arbeitstage: ['Mo', 'Di', 'Mi'], gueltig_ab: '2025-07-01' } }]] },
    'Erledigt: Ab 01.07.2025 ist Ihr Arbeitszeitmodell 60 % mit den Arbeitstagen Montag bis Mittwoch hinterlegt. Urlaub wird ab dann nur für diese Tage abgebucht.',
  ],
});
const line1 = await flush();

await turn({
  traceRunId: 'r2',
  prompt: 'So, jetzt bitte Urlaub vom 4. bis 15. August beantragen. Wie viele Tage bleiben mir danach?',
  replies: [
    { calls: [['call_' + ids('', 24), 'profil_laden', { mitarbeiter_id: 'MA-20419' }]] },
    { calls: [['call_' + ids('', 24), 'urlaub_beantragen', { mitarbeiter_id: 'MA-20419', von: '2025-08-04', bis: '2025-08-15', arbeitstage: 10 }]] },
    'Ihr Urlaubsantrag UA-2025-03317 für den 04.08. bis 15.08.2025 ist eingereicht (Genehmiger: T. Brandt). Abgebucht wurden 10 Arbeitstage (Mo–Fr), Ihnen bleiben danach noch 4 Urlaubstage.',
  ],
});
const line2 = await flush();
writeJsonl(dir, 'otlp-export.jsonl', [line1, line2]);
