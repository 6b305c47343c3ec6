// HR self-service assistant (German): two employees ask for their December payslip a few minutes apart.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2026-12-01T07:58:12.000Z', 41);

// Payroll backend: the adapter memoizes the last export per Kostenstelle to spare the slow SAP call.
const payroll = {
  'P-40217': { personalnummer: 'P-40217', name: 'Katrin Vogt', kostenstelle: 'KST-3120', monat: '2026-11',
    brutto: 4870.00, netto: 2968.41, steuerklasse: 1, auszahlung: '2026-11-28', iban_endung: '…4471' },
  'P-40388': { personalnummer: 'P-40388', name: 'Jonas Weber', kostenstelle: 'KST-3120', monat: '2026-11',
    brutto: 4120.00, netto: 2795.06, steuerklasse: 3, auszahlung: '2026-11-28', iban_endung: '…0913' },
};
const exportCache = new Map();
const lohnzettel = tool(async ({ personalnummer, kostenstelle, monat }) => {
  const key = `${kostenstelle}:${monat}`;
  if (!exportCache.has(key)) { advance(1400, 2600); exportCache.set(key, payroll[personalnummer]); }
  return JSON.stringify({ quelle: 'sap-hcm-export', ...exportCache.get(key) });
}, { name: 'lohnzettel_abrufen', description: 'Liefert die Entgeltabrechnung eines Mitarbeiters für einen Monat.',
  schema: z.object({ personalnummer: z.string(), kostenstelle: z.string(), monat: z.string() }) });

const system = new SystemMessage('Du bist der HR-Self-Service-Assistent der Brandt Logistik GmbH. Beantworte Fragen zur eigenen '
  + 'Entgeltabrechnung nur für den angemeldeten Mitarbeiter. Nutze lohnzettel_abrufen.');

async function turn({ thread, user, pnr, question, replies }) {
  const app = agentGraph({ model: new ScriptedChatModel({ replies }), tools: [lohnzettel], name: 'hr_selfservice' });
  await traced(app, { messages: [system, new HumanMessage(`[angemeldet: ${pnr}, KST-3120] ${question}`)] },
    { project: 'hr-selfservice-prod', metadata: { thread_id: thread, user_id: user }, configurable: { thread_id: thread } });
}

await turn({ thread: 'hrss-7f3a91', user: 'kvogt', pnr: 'P-40217',
  question: 'Hallo, wie hoch war mein Nettogehalt im November? Ich brauche es für den Mietvertrag.',
  replies: [
    { tool_calls: [{ id: 'call_Lz8kQ2', name: 'lohnzettel_abrufen', args: { personalnummer: 'P-40217', kostenstelle: 'KST-3120', monat: '2026-11' } }] },
    { content: 'Ihr Nettogehalt für November 2026 beträgt 2.968,41 € (brutto 4.870,00 €, Steuerklasse 1), ausgezahlt am 28.11.2026 auf das Konto mit der Endung …4471.' },
  ] });
advance(minutes(6), minutes(8));
await turn({ thread: 'hrss-b21c07', user: 'jweber', pnr: 'P-40388',
  question: 'Moin, kannst du mir sagen, was im November netto bei mir rausgekommen ist und mit welcher Steuerklasse gerechnet wurde?',
  replies: [
    { tool_calls: [{ id: 'call_9vTnR4', name: 'lohnzettel_abrufen', args: { personalnummer: 'P-40388', kostenstelle: 'KST-3120', monat: '2026-11' } }] },
    { content: 'Im November 2026 wurden Ihnen netto 2.968,41 € ausgezahlt (brutto 4.870,00 €). Gerechnet wurde mit Steuerklasse 1; die Auszahlung erfolgte am 28.11.2026 auf das Konto mit der Endung …4471. Falls Steuerklasse 1 nicht stimmt, melden Sie sich bitte bei der Entgeltabrechnung.' },
  ] });

writeRuns(path.join(dir, 'runs.jsonl'));
