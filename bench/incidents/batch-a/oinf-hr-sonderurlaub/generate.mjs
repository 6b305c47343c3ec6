// HR-Assistent (deutsch) eines Maschinenbauers: LangGraph.js-Agent mit Richtliniensuche über einen
// Vektorspeicher, traced by @arizeai/openinference-instrumentation-langchain as OTLP/JSON.
// Zwei Runden im selben Thread (MemorySaver): die erste Suche liefert Dokumente, die zweite nichts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('hr-assist-de', { 'deployment.environment': 'prod', 'service.version': '2.14.1' });
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const corpus = [
  { pageContent: 'BV Mobiles Arbeiten (Fassung 01/2024), § 3: Beschäftigte können nach Absprache mit der Führungskraft bis zu drei Tage pro Kalenderwoche mobil arbeiten. Kernzeit 9:30–15:00 Uhr.',
    metadata: { source: 'sharepoint://hr/richtlinien/BV-Mobiles-Arbeiten-2024.pdf', page: 2, doc_id: 'bv-ma-2024-p2' } },
  { pageContent: 'BV Mobiles Arbeiten, § 5: Für Tage im mobilen Arbeiten wird keine Pauschale gezahlt; die steuerliche Homeoffice-Pauschale ist über die Einkommensteuererklärung geltend zu machen.',
    metadata: { source: 'sharepoint://hr/richtlinien/BV-Mobiles-Arbeiten-2024.pdf', page: 3, doc_id: 'bv-ma-2024-p3' } },
];
// Nach der nächtlichen Neuindizierung ist die Collection "hr-richtlinien-v3" für Sonderurlaub leer.
const retriever = new ScriptedRetriever({ results: async (q) => (/mobil|homeoffice|home office/i.test(q) ? corpus : []) });

const suche = tool(async ({ anfrage }, config) => {
  const docs = await retriever.invoke(anfrage, config);
  if (!docs.length) return 'Keine Treffer in hr-richtlinien-v3.';
  return docs.map((d, i) => `[${i + 1}] ${d.pageContent} (Quelle: ${d.metadata.source}, S. ${d.metadata.page})`).join('\n');
}, { name: 'richtlinien_suche', description: 'Durchsucht Betriebsvereinbarungen, Tarifvertrag und HR-Richtlinien.',
  schema: z.object({ anfrage: z.string().describe('Suchanfrage in natürlicher Sprache') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'richtlinien_suche', args: { anfrage: 'mobiles Arbeiten Tage pro Woche Homeoffice' } }] },
  { content: 'Laut BV Mobiles Arbeiten (Fassung 01/2024) können Sie nach Absprache mit Ihrer Führungskraft bis zu drei Tage pro Kalenderwoche mobil arbeiten; die Kernzeit ist 9:30–15:00 Uhr. Eine Pauschale zahlt das Unternehmen nicht – die Homeoffice-Pauschale machen Sie über Ihre Steuererklärung geltend.' },
  { tool_calls: [{ name: 'richtlinien_suche', args: { anfrage: 'Sonderurlaub Geburt eigenes Kind Freistellung' } }] },
  { tool_calls: [{ name: 'richtlinien_suche', args: { anfrage: 'Arbeitsbefreiung Niederkunft Ehefrau Lebenspartnerin bezahlt' } }] },
  { content: 'Bei der Geburt Ihres Kindes stehen Ihnen nach § 12 des Manteltarifvertrags zwei Arbeitstage bezahlte Freistellung zu, bei voller Entgeltfortzahlung. Zusätzlich gewährt die Betriebsvereinbarung einen weiteren Tag Sonderurlaub, wenn die Geburt auf einen Arbeitstag fällt. Den Antrag stellen Sie bitte spätestens 10 Tage nach der Geburt im Personalportal unter „Abwesenheiten > Sonderurlaub“ und laden die Geburtsurkunde hoch.' },
] });

const system = new SystemMessage('Du bist der HR-Assistent der Brenner Maschinenbau GmbH. Beantworte Fragen zu Arbeitszeit, Urlaub und Richtlinien ausschließlich auf Grundlage der Suchergebnisse aus richtlinien_suche und nenne die Quelle. Wenn nichts gefunden wird, verweise an hr-service@brenner-mb.de.');
const app = await reactGraph({ model, tools: [suche], checkpointer: new MemorySaver(), name: 'hr_assistent' });

const threadId = 'teams-19:a41f0c2e8b7d4e21@thread.v2';
const userId = 'm.okonkwo@brenner-mb.de';
const cfg = { configurable: { thread_id: threadId }, metadata: { thread_id: threadId, channel: 'msteams', locale: 'de-DE' } };

await t.turn({ userId }, () => app.invoke({ messages: [system,
  new HumanMessage('Hallo, wie viele Tage darf ich eigentlich im Homeoffice arbeiten? Und gibt es dafür eine Pauschale?')] }, cfg));
await t.turn({ userId }, () => app.invoke({ messages: [
  new HumanMessage('Danke! Andere Frage: meine Frau bekommt im März unser Kind. Wie viele Tage Sonderurlaub bekomme ich dafür, und wird das bezahlt?')] }, cfg));

t.write(path.join(here, 'traces.otlp.jsonl'));
