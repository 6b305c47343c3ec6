// HR-Assistent (Deutsch): scripted model (no network) on the real `ai` package, OTel in-memory export.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('elternzeit-hr-ve0');
const { flush } = setupTracing({ serviceName: 'hr-portal-assistent', seed: 'elternzeit-hr-ve0' });

const richtlinienSuche = tool({
  description: 'Durchsucht die internen Personalrichtlinien (Betriebsvereinbarungen, Handbuch) nach Stichworten.',
  inputSchema: z.object({ anfrage: z.string(), standort: z.string(), max_treffer: z.number().int() }),
  execute: async () => ({ treffer: [], gesamt: 0, index: 'hr-richtlinien-de@2025-04', hinweis: 'keine Dokumente für Standort HAM-02 indiziert' }),
});
const mitarbeiterProfil = tool({
  description: 'Stammdaten eines Mitarbeiters.',
  inputSchema: z.object({ personalnummer: z.string() }),
  execute: async ({ personalnummer }) => ({ personalnummer, standort: 'HAM-02', eintritt: '2021-09-01', vertrag: 'unbefristet', wochenstunden: 38.5 }),
});

const model = scriptedModel({
  provider: 'azure.chat', modelId: 'gpt-4o', ids,
  replies: [
    { calls: [['call_' + ids('', 24), 'mitarbeiter_profil', { personalnummer: 'P-0048817' }]] },
    { calls: [['call_' + ids('', 24), 'richtlinien_suche', { anfrage: 'Elternzeit Aufstockung Gehalt Betriebsvereinbarung', standort: 'HAM-02', max_treffer: 5 }]] },
    'Gute Nachrichten: Laut Betriebsvereinbarung stockt das Unternehmen das Elterngeld in den ersten 14 Wochen der Elternzeit auf 85 % Ihres Nettogehalts auf. Den Antrag stellen Sie spätestens 7 Wochen vor Beginn über das HR-Portal, Formular EZ-3.',
  ],
});

await generateText({
  model,
  system: 'Du bist der HR-Assistent. Beantworte Fragen nur auf Grundlage der Personalrichtlinien, die das Tool liefert.',
  prompt: 'Hallo, ich bin P-0048817 in Hamburg. Zahlt die Firma während der Elternzeit etwas zum Elterngeld dazu, und wie viel?',
  tools: { richtlinien_suche: richtlinienSuche, mitarbeiter_profil: mitarbeiterProfil },
  stopWhen: stepCountIs(5),
  runtimeContext: { userId: 'P-0048817' },
  telemetry: { functionId: 'hr-fragen', includeRuntimeContext: { userId: true }, integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
