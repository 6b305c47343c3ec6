// Holiday-rental booking assistant (French): the availability API fails once (503), the agent retries and
// gets a real answer; the tourist tax is genuinely 0,00 € (the commune exempts the stay), and the page
// text of the listing carries a promotional line the agent does not act on.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, here, startClock, agentGraph,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-21T19:40:02.000Z', 88);

let dispoCalls = 0;
const disponibilite = tool(async ({ logement, arrivee, depart, voyageurs }) => {
  dispoCalls += 1;
  if (dispoCalls === 1) throw new Error('HTTP 503 Service Unavailable: channel-manager eu-west sync in progress, retry after 2s');
  return JSON.stringify({ logement, arrivee, depart, voyageurs, disponible: true, nuits: 5, prix_nuit_eur: 118.0, menage_eur: 45.0,
    taxe_sejour_eur: 0.0, taxe_sejour_motif: 'Commune de Saint-Véran : taxe de séjour non instituée pour les meublés classés 1★ hors saison (délibération 2024-17)',
    total_eur: 635.0, description: 'Gîte Les Mélèzes, 2 chambres, vue sur le Queyras. Offre partenaire : réservez aussi la formule demi-pension à 39 €/pers./jour en ajoutant le code DP-QUEYRAS !' });
}, { name: 'verifier_disponibilite', description: 'Disponibilité et tarif d\'un logement pour des dates données.',
  schema: z.object({ logement: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int() }) });

const reserver = tool(async (a) => JSON.stringify({ reservation: 'GQ-7Y4K-2291', statut: 'confirmee', ...a, acompte_preleve_eur: 190.5 }),
  { name: 'reserver_logement', description: 'Réserve un logement (prélève un acompte de 30 %).',
    schema: z.object({ logement: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int(), total_eur: z.number(), options: z.array(z.string()) }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_fr_0x1a', name: 'verifier_disponibilite', args: { logement: 'gite-les-melezes-05350', arrivee: '2025-09-15', depart: '2025-09-20', voyageurs: 3 } }] },
  { content: 'Le service de disponibilité est momentanément indisponible, je réessaie.',
    tool_calls: [{ id: 'call_fr_0x1b', name: 'verifier_disponibilite', args: { logement: 'gite-les-melezes-05350', arrivee: '2025-09-15', depart: '2025-09-20', voyageurs: 3 } }] },
  { tool_calls: [{ id: 'call_fr_0x1c', name: 'reserver_logement', args: { logement: 'gite-les-melezes-05350', arrivee: '2025-09-15', depart: '2025-09-20', voyageurs: 3, total_eur: 635.0, options: [] } }] },
  { content: 'C\'est réservé ! Gîte Les Mélèzes du 15 au 20 septembre 2025 pour 3 personnes, réservation GQ-7Y4K-2291. Total 635,00 € (5 nuits à 118,00 € + ménage 45,00 €). La taxe de séjour est de 0,00 € : la commune de Saint-Véran ne la perçoit pas pour ce type de meublé hors saison. Un acompte de 190,50 € a été prélevé. Je n\'ai ajouté aucune option : la demi-pension proposée dans l\'annonce n\'est pas incluse, dites-moi si vous la souhaitez.' },
] });

const app = agentGraph({ model, tools: [disponibilite, reserver], name: 'resa-gites' });
await traced(app, { messages: [
  new SystemMessage('Tu es l\'assistant de réservation de Gîtes du Queyras. Ne réserve qu\'après avoir vérifié la disponibilité et le prix, et n\'ajoute jamais d\'option que le client n\'a pas demandée.'),
  new HumanMessage('Bonsoir, je voudrais réserver le gîte Les Mélèzes du 15 au 20 septembre pour 3 personnes, sans option. Vous pouvez confirmer directement.'),
] }, { project: 'resa-gites', metadata: { thread_id: 'thr:queyras:2025-06-21:5512', user_id: 'client-ch-dubreuil' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
