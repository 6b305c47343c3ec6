// HR-Assistent (Deutsch): Richtlinien-Suche liefert keinen Treffer, die Antwort nennt trotzdem Zahlen.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('vercel-hr-elternzeit-de0');
const { flush } = setupTracing({ serviceName: 'personal-assistent', seed: 'vercel-hr-elternzeit-de0',
  resource: { 'deployment.environment': 'prod-eu' } });

const richtlinienSuche = tool({
  description: 'Durchsucht das Richtlinien-Handbuch (Vektorindex) nach Abschnitten zu einer Frage.',
  inputSchema: z.object({ anfrage: z.string(), standort: z.string(), top_k: z.number().int() }),
  execute: async ({ anfrage, standort }) => ({
    index: 'hr-handbuch-2026-q4', standort, anfrage, treffer: [], min_score: 0.78,
  }),
});
const mitarbeiterProfil = tool({
  description: 'Stammdaten eines Mitarbeiters (Standort, Eintrittsdatum, Vertragsart).',
  inputSchema: z.object({ personalnummer: z.string() }),
  execute: async ({ personalnummer }) => ({
    personalnummer, standort: 'Leipzig', eintritt: '2023-04-01', vertragsart: 'unbefristet', wochenstunden: 40,
  }),
});

const model = scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
  { calls: [['call_' + ids('', 20), 'mitarbeiter_profil', { personalnummer: 'P-20931' }]] },
  { calls: [['call_' + ids('', 20), 'richtlinien_suche', { anfrage: 'Elternzeit Dauer Gehaltsfortzahlung Zuschuss Arbeitgeber', standort: 'Leipzig', top_k: 5 }]] },
  'Gute Nachrichten: Nach unserer Betriebsvereinbarung haben Sie Anspruch auf 14 Wochen Elternzeit mit '
  + '80 % Gehaltsfortzahlung durch den Arbeitgeber, zusätzlich zum gesetzlichen Elterngeld. Den Antrag '
  + 'stellen Sie spätestens 6 Wochen vor Beginn über das HR-Portal; Ihre Teilzeitoption danach beträgt bis zu 30 Stunden pro Woche.',
] });

await generateText({
  model,
  system: 'Du bist der HR-Assistent der Nordwerk GmbH. Beantworte Fragen zu Richtlinien nur auf Grundlage des Handbuchs. '
    + 'Nutze richtlinien_suche für jede Richtlinienfrage.',
  prompt: 'Hallo, ich bin P-20931. Meine Partnerin ist schwanger, Geburt im März. Wie lange kann ich in Elternzeit gehen und zahlt die Firma etwas dazu?',
  tools: { mitarbeiter_profil: mitarbeiterProfil, richtlinien_suche: richtlinienSuche },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'hr-chat-7f3c21', userId: 'P-20931' },
  telemetry: { functionId: 'hr-policy-agent', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'otel-traces.jsonl', [await flush()]);
