// HR-Assistent (LangGraph.js + OpenInference), Sitzung eines Mitarbeiters zur Sonderurlaubsregelung.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('personal-assistent', { 'deployment.environment': 'prod-eu' });

const store = new ScriptedRetriever({
  results: async () => [
    { pageContent: 'Reisekostenrichtlinie 4.2: Bei Dienstreisen über 8 Stunden wird eine Verpflegungspauschale von 14 EUR gezahlt. Übernachtungskosten werden bis 120 EUR pro Nacht erstattet.',
      metadata: { id: 'kb-RK-0402', quelle: 'Reisekostenrichtlinie_2023.pdf', seite: 7, score: 0.41 } },
    { pageContent: 'Dienstwagenregelung 2.1: Der Antrag auf einen Dienstwagen ist mindestens 6 Wochen vor Übergabe über das Flottenportal zu stellen.',
      metadata: { id: 'kb-DW-0201', quelle: 'Dienstwagen_Richtlinie.pdf', seite: 3, score: 0.38 } },
  ],
});

const richtlinienSuche = tool(async ({ anfrage }) => {
  const docs = await store.invoke(anfrage);
  return JSON.stringify(docs.map((d) => ({ quelle: d.metadata.quelle, seite: d.metadata.seite, text: d.pageContent })));
}, {
  name: 'richtlinien_suche',
  description: 'Durchsucht das Intranet-Handbuch (Betriebsvereinbarungen, Richtlinien).',
  schema: z.object({ anfrage: z.string().describe('Suchanfrage in natürlicher Sprache') }),
});

const model = new ScriptedChatModel({
  replies: [
    { content: '', tool_calls: [{ name: 'richtlinien_suche', args: { anfrage: 'Sonderurlaub Umzug Anzahl Tage Antrag Frist' } }] },
    { content: 'Gute Nachricht: Laut Betriebsvereinbarung stehen Ihnen bei einem Umzug 2 Tage bezahlter Sonderurlaub zu, bei einem dienstlich veranlassten Umzug sogar 3 Tage. '
      + 'Den Antrag stellen Sie bitte spätestens 10 Arbeitstage vorher im Personalportal unter „Abwesenheiten → Sonderurlaub“; eine Kopie der Meldebescheinigung reichen Sie innerhalb von 4 Wochen nach.' },
  ],
});

const app = await reactGraph({
  model, tools: [richtlinienSuche], name: 'hr_assistent',
  prepare: (m) => [new SystemMessage('Du bist der HR-Assistent der Brückner Maschinenbau GmbH. Antworte nur auf Basis des Handbuchs.'), ...m],
});

await t.turn({ userId: 'ma-40917' }, () => app.invoke(
  { messages: [new HumanMessage('Hallo, ich ziehe nächsten Monat von Augsburg nach Ulm um. Wie viele Tage Sonderurlaub bekomme ich dafür und bis wann muss ich das beantragen?')] },
  { metadata: { session_id: 'hr-de-7f3a91c2' }, runName: 'hr_assistent' }));

t.write(path.join(here, 'traces.jsonl'));
