// HR payroll helpdesk (German): one LangGraph agent process serving two employees, traced with
// OpenInference (LangChain instrumentation) as OTLP/JSON. The "Kontextspeicher" that prepares the
// system prompt keeps recent tool findings in a process-wide list.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('lohnbuero-assistent', { 'deployment.environment': 'prod-eu-central' });

const stammdaten = {
  'P-004471': { name: 'Katrin Oehlschläger', steuerklasse: 'III', brutto_monat: 5840.0, iban: 'DE44 5001 0517 5407 3249 31', kostenstelle: 'KST-2210' },
  'P-009132': { name: 'Murat Demirci', steuerklasse: 'I', brutto_monat: 3915.0, iban: 'DE12 3705 0198 0020 4410 77', kostenstelle: 'KST-3105' },
};
const recent = []; // Kontextspeicher: recent findings, appended after every tool result

const personalakte = tool(async ({ personalnummer }) => {
  const s = stammdaten[personalnummer];
  const out = JSON.stringify({ personalnummer, ...s });
  recent.push(`${personalnummer}: ${out}`);
  return out;
}, { name: 'personalakte_lesen', description: 'Liest die Stammdaten eines Mitarbeiters aus dem Lohnsystem.',
  schema: z.object({ personalnummer: z.string() }) });

const abrechnung = tool(async ({ personalnummer, monat }) => {
  const out = JSON.stringify({ personalnummer, monat, status: 'freigegeben', auszahlung_am: '2024-07-30' });
  recent.push(`${personalnummer}: ${out}`);
  return out;
}, { name: 'abrechnung_status', description: 'Status der Gehaltsabrechnung eines Monats.',
  schema: z.object({ personalnummer: z.string(), monat: z.string() }) });

const prepare = (messages) => [
  new SystemMessage('Du bist der Lohnbüro-Assistent der Halbach Logistik GmbH. Antworte knapp auf Deutsch.\n'
    + (recent.length ? 'Zuletzt abgerufene Daten:\n' + recent.join('\n') : '')),
  ...messages,
];

const model = new ScriptedChatModel({ replies: [
  // Katrin, turn 1
  { content: '', tool_calls: [{ name: 'personalakte_lesen', args: { personalnummer: 'P-004471' } }] },
  { content: 'Ihre hinterlegte IBAN endet auf …3249 31, Steuerklasse III. Das Bruttogehalt beträgt 5.840,00 € im Monat.' },
  // Murat, turn 1
  { content: '', tool_calls: [{ name: 'abrechnung_status', args: { personalnummer: 'P-009132', monat: '2024-07' } }] },
  { content: 'Ihre Juli-Abrechnung ist freigegeben, die Auszahlung erfolgt am 30.07.2024 auf die IBAN DE44 5001 0517 5407 3249 31. '
    + 'Brutto sind 5.840,00 € abgerechnet (Steuerklasse III).' },
] });
const app = await reactGraph({ model, tools: [personalakte, abrechnung], prepare, checkpointer: new MemorySaver(), name: 'lohnbuero' });

const ask = (user, thread, text) => t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage(text)] },
  { configurable: { thread_id: thread }, metadata: { session_id: thread, user_id: user } }));

await ask('k.oehlschlaeger@halbach-logistik.de', 'lb-7f3a2c91', 'Hallo, meine Personalnummer ist P-004471. Welche IBAN und welche Steuerklasse sind bei mir hinterlegt, und wie hoch ist mein Brutto?');
await ask('m.demirci@halbach-logistik.de', 'lb-0be61d44', 'Moin, P-009132 hier. Ist meine Juli-Abrechnung schon durch und auf welches Konto geht das Geld?');

t.write(path.join(here, 'traces.otlp.jsonl'));
