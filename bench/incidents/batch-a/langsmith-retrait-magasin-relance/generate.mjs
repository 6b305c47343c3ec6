// Assistant « retrait en magasin » d'une enseigne de bricolage (LangGraph.js, MemorySaver), deux tours
// dans un même fil. Écrit runs.jsonl.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
const SESSION = '4c1e9b7a-52d3-4f0e-9a86-1d0b7e35c2f4';
const USER = 'client_58230917';

let stockCalls = 0;
const verifierStock = tool(async ({ ref_article, magasin }) => {
  stockCalls += 1;
  if (stockCalls === 1) {
    throw new Error('HTTP 503 Service Unavailable from stock-api.interne (GET /v2/stock/' + ref_article
      + '?magasin=' + magasin + '): upstream connect error or disconnect/reset before headers');
  }
  return JSON.stringify({ ref_article, magasin, libelle: 'Perforateur burineur SDS-Plus 800 W', quantite_dispo: 2,
    rayon: 'Allée 14 – Outillage électroportatif', prix_ttc: 129.9, devise: 'EUR', maj: '2025-04-05T09:58:02+02:00' });
}, { name: 'verifier_stock', description: 'Stock disponible d\'un article dans un magasin.',
  schema: z.object({ ref_article: z.string(), magasin: z.string() }) });

const reserver = tool(async ({ ref_article, magasin, quantite, client_id }) => JSON.stringify({
  statut: 'RESERVEE', numero_reservation: 'RM-7731-20250405-0142', ref_article, magasin, quantite, client_id,
  retrait_a_partir_de: '2025-04-05T14:00:00+02:00', conservee_jusqu_au: '2025-04-08', prix_ttc: 129.9,
}), { name: 'reserver_retrait', latency: [400, 900], description: 'Réserve un article pour un retrait en magasin.',
  schema: z.object({ ref_article: z.string(), magasin: z.string(), quantite: z.number().int(), client_id: z.string() }) });

const SYSTEM = new SystemMessage('Tu es l\'assistant en ligne de BricoNord. Tu vérifies les stocks et réserves des '
  + 'articles en retrait magasin (Click & Collect). Ne donne jamais un stock que l\'API ne t\'a pas renvoyé.');

const ARGS = { ref_article: '3276000417823', magasin: 'LIL-07' };
const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Xk3d9Pq2w', name: 'verifier_stock', args: ARGS }] },
  { content: 'Le service de stock ne répond pas pour le moment, je relance la vérification.',
    tool_calls: [{ id: 'b7HmR0zLc', name: 'verifier_stock', args: ARGS }] },
  { content: 'Bonne nouvelle : le perforateur burineur SDS-Plus 800 W (réf. 3276000417823) est disponible au magasin '
    + 'de Lille-Lomme, 2 exemplaires en stock, allée 14, au prix de 129,90 €. Voulez-vous que je vous le réserve '
    + 'pour un retrait ?' },
  { tool_calls: [{ id: 'Tq4vN8sYe', name: 'reserver_retrait', args: { ...ARGS, quantite: 1, client_id: USER } }] },
  { content: 'C\'est réservé ! Réservation n° RM-7731-20250405-0142 : 1 perforateur burineur SDS-Plus 800 W, '
    + '129,90 €, à retirer au magasin de Lille-Lomme à partir d\'aujourd\'hui 14 h, et jusqu\'au 8 avril inclus. '
    + 'Présentez le numéro de réservation à l\'accueil Click & Collect.' },
] });

const graph = agentGraph({ model, tools: [verifierStock, reserver], checkpointer: new MemorySaver(),
  prepare: (messages) => [SYSTEM, ...messages], name: 'assistant_click_collect' });

const turns = [
  'Bonjour, est-ce que le perforateur SDS-Plus 800 W réf. 3276000417823 est en stock à Lille-Lomme (LIL-07) ?',
  'Oui, réservez-m\'en un s\'il vous plaît.',
];
startClock('2025-04-05T08:02:31.000Z', 12);
for (const [i, text] of turns.entries()) {
  if (i > 0) advance(minutes(1), minutes(4));
  await traced(graph, { messages: [new HumanMessage(text)] }, { project: 'briconord-assistant',
    metadata: { session_id: SESSION, user_id: USER, canal: 'app-mobile', locale: 'fr-FR' },
    configurable: { thread_id: SESSION } });
}
writeRuns(path.join(dir, 'runs.jsonl'));
