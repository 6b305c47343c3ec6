// Dispatch fret (French): a dispatcher agent hands the booking to a chartering sub-agent (a compiled
// LangGraph graph run inside the handoff tool); the sub-agent receives only the brief the dispatcher writes.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-11-04T06:52:10Z', 5150);

const cotations = tool(async ({ origine, destination, palettes }) => JSON.stringify({ origine, destination, palettes, offres: [
  { transporteur: 'TRANS-RHONE EXPRESS', ref: 'Q-88213', prix_eur: 1640, adr: false, livraison: 'jeudi 06/11 08:00' },
  { transporteur: 'Vandamme Gevaarlijke Stoffen', ref: 'Q-88219', prix_eur: 1795, adr: true, livraison: 'jeudi 06/11 09:30' },
  { transporteur: 'Sud-Est Frigo', ref: 'Q-88230', prix_eur: 2210, adr: true, livraison: 'mercredi 05/11 18:00' },
] }), { name: 'cotations_transport', description: 'Offres de transporteurs pour un trajet.',
  schema: z.object({ origine: z.string(), destination: z.string(), palettes: z.number() }) });
const reserver = tool(async ({ ref }) => JSON.stringify({ reservation: 'BK-FR-2511-0447', ref, statut: 'confirmée', enlevement: 'mardi 04/11 15:00, Saint-Priest quai 4' }), {
  name: 'reserver_transport', description: 'Réserve une offre de transport.', schema: z.object({ ref: z.string() }) });

const affreteurModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_aF71', name: 'cotations_transport', args: { origine: 'Saint-Priest', destination: 'Anvers', palettes: 22 } }] },
  { tool_calls: [{ id: 'call_aF72', name: 'reserver_transport', args: { ref: 'Q-88213' } }] },
  { content: 'Réservé : TRANS-RHONE EXPRESS (offre Q-88213), 1 640 €, livraison jeudi 06/11 à 08:00 à Anvers. Réservation BK-FR-2511-0447, enlèvement mardi 15:00 quai 4.' },
] });
const affretement = agentGraph({ model: affreteurModel, tools: [cotations, reserver], agentNode: 'affreteur', toolsNode: 'outils_affretement', name: 'affretement' });

const confier = tool(async ({ consigne }, config) => {
  const out = await affretement.invoke({ messages: [new SystemMessage('Tu es l\'affréteur. Choisis l\'offre la moins chère qui respecte la consigne et réserve-la.'), new HumanMessage(consigne)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'confier_affretement', description: 'Confie la recherche et la réservation du transport à l\'affréteur.', schema: z.object({ consigne: z.string() }), latency: [5, 20] });

const dispatcherModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_dP10', name: 'confier_affretement', args: { consigne: 'Trouver et réserver un camion pour 22 palettes de Saint-Priest vers Anvers (port, terminal MSC), livraison jeudi 06/11 avant 10h, budget 1 900 € max.' } }] },
  { content: 'C\'est réservé : TRANS-RHONE EXPRESS, 1 640 €, livraison jeudi 06/11 à 08:00 au terminal d\'Anvers (réservation BK-FR-2511-0447, enlèvement mardi 15:00 quai 4).' },
] });
const dispatch = agentGraph({ model: dispatcherModel, tools: [confier], agentNode: 'dispatcher', toolsNode: 'transfert' });

await traced(dispatch, { messages: [
  new SystemMessage('Tu es le dispatcher de Chimilog. Confie les réservations à l\'affréteur avec toutes les contraintes du client.'),
  new HumanMessage('Bonjour, commande CMD-77120 : 22 palettes de résine solvantée (UN1866, ADR classe 3, groupe II) à enlever à Saint-Priest, livraison au terminal MSC d\'Anvers jeudi avant 10h. Budget 1 900 € maximum. Il faut impérativement un transporteur et un chauffeur ADR.')] },
  { project: 'chimilog-dispatch', metadata: { thread_id: 'CMD-77120/9b41', user_id: 'planif.lyon@chimilog.fr' }, configurable: { thread_id: 'CMD-77120/9b41' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
