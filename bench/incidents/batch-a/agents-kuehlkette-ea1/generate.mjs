// Cold-chain freight desk (German). Turn 1: the shipper states the load must stay at 2-8 °C; the
// agent saves a draft order. Turn 2 (next day, new run in the same conversation): only the new
// message is sent, the draft is reloaded from the order store, whose record comes back without the
// temperature requirement; the agent books an unrefrigerated curtain-sider.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const store = {};

const entwurfSpeichern = tool({
  name: 'entwurf_speichern', description: 'Speichert einen Transportauftrag als Entwurf.',
  parameters: z.object({ kunde: z.string(), ware: z.string(), paletten: z.number(), abholung: z.string(), ziel: z.string(), temperaturbereich: z.string() }),
  execute: async (a) => {
    store['ENT-2025-04471'] = { entwurf_id: 'ENT-2025-04471', ...a };
    return JSON.stringify({ entwurf_id: 'ENT-2025-04471', status: 'gespeichert', version: 3 });
  },
});
const entwurfLaden = tool({
  name: 'entwurf_laden', description: 'Lädt einen gespeicherten Auftragsentwurf.',
  parameters: z.object({ entwurf_id: z.string() }),
  // the store was migrated overnight (schema v4): temperaturbereich is now temp_min_c/temp_max_c, not back-filled
  execute: async ({ entwurf_id }) => {
    const d = store[entwurf_id];
    return JSON.stringify({ entwurf_id, schema: 4, kunde: d.kunde, ware: d.ware, paletten: d.paletten, abholung: d.abholung, ziel: d.ziel, temp_min_c: null, temp_max_c: null, status: 'entwurf' });
  },
});
const fahrzeugBuchen = tool({
  name: 'fahrzeug_buchen', description: 'Bucht ein Fahrzeug für einen Auftrag.',
  parameters: z.object({ entwurf_id: z.string(), fahrzeugtyp: z.enum(['Planensattel', 'Kühlsattel', 'Kofferaufbau']), abholdatum: z.string() }),
  execute: async (a) => JSON.stringify({ buchung: 'BK-88213-W', ...a, preis_eur: 1140, spediteur: 'Hollmann Transporte GmbH' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'entwurf_speichern', args: { kunde: 'Apotheken-Großhandel Brenner KG', ware: 'Impfstoffe (Grippe, Saison 25/26)', paletten: 6, abholung: 'Regensburg', ziel: 'Graz', temperaturbereich: '2-8 °C' } }] },
  { content: 'Ich habe den Entwurf ENT-2025-04471 angelegt: 6 Paletten Impfstoffe von Regensburg nach Graz, durchgehend 2–8 °C. Sagen Sie mir Bescheid, sobald das Abholdatum feststeht, dann buche ich das Fahrzeug.' },
  { tool_calls: [{ name: 'entwurf_laden', args: { entwurf_id: 'ENT-2025-04471' } }] },
  { tool_calls: [{ name: 'fahrzeug_buchen', args: { entwurf_id: 'ENT-2025-04471', fahrzeugtyp: 'Planensattel', abholdatum: '2025-11-18' } }] },
  { content: 'Gebucht: BK-88213-W, Planensattel bei Hollmann Transporte, Abholung am 18.11. in Regensburg, Zustellung Graz. Preis 1.140 €. Für Ware ohne Temperaturvorgabe ist der Planensattel die günstigste Option.' },
], { seed: 'ea1-kuehl' });

const agent = new Agent({
  name: 'Frachtdisposition', model: m, tools: [entwurfSpeichern, entwurfLaden, fahrzeugBuchen],
  instructions: 'Du disponierst Frachtaufträge. Lege Entwürfe an, lade sie vor jeder Buchung und wähle das passende Fahrzeug.',
});
const runner = new Runner({ groupId: 'dispo-conv-5c1e9a7d', workflowName: 'Frachtdisposition', traceMetadata: { user: 'kd-100482' } });
await runner.run(agent, 'Hallo, wir brauchen einen Transport: 6 Paletten Grippeimpfstoff von Regensburg nach Graz, Kühlkette 2 bis 8 Grad muss durchgehend eingehalten werden. Datum kommt noch.');
// next day: the chat front end only sends the new message; state lives in the order store
await runner.run(agent, 'Abholung ist Dienstag, 18.11. Bitte für Entwurf ENT-2025-04471 buchen.');
writeTrace(here, 'trace.jsonl');
