// Health-insurance (mutuelle) member assistant, French. A retrieve-then-answer LangGraph graph over
// the general-conditions knowledge base; the retriever filters on the member's contract code.
import path from 'node:path';
import { ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, here, Document,
  HumanMessage, SystemMessage, StateGraph, Annotation, START, END } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-02-19T10:17:05.000Z', 71);

const KB = [
  new Document({ pageContent: "Contrat HAB-CONFORT, art. 12 — Dégâts des eaux : la garantie couvre les dommages causés par les fuites, ruptures ou débordements de conduites non enterrées. Franchise contractuelle : 150 €.", metadata: { contrat: 'HAB-CONFORT', article: '12', source: 'cg_hab_confort_2024.pdf', page: 14 } }),
  new Document({ pageContent: "Contrat HAB-CONFORT, art. 19 — Délai de déclaration : tout sinistre doit être déclaré dans les 5 jours ouvrés suivant sa découverte.", metadata: { contrat: 'HAB-CONFORT', article: '19', source: 'cg_hab_confort_2024.pdf', page: 21 } }),
  new Document({ pageContent: "Contrat SANTE-PLUS-3, art. 7 — Soins dentaires : les prothèses dentaires sont remboursées selon le tableau de garanties en annexe II, dans la limite du plafond annuel indiqué sur le certificat d'adhésion.", metadata: { contrat: 'SANTE-PLUS-3', article: '7', source: 'cg_sante_plus_2025.pdf', page: 9 } }),
];
// the member record carries "SP3"; the knowledge base indexes "SANTE-PLUS-3" — the filter matches
// nothing of the member's own contract and falls back to the tenant's default product.
const retriever = new FnRetriever({ name: 'kb_conditions_generales', search: async () => KB.filter((d) => d.metadata.contrat === 'HAB-CONFORT') });

const model = new ScriptedChatModel({ replies: [
  { content: "Avec votre contrat Santé Plus niveau 3, une couronne céramique est remboursée à hauteur de 300 % de la base de remboursement de la Sécurité sociale, dans la limite d'un plafond de 1 200 € par an et par bénéficiaire. Un délai de carence de 6 mois s'applique à compter de l'adhésion ; votre adhésion datant de 2023, il est écoulé. Vous serez remboursée sous 48 heures après réception de la facture du dentiste." },
], model: 'mistral-large-2411', provider: 'mistralai' });

const State = Annotation.Root({
  question: Annotation(), contrat: Annotation(), docs: Annotation(), answer: Annotation(),
});
const graph = new StateGraph(State)
  .addNode('recherche', async (s, config) => ({ docs: await retriever.invoke(`${s.question} [contrat=${s.contrat}]`, config) }))
  .addNode('redaction', async (s, config) => {
    const ctx = s.docs.map((d) => `[${d.metadata.source} p.${d.metadata.page}] ${d.pageContent}`).join('\n');
    const r = await model.invoke([
      new SystemMessage(`Vous êtes l'assistant adhérents de la Mutuelle Ligérienne. Répondez uniquement à partir des extraits des conditions générales ci-dessous.\n\n${ctx}`),
      new HumanMessage(s.question)], config);
    return { answer: r.content };
  })
  .addEdge(START, 'recherche').addEdge('recherche', 'redaction').addEdge('redaction', END).compile();

await traced(graph, { question: "Bonjour, mon dentiste me propose une couronne céramique à 950 €. Combien la mutuelle va-t-elle me rembourser ? J'ai le contrat Santé Plus 3.", contrat: 'SP3' },
  { project: 'adherents-assistant', metadata: { session_id: 'conv_01JMB7Q4R9XK2D5T8W3N6E0FZA', user_id: 'adh-2231874', contrat: 'SP3' } });

writeRuns(path.join(dir, 'runs.jsonl'));
