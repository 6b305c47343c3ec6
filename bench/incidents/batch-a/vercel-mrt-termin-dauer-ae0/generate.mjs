// Radiology booking assistant (German). The model passes the exam duration as the string "1,5 h"
// into a tool whose declared schema requires an integer number of minutes; the tool's handler
// parses it with parseInt and books a 1-minute slot.
import { setupTracing, makeIds, scriptedModel, generateText, tool, jsonSchema, stepCountIs,
  OpenTelemetry, writeJsonl, scriptDir, trace } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'praxis-terminbot', seed: 'mrt-termin-ae0',
  resource: { 'deployment.environment': 'prod' } });
const ids = makeIds('mrt-termin-ae0');

const freieSlots = tool({
  description: 'Freie Geräteslots eines Standorts für ein Datum abrufen.',
  inputSchema: jsonSchema({ type: 'object', properties: {
    standort: { type: 'string' }, datum: { type: 'string', description: 'ISO-Datum YYYY-MM-DD' },
    geraet: { type: 'string', enum: ['MRT-1', 'MRT-2', 'CT-1'] } }, required: ['standort', 'datum', 'geraet'] }),
  execute: async ({ standort, datum, geraet }) => ({ standort, datum, geraet,
    frei: ['07:30-09:45', '13:00-15:30'] }),
});
const terminBuchen = tool({
  description: 'Bucht einen Gerätetermin. dauer_minuten ist die Belegungsdauer des Geräts in ganzen Minuten.',
  inputSchema: jsonSchema({ type: 'object', properties: {
    patient_id: { type: 'string' }, geraet: { type: 'string' }, datum: { type: 'string' },
    beginn: { type: 'string', description: 'HH:MM' },
    dauer_minuten: { type: 'integer', minimum: 10, maximum: 240 } },
    required: ['patient_id', 'geraet', 'datum', 'beginn', 'dauer_minuten'] }),
  execute: async ({ patient_id, geraet, datum, beginn, dauer_minuten }) => {
    const min = parseInt(dauer_minuten, 10);
    const [h, m] = beginn.split(':').map(Number);
    const end = h * 60 + m + min;
    return { termin_id: 'TB-2026-118304', patient_id, geraet, datum, beginn,
      ende: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
      belegung_min: min, status: 'bestaetigt' };
  },
});

const model = scriptedModel({ ids, modelId: 'gpt-4o', replies: [
  { calls: [['call_fs7Kq2', 'freie_slots', { standort: 'Leipzig-Süd', datum: '2026-12-09', geraet: 'MRT-2' }]] },
  { calls: [['call_tb9Xw4', 'termin_buchen', { patient_id: 'P-00417752', geraet: 'MRT-2', datum: '2026-12-09',
    beginn: '07:30', dauer_minuten: '1,5 h' }]] },
  'Ihr Termin ist gebucht: MRT-2 in Leipzig-Süd am 09.12.2026 ab 07:30 Uhr (Termin-Nr. TB-2026-118304). ' +
  'Bitte kommen Sie 15 Minuten vorher und nüchtern zur Kontrastmittelgabe.',
] });

await tracer.startActiveSpan('POST /api/termine/chat', { attributes: {
  'session.id': 'tb-sess-5c1e90a4', 'enduser.id': 'P-00417752' } }, async (span) => {
  await generateText({
    model,
    system: 'Du bist der Terminassistent der Radiologie. Buche Geräte für die vom Arzt angegebene Untersuchungsdauer. Antworte knapp.',
    prompt: 'Guten Tag, mein Orthopäde hat ein MRT der Lendenwirbelsäule mit Kontrastmittel angeordnet, ' +
      'laut Überweisung dauert das 1,5 Stunden. Geht es am 9. Dezember morgens in Leipzig-Süd auf dem MRT-2? ' +
      'Meine Patientennummer ist P-00417752.',
    tools: { freie_slots: freieSlots, termin_buchen: terminBuchen },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'termin-agent', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
