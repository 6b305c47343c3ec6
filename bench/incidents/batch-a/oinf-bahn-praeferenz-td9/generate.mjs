// Rail booking assistant (German). Turn 1 stores the traveller's seat preferences through the
// profile service; the service was redeployed between turns (profile schema v2) and turn 2 runs in
// a fresh process that only has the stored profile to go on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('db-reiseassistent', { 'service.version': '3.14.0', 'deployment.environment': 'prod-eu' });
const SESSION = 'rb-2025-11-0419-KX';
const USER = 'kd-00382914';
const SYSTEM = 'Du bist der Buchungsassistent der Bahn. Nutze die Werkzeuge für Profil und Sitzplatzbuchung. Antworte auf Deutsch.';

// profile store as it is after the deploy: v2 only knows these keys
const storedV1 = {};
const profilSpeichern = tool(async ({ kunde, sitzwunsch, klasse, rollstuhlplatz, begleitperson }) => {
  Object.assign(storedV1, { kunde, sitzwunsch, klasse, rollstuhlplatz, begleitperson });
  return JSON.stringify({ status: 'gespeichert', kunde, profilVersion: 1, aktualisiert: '2025-11-04T08:12:44Z' });
}, { name: 'profil_speichern', description: 'Speichert Reisepräferenzen im Kundenprofil.',
  schema: z.object({ kunde: z.string(), sitzwunsch: z.string(), klasse: z.number(), rollstuhlplatz: z.boolean(), begleitperson: z.boolean() }) });

const profilLaden = tool(async ({ kunde }) => JSON.stringify({
  kunde, profilVersion: 2, sitzplatz: { lage: storedV1.sitzwunsch, klasse: storedV1.klasse },
  bahncard: 'BC50', aktualisiert: '2025-11-06T05:00:03Z' }),
{ name: 'profil_laden', description: 'Lädt das gespeicherte Kundenprofil.', schema: z.object({ kunde: z.string() }) });

const verfuegbarkeit = tool(async ({ zug, klasse }) => JSON.stringify({ zug, datum: '2025-11-07', klasse,
  freie_plaetze: [ { wagen: 7, platz: 45, lage: 'Fenster', merkmal: 'Großraum' },
                   { wagen: 7, platz: 47, lage: 'Gang', merkmal: 'Großraum' },
                   { wagen: 9, platz: 111, lage: 'Gang', merkmal: 'Rollstuhlstellplatz, Einstieg stufenlos' },
                   { wagen: 9, platz: 113, lage: 'Fenster', merkmal: 'neben Rollstuhlstellplatz' } ] }),
{ name: 'verfuegbarkeit_pruefen', description: 'Freie Plätze eines Zuges.', schema: z.object({ zug: z.string(), klasse: z.number() }) });

const platzBuchen = tool(async ({ zug, wagen, platz }) => JSON.stringify({ reservierung: 'RSV-7731-0K2P', zug, wagen, platz, preis_eur: 5.2 }),
{ name: 'platz_reservieren', description: 'Reserviert einen Sitzplatz.', schema: z.object({ zug: z.string(), wagen: z.number(), platz: z.number() }) });

const tools = [profilSpeichern, profilLaden, verfuegbarkeit, platzBuchen];

// turn 1
{
  const model = new ScriptedChatModel({ replies: [
    { content: '', tool_calls: [{ name: 'profil_speichern', args: { kunde: USER, sitzwunsch: 'Fenster', klasse: 2, rollstuhlplatz: true, begleitperson: true } }] },
    { content: 'Erledigt: Ich habe gespeichert, dass Sie einen Rollstuhlstellplatz mit Platz für Ihre Begleitperson benötigen, bevorzugt am Fenster in der 2. Klasse. Bei künftigen Buchungen berücksichtige ich das automatisch.' },
  ] });
  const app = await reactGraph({ model, tools });
  await t.turn({ userId: USER }, () => app.invoke({ messages: [new SystemMessage(SYSTEM),
    new HumanMessage('Hallo, bitte merken Sie sich für alle meine Reisen: ich fahre im Rollstuhl und reise immer mit Begleitperson. Fensterplatz wäre schön, 2. Klasse.')] },
    { metadata: { session_id: SESSION } }));
}
// turn 2 (two days later, new process)
{
  const model = new ScriptedChatModel({ replies: [
    { content: '', tool_calls: [{ name: 'profil_laden', args: { kunde: USER } }] },
    { content: '', tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { zug: 'ICE 1007', klasse: 2 } }] },
    { content: '', tool_calls: [{ name: 'platz_reservieren', args: { zug: 'ICE 1007', wagen: 7, platz: 45 } }] },
    { content: 'Ihr Platz ist reserviert: ICE 1007 am 07.11., Wagen 7, Platz 45 (Fenster, Großraum, 2. Klasse) – Reservierungsnummer RSV-7731-0K2P, 5,20 €. Gute Reise!' },
  ] });
  const app = await reactGraph({ model, tools });
  await t.turn({ userId: USER }, () => app.invoke({ messages: [new SystemMessage(SYSTEM),
    new HumanMessage('Bitte reservieren Sie mir einen Platz im ICE 1007 übermorgen nach München, wie immer.')] },
    { metadata: { session_id: SESSION } }));
}
t.write(path.join(here, 'traces.otlp.jsonl'));
