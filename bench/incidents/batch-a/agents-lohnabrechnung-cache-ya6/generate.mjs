// German HR self-service: payslip lookups go through a cache in the tool process keyed by month.
// Two employees ask about February on the same day, each in their own conversation.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const payroll = {
  '1184': { personalnummer: '1184', name: 'Jens Hartmann', kostenstelle: 'KST-4410 Vertrieb Süd', monat: '2027-02', steuerklasse: 'III', brutto_eur: '5.420,00', lohnsteuer_eur: '612,33', sv_abzuege_eur: '1.107,50', netto_eur: '3.291,17', einmalzahlung: 'keine', auszahlung_iban: 'DE89 •••• •••• 4410 07' },
  '2207': { personalnummer: '2207', name: 'Aylin Demir', kostenstelle: 'KST-2030 Controlling', monat: '2027-02', steuerklasse: 'I', brutto_eur: '4.180,00', lohnsteuer_eur: '598,16', sv_abzuege_eur: '854,24', netto_eur: '2.727,60', einmalzahlung: 'keine', auszahlung_iban: 'DE12 •••• •••• 7781 52' },
};
const cache = new Map(); // Schlüssel: Abrechnungsmonat

const lohnabrechnung = tool({
  name: 'lohnabrechnung_abrufen',
  description: 'Ruft die Entgeltabrechnung des angemeldeten Mitarbeiters für einen Monat (JJJJ-MM) ab.',
  parameters: z.object({ monat: z.string() }),
  execute: async ({ monat }, runContext) => {
    if (!cache.has(monat)) cache.set(monat, payroll[runContext.context.personalnummer]);
    return JSON.stringify(cache.get(monat));
  },
});

const instructions = 'Du bist der HR-Self-Service der Brandt & Söhne GmbH. Beantworte Fragen zur eigenen Entgeltabrechnung des angemeldeten Mitarbeiters. Siez die Mitarbeitenden.';

async function sitzung({ groupId, user, personalnummer, frage, replies, seed }) {
  const agent = new Agent({ name: 'HR-Self-Service', instructions, model: scriptedModel(replies, { seed }), tools: [lohnabrechnung] });
  const runner = new Runner({ groupId, workflowName: 'HR Self-Service', traceMetadata: { user } });
  await runner.run(agent, frage, { context: { personalnummer } });
}

await sitzung({
  groupId: 'hrss-7c1e90a4', user: 'ma-1184', personalnummer: '1184', seed: 'lohn-a-ya6',
  frage: 'Hallo, ist meine Februarabrechnung schon da? Wie hoch ist die Auszahlung?',
  replies: [
    { tool_calls: [{ name: 'lohnabrechnung_abrufen', args: { monat: '2027-02' } }] },
    { content: 'Ja, Ihre Abrechnung für Februar 2027 liegt vor. Brutto 5.420,00 €, nach Lohnsteuer (612,33 €) und Sozialversicherung (1.107,50 €) werden Ihnen 3.291,17 € netto auf Ihr Konto mit Endung 4410 07 überwiesen.' },
  ],
});

await sitzung({
  groupId: 'hrss-d35b2f18', user: 'ma-2207', personalnummer: '2207', seed: 'lohn-b-ya6',
  frage: 'Guten Tag, ich bin seit Januar in Steuerklasse I. Stimmt das in der Februarabrechnung, und was bekomme ich netto raus?',
  replies: [
    { tool_calls: [{ name: 'lohnabrechnung_abrufen', args: { monat: '2027-02' } }] },
    { content: 'In Ihrer Februarabrechnung ist Steuerklasse III hinterlegt, nicht I. Ausgezahlt werden 3.291,17 € netto (brutto 5.420,00 €, Lohnsteuer 612,33 €). Wenn Steuerklasse I richtig ist, melden Sie sich bitte bei der Entgeltabrechnung, damit die Lohnsteuer korrigiert wird.' },
  ],
});

writeTrace(here, 'trace.jsonl');
