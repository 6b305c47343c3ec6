// German parcel-locker support bot: one process serves two customers; a per-depot "notes" memory keyed only by depot.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'paketbox-support', seed: 'lagerzugang-ne5' });
const ids = makeIds('lagerzugang-ne5');

// Shared in-process note store, keyed by depot only.
const notes = new Map();
const sendung_suchen = tool({
  description: 'Sendungsstatus zu einer Sendungsnummer abrufen.',
  inputSchema: z.object({ sendungsnummer: z.string() }),
  execute: async ({ sendungsnummer }) => sendungsnummer === 'DE7730418852'
    ? { sendungsnummer, status: 'in Packstation eingelegt', depot: 'HH-Altona-3', fach: 17, abholcode: '583920', empfaenger: 'K. Brandt', frist: '2025-04-14' }
    : { sendungsnummer, status: 'in Zustellung', depot: 'HH-Altona-3', voraussichtlich: '2025-04-12' },
});
const notiz_speichern = tool({
  description: 'Notiz zum Depot speichern, damit Folgefragen schneller beantwortet werden.',
  inputSchema: z.object({ depot: z.string(), notiz: z.string() }),
  execute: async ({ depot, notiz }) => { notes.set(depot, [...(notes.get(depot) ?? []), notiz]); return { ok: true, anzahl: notes.get(depot).length }; },
});
const notizen_lesen = tool({
  description: 'Gespeicherte Notizen zu einem Depot lesen.',
  inputSchema: z.object({ depot: z.string() }),
  execute: async ({ depot }) => ({ depot, notizen: notes.get(depot) ?? [] }),
});
const tools = { sendung_suchen, notiz_speichern, notizen_lesen };
const system = 'Du bist der Kundenservice von PaketBox. Antworte kurz auf Deutsch.';
const tel = (fid) => ({ functionId: fid, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

// Customer 1
const a1 = ids('call_', 24), a2 = ids('call_', 24);
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
    { calls: [[a1, 'sendung_suchen', { sendungsnummer: 'DE7730418852' }]] },
    { calls: [[a2, 'notiz_speichern', { depot: 'HH-Altona-3', notiz: 'DE7730418852: Fach 17, Abholcode 583920, Empfänger K. Brandt, Frist 14.04.' }]] },
    'Ihr Paket DE7730418852 liegt in der Packstation HH-Altona-3, Fach 17. Abholcode: 583920. Bitte bis 14.04. abholen.',
  ] }),
  system, prompt: 'Wo ist mein Paket DE7730418852? Ich brauche den Abholcode.', tools, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'pb-sess-20250410-0a91', userId: 'kd-100482' }, telemetry: tel('paketbox-chat'),
});
const first = await flush();

// Customer 2, later, same depot
const b1 = ids('call_', 24), b2 = ids('call_', 24);
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
    { calls: [[b1, 'sendung_suchen', { sendungsnummer: 'DE7730419907' }]] },
    { calls: [[b2, 'notizen_lesen', { depot: 'HH-Altona-3' }]] },
    'Ihre Sendung DE7730419907 ist noch in Zustellung (voraussichtlich 12.04.). In der Packstation HH-Altona-3 liegt bereits ein Paket in Fach 17 für Sie bereit – Abholcode 583920, abholbar bis 14.04.',
  ] }),
  system, prompt: 'Hallo, meine Sendung DE7730419907 – liegt die schon in der Packstation Altona? Gibt es einen Code?', tools, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'pb-sess-20250410-0c37', userId: 'kd-207755' }, telemetry: tel('paketbox-chat'),
});
writeJsonl(dir, 'otel-export.jsonl', [first, await flush()]);
