// Kundenservice-Assistent der Hanseatischen Krankenversicherung (RAG-Graph: Suche in der Tarif-
// Wissensbasis, dann Antwort). Offline: geskriptetes Chatmodell, Runs aus dem LangChainTracer.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, FnRetriever, traced, writeRuns, here, Document,
  HumanMessage, SystemMessage, AIMessage, StateGraph, Annotation, MessagesAnnotation, START, END } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-02-04T08:52:10.000Z', 903);

// Wissensbasis (Tarifbedingungen DentalPlus Komfort, Stand 01/2025) – nur die Abschnitte, die im Index liegen.
const kb = [
  new Document({ pageContent: 'DentalPlus Komfort (DPK) – Professionelle Zahnreinigung: Erstattung 100 % bis 120 EUR je '
    + 'Kalenderjahr, höchstens zwei Behandlungen pro Jahr. Keine Wartezeit für Prophylaxe.',
    metadata: { source: 'tarife/dpk/AVB_DPK_2025.pdf', page: 4, abschnitt: '§ 3 Abs. 1', tarif: 'DPK' } }),
  new Document({ pageContent: 'DentalPlus Komfort (DPK) – Prophylaxe umfasst PZR, Fissurenversiegelung und '
    + 'Fluoridierung. Erstattet wird auf Grundlage der GOZ bis zum 3,5-fachen Satz.',
    metadata: { source: 'tarife/dpk/AVB_DPK_2025.pdf', page: 4, abschnitt: '§ 3 Abs. 2', tarif: 'DPK' } }),
];
const retriever = new FnRetriever({ name: 'tarif_wissensbasis', latency: [140, 320], search: (q) => {
  const s = q.toLowerCase();
  if (s.includes('zahnreinigung') || s.includes('pzr') || s.includes('prophylaxe')) return kb;
  return []; // Zahnersatz-Kapitel (§ 5) des DPK ist nicht im Index
} });

const State = Annotation.Root({ ...MessagesAnnotation.spec, treffer: Annotation({ reducer: (_, b) => b, default: () => [] }) });

const replies = [
  { content: 'Gute Nachricht: Im Tarif DentalPlus Komfort wird die professionelle Zahnreinigung zu 100 % erstattet, '
    + 'bis 120 EUR pro Kalenderjahr und für bis zu zwei Behandlungen im Jahr. Für Prophylaxe gibt es keine Wartezeit – '
    + 'Sie können den Termin also direkt wahrnehmen. (Quelle: AVB DPK 2025, § 3 Abs. 1)' },
  { content: 'Für Implantate gilt im DentalPlus Komfort: Nach einer Wartezeit von 8 Monaten erstatten wir 75 % des '
    + 'Rechnungsbetrags inklusive Knochenaufbau. In den ersten beiden Kalenderjahren ist die Leistung auf insgesamt '
    + '1.000 EUR begrenzt, ab dem dritten Jahr auf 2.500 EUR jährlich. Da Ihr Vertrag seit Oktober läuft, wäre die '
    + 'Wartezeit im Juni erfüllt – ich würde Ihnen empfehlen, den Heil- und Kostenplan vorher bei uns einzureichen.' },
];
const model = new ScriptedChatModel({ replies, model: 'claude-3-5-sonnet-20241022', provider: 'anthropic' });

const g = new StateGraph(State)
  .addNode('suche', async (state, config) => {
    const frage = state.messages[state.messages.length - 1].content;
    return { treffer: await retriever.invoke(frage, config) };
  })
  .addNode('antwort', async (state, config) => {
    const kontext = state.treffer.length
      ? state.treffer.map((d) => `[${d.metadata.source} ${d.metadata.abschnitt}] ${d.pageContent}`).join('\n')
      : '(keine Treffer)';
    const sys = new SystemMessage('Du bist der Kundenservice-Assistent der Hanseatischen Krankenversicherung. '
      + 'Beantworte Fragen zu Tarifleistungen anhand der Auszüge aus den Tarifbedingungen.\n\nAuszüge:\n' + kontext);
    return { messages: [await model.invoke([sys, ...state.messages], config)] };
  })
  .addEdge(START, 'suche').addEdge('suche', 'antwort').addEdge('antwort', END)
  .compile({ name: 'tarifauskunft' });

const meta = { session_id: 'hkv-chat-20250204-5528193', user_id: 'VN-4471-0932-18', kanal: 'web-chat', tarif: 'DPK' };
let verlauf = [new HumanMessage('Guten Morgen, ich habe seit Oktober die DentalPlus Komfort. Wie viel bekomme ich '
  + 'für eine professionelle Zahnreinigung zurück?')];
let out = await traced(g, { messages: verlauf }, { project: 'hkv-kundenservice', runName: 'tarifauskunft', metadata: meta });
verlauf = out.messages;

advance(minutes(3), minutes(5));
verlauf = [...verlauf, new HumanMessage('Danke! Mein Zahnarzt rät mir außerdem zu einem Implantat (Zahn 36). '
  + 'Ab wann und wie viel übernimmt der Tarif dafür?')];
out = await traced(g, { messages: verlauf }, { project: 'hkv-kundenservice', runName: 'tarifauskunft', metadata: meta });

writeRuns(path.join(dir, 'runs.jsonl'));
