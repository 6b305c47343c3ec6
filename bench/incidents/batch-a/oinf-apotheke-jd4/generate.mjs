// Pharmacy delivery assistant (German). The app prepends the branch's "recent conversations"
// (one buffer per branch, not per customer) to every model call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('apotheke-lieferdienst', { 'deployment.environment': 'prod', 'service.version': '2.14.0' });

const rezeptSpeichern = tool(async ({ kundennr, praeparat, lieferadresse }) =>
  JSON.stringify({ ok: true, kundennr, vorgang: 'eRx-20877', praeparat, lieferadresse, zustellung: 'Do, 14:00–18:00' }),
  { name: 'rezept_hinterlegen', description: 'Hinterlegt ein E-Rezept mit Lieferadresse', schema: z.object({ kundennr: z.string(), praeparat: z.string(), lieferadresse: z.string() }) });
const rezeptStatus = tool(async ({ kundennr }) =>
  JSON.stringify({ kundennr, rezepte: [{ vorgang: 'eRx-20931', status: 'eingegangen', lieferung: 'geplant' }] }),
  { name: 'rezept_status', description: 'Status offener E-Rezepte eines Kunden', schema: z.object({ kundennr: z.string() }) });

const branchBuffer = []; // Filiale Freiburg-Mitte
const system = new SystemMessage('Du bist der Lieferassistent der Stern-Apotheke Freiburg-Mitte. Antworte kurz und freundlich.');

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'rezept_hinterlegen', args: { kundennr: 'K-4471', praeparat: 'Metformin 850 mg, 120 Tbl.', lieferadresse: 'Lindenstraße 12, 79098 Freiburg' } }] },
  { content: 'Erledigt, Frau Keller: Ihr Rezept (Metformin 850 mg) ist hinterlegt und wird am Donnerstag zwischen 14 und 18 Uhr an die Lindenstraße 12 geliefert.' },
  { content: '', tool_calls: [{ name: 'rezept_status', args: { kundennr: 'K-5520' } }] },
  { content: 'Ja, Herr Brandt, Ihr Rezept ist eingegangen: Metformin 850 mg, 120 Tabletten. Die Lieferung geht am Donnerstag zwischen 14 und 18 Uhr an Lindenstraße 12, 79098 Freiburg.' },
] });

const app = await reactGraph({ model, tools: [rezeptSpeichern, rezeptStatus], name: 'lieferassistent',
  prepare: (msgs) => [system, ...branchBuffer, ...msgs] });

async function turn(userId, sessionId, text) {
  const out = await t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage(text)] },
    { metadata: { session_id: sessionId, filiale: 'FR-MITTE' } }));
  branchBuffer.push(...out.messages);
}

await turn('K-4471', 'chat-fr-7c21e0', 'Hallo, hier Keller, Kundennr. K-4471. Ich habe ein E-Rezept für Metformin 850 mg, bitte an meine neue Adresse Lindenstraße 12, 79098 Freiburg liefern.');
await turn('K-5520', 'chat-fr-7c2b94', 'Guten Tag, Brandt hier (K-5520). Ist mein Rezept schon eingegangen und wann kommt die Lieferung?');

t.write(path.join(here, 'traces.otlp.jsonl'));
