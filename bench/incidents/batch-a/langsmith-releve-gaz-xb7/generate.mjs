// Espace client gaz (French): a customer sends a meter reading; the assistant records it, simulates the
// annual bill and adjusts the monthly instalment.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);

const contrat = { pce: '21458730619042', titulaire: 'M. Yannick Le Goff', offre: 'Gaz Confort Indexé',
  usage: 'chauffage + eau chaude', adresse: '7 allée des Tilleuls, 35510 Cesson-Sévigné',
  dernier_index: { valeur: 18342, unite: 'm3', date: '2024-03-14', type: 'réel' },
  coefficient_conversion: { valeur: 11.21, unite: 'kWh/m3', zone: 'Bretagne-Nord' },
  mensualite: { montant: 138.0, devise: 'EUR', jour_prelevement: 5, nb_echeances: 11 } };

const lireContrat = tool(async ({ pce }) => JSON.stringify(pce === contrat.pce ? contrat : { erreur: 'PCE inconnu' }), {
  name: 'lire_contrat', description: 'Renvoie le contrat gaz rattaché à un PCE (14 chiffres).',
  schema: z.object({ pce: z.string().describe('Point de comptage et d\'estimation, 14 chiffres') }) });

const enregistrerReleve = tool(async ({ pce, index }) => JSON.stringify({ pce, releve_id: 'AR-2025-03-118842',
  index_precedent: 18342, index_nouveau: index, volume: index - 18342, unite: 'm3', periode_jours: 362,
  statut: 'autorelevé accepté' }), {
  name: 'enregistrer_releve', description: 'Enregistre un autorelevé du compteur gaz (index en m³).',
  schema: z.object({ pce: z.string(), index: z.number().int().describe('Index lu sur le compteur, en m³') }) });

const simulerFacture = tool(async ({ pce, consommation_kwh }) => {
  const prixKwh = 0.1184, abonnement = 267.6;
  const total = Math.round((consommation_kwh * prixKwh + abonnement) * 100) / 100;
  return JSON.stringify({ pce, consommation_kwh, prix_kwh_ttc: prixKwh, abonnement_annuel_ttc: abonnement,
    estimation_annuelle_ttc: total, deja_preleve_sur_12_mois: 1518.0, solde_estime: Math.round((total - 1518.0) * 100) / 100,
    mensualite_conseillee: Math.ceil(total / 11) });
}, { name: 'simuler_facture', description: 'Simule la facture annuelle à partir d\'une consommation annuelle en kWh (PCS).',
  schema: z.object({ pce: z.string(), consommation_kwh: z.number().describe('Consommation annuelle en kWh, après conversion des m³') }) });

const ajusterMensualite = tool(async ({ pce, nouvelle_mensualite }) => JSON.stringify({ pce, ancienne_mensualite: 138.0,
  nouvelle_mensualite, premiere_echeance: '2025-04-05', reference: 'ECH-25-0331-7719', statut: 'échéancier modifié' }), {
  name: 'ajuster_mensualite', description: 'Modifie le montant des prélèvements mensuels (EUR).',
  schema: z.object({ pce: z.string(), nouvelle_mensualite: z.number() }) });

startClock('2025-03-11T08:17:44Z', 58);
const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_pR2wXb0G', name: 'lire_contrat', args: { pce: '21458730619042' } }] },
  { tool_calls: [{ id: 'call_T9qLmV4s', name: 'enregistrer_releve', args: { pce: '21458730619042', index: 19617 } }] },
  { tool_calls: [{ id: 'call_e7HnYc1d', name: 'simuler_facture', args: { pce: '21458730619042', consommation_kwh: 1275 } }] },
  { tool_calls: [{ id: 'call_K3zsAq8u', name: 'ajuster_mensualite', args: { pce: '21458730619042', nouvelle_mensualite: 39 } }] },
  { content: 'Bonjour M. Le Goff, votre relevé de 19 617 m³ est bien enregistré (réf. AR-2025-03-118842). Sur un an, votre consommation ressort à 1 275, ce qui donne une facture estimée à 418,56 € TTC abonnement compris, pour 1 518 € déjà prélevés : vous devriez recevoir un remboursement d\'environ 1 099 € à la prochaine facture de régularisation. J\'ai donc abaissé votre mensualité de 138 € à 39 € à partir du prélèvement du 5 avril (réf. ECH-25-0331-7719).' },
] });
const app = agentGraph({ model, tools: [lireContrat, enregistrerReleve, simulerFacture, ajusterMensualite], name: 'assistant_espace_client' });
await traced(app, { messages: [
  new SystemMessage('Tu es l\'assistant de l\'espace client Gaz de l\'Ouest. Pour un autorelevé : lis le contrat, enregistre l\'index, simule la facture annuelle et, si l\'écart avec les prélèvements dépasse 15 %, ajuste la mensualité. Réponds en français.'),
  new HumanMessage('Bonjour, PCE 21458730619042. Mon compteur gaz affiche 19617 m3 ce matin. Est-ce que je paie trop chaque mois ? Si oui baissez ma mensualité.'),
] }, { project: 'gaz-ouest-espace-client', metadata: { session_id: 'EC-2025-03-11-000482', user_id: 'pce:21458730619042', canal: 'espace-client-web' } });

const written = writeRuns(path.join(dir, 'runs.jsonl'));
console.log(`runs.jsonl: ${written.length} runs`);
