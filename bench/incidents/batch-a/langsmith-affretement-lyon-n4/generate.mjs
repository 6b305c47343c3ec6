// Plateforme d'expédition : un agent « exploitant » qualifie la demande du client, puis le nœud
// « transfert » ouvre une demande d'affrètement pour le sous-graphe « affréteur » (agent séparé, avec
// ses propres outils), à partir de la fiche d'expédition. Exécutions capturées avec LangChainTracer.
import path from 'node:path';
import {
  ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, here,
  HumanMessage, SystemMessage, AIMessage, StateGraph, MessagesAnnotation, START, END, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-03-19T13:26:51Z', 7781);

const fiche = tool(({ dossier }) => JSON.stringify({
  dossier, client: 'Chimicolor SAS', origine: 'ZI Les Bruyères, 69800 Saint-Priest', destination: 'Plateforme Leroy Pro, 13127 Vitrolles',
  marchandise: 'Peintures solvantées en seaux 20 L', palettes: 14, poids_brut_kg: 9820,
  adr: { onu: 'UN1263', classe: '3', groupe_emballage: 'II', quantite_limitee: false },
  enlevement: '2025-03-20', livraison_avant: '2025-03-21T10:00', budget_max_eur_ht: 1400,
}), { name: 'lire_fiche_expedition', description: "Lit la fiche d'expédition d'un dossier client.",
  schema: z.object({ dossier: z.string() }) });

const transporteurs = tool(({ poids_kg, date_enlevement, classe_adr }) => JSON.stringify({ criteres: { poids_kg, date_enlevement, classe_adr: classe_adr ?? null },
  offres: [
    { code: 'TRS-0042', nom: 'Transports Moreau', vehicule: 'porteur 19 t bâché', prix_eur_ht: 1180, habilitation_adr: false, dispo: '2025-03-20T07:00' },
    { code: 'TRS-0317', nom: 'Rhône Express Fret', vehicule: 'semi tautliner', prix_eur_ht: 1265, habilitation_adr: false, dispo: '2025-03-20T09:30' },
    { code: 'TRS-0108', nom: 'Sud Chimie Logistique', vehicule: 'porteur 19 t ADR (EX/II)', prix_eur_ht: 1360, habilitation_adr: true, dispo: '2025-03-20T08:00' },
  ].filter((o) => !classe_adr || o.habilitation_adr) }), { name: 'rechercher_transporteurs',
  description: 'Cherche des offres de transport (bourse de fret). Préciser classe_adr pour les marchandises dangereuses.',
  schema: z.object({ poids_kg: z.number(), palettes: z.number(), origine_cp: z.string(), destination_cp: z.string(),
    date_enlevement: z.string(), classe_adr: z.string().optional() }), latency: [600, 1500] });

const reserver = tool(({ code, dossier, prix_eur_ht }) => JSON.stringify({ ordre: 'OT-25-03-77812', code, dossier, prix_eur_ht,
  enlevement: '2025-03-20T07:00', statut: 'confirmé' }), { name: 'reserver_transport',
  description: "Confirme une offre et émet l'ordre de transport.", schema: z.object({ code: z.string(), dossier: z.string(), prix_eur_ht: z.number() }) });

const exploitantModel = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_Zb4pQm1XrT8eVk3H', name: 'lire_fiche_expedition', args: { dossier: 'EXP-25-118930' } }] },
  { content: "C'est noté pour le dossier EXP-25-118930 : 14 palettes de peintures solvantées (UN1263, classe 3, GE II), 9 820 kg, enlèvement demain à Saint-Priest, livraison à Vitrolles avant vendredi 10 h, budget 1 400 € HT. Je transmets au service affrètement avec les contraintes ADR." },
] });
const affreteurModel = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_Fw9cLs2NaY6uJd0R', name: 'rechercher_transporteurs', args: { poids_kg: 9820, palettes: 14, origine_cp: '69800', destination_cp: '13127', date_enlevement: '2025-03-20' } }] },
  { tool_calls: [{ id: 'call_Hn3tVe7KoB5gXq1M', name: 'reserver_transport', args: { code: 'TRS-0042', dossier: 'EXP-25-118930', prix_eur_ht: 1180 } }] },
  { content: "Transport réservé pour le dossier EXP-25-118930 : Transports Moreau, porteur 19 t bâché, enlèvement jeudi 20/03 à 7 h à Saint-Priest, livraison à Vitrolles dans les délais. Prix : 1 180 € HT (sous le budget de 1 400 €). Ordre de transport OT-25-03-77812." },
] });

const exploitant = agentGraph({ model: exploitantModel, tools: [fiche], agentNode: 'exploitant', toolsNode: 'outils_exploitant', name: 'exploitant' });
const affreteur = agentGraph({ model: affreteurModel, tools: [transporteurs, reserver], agentNode: 'affreteur', toolsNode: 'outils_affreteur', name: 'affreteur' });

// Demande d'affrètement : gabarit du formulaire de la bourse de fret, rempli depuis la fiche.
const transfert = async (state, config) => {
  const f = JSON.parse([...state.messages].reverse().find((m) => m.getType() === 'tool' && m.name === 'lire_fiche_expedition').content);
  const demande = `Demande d'affrètement — dossier ${f.dossier}\n`
    + `Enlèvement : ${f.origine}, le ${f.enlevement}\nLivraison : ${f.destination}, avant le ${f.livraison_avant.replace('T', ' ')}\n`
    + `Chargement : ${f.palettes} palettes, ${f.poids_brut_kg} kg brut (${f.marchandise.toLowerCase()})\n`
    + `Budget max : ${f.budget_max_eur_ht} € HT\nMerci de trouver et réserver un transporteur.`;
  const out = await affreteur.invoke({ messages: [
    new SystemMessage("Tu es l'affréteur de la plateforme. Tu trouves un transporteur pour la demande reçue, dans le budget, et tu le réserves."),
    new HumanMessage(demande)] }, config);
  return { messages: [out.messages[out.messages.length - 1]] };
};

const app = new StateGraph(MessagesAnnotation).addNode('accueil', exploitant).addNode('transfert', transfert)
  .addEdge(START, 'accueil').addEdge('accueil', 'transfert').addEdge('transfert', END).compile();

await traced(app, { messages: [
  new SystemMessage("Tu es l'exploitant transport de LogiRhône. Tu qualifies les demandes d'expédition des clients à partir de leur dossier, puis tu les confies à l'affrètement."),
  new HumanMessage("Bonjour, c'est Mme Girard de Chimicolor. Il nous faut un camion demain pour le dossier EXP-25-118930 : les 14 palettes de peinture solvantée pour Vitrolles. Attention c'est de l'ADR classe 3, il faut un chauffeur et un véhicule habilités. Livraison impérative avant vendredi 10 h."),
] }, { project: 'logirhone-exploitation', metadata: { conversation_id: 'cnv_01JPQ7K4M2ZB8V3X6T0RYHNDW5', user_id: 'chimicolor:agirard' } });

writeRuns(path.join(dir, 'runs.jsonl'));
