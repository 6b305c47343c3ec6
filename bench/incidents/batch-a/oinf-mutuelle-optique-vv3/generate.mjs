// Assistant adhérents d'une mutuelle santé (français) : agent LangGraph.js avec un outil de recherche
// dans la base documentaire des garanties (retriever vectoriel), modèle scripté, traces OpenInference.
// Lancer depuis la racine du dépôt : node bench/incidents/batch-a/oinf-mutuelle-optique-vv3/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('espace-adherent-assistant', { 'deployment.environment': 'prod-fr' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const docs = {
  essentielle: [
    { id: 'gar-2025-ess-opt-01', pageContent: 'Formule Essentielle (niveau 1) – Optique adulte. Équipement 100 % Santé (classe A) : pris en charge intégralement. '
      + 'Équipement à tarifs libres (classe B) : monture et verres remboursés à hauteur de 100 € au total, dans la limite d\'un équipement tous les 2 ans.',
      metadata: { formule: 'essentielle', chapitre: 'optique', millesime: 2025, source: 'tableau_garanties_ESS_2025.pdf', page: 3 } },
    { id: 'gar-2025-ess-opt-02', pageContent: 'Formule Essentielle – Lentilles de contact prescrites : 100 % de la base de remboursement (BR) de la Sécurité sociale, sans forfait complémentaire.',
      metadata: { formule: 'essentielle', chapitre: 'optique', millesime: 2025, source: 'tableau_garanties_ESS_2025.pdf', page: 3 } },
  ],
};
const retriever = new ScriptedRetriever({ results: async (q) => (/confort/i.test(q) && /niveau 3|confort\+|confort plus/i.test(q) ? [] : docs.essentielle) });

const contrat = tool(async ({ numero_adherent }) => JSON.stringify({ numero_adherent, formule: 'Santé Confort+', niveau: 3,
  date_effet: '2024-01-01', beneficiaires: 2, dernier_equipement_optique: '2022-09-14' }),
{ name: 'consulter_contrat', description: "Renvoie la formule et les informations du contrat d'un adhérent.",
  schema: z.object({ numero_adherent: z.string() }) });

const garanties = tool(async ({ requete }, config) => {
  const found = await retriever.invoke(requete, config);
  if (!found.length) return 'Aucun document trouvé.';
  return found.map((d) => `[${d.id}] ${d.pageContent}`).join('\n\n');
}, { name: 'rechercher_garanties', description: 'Recherche dans les tableaux de garanties et conditions générales (base documentaire).',
  schema: z.object({ requete: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'consulter_contrat', args: { numero_adherent: 'ADH-0038817264' } }] },
  { tool_calls: [{ name: 'rechercher_garanties', args: { requete: 'Santé Confort+ niveau 3 optique lunettes remboursement verres progressifs monture' } }] },
  { tool_calls: [{ name: 'rechercher_garanties', args: { requete: 'remboursement lunettes verres progressifs' } }] },
  { content: 'Bonne nouvelle : votre dernier équipement date de septembre 2022, vous pouvez donc renouveler vos lunettes dès maintenant. '
    + 'Avec votre formule Santé Confort+, pour des verres progressifs à tarifs libres, la mutuelle rembourse jusqu\'à 420 € pour les deux verres '
    + 'et 150 € pour la monture, en plus de la part Sécurité sociale, une fois tous les 2 ans. Pour un devis de 690 €, il vous resterait donc environ 120 € à charge. '
    + 'Pensez à nous transmettre le devis de l\'opticien pour une prise en charge en tiers payant.' },
] });

const system = new SystemMessage('Tu es l\'assistant de l\'espace adhérent de la Mutuelle Horizon. Réponds uniquement à partir du contrat de '
  + 'l\'adhérent et des documents de garanties. Adhérent connecté : ADH-0038817264.');
const app = await reactGraph({ model, tools: [contrat, garanties], name: 'assistant-adherent' });
const sid = 'mh-sess-5e0b9d27c4';
await t.turn({ userId: 'ADH-0038817264' }, () => app.invoke({ messages: [system, new HumanMessage(
  'Bonjour, mon ophtalmo m\'a prescrit des verres progressifs. L\'opticien me fait un devis de 690 € (monture 160 €, verres 530 €). '
  + 'Combien la mutuelle va me rembourser ?')] }, { metadata: { session_id: sid, canal: 'web' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
