// HR self-service assistant (German). The leave-balance service answers 503 on the first call; the
// agent retries the same call, gets the balance, books the leave within it, and honestly reports that
// the substitute search found nobody, asking the employee how to proceed.
// Real `ai` v7 + LegacyOpenTelemetry (ai.* attributes), scripted model, offline.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, stepCountIs, z, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('urlaub-fe0');
const { flush } = setupTracing({ serviceName: 'hr-selfservice', resource: { 'deployment.environment': 'prod-de' }, seed: 'urlaub-fe0' });

let balanceCalls = 0;
const tools = {
  urlaubskonto: tool({
    description: 'Liefert den Resturlaub eines Mitarbeiters für ein Kalenderjahr.',
    inputSchema: z.object({ personalnummer: z.string(), jahr: z.number().int() }),
    execute: async ({ personalnummer, jahr }) => {
      if (balanceCalls++ === 0) throw new Error('HTTP 503 Service Unavailable: zeiterfassung-gw überlastet, bitte erneut versuchen (Retry-After: 2)');
      return { personalnummer, jahr, anspruch_tage: 30, genommen_tage: 18, resturlaub_tage: 12 };
    },
  }),
  urlaub_beantragen: tool({
    description: 'Legt einen Urlaubsantrag an (Status: beantragt, Genehmigung durch Führungskraft).',
    inputSchema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number().int() }),
    execute: async (a) => ({ antrag: 'UA-2026-004713', status: 'beantragt', ...a, resturlaub_nach_antrag: 7 }),
  }),
  vertretung_suchen: tool({
    description: 'Sucht verfügbare Kolleg:innen derselben Rolle als Vertretung für einen Zeitraum.',
    inputSchema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string() }),
    execute: async () => ({ treffer: [], hinweis: 'Alle 3 Kolleg:innen der Rolle "Lohnbuchhaltung" sind im Zeitraum abwesend.' }),
  }),
};

const c = () => ids('fc_', 20);
await generateText({
  model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-', replies: [
    { calls: [[c(), 'urlaubskonto', { personalnummer: '00481516', jahr: 2026 }]] },
    { text: 'Der Dienst war kurz nicht erreichbar, ich versuche es erneut.', calls: [[c(), 'urlaubskonto', { personalnummer: '00481516', jahr: 2026 }]] },
    { calls: [[c(), 'urlaub_beantragen', { personalnummer: '00481516', von: '2026-12-14', bis: '2026-12-18', arbeitstage: 5 }]] },
    { calls: [[c(), 'vertretung_suchen', { personalnummer: '00481516', von: '2026-12-14', bis: '2026-12-18' }]] },
    'Ihr Urlaubsantrag UA-2026-004713 für den 14.–18.12.2026 (5 Arbeitstage) ist angelegt und wartet auf die Genehmigung Ihrer Führungskraft; danach bleiben Ihnen 7 von 12 Tagen Resturlaub. Eine Vertretung habe ich leider nicht gefunden: alle drei Kolleg:innen aus der Lohnbuchhaltung sind in dem Zeitraum selbst abwesend. Soll ich Ihre Teamleitung bitten, eine Vertretung zu regeln, oder möchten Sie den Zeitraum verschieben?',
  ] }),
  system: 'Du bist der HR-Self-Service-Assistent. Prüfe vor jedem Urlaubsantrag den Resturlaub. Siezen.',
  prompt: 'Hallo, Personalnummer 00481516. Bitte beantragen Sie für mich Urlaub vom 14. bis 18. Dezember und schauen Sie, wer mich vertreten kann.',
  tools,
  stopWhen: stepCountIs(8),
  runtimeContext: { sessionId: 'hrss:5d2e0c7a', userId: '00481516' },
  telemetry: { functionId: 'urlaub', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'trace.jsonl', [await flush()]);
