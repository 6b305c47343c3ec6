// Student-services assistant of a law faculty (French): a retrieve-then-answer LangGraph graph over
// the faculty's regulations index, two turns in one thread (MemorySaver).
import path from 'node:path';
import {
  ScriptedChatModel, FnRetriever, Document, traced, writeRuns, here, startClock, advance, minutes,
  StateGraph, MessagesAnnotation, Annotation, MemorySaver, START, END, HumanMessage, SystemMessage,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-10-06T16:04:51.000Z', 318);

const THREAD = 'scol-8d41e7b02c';

// Vector index of the faculty's documents (the regulations of studies were not re-indexed this year;
// what comes back for these queries is the closest of what is there).
const index = {
  1: [
    new Document({ pageContent: 'Bibliothèque universitaire — Prêts : 8 documents pour 3 semaines, renouvelables une fois en ligne. Tout retard entraîne une suspension du droit de prêt égale au nombre de jours de retard.', metadata: { source: 'bu/reglement-pret-2023.pdf', page: 2, score: 0.41 } }),
    new Document({ pageContent: "Charte des examens — Un candidat qui se présente plus de 30 minutes après le début de l'épreuve n'est pas admis à composer. Aucune sortie n'est autorisée pendant la première heure.", metadata: { source: 'scolarite/charte-examens.pdf', page: 4, score: 0.38 } }),
  ],
  2: [],
};
let q = 0;
const retriever = new FnRetriever({ name: 'reglement_etudes', search: async () => index[++q] ?? [], latency: [90, 260] });

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  extraits: Annotation({ reducer: (_, b) => b, default: () => [] }),
});

const replies = [
  { content: "Bonjour ! Oui, c'est possible. Vous pouvez renoncer à une UE semestrielle jusqu'à la fin de la 6e semaine de cours, soit jusqu'au vendredi 17 octobre 2025, en remplissant le formulaire « Modification de l'inscription pédagogique » sur l'ENT (rubrique Scolarité). Passé ce délai, l'UE reste inscrite et une absence à l'examen vaut 0/20 (ABI).\n\nPour les frais : les droits d'inscription sont annuels et ne sont pas remboursés pour l'abandon d'une seule UE. Un remboursement partiel (droits moins 23 € de frais de gestion) n'est possible qu'en cas d'annulation complète de l'inscription avant le 31 octobre." },
  { content: "Dans ce cas c'est plus simple : en tant que boursière sur critères sociaux (échelon 3), vous êtes exonérée des droits d'inscription, il n'y a donc rien à vous rembourser. Abandonner l'UE n'a pas d'effet sur votre bourse tant que vous restez inscrite à au moins 24 ECTS sur le semestre ; en dessous, le CROUS peut suspendre le versement. La CVEC (103 €) reste due et n'est pas remboursable." },
];
const model = new ScriptedChatModel({ replies, model: 'mistral-small-2503', provider: 'mistralai', temperature: 0.2 });

const consignes = "Tu es l'assistant du service de scolarité de la Faculté de droit et de science politique. Réponds aux étudiants en t'appuyant sur les extraits des règlements fournis ci-dessous.";

const app = new StateGraph(State)
  .addNode('recherche', async (state, config) => {
    const question = state.messages[state.messages.length - 1].content;
    return { extraits: await retriever.invoke(question, config) };
  })
  .addNode('redaction', async (state, config) => {
    const ctx = state.extraits.length
      ? state.extraits.map((d, i) => `[${i + 1}] (${d.metadata.source}, p. ${d.metadata.page}) ${d.pageContent}`).join('\n')
      : '(aucun extrait)';
    const reply = await model.invoke([new SystemMessage(`${consignes}\n\nExtraits :\n${ctx}`), ...state.messages], config);
    return { messages: [reply] };
  })
  .addEdge(START, 'recherche').addEdge('recherche', 'redaction').addEdge('redaction', END)
  .compile({ checkpointer: new MemorySaver(), name: 'scolarite_rag' });

const cfg = { project: 'scolarite-assistant', metadata: { thread_id: THREAD, user_id: 'etu-22104873', campus: 'lyon3-manufacture' },
  configurable: { thread_id: THREAD } };
await traced(app, { messages: [new HumanMessage("Bonjour, je suis en L2 droit. Est-ce que je peux encore abandonner l'UE « Droit des obligations 2 » ce semestre, jusqu'à quand, et est-ce que je serai remboursée d'une partie des frais ?")] }, cfg);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Ah et je suis boursière échelon 3, ça change quelque chose ?')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
