// HR self-service assistant (German): policy questions answered from the intranet policy index.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('hr-selfservice-bot', { 'service.version': '3.8.2' });

// The policy index for the DACH entity: the Austrian "Karenz" documents were re-indexed last week,
// the German parental-leave top-up policy is not in the index at all.
const index = new ScriptedRetriever({ results: async (query) => {
  if (/elternzeit|eltern|aufstockung/i.test(query)) return [
    { pageContent: 'Richtlinie HR-AT-07 Karenz (Österreich): Die Karenz ist beim Personalbüro Wien spätestens acht Wochen vor Beginn schriftlich anzuzeigen. Für Fragen zum Kinderbetreuungsgeld wenden Sie sich an die ÖGK.',
      metadata: { doc_id: 'HR-AT-07', land: 'AT', stand: '2024-11' } },
    { pageContent: 'Richtlinie HR-AT-12 Papamonat (Österreich): Freistellung anlässlich der Geburt nach § 1a VKG; Antrag über das Portal „MeinHR“.',
      metadata: { doc_id: 'HR-AT-12', land: 'AT', stand: '2024-11' } },
  ];
  return [];
} });

const richtlinienSuche = tool(async ({ frage }) => {
  const docs = await index.invoke(frage);
  return docs.length ? docs.map((d) => `[${d.metadata.doc_id}] ${d.pageContent}`).join('\n\n') : 'Keine Treffer.';
}, { name: 'richtlinien_suche', description: 'Sucht im Richtlinien-Index (Intranet) nach HR-Regelungen.',
  schema: z.object({ frage: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'richtlinien_suche', args: { frage: 'Aufstockung Elternzeit Elterngeld Arbeitgeberzuschuss Deutschland' } }] },
  { content: 'Gute Nachrichten: Als Mitarbeiterin der Nordwerk GmbH erhalten Sie während der Elternzeit einen Arbeitgeberzuschuss, der das Elterngeld für die ersten 6 Monate auf 85 % Ihres Nettogehalts aufstockt. Den Antrag stellen Sie spätestens 7 Wochen vor Beginn über das Formular EZ-2 bei HR Operations in Bremen; der Zuschuss wird mit der Gehaltsabrechnung ausgezahlt.' },
] });
const app = await reactGraph({ model, tools: [richtlinienSuche], name: 'hr_assistent' });

const sessionId = 'HRS-20250211-00419';
await t.turn({ userId: 'emp-104772' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der HR-Assistent der Nordwerk-Gruppe. Beantworte Fragen zu Richtlinien nur auf Grundlage des Richtlinien-Index. Mitarbeiterin: Standort Bremen (DE).'),
  new HumanMessage('Hallo, ich gehe ab Juni in Elternzeit. Zahlt Nordwerk etwas zum Elterngeld dazu, und bis wann muss ich das beantragen?'),
] }, { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
