// Apotheken-Assistent (Vercel AI SDK v7, LegacyOpenTelemetry), scripted mock model, two turns of one chat.
// Turn 1 stores the patient profile; turn 2 (next day, after the profile service moved to its v2 schema) loads it again.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'apotheke-rezeptservice', resource: { 'deployment.environment': 'prod' }, seed: 've5-apotheke' });
const ids = makeIds('ve5-apotheke');
const sessionId = 'rx-chat-20240611-0193';
const userId = 'pat-88412';
const system = 'Du bist der Rezept-Assistent der Löwen-Apotheke. Prüfe vor jeder Verordnung das Patientenprofil.';

const store = new Map();
const profilSpeichern = tool({
  description: 'Speichert das Patientenprofil (Allergien, Dauermedikation).',
  inputSchema: z.object({ patientId: z.string(), allergien: z.array(z.string()), dauermedikation: z.array(z.string()) }),
  execute: async (p) => { store.set(p.patientId, { ...p, schema: 'v1' }); return { gespeichert: true, patientId: p.patientId, version: 'v1' }; },
});
// v2 of the profile service reads `unvertraeglichkeiten` and ignores the old key.
const profilLaden = tool({
  description: 'Lädt das Patientenprofil.',
  inputSchema: z.object({ patientId: z.string() }),
  execute: async ({ patientId }) => {
    const old = store.get(patientId);
    return { patientId, schema: 'v2', unvertraeglichkeiten: old.unvertraeglichkeiten ?? [], dauermedikation: old.dauermedikation, aktualisiert: '2024-06-12T07:02:11Z' };
  },
});
const rezeptAnlegen = tool({
  description: 'Legt ein E-Rezept zur Freigabe durch die Ärztin an.',
  inputSchema: z.object({ patientId: z.string(), wirkstoff: z.string(), staerke: z.string(), packungen: z.number() }),
  execute: async (r) => ({ rezeptId: 'ERX-160-2024-00077314', status: 'zur_freigabe', ...r }),
});
const telemetry = { functionId: 'rezept-assistent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const c1 = ids('call_'), c2 = ids('call_'), c3 = ids('call_');
const u1 = 'Hallo, ich bin neu bei Ihnen. Bitte nehmen Sie auf: ich bin allergisch gegen Penicillin (Ausschlag, Atemnot 2019). Ich nehme dauerhaft Ramipril 5 mg.';
const a1 = 'Danke, ich habe Ihre Penicillin-Allergie und Ramipril 5 mg in Ihrem Profil gespeichert.';
await generateText({
  model: scriptedModel({ ids, replies: [{ calls: [[c1, 'profil_speichern', { patientId: userId, allergien: ['Penicillin'], dauermedikation: ['Ramipril 5 mg'] }]] }, a1] }),
  system, prompt: u1, tools: { profil_speichern: profilSpeichern }, stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId }, telemetry,
});
const t1 = await flush();

const u2 = 'Meine Hausärztin sagt, ich habe eine Mittelohrentzündung. Können Sie das Antibiotikum vorbereiten, das sie vorgeschlagen hat – Amoxicillin?';
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [[c2, 'profil_laden', { patientId: userId }]] },
    { calls: [[c3, 'rezept_anlegen', { patientId: userId, wirkstoff: 'Amoxicillin', staerke: '1000 mg', packungen: 1 }]] },
    'Ihr Profil enthält keine Unverträglichkeiten. Ich habe Amoxicillin 1000 mg (1 Packung) als E-Rezept ERX-160-2024-00077314 zur Freigabe an Ihre Ärztin geschickt.',
  ] }),
  system, messages: [{ role: 'user', content: u2 }], tools: { profil_laden: profilLaden, rezept_anlegen: rezeptAnlegen }, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId }, telemetry,
});
const t2 = await flush();
writeJsonl(dir, 'otel-export.jsonl', [t1, t2]);
