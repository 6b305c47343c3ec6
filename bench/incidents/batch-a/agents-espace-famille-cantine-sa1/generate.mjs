// Assistant de l'« Espace Famille » d'une commune (OpenAI Agents SDK, modèle Chat Completions répondu
// par un script, sans réseau). Écrit trace.jsonl à côté de ce script.
//
// Le fil de conversation est celui du dossier famille (un identifiant pour le foyer) ; chaque parent
// s'y connecte avec son propre compte et l'application garde un historique par compte.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOSSIER = 'EF-0032871';

// --- services simulés ----------------------------------------------------------------------
const consulterFacture = tool({
  name: 'consulter_facture',
  description: 'Renvoie la facture mensuelle du dossier famille (restauration scolaire et accueils périscolaires).',
  parameters: z.object({ dossier: z.string(), mois: z.string().describe('AAAA-MM') }),
  execute: async ({ dossier, mois }) => JSON.stringify({
    dossier, mois, numero: 'FAC-2026-01-3318', montant_total: '68,40 €', mode_paiement: 'prélèvement SEPA',
    date_prelevement: '2026-02-10', lignes: [
      { enfant: 'Léa', libelle: 'Restauration scolaire (16 repas × 4,50 €)', montant: '72,00 €' },
      { enfant: 'Léa', libelle: 'Déduction absence justifiée 12/01 (1 repas)', montant: '-4,50 €' },
      { enfant: 'Léa', libelle: 'Ajustement tarif quotient familial', montant: '0,90 €' },
    ] }),
});
const listeEnfants = tool({
  name: 'liste_enfants',
  description: 'Liste les enfants rattachés au dossier famille.',
  parameters: z.object({ dossier: z.string() }),
  execute: async () => JSON.stringify({ enfants: [
    { id: 'ENF-71203', prenom: 'Léa', classe: 'CE2', ecole: 'École élémentaire Jules-Ferry' },
    { id: 'ENF-71204', prenom: 'Tom', classe: 'Moyenne section', ecole: 'École maternelle Les Tilleuls' },
  ] }),
});
const inscrireActivite = tool({
  name: 'inscrire_activite',
  description: "Inscrit un enfant à un accueil périscolaire ou de loisirs.",
  parameters: z.object({ enfant_id: z.string(), activite: z.string(), a_partir_du: z.string() }),
  execute: async ({ enfant_id, activite, a_partir_du }) => JSON.stringify({ inscription: 'INS-2026-004471', enfant_id, activite,
    a_partir_du, statut: 'validée', tarif: 'selon quotient familial (tranche C : 9,80 € la journée)' }),
});
const rechercherActivites = tool({
  name: 'rechercher_activites',
  description: 'Recherche les activités et stages proposés par la commune sur une période.',
  parameters: z.object({ public: z.string(), du: z.string(), au: z.string() }),
  execute: async ({ du, au }) => JSON.stringify({ periode: `${du}/${au}`, resultats: [], message: 'Aucune activité publiée sur cette période.' }),
});
const regimeAlimentaire = tool({
  name: 'regime_alimentaire',
  description: "Lit les informations de restauration d'un enfant (régime, PAI).",
  parameters: z.object({ enfant_id: z.string() }),
  execute: async ({ enfant_id }) => JSON.stringify({ enfant_id, regime: 'sans porc', pai: false, mis_a_jour: '2025-09-01' }),
});
const tools = [consulterFacture, listeEnfants, inscrireActivite, rechercherActivites, regimeAlimentaire];
const consignes = `Tu es l'assistant de l'Espace Famille de la Ville de Saint-Priest-sur-Loire. Le dossier famille est ${DOSSIER}. ` +
  'Réponds en français, uniquement à partir des données des outils. Si une information est introuvable, dis-le.';

const historiques = new Map(); // par compte parent
async function tour(user_id, texte, replies, seed) {
  const agent = new Agent({ name: 'Assistant Espace Famille', instructions: consignes, model: scriptedModel(replies, { seed }), tools });
  const runner = new Runner({ groupId: 'famille-' + DOSSIER, workflowName: 'Espace Famille', traceMetadata: { user_id, dossier: DOSSIER } });
  const avant = historiques.get(user_id) ?? [];
  const r = await runner.run(agent, [...avant, { role: 'user', content: texte }]);
  historiques.set(user_id, r.history);
}

// 1. Claire : la facture de janvier.
await tour('compte-claire.morel', 'Bonjour, pourquoi la facture de janvier fait 68,40 € ? Léa a été absente un jour, c\'est déduit ?', [
  { tool_calls: [{ name: 'consulter_facture', args: { dossier: DOSSIER, mois: '2026-01' } }] },
  { content: 'Bonjour ! La facture de janvier (FAC-2026-01-3318) s\'élève à 68,40 € :\n- 16 repas de Léa à 4,50 € : 72,00 €\n- absence justifiée du 12/01 déduite : -4,50 €\n- ajustement du tarif selon votre quotient familial : +0,90 €\nL\'absence est donc bien déduite. Le montant sera prélevé le 10/02/2026.' },
], 'ef-claire-1');

// 2. Julien : inscription du mercredi pour Tom, puis un stage en février.
await tour('compte-julien.morel', 'Salut, je voudrais inscrire Tom à l\'accueil de loisirs du mercredi à partir du 4 mars.', [
  { tool_calls: [{ name: 'liste_enfants', args: { dossier: DOSSIER } }] },
  { tool_calls: [{ name: 'inscrire_activite', args: { enfant_id: 'ENF-71204', activite: 'Accueil de loisirs du mercredi', a_partir_du: '2026-03-04' } }] },
  { content: 'C\'est fait : Tom (moyenne section, Les Tilleuls) est inscrit à l\'accueil de loisirs du mercredi à partir du 4 mars 2026 (inscription INS-2026-004471, validée). Le tarif dépend de votre quotient familial : tranche C, soit 9,80 € la journée.' },
], 'ef-julien-1');
await tour('compte-julien.morel', 'Merci. Il y a un stage pour les maternelles pendant les vacances de février ?', [
  { tool_calls: [{ name: 'rechercher_activites', args: { public: 'maternelle', du: '2026-02-14', au: '2026-03-01' } }] },
  { content: 'Je n\'ai trouvé aucune activité ni aucun stage publié pour les maternelles entre le 14 février et le 1er mars. Le programme n\'est peut-être pas encore en ligne : je vous conseille de recontacter le service Enfance ou de revenir consulter l\'Espace Famille dans quelques jours. Voulez-vous que je vérifie une autre période ?' },
], 'ef-julien-2');

// 3. Claire revient dans son propre fil.
await tour('compte-claire.morel', 'D\'accord merci. Et pour la cantine, c\'est bien noté que Léa mange sans porc ?', [
  { tool_calls: [{ name: 'liste_enfants', args: { dossier: DOSSIER } }] },
  { tool_calls: [{ name: 'regime_alimentaire', args: { enfant_id: 'ENF-71203' } }] },
  { content: 'Oui, c\'est bien enregistré : Léa a un régime « sans porc » (information mise à jour le 01/09/2025). Aucun PAI n\'est déclaré pour elle.' },
], 'ef-claire-2');

writeTrace(here, 'trace.jsonl');
