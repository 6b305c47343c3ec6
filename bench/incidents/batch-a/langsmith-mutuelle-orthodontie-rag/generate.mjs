// Mutuelle santé : assistant adhérents en RAG (LangGraph.js), base de garanties indexée par contrat.
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lib = await import(require.resolve('../../harness/langsmith/lib.mjs'));
const { ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, advance, minutes, here, Document,
  SystemMessage, HumanMessage, AIMessage, StateGraph, MessagesAnnotation, Annotation, MemorySaver, START, END } = lib;

startClock('2025-03-06T13:27:51.000Z', 5150);

// Garanties indexées (extraits du tableau de garanties, contrat "Santé Essentielle 2025").
const BASE = [
  new Document({ pageContent: 'Pharmacie — Médicaments remboursés par la Sécurité sociale à 65 % : prise en charge du ticket modérateur, soit 100 % de la base de remboursement (BR) au total. Tiers payant accepté dans toutes les pharmacies sur présentation de la carte de tiers payant 2025.',
    metadata: { source: 'tableau-garanties-SE2025.pdf', page: 2, contrat: 'SE-2025', rubrique: 'pharmacie' } }),
  new Document({ pageContent: 'Pharmacie — Médicaments remboursés à 30 % et 15 % : prise en charge du ticket modérateur dans la limite de 100 % BR. Médicaments non remboursés : non pris en charge.',
    metadata: { source: 'tableau-garanties-SE2025.pdf', page: 2, contrat: 'SE-2025', rubrique: 'pharmacie' } }),
  new Document({ pageContent: 'Carte de tiers payant : la carte est envoyée chaque année en décembre et disponible dans l\'espace adhérent, rubrique « Mes documents ».',
    metadata: { source: 'faq-adherents.md', contrat: 'SE-2025', rubrique: 'services' } }),
];
const retriever = new FnRetriever({ name: 'garanties_retriever', latency: [120, 380], search: async (q) => {
  const s = q.toLowerCase();
  if (s.includes('pharmacie') || s.includes('médicament') || s.includes('tiers payant')) return BASE;
  return []; // aucune garantie dentaire indexée pour ce contrat
} });

const State = Annotation.Root({ ...MessagesAnnotation.spec, requete: Annotation(), contexte: Annotation() });

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { content: 'tiers payant pharmacie médicaments remboursement contrat Santé Essentielle' },
  { content: 'Oui, avec votre contrat Santé Essentielle, le tiers payant est accepté dans toutes les pharmacies : présentez votre carte de tiers payant 2025. '
    + 'Pour les médicaments remboursés à 65 % par la Sécurité sociale, la mutuelle prend en charge le ticket modérateur, vous n\'avancez donc rien (100 % de la base de remboursement). '
    + 'Les médicaments non remboursés ne sont pas pris en charge. Votre carte est aussi disponible dans l\'espace adhérent, rubrique « Mes documents ».' },
  { content: 'orthodontie adulte remboursement aligneurs plafond délai de carence' },
  { content: 'Pour l\'orthodontie adulte (aligneurs type Invisalign compris), votre contrat Santé Essentielle rembourse 200 % de la base de remboursement, '
    + 'dans la limite d\'un forfait de 350 € par semestre de traitement, soit jusqu\'à 700 € par an. Un délai de carence de 6 mois s\'applique à partir de '
    + 'votre date d\'adhésion, et une demande d\'entente préalable doit nous être envoyée avec le devis de l\'orthodontiste au moins 15 jours avant le début du traitement. '
    + 'Comme vous êtes adhérente depuis janvier 2023, la carence ne vous concerne plus : vous pouvez envoyer votre devis dès maintenant.' },
] });

const reformuler = async (state, config) => {
  const r = await model.invoke([new SystemMessage('Réécris la dernière question de l\'adhérent en une requête de recherche courte pour la base des garanties.'),
    ...state.messages], config);
  return { requete: r.content };
};
const rechercher = async (state, config) => {
  const docs = await retriever.invoke(state.requete, { ...config, metadata: { ...(config.metadata ?? {}), filtre_contrat: 'SE-2025' } });
  return { contexte: docs.map((d, i) => `[${i + 1}] ${d.pageContent} (${d.metadata.source})`).join('\n') };
};
const repondre = async (state, config) => {
  const sys = new SystemMessage('Tu es Lia, l\'assistante des adhérents de la Mutuelle Horizon Santé. Réponds en t\'appuyant sur les extraits '
    + 'des garanties du contrat de l\'adhérent ci-dessous.\n\nContrat : Santé Essentielle 2025 (SE-2025), adhésion le 01/01/2023.\n\nExtraits :\n'
    + (state.contexte || '(aucun extrait)'));
  return { messages: [await model.invoke([sys, ...state.messages], config)] };
};
const app = new StateGraph(State).addNode('reformuler', reformuler).addNode('rechercher', rechercher).addNode('repondre', repondre)
  .addEdge(START, 'reformuler').addEdge('reformuler', 'rechercher').addEdge('rechercher', 'repondre').addEdge('repondre', END)
  .compile({ checkpointer: new MemorySaver(), name: 'lia_adherents' });

const fil = 'mhs-web-20250306-ADH2291774-03';
const opts = { project: 'lia-adherents-prod', runName: 'lia_adherents',
  metadata: { thread_id: fil, user_id: 'ADH-2291774', contrat: 'SE-2025' }, configurable: { thread_id: fil } };
await traced(app, { messages: [new HumanMessage('Bonjour, est-ce que je dois avancer les frais à la pharmacie avec ma mutuelle ?')] }, opts);
advance(minutes(3), minutes(6));
await traced(app, { messages: [new HumanMessage('Merci ! Autre question : mon orthodontiste me propose des aligneurs invisibles pour moi (j\'ai 34 ans), devis de 3 900 €. Combien vous remboursez et est-ce qu\'il y a un délai de carence ?')] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
