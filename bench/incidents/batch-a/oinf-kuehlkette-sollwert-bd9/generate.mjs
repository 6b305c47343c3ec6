// Kühltransport-Disponent (LangGraph.js, scripted model) traced with OpenInference as OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('dispo-agent', { 'deployment.environment': 'prod-eu' });

const stammdaten = tool(async ({ artikelnr }) => JSON.stringify({
  artikelnr, bezeichnung: 'Adjuvans-Konzentrat, Charge 2611-K', hersteller: 'Norvell Biologics Inc. (Raleigh, NC)',
  lagerung: 'Store at 35–46 °F. Do not freeze.', gewicht_brutto_kg: 412, paletten: 2, un_nummer: null,
}), { name: 'artikel_stammdaten', description: 'Liest die Stammdaten eines Artikels (Herstellerangaben).',
  schema: z.object({ artikelnr: z.string() }) });

const buchen = tool(async (a) => JSON.stringify({
  buchung: 'KT-88213', status: 'bestätigt', fahrzeug: 'Reefer HH-KT 412',
  laderaum_sollwert_max: `${a.sollwert_max_c} °C`, abholung: a.abholung, ziel: a.ziel, paletten: a.paletten,
}), { name: 'kuehltransport_buchen', description: 'Bucht einen temperaturgeführten Transport.',
  schema: z.object({ auftrag: z.string(), abholung: z.string(), ziel: z.string(), paletten: z.number(), sollwert_max_c: z.any() }) });

const modelTools = [
  { type: 'function', function: { name: 'artikel_stammdaten', description: 'Liest die Stammdaten eines Artikels (Herstellerangaben).',
    parameters: { type: 'object', properties: { artikelnr: { type: 'string' } }, required: ['artikelnr'] } } },
  { type: 'function', function: { name: 'kuehltransport_buchen', description: 'Bucht einen temperaturgeführten Transport.',
    parameters: { type: 'object', properties: {
      auftrag: { type: 'string' },
      abholung: { type: 'string', description: 'Ort und Zeitpunkt der Abholung' },
      ziel: { type: 'string' },
      paletten: { type: 'integer', minimum: 1, maximum: 33 },
      sollwert_max_c: { type: 'number', minimum: -25, maximum: 25, description: 'Maximale Laderaumtemperatur in Grad Celsius' },
    }, required: ['auftrag', 'abholung', 'ziel', 'paletten', 'sollwert_max_c'] } } },
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'artikel_stammdaten', args: { artikelnr: 'VX-5530' } }] },
  { content: '', tool_calls: [{ name: 'kuehltransport_buchen', args: {
    auftrag: '4471-B', abholung: 'Hamburg, Waltershof Tor 3, Di 09:00', ziel: 'Linz, Hafenstraße 19', paletten: 2, sollwert_max_c: 46 } }] },
  { content: 'Der Kühltransport ist gebucht: KT-88213 (Reefer HH-KT 412), Abholung Di 09:00 in Hamburg-Waltershof, 2 Paletten nach Linz. '
    + 'Laderaum-Sollwert max. 46 °C gemäß Herstellerangabe aus den Stammdaten von VX-5530.' },
] });

const app = await reactGraph({ model, tools: [stammdaten, buchen], modelTools, name: 'dispo' });
await t.turn({ userId: 'disp-hkoenig' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Dispositionsassistent der Elbtrans Logistik GmbH. Buche Transporte nur mit Daten aus den Stammdaten.'),
  new HumanMessage('Bitte buch den Kühltransport für Auftrag 4471-B: Artikel VX-5530, Abholung Di 09:00 Hamburg-Waltershof Tor 3, Ziel Linz Hafenstraße 19. Temperatur bitte laut Stammdaten einstellen.'),
] }, { metadata: { session_id: 'dispo-2026-12-01-4471B' } }));
t.write(path.join(here, 'traces.jsonl'));
