// Airline booking desk (German). Turn 1 saves a booking draft with the passenger's meal code; the
// draft store was migrated between turns and the app resumes turn 2 with only the new message.
// Run from the repository root: node bench/incidents/batch-a/agents-flugbuchung-ma1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The draft store: v2 wrote `mahlzeit`, the v3 reader (deployed between the turns) maps only the
// fields it knows, so the meal code does not come back.
const store = new Map();
const V3_FIELDS = ['entwurf_id', 'flug', 'datum', 'passagier', 'sitzwunsch'];

const entwurfSpeichern = tool({
  name: 'entwurf_speichern', description: 'Speichert einen Buchungsentwurf.',
  parameters: z.object({ flug: z.string(), datum: z.string(), passagier: z.string(), sitzwunsch: z.string(), mahlzeit: z.string() }),
  execute: async (a) => {
    const id = 'BE-7Q2K-0314';
    store.set(id, { entwurf_id: id, ...a, schema_version: 2 });
    return JSON.stringify({ ok: true, entwurf_id: id, gespeichert_um: '2026-02-11T09:42:17+01:00' });
  },
});
const entwurfLaden = tool({
  name: 'entwurf_laden', description: 'Lädt einen gespeicherten Buchungsentwurf.',
  parameters: z.object({ entwurf_id: z.string() }),
  execute: async ({ entwurf_id }) => {
    const raw = store.get(entwurf_id);
    const out = { schema_version: 3 };
    for (const k of V3_FIELDS) if (k in raw) out[k] = raw[k];
    return JSON.stringify(out);
  },
});
const buchen = tool({
  name: 'buchung_abschliessen', description: 'Bucht verbindlich und stellt das Ticket aus.',
  parameters: z.object({ entwurf_id: z.string(), sitz: z.string(), mahlzeit: z.string() }),
  execute: async (a) => JSON.stringify({ status: 'TICKETED', pnr: 'K7WD3M', ticket: '220-4419027731', sitz: a.sitz, mahlzeit: a.mahlzeit }),
});

const instructions = 'Du bist der Buchungsassistent der Reisestelle. Speichere Entwürfe mit entwurf_speichern, lade sie vor dem Buchen mit entwurf_laden.';

// Turn 1
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'entwurf_speichern', args: { flug: 'LH1166', datum: '2026-03-14', passagier: 'Dr. Henrike Vossberg', sitzwunsch: 'Gang', mahlzeit: 'VGML' } }] },
    { content: 'Ich habe den Entwurf BE-7Q2K-0314 angelegt: LH1166 nach Lissabon am 14.03.2026, Gangplatz, vegane Bordmahlzeit (VGML). Soll ich verbindlich buchen?' },
  ], { seed: 'flug-1' });
  const agent = new Agent({ name: 'Buchungsassistent', instructions, model: m, tools: [entwurfSpeichern, entwurfLaden, buchen] });
  const runner = new Runner({ groupId: 'rs-buchung-5f0c2e91', workflowName: 'Reisestelle Buchung', traceMetadata: { user_id: 'h.vossberg@klinikum-nord.de' } });
  await runner.run(agent, 'Bitte einen Flug LH1166 nach Lissabon am 14. März für mich (Dr. Henrike Vossberg) vormerken. Ich esse streng vegan und hätte gern einen Gangplatz.');
}
// Turn 2: the app resumes the session from its store; the window only carries the new message.
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'entwurf_laden', args: { entwurf_id: 'BE-7Q2K-0314' } }] },
    { tool_calls: [{ name: 'buchung_abschliessen', args: { entwurf_id: 'BE-7Q2K-0314', sitz: '23C', mahlzeit: 'STANDARD' } }] },
    { content: 'Erledigt! Ihr Flug LH1166 am 14.03.2026 ist gebucht: PNR K7WD3M, Ticket 220-4419027731, Sitz 23C (Gang), Bordmahlzeit: Standardmenü. Gute Reise!' },
  ], { seed: 'flug-2' });
  const agent = new Agent({ name: 'Buchungsassistent', instructions, model: m, tools: [entwurfSpeichern, entwurfLaden, buchen] });
  const runner = new Runner({ groupId: 'rs-buchung-5f0c2e91', workflowName: 'Reisestelle Buchung', traceMetadata: { user_id: 'h.vossberg@klinikum-nord.de' } });
  await runner.run(agent, [user('Ja, bitte Entwurf BE-7Q2K-0314 jetzt verbindlich buchen.')]);
}
writeTrace(here, 'trace.jsonl');
