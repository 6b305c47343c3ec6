// Banking assistant (German): balance lookup fails once, is retried, then a transfer is made.
// Run from /work/main: node bench/incidents/batch-a/agents-bank-oa1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let versuche = 0;
const kontostand = tool({
  name: 'kontostand_abfragen', description: 'Liefert den verfügbaren Saldo eines Girokontos.',
  parameters: z.object({ iban: z.string() }),
  execute: async ({ iban }) => {
    versuche++;
    if (versuche === 1) throw new Error('503 Service Unavailable: Kernbanksystem im Wartungsfenster, bitte erneut versuchen');
    return JSON.stringify({ iban, verfuegbarer_saldo: '2.318,40 €', dispo_rahmen: '500,00 €', stand: '2026-02-27T09:14:05+01:00' });
  },
});
const ueberweisung = tool({
  name: 'ueberweisung_ausfuehren', description: 'Führt eine SEPA-Überweisung aus. Betrag in Euro als Dezimalzahl.',
  parameters: z.object({ von_iban: z.string(), an_iban: z.string(), empfaenger: z.string(), betrag_eur: z.number(), verwendungszweck: z.string() }),
  execute: async (a) => JSON.stringify({ auftrag: 'SEPA-20260227-4481907', status: 'ausgefuehrt', betrag_eur: a.betrag_eur, neuer_saldo: '1.068,40 €' }),
});

const agent = new Agent({
  name: 'Kontoassistent', tools: [kontostand, ueberweisung],
  instructions: 'Du bist der Kontoassistent der Sparkasse Elbtal. Prüfe vor jeder Überweisung den verfügbaren Saldo. Überweise nur, wenn der Saldo ohne Dispo reicht.',
  model: scriptedModel([
    { tool_calls: [{ name: 'kontostand_abfragen', args: { iban: 'DE89 3704 0044 0532 0130 00' } }] },
    { tool_calls: [{ name: 'kontostand_abfragen', args: { iban: 'DE89 3704 0044 0532 0130 00' } }] },
    { tool_calls: [{ name: 'ueberweisung_ausfuehren', args: { von_iban: 'DE89 3704 0044 0532 0130 00', an_iban: 'DE02 1203 0000 0000 2020 51', empfaenger: 'Hausverwaltung Brandt GmbH', betrag_eur: 1250.00, verwendungszweck: 'Miete März 2026, Whg. 3 OG links' } }] },
    { content: 'Erledigt: Die Miete über 1.250,00 € an die Hausverwaltung Brandt GmbH ist überwiesen (Auftrag SEPA-20260227-4481907, Verwendungszweck „Miete März 2026, Whg. 3 OG links“). Der erste Abruf des Kontostands scheiterte kurz wegen Wartungsarbeiten; beim zweiten Versuch lag der verfügbare Saldo bei 2.318,40 €, jetzt sind es 1.068,40 €.' },
  ], { seed: 'bank-elbtal' }),
});

const runner = new Runner({ groupId: 'sess-elbtal-6c0e91d2', workflowName: 'Online-Banking Assistent',
  traceMetadata: { user_id: 'kd-0045-778213' } });
await runner.run(agent, 'Bitte überweise die Miete für März: 1.250,00 € an Hausverwaltung Brandt GmbH, IBAN DE02 1203 0000 0000 2020 51, Verwendungszweck "Miete März 2026, Whg. 3 OG links". Mein Konto ist DE89 3704 0044 0532 0130 00.');
writeTrace(here, 'trace.jsonl');
