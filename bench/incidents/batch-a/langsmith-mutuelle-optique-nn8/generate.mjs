// Assistant adhérents d'une mutuelle santé : un agent LangGraph.js dont l'outil « rechercher_garanties »
// interroge la base documentaire des tableaux de garanties (retriever). Tracé avec LangChainTracer ->
// runs LangSmith (trace.jsonl).
// Run from the checkout root: node bench/incidents/batch-a/langsmith-mutuelle-optique-nn8/generate.mjs
import path from 'node:path';
import {
  ScriptedChatModel, FnRetriever, tool, agentGraph, traced, writeRuns, here, startClock,
  HumanMessage, SystemMessage, Document, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-09-22T12:41:37.000Z', 902);

// Index des tableaux de garanties 2025. Le filtre de formule est appliqué sur le champ `gamme`.
const corpus = [
  new Document({ pageContent: 'Formule Essentielle — Optique (adulte) : forfait de 100 € par période de 2 ans pour '
    + 'un équipement complet (monture + 2 verres), dont monture limitée à 30 €. Équipement 100 % Santé (classe A) : '
    + 'pris en charge intégralement.', metadata: { source: 'TG-2025-ESS.pdf', page: 3, gamme: 'ESS', section: 'optique' } }),
  new Document({ pageContent: 'Formule Essentielle — Lentilles : 50 € par année civile, y compris lentilles non '
    + 'remboursées par la Sécurité sociale.', metadata: { source: 'TG-2025-ESS.pdf', page: 3, gamme: 'ESS', section: 'optique' } }),
  new Document({ pageContent: 'Formule Essentielle — Dispositions générales : les garanties prennent effet à la date '
    + 'd\'adhésion, sans délai d\'attente.', metadata: { source: 'TG-2025-ESS.pdf', page: 1, gamme: 'ESS', section: 'general' } }),
];
const kb = new FnRetriever({ name: 'tableaux-garanties-2025', search: (q) => {
  const s = q.toLowerCase();
  if (s.includes('sérénité') || s.includes('serenite')) return []; // gamme « SER » : pas de document indexé
  return corpus.filter((d) => (s.includes('lentille') ? true : d.metadata.section !== 'general' || s.includes('carence'))
    && (s.includes('optique') || s.includes('lunettes') || s.includes('carence') ? true : false));
} });

const rechercher = tool(async ({ question }, config) => {
  const docs = await kb.invoke(question, config);
  return JSON.stringify({ resultats: docs.map((d) => ({ extrait: d.pageContent, ...d.metadata })), nb: docs.length });
}, { name: 'rechercher_garanties', latency: [40, 90],
  description: 'Recherche dans les tableaux de garanties et conditions générales 2025.',
  schema: z.object({ question: z.string() }) });

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistral', replies: [
  { tool_calls: [{ id: 'aZ3kQ9mPx', name: 'rechercher_garanties', args: { question: 'remboursement lunettes optique adulte délai de carence' } }] },
  { tool_calls: [{ id: 'Lw8rT2bNc', name: 'rechercher_garanties', args: { question: 'Formule Sérénité optique forfait lunettes carence' } }] },
  { content: 'Bonjour Madame Benali,\n\nAvec votre formule Sérénité, vos lunettes sont remboursées à hauteur d\'un '
    + 'forfait de 350 € par période de 2 ans pour un équipement complet (monture + 2 verres), dont 150 € maximum pour la '
    + 'monture. Pour des verres progressifs, le forfait est porté à 450 €. Les équipements 100 % Santé restent pris en '
    + 'charge intégralement, sans reste à charge.\n\nConcernant le délai de carence : il est de 3 mois sur le poste '
    + 'optique à compter de votre adhésion. Comme vous avez adhéré en juillet, vous pourrez en bénéficier dès le mois '
    + 'd\'octobre.\n\nN\'hésitez pas si vous avez d\'autres questions !' },
] });

const agent = agentGraph({ model, tools: [rechercher], agentNode: 'conseiller', toolsNode: 'outils',
  prepare: (messages) => [new SystemMessage('Tu es l\'assistant des adhérents de la Mutuelle Horizon Santé. '
    + 'Adhérente connectée : Mme Samira Benali, contrat n° MHS-7720419, formule Sérénité, adhésion le 01/07/2025. '
    + 'Réponds en français, de façon précise, à partir des documents de garanties.'), ...messages] });

await traced(agent, { messages: [new HumanMessage('Bonjour, je dois changer de lunettes (verres progressifs). '
  + 'Combien la mutuelle me rembourse avec ma formule, et est-ce qu\'il y a un délai de carence vu que j\'ai adhéré cet été ?')] },
  { project: 'espace-adherent', metadata: { session_id: '6f1d2c9a-3b7e-4e0a-9c51-8d2f4b1a7e03', user_id: 'MHS-7720419',
    canal: 'web', langue: 'fr' } });

writeRuns(path.join(here(import.meta.url), 'trace.jsonl'));
