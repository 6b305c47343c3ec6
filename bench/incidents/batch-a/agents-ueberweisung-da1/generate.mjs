// Retail banking assistant (German). The balance lookup fails once with a gateway timeout, the agent
// retries, gets the balance and then executes the transfer the customer asked for.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let versuche = 0;
const kontostand = tool({
  name: 'kontostand_abfragen', description: 'Liefert den verfügbaren Saldo eines Girokontos.',
  parameters: z.object({ iban: z.string() }),
  execute: async ({ iban }) => {
    if (versuche++ === 0) throw new Error('HTTP 504 Gateway Timeout: kernbanken-gw antwortete nicht innerhalb von 8000 ms');
    return JSON.stringify({ iban, verfuegbar: 2340.15, waehrung: 'EUR', dispo_rahmen: 1000, stand: '2026-02-09T08:14:03+01:00' });
  },
});
const ueberweisen = tool({
  name: 'ueberweisung_ausfuehren', description: 'Führt eine SEPA-Überweisung aus.',
  parameters: z.object({ von_iban: z.string(), an_iban: z.string(), empfaenger: z.string(), betrag_eur: z.number(), verwendungszweck: z.string() }),
  execute: async ({ betrag_eur }) => JSON.stringify({ auftrag: 'SEPA-20260209-4471902', betrag_eur, status: 'ausgefuehrt', valuta: '2026-02-09' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'kontostand_abfragen', args: { iban: 'DE44 5001 0517 5407 3249 31' } }] },
  { tool_calls: [{ name: 'kontostand_abfragen', args: { iban: 'DE44 5001 0517 5407 3249 31' } }] },
  { tool_calls: [{ name: 'ueberweisung_ausfuehren', args: { von_iban: 'DE44 5001 0517 5407 3249 31',
      an_iban: 'DE89 3704 0044 0532 0130 00', empfaenger: 'Hausverwaltung Brandt GmbH', betrag_eur: 1200,
      verwendungszweck: 'Miete Februar 2026, Whg. 3 OG links' } }] },
  { content: 'Erledigt: Die Überweisung über 1.200,00 EUR an die Hausverwaltung Brandt GmbH (Miete Februar 2026) wurde ausgeführt, Auftragsnummer SEPA-20260209-4471902, Valuta heute. Die erste Saldoabfrage war kurz nicht erreichbar, beim zweiten Versuch lag der verfügbare Saldo bei 2.340,15 EUR; danach bleiben 1.140,15 EUR verfügbar.' },
], { seed: 'ueberweisung-da1' });

const agent = new Agent({ name: 'Kontoassistent', model: m, tools: [kontostand, ueberweisen],
  instructions: 'Du bist der Assistent im Online-Banking. Prüfe vor jeder Überweisung den verfügbaren Saldo; überweise nur, wenn er reicht.' });

const runner = new Runner({ groupId: 'ob-sitzung-7731-a9', workflowName: 'Online-Banking Assistent',
  traceMetadata: { user: 'kd-0093318' } });
await runner.run(agent, 'Bitte überweise 1.200 € Miete für Februar an die Hausverwaltung Brandt, IBAN DE89 3704 0044 0532 0130 00, von meinem Girokonto DE44 5001 0517 5407 3249 31.');
writeTrace(here, 'trace.jsonl');
