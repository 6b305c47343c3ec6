// Payroll assistant of a tax-advisor office (German), two client companies in one worker process.
// The payroll-journal tool memoises lookups per accounting month; two sessions of different clients.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-04-03T08:41:12.000Z', 31);

const JOURNAL = {
  'MUE-17': { mandant: 'MUE-17', monat: '2025-03', beschaeftigte: 9, brutto_summe: '48230.00', ag_anteil_sv: '9683.17',
    hoechstes_brutto: { name: 'Petra Vogel', pers_nr: 'M-0412', brutto: '6850.00' }, status: 'abgeschlossen' },
  'HAN-04': { mandant: 'HAN-04', monat: '2025-03', beschaeftigte: 4, brutto_summe: '13920.00', ag_anteil_sv: '2794.44',
    hoechstes_brutto: { name: 'Jens Hansen', pers_nr: 'H-0003', brutto: '4100.00' }, status: 'abgeschlossen' },
};
const cache = new Map(); // keyed by month
const lohnjournal = tool(async ({ mandant, monat }) => {
  if (!cache.has(monat)) cache.set(monat, JOURNAL[mandant]);
  return JSON.stringify(cache.get(monat));
}, { name: 'lohnjournal_abrufen', description: 'Liest das Lohnjournal eines Mandanten für einen Abrechnungsmonat.',
  schema: z.object({ mandant: z.string(), monat: z.string().describe('YYYY-MM') }), latency: [140, 520] });

const sys = (m) => new SystemMessage(`Du bist der Lohnbuchhaltungs-Assistent der Kanzlei Brenner & Partner. Angemeldeter Mandant: ${m}. Antworte knapp auf Deutsch.`);

// Session 1: Metzgerei Müller GmbH
const m1 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Lq8vT2mWcA0x', name: 'lohnjournal_abrufen', args: { mandant: 'MUE-17', monat: '2025-03' } }] },
  { content: 'Lohnjournal März 2025 (abgeschlossen): 9 Beschäftigte, Bruttolohnsumme 48.230,00 €, AG-Anteil Sozialversicherung 9.683,17 €. Höchstes Brutto: Petra Vogel (M-0412) mit 6.850,00 €.' },
] });
const g1 = agentGraph({ model: m1, tools: [lohnjournal] });
await traced(g1, { messages: [sys('MUE-17 Metzgerei Müller GmbH'), new HumanMessage('Moin, können Sie mir die Eckdaten der Lohnabrechnung März geben? Brutto gesamt und wer am meisten verdient hat.')] },
  { project: 'lohnbuero-prod', metadata: { session_id: 'lb-2025-04-03-mue17-0841', user_id: 'k.mueller@metzgerei-mueller.de', mandant: 'MUE-17' } });

advance(minutes(6), minutes(9));

// Session 2: Bäckerei Hansen KG
const m2 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_9FhRk1ZpYe3n', name: 'lohnjournal_abrufen', args: { mandant: 'HAN-04', monat: '2025-03' } }] },
  { content: 'Für März 2025 liegt das Lohnjournal abgeschlossen vor: 9 Beschäftigte, Bruttolohnsumme 48.230,00 €, Arbeitgeberanteil zur Sozialversicherung 9.683,17 €. Das höchste Bruttogehalt hatte Petra Vogel (M-0412) mit 6.850,00 €.' },
] });
const g2 = agentGraph({ model: m2, tools: [lohnjournal] });
await traced(g2, { messages: [sys('HAN-04 Bäckerei Hansen KG'), new HumanMessage('Hallo, ich brauche für die Bank die Lohnsumme März und den AG-Anteil SV. Danke!')] },
  { project: 'lohnbuero-prod', metadata: { session_id: 'lb-2025-04-03-han04-0850', user_id: 'buero@baeckerei-hansen.de', mandant: 'HAN-04' } });

writeRuns(path.join(dir, 'runs.jsonl'));
