// Assistant d'une mutuelle santé (français) : répond aux adhérents sur leurs garanties à partir
// de la base documentaire des tableaux de garanties (retriever garanties_contrat).
import path from 'node:path';
import { here, startClock, ScriptedChatModel, tool, FnRetriever, Document, agentGraph, traced, writeRuns,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
const SESSION = 'mut-conv-2c81d0';
const USER = 'adh-0047712';

const corpus = [
  new Document({ pageContent: 'Formule Équilibre — Optique adulte : monture + 2 verres simples remboursés jusqu\'à 150 € tous les 2 ans (1 an en cas d\'évolution de la vue). Lentilles : forfait 80 €/an.',
    metadata: { source: 'TG-EQUILIBRE-2026.pdf', page: 3, section: 'optique' } }),
  new Document({ pageContent: 'Formule Équilibre — Dentaire : soins conservateurs 100 % BR ; prothèses dentaires remboursables hors 100 % Santé 200 % BR, limitées à 3 prothèses par an.',
    metadata: { source: 'TG-EQUILIBRE-2026.pdf', page: 4, section: 'dentaire-protheses' } }),
  new Document({ pageContent: 'Formule Équilibre — Hospitalisation : forfait journalier hospitalier pris en charge intégralement, chambre particulière 45 €/jour dans la limite de 30 jours par an.',
    metadata: { source: 'TG-EQUILIBRE-2026.pdf', page: 2, section: 'hospitalisation' } }),
];
const retriever = new FnRetriever({ name: 'garanties_contrat', search: async () => corpus.slice(0, 2) });

const chercher = tool(async ({ requete }, config) => {
  const docs = await retriever.invoke(requete, config);
  return docs.map((d) => `[${d.metadata.source} p.${d.metadata.page}] ${d.pageContent}`).join('\n\n');
}, { name: 'rechercher_garanties', description: 'Recherche dans les tableaux de garanties des contrats.', schema: z.object({ requete: z.string() }) });

startClock('2026-12-02T18:47:03Z', 31);
const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'k3P9xQ2mA', name: 'rechercher_garanties', args: { requete: 'orthodontie enfant formule Équilibre remboursement délai de carence' } }] },
  { content: 'Bonjour Madame,\n\nBonne nouvelle : avec la formule Équilibre, l\'orthodontie de votre fille est bien couverte puisqu\'elle a moins de 16 ans.\n\n'
    + '- Remboursement : 250 % de la base de remboursement de la Sécurité sociale par semestre de traitement, soit jusqu\'à 483,75 € par semestre (Sécurité sociale incluse).\n'
    + '- Durée : prise en charge sur 6 semestres maximum.\n'
    + '- Délai de carence : aucun pour les enfants ayants droit inscrits depuis plus de 3 mois.\n\n'
    + 'Pensez à nous transmettre le devis de l\'orthodontiste et l\'accord préalable de la CPAM pour que nous puissions calculer précisément votre reste à charge.' },
] });
await traced(agentGraph({ model, tools: [chercher] }), { messages: [
  new SystemMessage('Tu es l\'assistant des adhérents de la Mutuelle du Val. Adhérente : Mme Claire Fournier, contrat n° MV-2019-44810, formule Équilibre, ayant droit : Léa (12 ans). Réponds uniquement à partir des tableaux de garanties.'),
  new HumanMessage('Bonjour, ma fille Léa va commencer un traitement d\'orthodontie en janvier. Avec ma formule, combien vais-je être remboursée, et est-ce qu\'il y a un délai de carence ?'),
] }, { project: 'mutuelle-assistant', metadata: { session_id: SESSION, user_id: USER } });

writeRuns(path.join(dir, 'runs.jsonl'));
