// HR onboarding assistant (German). Turn 1 saves a contract draft through a draft store that
// form-encodes values; turn 2 (same group id, no chat history) reloads the draft and issues the contract.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const store = new Map();

// The draft service stores every field as "key=value" text (String(value)).
const speichereEntwurf = tool({
  name: 'speichere_entwurf', description: 'Speichert einen Vertragsentwurf im Entwurfsspeicher.',
  parameters: z.object({ entwurf: z.object({
    mitarbeiterin: z.string(), position: z.string(), startdatum: z.string(),
    bruttogehalt_monat: z.number(),
    arbeitszeit: z.object({ wochenstunden: z.number(), modell: z.string() }),
    probezeit_monate: z.number(),
  }) }),
  execute: async ({ entwurf }) => {
    const encoded = Object.entries(entwurf).map(([k, v]) => k + '=' + String(v)).join('&');
    store.set('ENT-4471', encoded);
    return JSON.stringify({ entwurf_id: 'ENT-4471', gespeichert: true, bytes: encoded.length });
  },
});
const ladeEntwurf = tool({
  name: 'lade_entwurf', description: 'Lädt einen gespeicherten Vertragsentwurf.',
  parameters: z.object({ entwurf_id: z.string() }),
  execute: async ({ entwurf_id }) => {
    const raw = store.get(entwurf_id) ?? '';
    const obj = { entwurf_id };
    for (const part of raw.split('&')) { const [k, v] = part.split('='); obj[k] = v; }
    return JSON.stringify(obj);
  },
});
const erstelleVertrag = tool({
  name: 'erstelle_vertrag', description: 'Erzeugt den Arbeitsvertrag und legt ihn zur Unterschrift in DocuSign ab.',
  parameters: z.object({
    mitarbeiterin: z.string(), position: z.string(), startdatum: z.string(),
    bruttogehalt_monat: z.number(), wochenstunden: z.number(), modell: z.string(), probezeit_monate: z.number(),
  }),
  execute: async (a) => JSON.stringify({ vertrag_id: 'AV-2027-0193', status: 'zur_unterschrift_versendet', ...a }),
});

const instructions = 'Du bist der Onboarding-Assistent der Personalabteilung der Brenner Logistik GmbH. '
  + 'Speichere Vertragsdaten als Entwurf und erstelle Verträge nur aus dem gespeicherten Entwurf. '
  + 'Fehlende Angaben ergänzt du nach Haus-Standard (Vollzeit, 40 Wochenstunden, 6 Monate Probezeit).';

const m1 = scriptedModel([
  { tool_calls: [{ name: 'speichere_entwurf', args: { entwurf: {
    mitarbeiterin: 'Lena Vogt', position: 'Buchhalterin (Kreditoren)', startdatum: '2027-02-01',
    bruttogehalt_monat: 2150, arbeitszeit: { wochenstunden: 20, modell: 'Teilzeit' }, probezeit_monate: 3 } } }] },
  { content: 'Der Entwurf ENT-4471 für Lena Vogt ist gespeichert: Buchhalterin (Kreditoren), Start 01.02.2027, Teilzeit mit 20 Wochenstunden, 2.150 € brutto im Monat, 3 Monate Probezeit. Sobald die Freigabe da ist, erstelle ich den Vertrag.' },
], { seed: 'za6-hr-1' });
const m2 = scriptedModel([
  { tool_calls: [{ name: 'lade_entwurf', args: { entwurf_id: 'ENT-4471' } }] },
  { tool_calls: [{ name: 'erstelle_vertrag', args: {
    mitarbeiterin: 'Lena Vogt', position: 'Buchhalterin (Kreditoren)', startdatum: '2027-02-01',
    bruttogehalt_monat: 2150, wochenstunden: 40, modell: 'Vollzeit', probezeit_monate: 3 } }] },
  { content: 'Erledigt: Der Arbeitsvertrag AV-2027-0193 für Lena Vogt (Buchhalterin, Vollzeit, 40 Wochenstunden, 2.150 € brutto, Start 01.02.2027, 3 Monate Probezeit) wurde zur Unterschrift versendet.' },
], { seed: 'za6-hr-2' });

const runner = new Runner({ groupId: 'hr-onb-7c21e0', workflowName: 'Onboarding Vertragsentwurf', traceMetadata: { user: 'hr.mschulte' } });
await runner.run(new Agent({ name: 'Onboarding', instructions, model: m1, tools: [speichereEntwurf, ladeEntwurf, erstelleVertrag] }),
  'Neue Mitarbeiterin: Lena Vogt, Buchhalterin Kreditoren, Start 1. Februar 2027. Sie arbeitet nur halbtags, 20 Stunden die Woche, 2.150 € brutto. Probezeit 3 Monate. Bitte als Entwurf anlegen.');
await runner.run(new Agent({ name: 'Onboarding', instructions, model: m2, tools: [speichereEntwurf, ladeEntwurf, erstelleVertrag] }),
  'Freigabe von der Geschäftsführung ist da. Bitte den Vertrag aus Entwurf ENT-4471 erstellen und verschicken.');
writeTrace(here, 'traces.jsonl');
