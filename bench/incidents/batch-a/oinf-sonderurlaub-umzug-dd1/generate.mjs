// HR-Assistent (RAG-Kette in LangGraph.js): Suche in der Richtlinien-Datenbank, dann Antwort.
// Scripted model, no network. Writes traces.jsonl (OTLP/JSON, one request per turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { StateGraph, Annotation, START, END } = await load('@langchain/langgraph');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('hr-assistent', { 'deployment.environment': 'prod', 'service.version': '2.3.1' });

const index = [
  { id: 'rkr-2023-p4-a', pageContent: 'Reisekostenrichtlinie 2023, Abschnitt 4.2: Für Fahrten mit dem privaten Pkw wird eine Kilometerpauschale von 0,30 € je gefahrenem Kilometer erstattet. Übernachtungen ohne Beleg werden mit 20 € pauschal abgegolten.',
    metadata: { quelle: 'Reisekostenrichtlinie_2023.pdf', seite: 4, score: 0.612 } },
  { id: 'rkr-2023-p2-c', pageContent: 'Reisekostenrichtlinie 2023, Abschnitt 2.1: Dienstreisen sind mindestens 14 Tage vor Reiseantritt über das Portal zu beantragen. Bahnfahrten werden in der 2. Klasse erstattet, ab 4 Stunden Fahrtzeit in der 1. Klasse.',
    metadata: { quelle: 'Reisekostenrichtlinie_2023.pdf', seite: 2, score: 0.587 } },
  { id: 'az-bv-11-p1', pageContent: 'Betriebsvereinbarung Arbeitszeit Nr. 11: Die regelmäßige wöchentliche Arbeitszeit beträgt 38,5 Stunden. Gleitzeitsalden von mehr als 40 Stunden sind bis zum Quartalsende abzubauen.',
    metadata: { quelle: 'BV_Arbeitszeit_11.pdf', seite: 1, score: 0.541 } },
];
const retriever = new ScriptedRetriever({ results: async () => index });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Bei einem Umzug stehen Ihnen laut unserer Richtlinie 2 Tage Sonderurlaub zu (bei einem dienstlich veranlassten Umzug 3 Tage). Zusätzlich erstattet das Unternehmen eine Umzugskostenpauschale von 750 €, sofern Sie den Antrag spätestens 4 Wochen vor dem Umzugstermin über das HR-Portal stellen. Den Sonderurlaub tragen Sie bitte als Abwesenheitsart „SU-Umzug“ im Portal ein.' },
] });

const State = Annotation.Root({
  frage: Annotation(),
  dokumente: Annotation(),
  antwort: Annotation(),
});
const app = new StateGraph(State)
  .addNode('suche', async (s, config) => ({ dokumente: await retriever.invoke(s.frage, config) }))
  .addNode('antwort_erzeugen', async (s, config) => {
    const kontext = s.dokumente.map((d, i) => `[${i + 1}] (${d.metadata.quelle}, S. ${d.metadata.seite}) ${d.pageContent}`).join('\n');
    const msg = await model.invoke([
      new SystemMessage('Du bist der HR-Assistent der Nordwerk Logistik GmbH. Beantworte Fragen von Mitarbeitenden zu Richtlinien und Betriebsvereinbarungen. Stütze dich auf die folgenden Auszüge:\n' + kontext),
      new HumanMessage(s.frage),
    ], config);
    return { antwort: msg.content };
  })
  .addEdge(START, 'suche').addEdge('suche', 'antwort_erzeugen').addEdge('antwort_erzeugen', END)
  .compile({ name: 'hr_rag' });

const thread = 'hrchat-2024-10-17-8c41e0';
await t.turn({ userId: 'MA-004512' }, () => app.invoke(
  { frage: 'Ich ziehe nächsten Monat von Bremen nach Hannover um. Wie viele Tage Sonderurlaub bekomme ich dafür, und gibt es einen Zuschuss zu den Umzugskosten?' },
  { configurable: { thread_id: thread }, metadata: { thread_id: thread, kanal: 'teams' } }));

t.write(path.join(here, 'traces.jsonl'));
