// Versandapotheke refill assistant (German). The app keeps the customer record between visits through
// its own save/load tools; the agent graph itself is stateless per request. Real LangGraph + core,
// scripted model, LangSmith runs captured offline.
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2025-02-11T08:41:07Z', 311);
const SID = 'apo-chat-5f1c9e02';
const meta = { session_id: SID, user_id: 'KD-88-20417', channel: 'web', app_version: '3.0.1' };
const SYS = new SystemMessage('Du bist der Rezept-Assistent der Versandapotheke Lindenhof. Prüfe vor jeder Bestellung die Kundenakte. Antworte auf Deutsch.');

const akteSpeichern = tool(async ({ kunden_nr, vermerke }) => JSON.stringify({ ok: true, kunden_nr, rev: 14, gespeichert_um: new Date().toISOString() }),
  { name: 'kundenakte_speichern', description: 'Speichert Vermerke in der Kundenakte.',
    schema: z.object({ kunden_nr: z.string(), vermerke: z.record(z.string(), z.any()) }) });
// after the weekend deploy the record is read through the v3 schema
const akteLaden = tool(async ({ kunden_nr }) => JSON.stringify({ kunden_nr, rev: 14, schema: 'v3', name: 'Brandt, Helene',
  geburtsjahr: 1961, dauermedikation: ['Ibuprofen 600 mg'], unvertraeglichkeiten: [], letzte_bestellung: 'B-2025-0207-3381' }),
  { name: 'kundenakte_laden', description: 'Lädt die Kundenakte.', schema: z.object({ kunden_nr: z.string() }) });
let nr = 0;
const bestellen = tool(async ({ kunden_nr, praeparat, menge }) => JSON.stringify({ bestellung: ['B-2025-0211-4470', 'B-2025-0212-0912'][nr++], kunden_nr, praeparat, menge, status: 'freigegeben', versand: nr === 1 ? '2025-02-12' : '2025-02-13' }),
  { name: 'bestellung_anlegen', description: 'Legt eine Rezeptbestellung an.',
    schema: z.object({ kunden_nr: z.string(), praeparat: z.string(), menge: z.string() }) });

// --- visit 1
const m1 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_Hq2vTzP0aL', name: 'kundenakte_speichern', args: { kunden_nr: 'KD-88-20417',
    vermerke: { allergien: ['Penicillin (Anaphylaxie 2019)'], dauermedikation: ['Ibuprofen 600 mg'] } } }] },
  { content: '', tool_calls: [{ id: 'call_r8YbWm41sK', name: 'bestellung_anlegen', args: { kunden_nr: 'KD-88-20417', praeparat: 'Ibuprofen 600 mg', menge: '50 St.' } }] },
  { content: 'Ihr Folgerezept für Ibuprofen 600 mg (50 Stück) ist bestellt (B-2025-0211-4470) und geht morgen raus. Ihre Penicillin-Allergie habe ich in Ihrer Kundenakte vermerkt.' },
] });
const g1 = agentGraph({ model: m1, tools: [akteSpeichern, bestellen] });
await traced(g1, { messages: [SYS, new HumanMessage('Guten Morgen, ich brauche mein Ibuprofen 600 wieder, 50 Stück. Bitte notieren Sie auch: ich bin gegen Penicillin allergisch, hatte 2019 einen anaphylaktischen Schock.')] },
  { project: 'apotheke-prod', metadata: meta, runName: 'rezept_assistent' });

advance(minutes(60 * 26 + 17));

// --- visit 2 (different worker, record restored from the Kundenakte)
const m2 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_0xNc7EwqVb', name: 'kundenakte_laden', args: { kunden_nr: 'KD-88-20417' } }] },
  { content: '', tool_calls: [{ id: 'call_Ue5LmK29dz', name: 'bestellung_anlegen', args: { kunden_nr: 'KD-88-20417', praeparat: 'Amoxicillin 1000 mg', menge: '20 St.' } }] },
  { content: 'In Ihrer Akte sind keine Unverträglichkeiten hinterlegt, daher habe ich Amoxicillin 1000 mg (20 Stück) freigegeben – Bestellung B-2025-0212-0912, Versand morgen. Gute Besserung!' },
] });
const g2 = agentGraph({ model: m2, tools: [akteLaden, bestellen] });
await traced(g2, { messages: [SYS, new HumanMessage('Hallo nochmal, Kundennummer KD-88-20417. Mein Hausarzt hat mir wegen der Nebenhöhlen Amoxicillin 1000 aufgeschrieben, 20 Stück. Können Sie das gleich mitschicken?')] },
  { project: 'apotheke-prod', metadata: meta, runName: 'rezept_assistent' });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
