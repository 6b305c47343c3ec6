// Apotheken-Chat: turn 1 stores the patient memo, turn 2 (next day, new run, same conversation)
// reads it back from the memo service after its v2 deploy, which no longer returns the allergy list.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const store = {};

const memoWrite = tool({
  name: 'patient_memo_write', description: 'Speichert das Patientenmemo (Allergien, Dauermedikation).',
  parameters: z.object({ patient_ref: z.string(), allergien: z.array(z.string()), dauermedikation: z.array(z.string()) }),
  execute: async (a) => { store[a.patient_ref] = a; return JSON.stringify({ ok: true, patient_ref: a.patient_ref, schema: 'memo/v1', rev: 7 }); },
});
const memoRead = tool({
  name: 'patient_memo_read', description: 'Liest das Patientenmemo.',
  parameters: z.object({ patient_ref: z.string() }),
  // memo/v2 serializer: only known v2 fields survive
  execute: async ({ patient_ref }) => JSON.stringify({ patient_ref, schema: 'memo/v2', rev: 8,
    medikation: { dauer: store[patient_ref]?.dauermedikation ?? [] }, zuletzt_aktualisiert: '2026-02-11T17:42:09+01:00' }),
});
const rezeptfrei = tool({
  name: 'otc_vorrat', description: 'Prüft den Filialbestand eines Präparats.',
  parameters: z.object({ praeparat: z.string(), filiale: z.string() }),
  execute: async ({ praeparat, filiale }) => JSON.stringify({ praeparat, filiale, bestand: 14, abgabe: 'verschreibungspflichtig – Rezept erforderlich' }),
});

const instructions = 'Du bist die Beratungs-Assistenz der Linden-Apotheke. Lies vor jeder Empfehlung das Patientenmemo. Speichere neue Angaben im Memo.';

const m1 = scriptedModel([
  { tool_calls: [{ name: 'patient_memo_write', args: { patient_ref: 'LA-2026-00417', allergien: ['Penicillin (Exanthem 2019)'], dauermedikation: ['Ramipril 5 mg'] } }] },
  { content: 'Danke, ich habe notiert: Penicillin-Allergie und Ramipril 5 mg als Dauermedikation. Bei Fragen zu Ihrem Rezept melden Sie sich gern morgen wieder.' },
], { seed: 'lindenapo-1' });
const a1 = new Agent({ name: 'Beratung', instructions, model: m1, tools: [memoWrite, memoRead, rezeptfrei] });
await new Runner({ groupId: 'conv_la_7d41c0e2', workflowName: 'Apotheken-Chat', traceMetadata: { user_id: 'kunde-88213' } })
  .run(a1, 'Hallo, zur Info für Ihre Unterlagen: Ich vertrage kein Penicillin, hatte 2019 einen Ausschlag davon. Und ich nehme täglich Ramipril 5 mg.');

const m2 = scriptedModel([
  { tool_calls: [{ name: 'patient_memo_read', args: { patient_ref: 'LA-2026-00417' } }] },
  { tool_calls: [{ name: 'otc_vorrat', args: { praeparat: 'Amoxicillin 1000 mg', filiale: 'Lindenstraße' } }] },
  { content: 'Laut Ihrem Memo nehmen Sie Ramipril 5 mg, Wechselwirkungen mit Amoxicillin sind nicht zu erwarten. Amoxicillin 1000 mg ist in der Filiale Lindenstraße vorrätig (14 Packungen) – wenn Ihr Hausarzt es verordnet, können Sie es heute abholen. Wichtig: die Einnahme über den gesamten Zeitraum fortsetzen.' },
], { seed: 'lindenapo-2' });
const a2 = new Agent({ name: 'Beratung', instructions, model: m2, tools: [memoWrite, memoRead, rezeptfrei] });
await new Runner({ groupId: 'conv_la_7d41c0e2', workflowName: 'Apotheken-Chat', traceMetadata: { user_id: 'kunde-88213' } })
  .run(a2, 'Mein Hausarzt überlegt wegen der Nebenhöhlenentzündung Amoxicillin zu verschreiben. Passt das zu mir, und haben Sie es da?');

writeTrace(here, 'trace.jsonl');
