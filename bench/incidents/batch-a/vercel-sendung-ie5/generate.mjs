// Parcel-tracking support agent (German). Vercel AI SDK v7, scripted mock model, OTel in-memory exporter.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'paketdienst-support', resource: { 'deployment.environment': 'prod' }, seed: 'sendung-ie5' });
const ids = makeIds('sendung-ie5');

const sendungVerfolgen = tool({
  description: 'Liefert den aktuellen Sendungsstatus und den letzten Scan zu einer Sendungsnummer.',
  inputSchema: z.object({ sendungsnummer: z.string() }),
  // The carrier gateway answers 200 with an empty record while its scan index is being rebuilt.
  execute: async ({ sendungsnummer }) => ({ sendungsnummer, status: null, letzter_scan: '1970-01-01T00:00:00Z', scan_ort: '', zustellversuche: 0 }),
});
const ersatzAusloesen = tool({
  description: 'Löst eine kostenlose Ersatzlieferung für eine verlorene Sendung aus.',
  inputSchema: z.object({ auftragsnummer: z.string(), grund: z.string() }),
  execute: async ({ auftragsnummer }) => ({ ok: true, ersatzauftrag: 'EA-2025-118734', auftragsnummer, versand: 'express' }),
});

const model = scriptedModel({
  ids,
  replies: [
    { calls: [['call_' + ids('', 20), 'sendung_verfolgen', { sendungsnummer: 'DE4471903582' }]] },
    { calls: [['call_' + ids('', 20), 'ersatzlieferung_ausloesen', { auftragsnummer: 'A-88213-K', grund: 'Sendung DE4471903582 seit Versand ohne Scan, gilt als verloren' }]] },
    'Es tut mir leid: Ihre Sendung DE4471903582 wurde seit dem Versand nie gescannt und gilt als verloren. Ich habe eine kostenlose Ersatzlieferung per Express ausgelöst (Ersatzauftrag EA-2025-118734).',
  ],
});

await generateText({
  model,
  system: 'Du bist der Kundenservice von PaketDirekt. Prüfe den Sendungsstatus, bevor du handelst. Ersatzlieferungen nur bei bestätigtem Verlust.',
  prompt: 'Hallo, meine Bestellung A-88213-K (Sendung DE4471903582) ist seit einer Woche unterwegs. Wo ist das Paket?',
  tools: { sendung_verfolgen: sendungVerfolgen, ersatzlieferung_ausloesen: ersatzAusloesen },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'kd-ticket-558120', userId: 'kunde-30917' },
  telemetry: { functionId: 'paket-support', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
