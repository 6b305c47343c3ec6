// Agence de voyages (French): a front-desk adviser agent transfers a hotel request to a booking sub-agent.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage,
  AIMessage, ToolMessage, StateGraph, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-23T14:02:37+02:00', 5);

const rechercherHotels = tool(async ({ ville, arrivee, depart }) => JSON.stringify({ ville, arrivee, depart, offres: [
  { code: 'LYS-PRQ-118', hotel: 'Hôtel des Célestins', quartier: 'Presqu’île', chambre: 'Double supérieure', prix_nuit_eur: 189,
    accessibilite: 'non (escalier, pas d’ascenseur)' },
  { code: 'LYS-PDI-042', hotel: 'Ibis Styles Part-Dieu', quartier: 'Part-Dieu', chambre: 'Double accessible PMR', prix_nuit_eur: 118,
    accessibilite: 'oui (douche à l’italienne, ascenseur)' },
  { code: 'LYS-CNF-207', hotel: 'Mob Hotel Confluence', quartier: 'Confluence', chambre: 'Double', prix_nuit_eur: 132,
    accessibilite: 'partielle (ascenseur, baignoire)' } ] }), {
  name: 'rechercher_hotels', description: 'Recherche les disponibilités hôtelières (GDS).',
  schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string() }) });

const reserverChambre = tool(async ({ code_offre, voyageur, nuits }) => JSON.stringify({ pnr: 'Q7KZ4M', code_offre, voyageur, nuits,
  total_eur: code_offre === 'LYS-PRQ-118' ? 378 : 236, annulation: 'non remboursable', statut: 'CONFIRMÉ' }), {
  name: 'reserver_chambre', description: 'Réserve une offre hôtelière ferme.',
  schema: z.object({ code_offre: z.string(), voyageur: z.string(), nuits: z.number() }) });

const reservationModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Rh01', name: 'rechercher_hotels', args: { ville: 'Lyon', arrivee: '2025-05-12', depart: '2025-05-14' } }] },
  { tool_calls: [{ id: 'call_Rh02', name: 'reserver_chambre', args: { code_offre: 'LYS-PRQ-118', voyageur: 'GIRARD/SYLVIE MME', nuits: 2 } }] },
  { content: 'Réservé : Hôtel des Célestins (Presqu’île), double supérieure, 12→14 mai, 2 nuits, 378 € au total, tarif non remboursable. PNR Q7KZ4M.' },
] });
const sousAgent = agentGraph({ model: reservationModel, tools: [rechercherHotels, reserverChambre],
  agentNode: 'agent_reservation', toolsNode: 'outils_reservation', name: 'reservation' });

const conseillerModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_Cs77', name: 'transferer_reservation',
      args: { consigne: 'Réserver un hôtel bien situé à Lyon du 12 au 14 mai (2 nuits) pour Mme Sylvie Girard.' } }] },
  { content: 'C’est fait, Madame Girard : vous êtes à l’Hôtel des Célestins, au cœur de la Presqu’île, du 12 au 14 mai (378 € pour 2 nuits). Votre référence : Q7KZ4M. Bon séjour à Lyon !' },
] });

const conseiller = async (state, config) => ({ messages: [await conseillerModel.invoke(state.messages, config)] });
const reservation = async (state, config) => {
  const call = state.messages[state.messages.length - 1].tool_calls[0];
  const out = await sousAgent.invoke({ messages: [
    new SystemMessage('Tu es l’agent de réservation. Exécute la consigne reçue du conseiller.'),
    new HumanMessage(call.args.consigne) ] }, config);
  return { messages: [new ToolMessage({ tool_call_id: call.id, name: call.name, content: out.messages[out.messages.length - 1].content })] };
};
const app = new StateGraph(MessagesAnnotation).addNode('conseiller', conseiller).addNode('reservation', reservation)
  .addEdge(START, 'conseiller')
  .addConditionalEdges('conseiller', (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'reservation' : END), ['reservation', END])
  .addEdge('reservation', 'conseiller').compile();

await traced(app, { messages: [
  new SystemMessage('Tu es le conseiller de l’agence Rhône Voyages. Recueille la demande du client et transfère la réservation à l’agent de réservation.'),
  new HumanMessage('Bonjour, je cherche un hôtel à Lyon du 12 au 14 mai. Je suis en fauteuil roulant, il me faut absolument une chambre accessible PMR, et mon budget est de 140 € la nuit maximum. Merci !') ] },
  { project: 'rhone-voyages-assistant', metadata: { conversation_id: 'conv-RV-20250423-0318', user_id: 'client-558902' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
