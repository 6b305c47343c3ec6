// Agence de voyages d'affaires « Itinéra Pro » : un conseiller (agent LangGraph) qualifie la demande,
// puis transmet à l'agent de réservation (sous-graphe compilé) une fiche de demande. Hors ligne :
// modèle de chat scripté, runs capturés depuis le LangChainTracer.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, StateGraph, Annotation, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-03-05T16:21:03.000Z', 5150);

// ---------------------------------------------------------------- outils du conseiller
const profilVoyageur = tool(async ({ matricule }) => JSON.stringify({ matricule, nom: 'Ferrand', prenom: 'Julien',
  societe: 'Norvalis SAS', carte_fidelite: 'ACCOR-ALL 3081 4427 9910', centre_de_cout: 'CC-7720-VENTES',
  preferences: ['non-fumeur', 'étage élevé'] }), {
  name: 'profil_voyageur', description: 'Profil d’un voyageur d’entreprise (préférences, carte de fidélité, centre de coût).',
  schema: z.object({ matricule: z.string() }) });

const enregistrerDemande = tool(async (d) => JSON.stringify({ demande: 'DMD-25-03-0412', statut: 'qualifiée', ...d }), {
  name: 'enregistrer_demande', description: 'Enregistre la fiche de demande hôtelière qualifiée.',
  schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number(),
    tarif_max_nuit_eur: z.number().optional(), quartier: z.string().optional(), centre_de_cout: z.string() }) });

const conseillerModel = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Kq7dW2xPa', name: 'profil_voyageur', args: { matricule: 'NRV-01187' } }] },
  { tool_calls: [{ id: 'tY4mZ9cRb', name: 'enregistrer_demande', args: { ville: 'Lyon', arrivee: '2025-03-12',
    depart: '2025-03-14', voyageurs: 1, tarif_max_nuit_eur: 160, quartier: 'Part-Dieu', centre_de_cout: 'CC-7720-VENTES' } }] },
  { content: 'C’est noté, Julien : 2 nuits à Lyon du 12 au 14 mars, près de la Part-Dieu, dans la limite de 160 € la nuit '
    + 'fixée par la politique voyage de Norvalis. Je transmets à notre équipe réservation (demande DMD-25-03-0412).' },
] });
const conseiller = agentGraph({ model: conseillerModel, tools: [profilVoyageur, enregistrerDemande],
  agentNode: 'conseiller', toolsNode: 'outils_conseiller', name: 'conseiller' });

// ---------------------------------------------------------------- agent de réservation (sous-graphe)
const hotels = [
  { code: 'LYS-PD-0193', nom: 'Novotel Lyon Part-Dieu Gare', etoiles: 4, distance_gare_m: 350, tarif_nuit_eur: 148, annulable: true },
  { code: 'LYS-PD-0457', nom: 'Radisson Blu Lyon (Tour Crayon)', etoiles: 4, distance_gare_m: 600, tarif_nuit_eur: 219, annulable: true },
  { code: 'LYS-PD-0021', nom: 'Mercure Lyon Centre Château Perrache', etoiles: 4, distance_gare_m: 2900, tarif_nuit_eur: 131, annulable: false },
  { code: 'LYS-PD-0780', nom: 'Hôtel Mercure Lyon Centre Part-Dieu', etoiles: 4, distance_gare_m: 120, tarif_nuit_eur: 236, annulable: true },
];
const rechercherHotels = tool(async ({ ville, quartier }) => JSON.stringify({ ville, quartier, arrivee: '2025-03-12',
  depart: '2025-03-14', resultats: hotels }), {
  name: 'rechercher_hotels', description: 'Disponibilités hôtelières (tarifs négociés entreprise).',
  schema: z.object({ ville: z.string(), quartier: z.string().optional(), arrivee: z.string(), depart: z.string() }),
  latency: [900, 1600] });
const reserverChambre = tool(async ({ code_hotel, nuits }) => {
  const h = hotels.find((x) => x.code === code_hotel);
  return JSON.stringify({ reservation: 'ITP-8K2F-55QX', hotel: h.nom, nuits, tarif_nuit_eur: h.tarif_nuit_eur,
    total_eur: h.tarif_nuit_eur * nuits, statut: 'confirmée', facturation: 'CC-7720-VENTES' });
}, { name: 'reserver_chambre', description: 'Réserve une chambre et facture le centre de coût.',
  schema: z.object({ code_hotel: z.string(), nuits: z.number(), carte_fidelite: z.string().optional(), centre_de_cout: z.string() }),
  latency: [700, 1300] });

const reservationModel = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'pL3sV8nQe', name: 'rechercher_hotels', args: { ville: 'Lyon', quartier: 'Part-Dieu',
    arrivee: '2025-03-12', depart: '2025-03-14' } }] },
  { tool_calls: [{ id: 'hD6wJ1kTu', name: 'reserver_chambre', args: { code_hotel: 'LYS-PD-0780', nuits: 2,
    carte_fidelite: 'ACCOR-ALL 3081 4427 9910', centre_de_cout: 'CC-7720-VENTES' } }] },
  { content: 'Réservation confirmée (ITP-8K2F-55QX) : Hôtel Mercure Lyon Centre Part-Dieu, à 120 m de la gare, '
    + 'du 12 au 14 mars, 2 nuits à 236 €, soit 472 € facturés sur CC-7720-VENTES. Chambre non-fumeur en étage élevé '
    + 'demandée, points ALL crédités. Bon séjour à Lyon !' },
] });
const reservation = agentGraph({ model: reservationModel, tools: [rechercherHotels, reserverChambre],
  agentNode: 'reservation', toolsNode: 'outils_reservation', name: 'agent_reservation' });

// ---------------------------------------------------------------- graphe parent et transmission
const State = Annotation.Root({ ...MessagesAnnotation.spec });
const fiche = (messages) => {
  // la fiche transmise est reconstruite à partir de la demande enregistrée et du profil
  const res = messages.filter((m) => m._getType?.() === 'tool' || m.getType?.() === 'tool').map((m) => JSON.parse(m.content));
  const p = res.find((r) => r.matricule) ?? {}; const d = res.find((r) => r.demande) ?? {};
  return `Demande ${d.demande} – voyageur ${p.prenom} ${p.nom} (${p.societe}). Hôtel à ${d.ville}, quartier ${d.quartier}, `
    + `arrivée ${d.arrivee}, départ ${d.depart}, ${d.voyageurs} voyageur. Carte fidélité : ${p.carte_fidelite}. `
    + `Préférences : ${p.preferences.join(', ')}. Facturation : ${d.centre_de_cout}. Merci de réserver et de confirmer.`;
};
const app = new StateGraph(State)
  .addNode('accueil', async (state, config) => {
    const out = await conseiller.invoke({ messages: state.messages }, config);
    return { messages: out.messages.slice(state.messages.length) };
  })
  .addNode('transmission_reservation', async (state, config) => {
    const out = await reservation.invoke({ messages: [
      new SystemMessage('Tu es l’agent de réservation hôtelière d’Itinéra Pro. Réserve selon la fiche reçue, '
        + 'en privilégiant la proximité de la gare et le confort du voyageur.'),
      new HumanMessage(fiche(state.messages)) ] }, config);
    return { messages: [out.messages[out.messages.length - 1]] };
  })
  .addEdge(START, 'accueil').addEdge('accueil', 'transmission_reservation').addEdge('transmission_reservation', END)
  .compile({ name: 'itinera_pro' });

await traced(app, { messages: [
  new SystemMessage('Tu es le conseiller voyages d’affaires d’Itinéra Pro. Qualifie la demande (profil, dates, lieu, '
    + 'contraintes de la politique voyage du client) puis enregistre-la.'),
  new HumanMessage('Bonjour, matricule NRV-01187. Il me faut un hôtel à Lyon du 12 au 14 mars, à côté de la Part-Dieu '
    + 'pour mes rendez-vous. Attention, notre politique voyage plafonne l’hôtel à 160 € la nuit, au-delà la note de frais est refusée.'),
] }, { project: 'itinera-pro-prod', runName: 'itinera_pro',
  metadata: { thread_id: 'c0a8f3e1-5b2d-4e77-9a41-7d20c6b9e512', user_id: 'NRV-01187', client: 'Norvalis SAS' } });

writeRuns(path.join(dir, 'runs.jsonl'));
