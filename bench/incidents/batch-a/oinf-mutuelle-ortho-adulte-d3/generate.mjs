// Espace adhérent d'une mutuelle santé : un agent LangGraph répond aux questions de garanties en
// interrogeant la base documentaire (retriever sur les notices) et le contrat de l'adhérent.
// Modèle scénarisé, pas de réseau ; spans OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('mutuelle-assistant-adherents', { 'deployment.environment': 'production', 'service.version': '4.2.0' });

const notices = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Formule Confort — Dentaire. Orthodontie acceptée par la Sécurité sociale (traitement débuté avant le 16e anniversaire) : 250 % de la base de remboursement par semestre de traitement, dans la limite de 6 semestres. Délai de carence : 3 mois.',
    metadata: { id: 'NOT-CONF-2025-DENT-04', source: 'notice_confort_2025.pdf', page: 7, score: 0.82 } },
  { pageContent: 'Formule Confort — Dentaire. Prothèses dentaires du panier libre : 300 % de la base de remboursement, plafond annuel de 1 000 € par bénéficiaire. Implantologie : forfait de 400 € par implant, 2 implants par an.',
    metadata: { id: 'NOT-CONF-2025-DENT-02', source: 'notice_confort_2025.pdf', page: 6, score: 0.79 } },
  { pageContent: 'Formule Confort — Optique. Équipement adulte (monture + 2 verres simples) : forfait de 200 € tous les 2 ans ; enfant de moins de 16 ans : renouvellement annuel.',
    metadata: { id: 'NOT-CONF-2025-OPT-01', source: 'notice_confort_2025.pdf', page: 9, score: 0.71 } },
] });

const tools = [
  tool(async ({ numero_adherent }) => JSON.stringify({ numero_adherent, titulaire: 'Mme Élodie Garnier', formule: 'Confort', date_effet: '2025-02-01',
    beneficiaires: [{ prenom: 'Élodie', naissance: '1989-04-17' }, { prenom: 'Hugo', naissance: '2014-09-02' }], cotisation_mensuelle_eur: 96.4 }),
    { name: 'consulter_contrat', description: 'Formule, date d\'effet et bénéficiaires du contrat d\'un adhérent.', schema: z.object({ numero_adherent: z.string() }) }),
  tool(async ({ requete }, config) => {
    const docs = await notices.invoke(requete, config);
    return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
  }, { name: 'rechercher_garanties', description: 'Recherche dans les notices d\'information des formules (tableaux de garanties).',
    schema: z.object({ requete: z.string() }) }),
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'consulter_contrat', args: { numero_adherent: '0047-558213' } }] },
  { tool_calls: [{ name: 'rechercher_garanties', args: { requete: 'orthodontie adulte formule Confort prise en charge délai de carence plafond' } }] },
  { content: 'Bonjour Madame Garnier,\n\nAvec votre formule Confort, l\'orthodontie adulte (traitement non pris en charge par la Sécurité sociale, commencé après 16 ans) est remboursée sous forme d\'un forfait de 350 € par semestre de traitement, dans la limite de 4 semestres, soit 1 400 € au maximum. Le délai de carence est de 6 mois : votre contrat ayant pris effet le 1er février 2025, vous êtes couverte depuis le 1er août 2025, votre traitement de septembre est donc bien pris en charge.\n\nPensez à nous transmettre le devis de votre orthodontiste avant le début des soins.' },
] });

const app = await reactGraph({ model, tools, name: 'assistant-garanties' });
const conv = 'conv_FR_20250911_88231';
await t.turn({ userId: 'adh-0047-558213' }, () => app.invoke({ messages: [
  new SystemMessage('Vous êtes l\'assistant de l\'espace adhérent de la Mutuelle Horizon Santé. Répondez aux questions sur les garanties uniquement à partir des notices et du contrat de l\'adhérent. Vouvoyez l\'adhérent.'),
  new HumanMessage('Bonjour, je vais commencer un traitement d\'orthodontie (aligneurs) en septembre, j\'ai 36 ans. Combien la mutuelle rembourse et est-ce qu\'il y a un délai de carence ? Mon n° d\'adhérent : 0047-558213'),
] }, { metadata: { conversation_id: conv, espace: 'adherent-web' } }));

t.write(path.join(here, 'spans.jsonl'));
