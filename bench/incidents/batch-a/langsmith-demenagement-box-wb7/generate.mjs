// Opérateur « Hexaligne » – assistant de l'espace client : un agent d'accueil (StateGraph LangGraph.js)
// qui transfère les demandes de déménagement à un sous-agent « service technique » (sous-graphe compilé,
// appelé depuis un nœud). Modèle scripté, runs LangSmith capturés hors ligne par le harness partagé.
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, ToolMessage, MemorySaver, StateGraph, MessagesAnnotation, ToolNode, START, END, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-03-03T09:05:41Z', 7734);
const dir = here(import.meta.url);

// ------------------------------------------------------------------ outils de l'accueil
const rechercherClient = tool(async ({ numero_client }) => JSON.stringify({
  numero_client, titulaire: 'Mme Claire Vasseur', offre: 'Hexa Box Fibre 1 Gb/s', statut: 'actif',
  adresse_installation: '12 rue des Tanneurs, 69007 Lyon', numero_fixe: '04 78 62 19 05',
  engagement_fin: '2025-09-30', equipement: 'HexaBox 7 (SN HBX7-2231-88410)',
}), { name: 'rechercher_client', description: 'Fiche client à partir du numéro client.',
  schema: z.object({ numero_client: z.string() }), latency: [90, 260] });

const eligibiliteAdresse = tool(async ({ adresse }) => JSON.stringify({
  adresse_normalisee: '48 AV ROGER SALENGRO 69100 VILLEURBANNE', eligible_fibre: true, debit_max: '2 Gb/s',
  operateur_immeuble: 'Orange', ref_immeuble: 'IMB/69266/X/00A1', pto: 'à poser', delai_min_jours: 3,
}), { name: 'eligibilite_adresse', description: "Éligibilité fibre d'une adresse.",
  schema: z.object({ adresse: z.string() }), latency: [300, 700] });

// Le transfert vers le service technique : l'accueil n'envoie que le numéro client et le motif.
const transfererTechnique = tool(async () => 'transmis', {
  name: 'transferer_au_service_technique',
  description: 'Transfère la demande au service technique (planification des interventions).',
  schema: z.object({ numero_client: z.string(), motif: z.enum(['demenagement', 'panne', 'changement_offre']) }),
});

// ------------------------------------------------------------------ outils du service technique
const lireContrat = tool(async ({ numero_client }) => JSON.stringify({
  numero_client, ligne: { numero_fixe: '04 78 62 19 05', type: 'FTTH', pto: 'PTO-69387-0042-17' },
  adresse_installation: { voie: '12 rue des Tanneurs', code_postal: '69007', commune: 'Lyon' },
  offre: 'Hexa Box Fibre 1 Gb/s',
}), { name: 'lire_contrat', description: "Contrat et ligne d'un client.",
  schema: z.object({ numero_client: z.string() }), latency: [80, 200] });

const creneauxDisponibles = tool(async ({ code_postal }) => JSON.stringify({
  code_postal, secteur: code_postal.startsWith('69007') ? 'LYO-07' : 'VIL-01',
  creneaux: ['2025-03-06 08:00-12:00', '2025-03-06 13:00-17:00', '2025-03-07 08:00-12:00', '2025-03-10 13:00-17:00',
    '2025-03-12 08:00-12:00', '2025-03-14 08:00-12:00', '2025-03-14 13:00-17:00'],
}), { name: 'creneaux_disponibles', description: "Créneaux de technicien disponibles pour un code postal.",
  schema: z.object({ code_postal: z.string(), a_partir_du: z.string() }), latency: [150, 400] });

const planifierIntervention = tool(async ({ numero_client, adresse, creneau, conserver_numero }) => JSON.stringify({
  reference: 'INT-250306-41877', statut: 'confirmée', numero_client, adresse, creneau, technicien_secteur: 'LYO-07',
  conserver_numero, nouveau_numero_fixe: conserver_numero ? null : '04 28 31 70 96',
  sms_confirmation: 'envoyé',
}), { name: 'planifier_intervention', description: "Réserve une intervention de technicien et l'inscrit au dossier.",
  schema: z.object({ numero_client: z.string(), type: z.enum(['transfert_ligne', 'reparation', 'installation']),
    adresse: z.string(), creneau: z.string(), conserver_numero: z.boolean() }), latency: [400, 900] });

// ------------------------------------------------------------------ sous-agent « service technique »
const modeleTechnique = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_tq81LmZ0aPx3', name: 'lire_contrat', args: { numero_client: 'CL-7734-0912' } }] },
  { tool_calls: [{ id: 'call_tq82Yh5Wc0nD', name: 'creneaux_disponibles', args: { code_postal: '69007', a_partir_du: '2025-03-03' } }] },
  { tool_calls: [{ id: 'call_tq83Rb2KsV7e', name: 'planifier_intervention', args: {
    numero_client: 'CL-7734-0912', type: 'transfert_ligne', adresse: '12 rue des Tanneurs, 69007 Lyon',
    creneau: '2025-03-06 08:00-12:00', conserver_numero: false } }] },
  { content: 'Intervention planifiée pour le transfert de ligne : référence INT-250306-41877, jeudi 6 mars 2025 entre 8 h et 12 h, '
    + 'au 12 rue des Tanneurs, 69007 Lyon (secteur LYO-07). Le nouveau numéro fixe attribué est le 04 28 31 70 96. SMS de confirmation envoyé.' },
] });
const serviceTechnique = agentGraph({ model: modeleTechnique, tools: [lireContrat, creneauxDisponibles, planifierIntervention],
  agentNode: 'technicien', toolsNode: 'outils_technique', name: 'service_technique' });
const consigneTechnique = new SystemMessage('Tu es le service technique Hexaligne. Tu planifies les interventions (transferts de ligne, '
  + 'réparations, installations) au premier créneau disponible et tu réponds par un compte rendu court.');

// ------------------------------------------------------------------ agent d'accueil
const modeleAccueil = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [
    { id: 'call_ac11Fe7PqS2w', name: 'rechercher_client', args: { numero_client: 'CL-7734-0912' } },
    { id: 'call_ac12Hn4XvB9k', name: 'eligibilite_adresse', args: { adresse: '48 avenue Roger Salengro, 69100 Villeurbanne' } },
  ] },
  { content: 'Merci Madame Vasseur. Bonne nouvelle : le 48 avenue Roger Salengro à Villeurbanne est éligible à la fibre (jusqu’à 2 Gb/s). '
    + 'Je transmets votre demande au service technique pour un transfert de votre Hexa Box le vendredi 14 mars, '
    + 'avec conservation de votre numéro fixe 04 78 62 19 05. Vous confirmez ?' },
  { tool_calls: [{ id: 'call_ac13Jd0TyR6m', name: 'transferer_au_service_technique',
    args: { numero_client: 'CL-7734-0912', motif: 'demenagement' } }] },
  { content: 'C’est fait : le service technique a planifié l’intervention INT-250306-41877 le jeudi 6 mars 2025 entre 8 h et 12 h, '
    + 'au 12 rue des Tanneurs, 69007 Lyon. Vous recevrez un SMS de confirmation. Votre nouveau numéro fixe sera le 04 28 31 70 96. '
    + 'Puis-je vous aider pour autre chose ?' },
] });

const outilsAccueil = new ToolNode([rechercherClient, eligibiliteAdresse]);
const accueil = async (state, config) => ({ messages: [await modeleAccueil.invoke(state.messages, config)] });
// Nœud de transfert : le sous-agent reçoit les arguments du transfert et le dernier message du client.
const transfert = async (state, config) => {
  const appel = state.messages[state.messages.length - 1].tool_calls[0];
  const dernierMessageClient = [...state.messages].reverse().find((m) => m._getType() === 'human');
  const entree = new HumanMessage(`Demande transférée par l'accueil — client ${appel.args.numero_client}, motif : ${appel.args.motif}.\n`
    + `Dernier message du client : « ${dernierMessageClient.content} »`);
  const sortie = await serviceTechnique.invoke({ messages: [consigneTechnique, entree] }, config);
  const compteRendu = sortie.messages[sortie.messages.length - 1].content;
  return { messages: [new ToolMessage({ content: compteRendu, tool_call_id: appel.id, name: appel.name })] };
};
const aiguillage = (state) => {
  const dernier = state.messages[state.messages.length - 1];
  if (!dernier.tool_calls?.length) return END;
  return dernier.tool_calls.some((c) => c.name === 'transferer_au_service_technique') ? 'transfert' : 'outils_accueil';
};
const app = new StateGraph(MessagesAnnotation)
  .addNode('accueil', accueil).addNode('outils_accueil', outilsAccueil).addNode('transfert', transfert)
  .addEdge(START, 'accueil').addConditionalEdges('accueil', aiguillage, ['outils_accueil', 'transfert', END])
  .addEdge('outils_accueil', 'accueil').addEdge('transfert', 'accueil')
  .compile({ checkpointer: new MemorySaver(), name: 'espace_client' });

const consigneAccueil = new SystemMessage('Tu es l’assistant de l’espace client Hexaligne. Tu identifies le client, vérifies l’éligibilité '
  + 'des adresses et transfères au service technique les demandes qui nécessitent une intervention. Vouvoie le client.');
const opts = { project: 'hexaligne-espace-client', metadata: { user_id: 'CLI-0077340912', canal: 'chat-web', locale: 'fr-FR' },
  configurable: { thread_id: 'conv_7Kq2ZpX9mB' } };

await traced(app, { messages: [consigneAccueil, new HumanMessage('Bonjour, je déménage : je quitte le 12 rue des Tanneurs (Lyon 7e) pour le '
  + '48 avenue Roger Salengro, 69100 Villeurbanne. Je voudrais que la box soit transférée le vendredi 14 mars (je n’ai les clés que le 13), '
  + 'pas avant, et surtout garder mon numéro fixe 04 78 62 19 05. Mon numéro client : CL-7734-0912.')] }, opts);
advance(minutes(1), minutes(2));
await traced(app, { messages: [new HumanMessage('Oui, c’est bien ça, allez-y. Merci !')] }, opts);

const runs = writeRuns(path.join(dir, 'runs.jsonl'));
console.log(`wrote ${runs.length} runs to ${path.join(dir, 'runs.jsonl')}`);
