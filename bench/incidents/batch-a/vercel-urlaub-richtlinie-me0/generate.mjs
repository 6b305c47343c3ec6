// HR assistant (German): answers an employee's question about carrying over leave.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('urlaub-richtlinie');
const { flush } = setupTracing({ serviceName: 'hr-helpdesk-agent', resource: { 'deployment.environment': 'production', 'service.version': '2.14.0' }, seed: 'urlaub-richtlinie' });

const sessionId = 'HR-TKT-2024-00917';
const userId = 'emp_41877';

const sucheRichtlinien = tool({
  description: 'Durchsucht das Personalhandbuch (Betriebsvereinbarungen, Richtlinien) nach Abschnitten.',
  inputSchema: z.object({ query: z.string(), standort: z.string().optional(), top_k: z.number().optional() }),
  execute: async ({ query, standort }) => ({ query, standort: standort ?? null, index: 'hr-handbuch-de-2024', treffer: [], total: 0 }),
});
const mitarbeiterStamm = tool({
  description: 'Liest Stammdaten eines Mitarbeiters.',
  inputSchema: z.object({ personalnummer: z.string() }),
  execute: async ({ personalnummer }) => ({ personalnummer, standort: 'Leipzig', eintritt: '2019-04-01', teilzeit: false, resturlaub_2024: 9 }),
});
const system = 'Du bist der HR-Assistent der Brenner Logistik GmbH. Beantworte Fragen zu Urlaub, Arbeitszeit und Entgelt auf Basis des Personalhandbuchs.';
const telemetry = { functionId: 'hr-helpdesk', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const u1 = 'Ich habe noch 9 Tage Resturlaub aus 2024. Kann ich die ins nächste Jahr mitnehmen und bis wann muss ich sie nehmen?';
const m = scriptedModel({ provider: 'azure.chat', modelId: 'gpt-4o', ids, replies: [
  { calls: [[ 'call_' + ids('', 24), 'mitarbeiter_stammdaten', { personalnummer: userId } ]] },
  { calls: [[ 'call_' + ids('', 24), 'suche_richtlinien', { query: 'Übertrag Resturlaub Folgejahr Verfall', standort: 'Leipzig', top_k: 5 } ]] },
  { calls: [[ 'call_' + ids('', 24), 'suche_richtlinien', { query: 'Urlaubsübertragung', top_k: 10 } ]] },
  'Ja, das geht. Laut Betriebsvereinbarung können Sie bis zu 10 Urlaubstage ins Folgejahr übertragen, Ihre 9 Tage also vollständig. Übertragener Urlaub muss bis zum 31. März 2025 genommen werden, danach verfällt er. Ausnahme: Bei Krankheit verlängert sich die Frist um 15 Monate. Bitte beantragen Sie den Übertrag bis zum 15. Dezember im Portal.',
]});
await generateText({ model: m, system, prompt: u1, tools: { mitarbeiter_stammdaten: mitarbeiterStamm, suche_richtlinien: sucheRichtlinien }, stopWhen: stepCountIs(6), runtimeContext: { sessionId, userId }, telemetry });
writeJsonl(dir, 'otlp-export.jsonl', [await flush()]);
