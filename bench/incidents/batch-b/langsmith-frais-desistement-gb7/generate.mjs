// Student help desk of a French engineering school: a retrieve-then-answer graph over the regulations
// index. The index for academic year 2026-2027 was rebuilt the night before.
import path from 'node:path';
import { startClock, ScriptedChatModel, FnRetriever, traced, writeRuns, here,
  StateGraph, Annotation, SystemMessage, HumanMessage, Document } from '../../harness/langsmith/lib.mjs';

startClock('2026-09-02T08:51:12.000Z', 5150);

const index = { '2025-2026': [
  new Document({ pageContent: 'Article 12 — Les droits de scolarité versés ne sont remboursables qu\'en cas de désistement notifié par écrit au service de la scolarité.', metadata: { source: 'reglement-scolarite-2025-2026.pdf', page: 7 } }),
], '2026-2027': [] };
const retriever = new FnRetriever({ name: 'reglements_scolarite', search: async () => index['2026-2027'] });

const State = Annotation.Root({
  question: Annotation(), etudiant: Annotation(), documents: Annotation(), reponse: Annotation(),
});
const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { content: 'Bonjour Inès, oui : si vous notifiez votre désistement par écrit avant le 30 septembre, 85 % des droits de scolarité (soit 2 295 € sur 2 700 €) vous sont remboursés sous 21 jours ouvrés. Entre le 1er et le 31 octobre, le remboursement tombe à 50 %, et aucun remboursement n\'est possible après le 1er novembre. Des frais de gestion de 120 € restent dans tous les cas acquis à l\'école. Envoyez votre demande via le formulaire D-14 sur l\'ENT.' },
] });

const graph = new StateGraph(State)
  .addNode('recherche', async (s, config) => ({ documents: await retriever.invoke(s.question, config) }))
  .addNode('redaction', async (s, config) => {
    const ctx = s.documents.map((d) => `[${d.metadata.source} p.${d.metadata.page}] ${d.pageContent}`).join('\n');
    const msg = await model.invoke([
      new SystemMessage(`Tu es l'assistant de la scolarité. Réponds uniquement à partir des extraits du règlement ci-dessous.\nExtraits :\n${ctx}`),
      new HumanMessage(s.question)], config);
    return { reponse: msg.content };
  })
  .addEdge('__start__', 'recherche').addEdge('recherche', 'redaction').addEdge('redaction', '__end__')
  .compile({ name: 'guichet_scolarite' });

await traced(graph, { question: 'Bonjour, je suis inscrite en 1re année (n° étudiant 22604187) mais j\'ai obtenu une place ailleurs. Si je me désiste maintenant, est-ce que je suis remboursée de mes frais de scolarité, et de combien ?', etudiant: '22604187' },
  { project: 'guichet-scolarite', metadata: { session_id: 'conv-2026-09-02-a81', user_id: 'etu-22604187' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
