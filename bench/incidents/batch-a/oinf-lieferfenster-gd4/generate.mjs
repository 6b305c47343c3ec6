// Getränke-Großhandel: der Dispo-Assistent speichert Kundenprofile (inkl. Anlieferungs-Sperrzeiten)
// zwischen Sitzungen in einem Profil-Store; zwei Turns derselben Sitzung, dazwischen ein Neustart.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('dispo-assistent', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

// Profil-Store: wird als JSON persistiert (wie der Redis-Store der Anwendung).
const store = new Map();
const profilSpeichern = tool(async ({ kundennr, ansprechpartner, rampe, sperrzeiten }) => {
  const profil = { kundennr, ansprechpartner, rampe, sperrzeiten: new Map(Object.entries(sperrzeiten)), aktualisiert: '2025-03-11T08:14:02Z' };
  store.set(kundennr, JSON.stringify(profil));
  return `Profil ${kundennr} gespeichert (${Object.keys(sperrzeiten).length} Sperrzeiten, Rampe ${rampe}).`;
}, { name: 'kundenprofil_speichern', description: 'Speichert das Anlieferungsprofil eines Kunden.',
  schema: z.object({ kundennr: z.string(), ansprechpartner: z.string(), rampe: z.string(),
    sperrzeiten: z.record(z.string(), z.string()).describe('Wochentag -> gesperrtes Zeitfenster') }) });
const profilLaden = tool(async ({ kundennr }) => store.get(kundennr) ?? `Kein Profil für ${kundennr}.`,
  { name: 'kundenprofil_laden', description: 'Lädt das Anlieferungsprofil eines Kunden.', schema: z.object({ kundennr: z.string() }) });
const slots = tool(async ({ kundennr, kw }) => JSON.stringify({ kundennr, kw, freie_slots: [
  { slot: 'T-4471-0317-0630', tag: 'Mo', datum: '2025-03-17', von: '06:30', bis: '07:30', tour: 'R12' },
  { slot: 'T-4471-0318-1300', tag: 'Di', datum: '2025-03-18', von: '13:00', bis: '14:00', tour: 'R07' },
  { slot: 'T-4471-0320-1000', tag: 'Do', datum: '2025-03-20', von: '10:00', bis: '11:00', tour: 'R12' }] }),
  { name: 'tourslots_abfragen', description: 'Freie Anlieferslots einer Kalenderwoche.', schema: z.object({ kundennr: z.string(), kw: z.number().int() }) });
const buchen = tool(async ({ slot, kundennr, paletten }) => `Slot ${slot} für ${kundennr} gebucht, ${paletten} Paletten, Auftrag AV-2025-031744.`,
  { name: 'anlieferung_buchen', description: 'Bucht einen Anlieferslot verbindlich.', schema: z.object({ slot: z.string(), kundennr: z.string(), paletten: z.number().int() }) });
const tools = [profilSpeichern, profilLaden, slots, buchen];
const system = new SystemMessage('Du bist der Dispo-Assistent der Hartmann Getränkelogistik GmbH. Beachte die Sperrzeiten der Kunden bei jeder Buchung.');

async function run(replies, text, userId, sessionId) {
  const model = new ScriptedChatModel({ replies });
  const app = await reactGraph({ model, tools, prepare: (m) => [system, ...m], name: 'dispo' });
  return t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage(text)] },
    { metadata: { session_id: sessionId, user_id: userId }, configurable: { thread_id: sessionId } }));
}

const sid = 'dispo-7c1e9a40-55b2-4d0e-9f3a-2b8e61c0d4f7';
const uid = 'm.kowalczyk@hartmann-logistik.de';

await run([
  { content: '', tool_calls: [{ name: 'kundenprofil_speichern', args: { kundennr: 'K-004471', ansprechpartner: 'Herr Brandl', rampe: 'Rampe 2 (Hofeinfahrt Lindenstraße)',
      sperrzeiten: { Mo: '06:00-09:00', Mi: '06:00-09:00', Fr: 'ganztägig' } } }] },
  { content: 'Erledigt: Für Gasthof Brandl (K-004471) sind jetzt Rampe 2 und die Sperrzeiten Mo/Mi 06:00–09:00 (Wochenmarkt) sowie freitags ganztägig hinterlegt.' },
], 'Bitte für Kunde K-004471 (Gasthof Brandl) hinterlegen: Anlieferung nur über Rampe 2, Hofeinfahrt Lindenstraße. Montags und mittwochs 06:00-09:00 keine Anlieferung wegen Wochenmarkt, freitags gar nicht. Ansprechpartner Herr Brandl.', uid, sid);

// Neustart des Dienstes (Deploy 3.8.2 -> 3.8.3); das Profil kommt aus dem Store zurück.
await run([
  { content: '', tool_calls: [{ name: 'kundenprofil_laden', args: { kundennr: 'K-004471' } }] },
  { content: '', tool_calls: [{ name: 'tourslots_abfragen', args: { kundennr: 'K-004471', kw: 12 } }] },
  { content: '', tool_calls: [{ name: 'anlieferung_buchen', args: { slot: 'T-4471-0317-0630', kundennr: 'K-004471', paletten: 6 } }] },
  { content: 'Gebucht: 6 Paletten für Gasthof Brandl am Montag, 17.03.2025, 06:30–07:30 Uhr über Rampe 2 (Tour R12), Auftrag AV-2025-031744. Laut Profil gibt es keine Sperrzeiten, daher habe ich den frühesten Slot genommen.' },
], 'Neue Bestellung K-004471: 6 Paletten, KW 12, bitte den frühestmöglichen Slot buchen.', uid, sid);

t.write(path.join(here, 'traces.otlp.jsonl'));
