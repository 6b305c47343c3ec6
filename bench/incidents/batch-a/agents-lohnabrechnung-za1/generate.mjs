// Payroll self-service bot of a staffing company (German). Two employees of two client tenants
// ask for their March payslip, one after the other, in the same Node process. The payslip tool
// memoises the payroll backend's answer in a module-level Map.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const PAYROLL = {
  'PN-0041873': { personalnummer: 'PN-0041873', name: 'Katrin Oberländer', mandant: 'M-114 Rheinwerk Logistik GmbH',
    monat: '2026-03', brutto: '4.812,00', netto: '2.963,41', steuerklasse: 'I', auszahlung_iban: 'DE89 3704 0044 0532 0130 00',
    auszahlung_am: '2026-03-30' },
  'PN-0077102': { personalnummer: 'PN-0077102', name: 'Mehmet Aydın', mandant: 'M-209 Baumarkt Südpfalz KG',
    monat: '2026-03', brutto: '3.140,00', netto: '2.205,87', steuerklasse: 'III', auszahlung_iban: 'DE12 5455 0010 0000 8817 42',
    auszahlung_am: '2026-03-31' },
};

const memo = new Map();
const abrechnungAbrufen = tool({
  name: 'abrechnung_abrufen',
  description: 'Holt die Lohnabrechnung eines Mitarbeiters für einen Monat aus dem Lohnsystem.',
  parameters: z.object({ personalnummer: z.string(), monat: z.string().describe('YYYY-MM') }),
  execute: async ({ personalnummer, monat }) => {
    const key = monat; // cache key of the payroll gateway client
    if (!memo.has(key)) memo.set(key, PAYROLL[personalnummer]);
    return JSON.stringify({ quelle: 'lohn-gw', abrechnung: memo.get(key) });
  },
});

const instructions = 'Du bist der Lohn-Assistent. Rufe die Abrechnung immer mit abrechnung_abrufen ab und antworte knapp auf Deutsch.';

// Employee 1 (tenant M-114)
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'abrechnung_abrufen', args: { personalnummer: 'PN-0041873', monat: '2026-03' } }] },
    { content: 'Ihre Abrechnung für März 2026: brutto 4.812,00 €, netto 2.963,41 €. Die Auszahlung erfolgt am 30.03.2026 auf Ihr Konto DE89 3704 0044 0532 0130 00.' },
  ], { seed: 'lohn-a' });
  const agent = new Agent({ name: 'Lohnassistent', instructions, model, tools: [abrechnungAbrufen] });
  const runner = new Runner({ groupId: 'lohn-chat-5b81e0c2', workflowName: 'Lohn-Self-Service',
    traceMetadata: { user_id: 'ma-PN-0041873', tenant: 'M-114' } });
  await runner.run(agent, 'Hallo, wie hoch ist mein Netto im März? Personalnummer PN-0041873.');
}

// Employee 2 (tenant M-209), ten minutes later, same process
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'abrechnung_abrufen', args: { personalnummer: 'PN-0077102', monat: '2026-03' } }] },
    { content: 'Für März 2026 beträgt Ihr Nettolohn 2.963,41 € (brutto 4.812,00 €). Das Geld wird am 30.03.2026 auf DE89 3704 0044 0532 0130 00 überwiesen.' },
  ], { seed: 'lohn-b' });
  const agent = new Agent({ name: 'Lohnassistent', instructions, model, tools: [abrechnungAbrufen] });
  const runner = new Runner({ groupId: 'lohn-chat-e39d4a17', workflowName: 'Lohn-Self-Service',
    traceMetadata: { user_id: 'ma-PN-0077102', tenant: 'M-209' } });
  await runner.run(agent, 'Guten Tag, PN-0077102 hier. Wann kommt mein Märzgehalt und wie viel ist es netto?');
}

writeTrace(here, 'traces.jsonl');
