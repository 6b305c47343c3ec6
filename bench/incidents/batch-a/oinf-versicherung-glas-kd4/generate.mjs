// Kfz-Versicherung: Kundenservice-Agent (LangGraph.js) sucht in der Tarif-Wissensdatenbank nach
// Bedingungen für einen Glasschaden. Scripted model, no network. Output: traces.jsonl (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('kfz-service-assistent', { 'deployment.environment': 'prod-fra' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const kb = new ScriptedRetriever({ results: async () => [] });
const tarifSuche = tool(async ({ anfrage, tarif }) => {
  const docs = await kb.invoke(`${tarif}: ${anfrage}`);
  return JSON.stringify({ treffer: docs.length, dokumente: docs.map((d) => d.pageContent) });
}, { name: 'tarif_wissen_suchen', description: 'Durchsucht die Tarifbedingungen (AKB) nach einer Frage.',
  schema: z.object({ anfrage: z.string(), tarif: z.string() }) });

const vertrag = tool(async ({ vertragsnummer }) => JSON.stringify({ vertragsnummer, tarif: 'KOMFORT-PLUS-2024',
  kunde: 'Weber, Sabine', kennzeichen: 'HH-SW 4127', status: 'aktiv', beginn: '2024-03-01' }),
{ name: 'vertrag_abrufen', description: 'Vertragsdaten zu einer Vertragsnummer.', schema: z.object({ vertragsnummer: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'vertrag_abrufen', args: { vertragsnummer: 'KV-2024-0088317' } }] },
  { tool_calls: [{ name: 'tarif_wissen_suchen', args: { anfrage: 'Selbstbeteiligung Glasschaden Windschutzscheibe Austausch Meldefrist', tarif: 'KOMFORT-PLUS-2024' } }] },
  { content: 'Guten Tag Frau Weber, in Ihrem Tarif Komfort Plus 2024 beträgt die Selbstbeteiligung bei einem Austausch der Windschutzscheibe 150 €; bei einer Reparatur entfällt sie vollständig. Bitte melden Sie den Schaden innerhalb von 7 Tagen, danach übernehmen wir nur noch 80 % der Kosten. Eine Partnerwerkstatt finden Sie in der App.' },
] });

const app = await reactGraph({ model, tools: [vertrag, tarifSuche], name: 'kfz-service' });
await t.turn({ userId: 'kunde-88317' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der digitale Kundenservice der Hanse Kfz-Versicherung. Antworte nur auf Grundlage der Vertragsdaten und der Tarifbedingungen.'),
  new HumanMessage('Hallo, mir ist ein Steinschlag in die Windschutzscheibe gekommen, Vertrag KV-2024-0088317. Wie hoch ist meine Selbstbeteiligung und bis wann muss ich das melden?'),
] }, { metadata: { session_id: 'chat-7f3e9a21-kfz' } }));
t.write(path.join(here, 'traces.jsonl'));
