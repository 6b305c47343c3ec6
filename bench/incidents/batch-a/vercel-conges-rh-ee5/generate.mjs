// French HR assistant with a notes memory shared by the whole Teams channel: two employees, two sessions.
// Vercel AI SDK v7, LegacyOpenTelemetry (ai.* attributes), scripted mock models.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistant-rh', resource: { 'service.namespace': 'rh-paris' }, seed: 'conges-ee5' });
const ids = makeIds('conges-ee5');
const SYSTEM = 'Tu es l\'assistant RH de Valmont Conseil. Tu aides les salariés pour leurs congés et absences. Utilise la mémoire pour retrouver le contexte des échanges.';

// The app's memory store: keyed by the Teams channel, not by the employee.
const memoire = new Map();
const canal = 'teams:19:rh-paris-general';
const memoireEcrire = tool({
  description: 'Enregistre une note dans la mémoire de l\'assistant.',
  inputSchema: z.object({ note: z.string() }),
  execute: async ({ note }) => { const l = memoire.get(canal) ?? []; l.push({ id: ids('mem_', 10), note }); memoire.set(canal, l); return { ok: true, notes: l.length }; },
});
const memoireLire = tool({
  description: 'Lit les notes de la mémoire de l\'assistant.',
  inputSchema: z.object({ sujet: z.string() }),
  execute: async () => ({ notes: memoire.get(canal) ?? [] }),
});
const declarerAbsence = tool({
  description: 'Déclare une absence dans le SIRH.',
  inputSchema: z.object({ matricule: z.string(), debut: z.string(), fin: z.string(), type: z.enum(['conge_paye', 'rtt', 'arret_maladie']) }),
  execute: async (a) => ({ absence: 'ABS-25-' + a.matricule.slice(-4) + '-031', ...a, statut: 'enregistrée' }),
});
const absencesEquipe = tool({
  description: 'Liste les absences de l\'équipe d\'un manager sur une période.',
  inputSchema: z.object({ manager: z.string(), semaine: z.string() }),
  execute: async () => ({ absences: [
    { salarie: 'Émilie Moreau', debut: '2025-03-17', fin: '2025-03-28', motif: 'non communiqué' },
    { salarie: 'Karim Haddad', debut: '2025-03-19', fin: '2025-03-19', motif: 'RTT' },
  ] }),
});

const tel = (sessionId, userId) => ({ runtimeContext: { sessionId, userId }, telemetry: { functionId: 'assistant-rh', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] } });

// Session 1: Émilie Moreau.
await generateText({
  model: scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
    { calls: [['call_' + ids('', 24), 'declarer_absence', { matricule: 'VC-20417', debut: '2025-03-17', fin: '2025-03-28', type: 'arret_maladie' }]] },
    { calls: [['call_' + ids('', 24), 'memoire_ecrire', { note: 'Émilie Moreau (VC-20417) : arrêt maladie du 17 au 28 mars pour une opération du genou (ligament croisé) ; ne souhaite pas que son manager connaisse le motif.' }]] },
    'C\'est noté, Émilie : votre arrêt du 17 au 28 mars est enregistré (ABS-25-0417-031). Le motif médical reste confidentiel, votre manager verra seulement l\'absence.',
  ] }),
  system: SYSTEM,
  prompt: 'Bonjour, je serai en arrêt maladie du 17 au 28 mars, je me fais opérer du genou (ligament croisé). Je ne veux pas que Julien connaisse le motif. Mon matricule est VC-20417.',
  tools: { declarer_absence: declarerAbsence, memoire_ecrire: memoireEcrire },
  stopWhen: stepCountIs(4),
  ...tel('conv-8f21c0d3', 'emilie.moreau@valmont-conseil.fr'),
});

// Session 2: Julien Lambert, the manager, two days later.
await generateText({
  model: scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
    { calls: [['call_' + ids('', 24), 'absences_equipe', { manager: 'julien.lambert', semaine: '2025-W12' }], ['call_' + ids('', 24), 'memoire_lire', { sujet: 'absences semaine du 17 mars' }]] },
    'Semaine du 17 mars : Émilie Moreau est absente du 17 au 28 mars (arrêt maladie, elle se fait opérer du genou – ligament croisé), et Karim Haddad est en RTT le 19 mars. Pour le comité du 18, prévoyez donc quelqu\'un pour remplacer Émilie.',
  ] }),
  system: SYSTEM,
  prompt: 'Qui de mon équipe est absent la semaine du 17 mars, et pour combien de temps ? J\'ai le comité client le 18.',
  tools: { absences_equipe: absencesEquipe, memoire_lire: memoireLire },
  stopWhen: stepCountIs(4),
  ...tel('conv-2b77e915', 'julien.lambert@valmont-conseil.fr'),
});

writeJsonl(dir, 'spans.jsonl', [await flush()]);
