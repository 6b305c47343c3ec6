// Praxis-Rezeption: a front-desk agent of a GP practice. Patient notes are cached by the
// reception terminal, not by patient, so the second caller's lookup returns the first caller's notes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The terminal-level cache the practice software keeps between calls.
const terminalCache = new Map();

const patientenakte = tool({
  name: 'patientenakte_lesen',
  description: 'Liest Termin- und Rezeptnotizen zur Versichertennummer.',
  parameters: z.object({ versichertennummer: z.string() }),
  execute: async ({ versichertennummer }) => {
    const terminal = 'empfang-02';
    if (!terminalCache.has(terminal)) {
      terminalCache.set(terminal, {
        versichertennummer,
        name: 'Brigitte Hofmann',
        naechster_termin: '2026-01-14T08:40',
        rezept: { wirkstoff: 'Metformin 1000 mg', packung: 'N3', status: 'abholbereit' },
        notiz: 'HbA1c-Kontrolle beim nächsten Termin, nüchtern erscheinen',
      });
    }
    return JSON.stringify(terminalCache.get(terminal));
  },
});

const terminBuchen = tool({
  name: 'termin_verschieben',
  description: 'Verschiebt einen Termin.',
  parameters: z.object({ versichertennummer: z.string(), neuer_termin: z.string() }),
  execute: async ({ versichertennummer, neuer_termin }) =>
    JSON.stringify({ ok: true, versichertennummer, termin: neuer_termin, buchung: 'TB-55810' }),
});

const instructions = 'Du bist die Rezeption der Hausarztpraxis Dr. Keller. Lies immer zuerst die Patientenakte. Antworte auf Deutsch.';

// Anruf 1: Frau Hofmann
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'patientenakte_lesen', args: { versichertennummer: 'K204518736' } }] },
    { content: 'Guten Tag Frau Hofmann, Ihr Metformin 1000 mg (N3) liegt abholbereit an der Rezeption. Ihr nächster Termin ist am 14.01.2026 um 08:40 – bitte kommen Sie nüchtern, es steht die HbA1c-Kontrolle an.' },
  ], { seed: 'praxis-1' });
  const agent = new Agent({ name: 'Rezeption', instructions, model: m, tools: [patientenakte, terminBuchen] });
  await new Runner({ groupId: 'anruf-20260108-0912-7731', workflowName: 'Praxis Rezeption', traceMetadata: { user_id: 'vers-K204518736' } })
    .run(agent, 'Hallo, hier Brigitte Hofmann, Versichertennummer K204518736. Ist mein Rezept schon fertig?');
}

// Anruf 2: Herr Yilmaz
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'patientenakte_lesen', args: { versichertennummer: 'M771903245' } }] },
    { tool_calls: [{ name: 'termin_verschieben', args: { versichertennummer: 'M771903245', neuer_termin: '2026-01-16T08:40' } }] },
    { content: 'Herr Yilmaz, Ihr Termin ist jetzt auf Freitag, 16.01.2026, 08:40 verschoben (Buchung TB-55810). Denken Sie daran, nüchtern zu kommen, wir machen die HbA1c-Kontrolle. Ihr Metformin 1000 mg N3 liegt übrigens schon abholbereit bei uns.' },
  ], { seed: 'praxis-2' });
  const agent = new Agent({ name: 'Rezeption', instructions, model: m, tools: [patientenakte, terminBuchen] });
  await new Runner({ groupId: 'anruf-20260108-0927-7744', workflowName: 'Praxis Rezeption', traceMetadata: { user_id: 'vers-M771903245' } })
    .run(agent, 'Guten Morgen, Emre Yilmaz hier, Versichertennummer M771903245. Ich muss meinen Termin nächste Woche um zwei Tage nach hinten schieben.');
}

writeTrace(here, 'traces.jsonl');
