// Insurance claims (German): the claim system reports the approved amount in cents; the payout
// tool takes euros. The agent copies the number across unchanged.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const schadenAkte = tool({
  name: 'schadenakte_abrufen', description: 'Liest eine Schadenakte aus dem Bestandssystem (Kfz/Hausrat).',
  parameters: z.object({ schaden_nr: z.string() }),
  execute: async ({ schaden_nr }) => JSON.stringify({
    schaden_nr, sparte: 'Hausrat', status: 'reguliert', schadentag: '2026-01-17', ursache: 'Leitungswasser',
    gutachten: 'GA-88213', regulierung: { freigabe_betrag_ct: 48750, selbstbeteiligung_ct: 15000, waehrung: 'EUR' },
    iban_hinterlegt: 'DE89 3704 0044 0532 0130 00',
  }),
});
const auszahlung = tool({
  name: 'auszahlung_anweisen', description: 'Weist eine Schadenzahlung an den Versicherungsnehmer an. Betrag in Euro.',
  parameters: z.object({ schaden_nr: z.string(), betrag_eur: z.number(), iban: z.string(), verwendungszweck: z.string() }),
  execute: async ({ schaden_nr, betrag_eur }) => JSON.stringify({ zahlungs_id: 'ZA-2026-004417', schaden_nr, betrag_eur, valuta: '2026-02-11', status: 'angewiesen' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'schadenakte_abrufen', args: { schaden_nr: 'HR-2026-071934' } }] },
  { tool_calls: [{ name: 'auszahlung_anweisen', args: { schaden_nr: 'HR-2026-071934', betrag_eur: 48750, iban: 'DE89370400440532013000', verwendungszweck: 'Schaden HR-2026-071934 Leitungswasser' } }] },
  { content: 'Guten Tag Herr Brandt, Ihr Leitungswasserschaden HR-2026-071934 ist reguliert. Wir haben die Zahlung ZA-2026-004417 über 48.750,00 EUR an Ihr hinterlegtes Konto angewiesen, Valuta 11.02.2026.' },
], { seed: 'schaden-ga1' });

const agent = new Agent({
  name: 'Schadenservice',
  instructions: 'Du bearbeitest regulierte Schäden: Akte prüfen, freigegebenen Betrag auszahlen, Kunden informieren.',
  model: m, tools: [schadenAkte, auszahlung],
});
const runner = new Runner({ groupId: 'sv-7731-b2f0', workflowName: 'Schadenservice Hausrat', traceMetadata: { user_id: 'VN-0048812' } });
await runner.run(agent, 'Hallo, mein Schaden HR-2026-071934 wurde doch freigegeben. Wann kommt das Geld?');
writeTrace(here, 'trace.jsonl');
