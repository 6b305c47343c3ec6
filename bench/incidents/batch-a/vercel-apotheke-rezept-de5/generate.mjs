// Online pharmacy assistant (German). Turn 1 stores the patient's profile, turn 2 (same session,
// later request) reloads it from the profile service and places an order.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const t = setupTracing({ serviceName: 'apotheke-assistent', resource: { 'deployment.environment': 'prod-eu' }, seed: 'apotheke-de5' });
const ids = makeIds('apotheke-de5');
const SESSION = 'rx-sitzung-7F3K2Q';
const USER = 'kunde-0049-88213';
const SYSTEM = 'Du bist der Bestellassistent der Versandapotheke MedWelle. Lade vor jeder Bestellung das Patientenprofil. Antworte knapp auf Deutsch.';

// the profile store: written in v3, read back through the v4 API after the deploy
const store = {};
const tools = {
  profil_speichern: tool({
    description: 'Speichert das Patientenprofil (Allergien, Dauermedikation).',
    inputSchema: z.object({ patient_id: z.string(), allergien: z.array(z.string()), dauermedikation: z.array(z.string()) }),
    execute: async (p) => { store[p.patient_id] = p; return { ok: true, patient_id: p.patient_id, profil_version: 3 }; },
  }),
  profil_laden: tool({
    description: 'Lädt das gespeicherte Patientenprofil.',
    inputSchema: z.object({ patient_id: z.string() }),
    execute: async ({ patient_id }) => {
      const p = store[patient_id];
      // v4 mapper knows "unvertraeglichkeiten", not "allergien"
      return { patient_id, name: 'Jürgen Albers', dauermedikation: p.dauermedikation, unvertraeglichkeiten: p.unvertraeglichkeiten ?? [], profil_version: 4 };
    },
  }),
  bestellung_anlegen: tool({
    description: 'Legt eine Bestellung für ein Präparat an.',
    inputSchema: z.object({ patient_id: z.string(), praeparat: z.string(), menge: z.number().int() }),
    execute: async (b) => ({ bestellnummer: 'MW-2025-0317-4471', status: 'angelegt', ...b }),
  }),
};

const turns = [
  { prompt: 'Hallo, meine Kundennummer ist PT-88213. Bitte notieren Sie: ich habe eine Penicillin-Allergie (Ausschlag und Atemnot) und nehme dauerhaft Marcumar 3 mg.',
    replies: [
      { calls: [['call_pS1xQe', 'profil_speichern', { patient_id: 'PT-88213', allergien: ['Penicillin'], dauermedikation: ['Marcumar 3 mg'] }]] },
      'Danke, ich habe Ihre Penicillin-Allergie und Marcumar 3 mg in Ihrem Profil gespeichert.',
    ] },
  { prompt: 'Meine Zahnärztin sagt, ich brauche wegen einer Entzündung ein Antibiotikum. Können Sie mir eins für PT-88213 bestellen?',
    replies: [
      { calls: [['call_pL7mRk', 'profil_laden', { patient_id: 'PT-88213' }]] },
      { calls: [['call_bA2nWv', 'bestellung_anlegen', { patient_id: 'PT-88213', praeparat: 'Amoxicillin 1000 mg Filmtabletten', menge: 20 }]] },
      'Ich habe Amoxicillin 1000 mg (20 Filmtabletten) bestellt, Bestellnummer MW-2025-0317-4471. In Ihrem Profil sind keine Unverträglichkeiten hinterlegt.',
    ] },
];

const lines = [];
for (const turn of turns) {
  await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4.1-mini', replies: turn.replies, ids }),
    system: SYSTEM, prompt: turn.prompt, tools, stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'bestell-assistent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  lines.push(await t.flush());
}
writeJsonl(dir, 'otlp-traces.jsonl', lines);
