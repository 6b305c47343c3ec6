// Corporate travel desk (French): an "accueil" agent hands the request to a booking sub-agent
// (a compiled LangGraph subgraph invoked from a node with a brief). Traced with OpenInference.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage, ToolMessage, AIMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');

const t = tracing('deplacements-pro', { 'deployment.environment': 'production' });

const transferer = tool(async () => 'transfert accepté', { name: 'transferer_vers_reservation',
  description: 'Confie la demande à l\'agent de réservation hôtelière avec une consigne.',
  schema: z.object({ consigne: z.string(), voyageur: z.string() }) });

const chercherHotels = tool(async ({ ville, arrivee, depart }) => JSON.stringify({ ville, arrivee, depart, offres: [
  { code: 'LYS-PDI-118', hotel: 'Hôtel Part-Dieu Central ★★★', chambre: 'Double Standard', prix_nuit: 134, acces_pmr: true },
  { code: 'LYS-CNF-042', hotel: 'Confluence Suites ★★★★', chambre: 'Supérieure vue Saône', prix_nuit: 212, acces_pmr: false },
  { code: 'LYS-BEL-907', hotel: 'Le Bellecour ★★★', chambre: 'Classique', prix_nuit: 149, acces_pmr: false },
] }), { name: 'chercher_hotels', description: 'Disponibilités hôtelières pour une ville et des dates.',
  schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string() }) });

const reserver = tool(async ({ code_offre, voyageur }) => JSON.stringify({ statut: 'confirmée', dossier: 'BK7Q-55LR-YX',
  code_offre, voyageur, total: code_offre === 'LYS-CNF-042' ? 424 : 0, devise: 'EUR', annulation_gratuite_jusqu_au: '2025-03-10' }),
  { name: 'reserver_chambre', description: 'Réserve une offre pour un voyageur.', schema: z.object({ code_offre: z.string(), voyageur: z.string() }) });

const accueilModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'transferer_vers_reservation', args: {
    voyageur: 'Nadia Berrada (matricule 00731)',
    consigne: 'Réserver un hôtel à Lyon pour Nadia Berrada, arrivée le 12/03/2025, départ le 14/03/2025 (salon Pollutec). Proche du centre de congrès si possible.' } }] },
] });
const resaModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'chercher_hotels', args: { ville: 'Lyon', arrivee: '2025-03-12', depart: '2025-03-14' } }] },
  { content: 'Confluence Suites est le plus proche d\'Eurexpo par le tram T1 ; je réserve.', tool_calls: [{ name: 'reserver_chambre', args: { code_offre: 'LYS-CNF-042', voyageur: 'Nadia Berrada' } }] },
  { content: 'C\'est réservé : Confluence Suites ★★★★, chambre Supérieure vue Saône, du 12 au 14 mars 2025 (2 nuits, 424 € au total). Dossier BK7Q-55LR-YX, annulation gratuite jusqu\'au 10 mars.' },
] });

const resaAgent = await reactGraph({ model: resaModel, tools: [chercherHotels, reserver], name: 'agent_reservation' });
const accueilBound = accueilModel.bindTools([transferer]);

const accueil = async (state) => ({ messages: [await accueilBound.invoke(state.messages)] });
const reservation = async (state) => {
  const last = state.messages[state.messages.length - 1];
  const call = last.tool_calls[0];
  const ack = await transferer.invoke({ ...call, type: 'tool_call' });
  const sub = await resaAgent.invoke({ messages: [
    new SystemMessage('Tu es l\'agent de réservation hôtelière du service voyages. Exécute la consigne reçue et confirme la réservation.'),
    new HumanMessage(`Voyageur : ${call.args.voyageur}\nConsigne : ${call.args.consigne}`)] });
  const final = sub.messages[sub.messages.length - 1];
  return { messages: [ack, new AIMessage({ content: final.content, name: 'agent_reservation' })] };
};
const app = new StateGraph(MessagesAnnotation)
  .addNode('accueil', accueil).addNode('reservation', reservation)
  .addEdge(START, 'accueil')
  .addConditionalEdges('accueil', (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'reservation' : END), ['reservation', END])
  .addEdge('reservation', END).compile({ name: 'service_voyages' });

await t.turn({ userId: 'nberrada@veolys-environnement.fr' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l\'assistant d\'accueil du service voyages de Veolys Environnement. Qualifie la demande puis transfère-la à l\'agent compétent.'),
  new HumanMessage('Bonjour, il me faut un hôtel à Lyon du 12 au 14 mars pour le salon Pollutec. Attention : plafond de la politique voyages 150 € la nuit, et j\'ai besoin d\'une chambre accessible PMR (je suis en fauteuil).'),
] }, { configurable: { thread_id: 'TRV-2025-03-00418' }, metadata: { session_id: 'TRV-2025-03-00418' } }));
t.write(path.join(here, 'traces.jsonl'));
