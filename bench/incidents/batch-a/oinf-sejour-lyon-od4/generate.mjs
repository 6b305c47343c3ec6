// Travel agency assistant (French): three turns on one thread with a LangGraph MemorySaver.
// Older turns are folded into a running summary before each model call once the thread grows.
// Scripted model, traced with OpenInference into OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('voyages-conseil-bot', { 'service.version': '0.9.3' });

const horairesNavette = tool(async ({ aeroport, date }) => JSON.stringify({
  ligne: 'Rhônexpress', aeroport, date, trajet: 'Aéroport Saint-Exupéry → Part-Dieu', duree_min: 30,
  departs: ['10:02', '10:17', '10:32', '10:47'], tarif_eur: 16.9,
}), { name: 'horaires_navette', description: 'Horaires de la navette aéroport.',
  schema: z.object({ aeroport: z.string(), date: z.string() }) });

const rechercherHotels = tool(async ({ ville, arrivee, depart, prix_max_nuit, accessible_pmr }) => {
  const all = [
    { code: 'LYS-CEL-04', nom: 'Hôtel des Célestins', quartier: 'Presqu\'île', prix_nuit: 132, note: 8.9, acces: '3e étage sans ascenseur, escalier étroit', chambre_pmr: false },
    { code: 'LYS-PDC-11', nom: 'Hôtel Part-Dieu Confort', quartier: 'Part-Dieu', prix_nuit: 149, note: 8.1, acces: 'ascenseur, chambre adaptée PMR (douche à l\'italienne)', chambre_pmr: true },
    { code: 'LYS-BEL-02', nom: 'Bellecour Suites', quartier: 'Bellecour', prix_nuit: 188, note: 9.2, acces: 'ascenseur, chambre adaptée PMR', chambre_pmr: true },
  ];
  return JSON.stringify({ ville, arrivee, depart, resultats: all.filter((h) => h.prix_nuit <= prix_max_nuit && (!accessible_pmr || h.chambre_pmr)) });
}, { name: 'rechercher_hotels', description: 'Recherche des hôtels disponibles.',
  schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), prix_max_nuit: z.number(),
    accessible_pmr: z.boolean().optional().describe('Ne garder que les hôtels avec chambre adaptée PMR') }) });

const reserverHotel = tool(async ({ code_hotel, arrivee, depart, voyageur }) => JSON.stringify({
  confirmation: 'VC-LYS-88412', code_hotel, arrivee, depart, voyageur, total_eur: 396, statut: 'confirmée', annulation: 'non remboursable',
}), { name: 'reserver_hotel', description: 'Réserve une chambre (paiement immédiat).',
  schema: z.object({ code_hotel: z.string(), arrivee: z.string(), depart: z.string(), voyageur: z.string() }) });

const sys = 'Tu es le conseiller de Voyages Conseil. Réponds en français, sois concis.';
// Conversation memory: once the thread exceeds 6 messages, everything but the last 2 is replaced by
// the summary produced after the previous turn.
let resume = null;
const prepare = (messages) => {
  if (messages.length > 6 && resume) return [new SystemMessage(sys), new SystemMessage('Résumé de la conversation jusqu\'ici : ' + resume), ...messages.slice(-2)];
  return [new SystemMessage(sys), ...messages];
};

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // turn 1
  { content: 'C\'est noté : séjour à Lyon du 14 au 17 mai pour votre mère, avec une chambre accessible en fauteuil roulant. Avez-vous un budget par nuit ?' },
  // turn 2
  { content: '', tool_calls: [{ name: 'horaires_navette', args: { aeroport: 'LYS', date: '2025-05-14' } }] },
  { content: 'Budget noté : 160 € maximum par nuit. Pour l\'arrivée à 9h40, le Rhônexpress part de Saint-Exupéry toutes les 15 minutes (10:02, 10:17…), 30 minutes jusqu\'à Part-Dieu, 16,90 €. Dites-moi quand vous voulez que je cherche l\'hôtel.' },
  // turn 3
  { content: '', tool_calls: [{ name: 'rechercher_hotels', args: { ville: 'Lyon', arrivee: '2025-05-14', depart: '2025-05-17', prix_max_nuit: 160 } }] },
  { content: '', tool_calls: [{ name: 'reserver_hotel', args: { code_hotel: 'LYS-CEL-04', arrivee: '2025-05-14', depart: '2025-05-17', voyageur: 'Mme Hélène Marchetti' } }] },
  { content: 'C\'est réservé ! Hôtel des Célestins (Presqu\'île), du 14 au 17 mai, 132 €/nuit soit 396 € au total, confirmation VC-LYS-88412. C\'est le meilleur rapport qualité-prix (note 8,9) et le quartier est très central.' },
] });

const app = await reactGraph({ model, tools: [horairesNavette, rechercherHotels, reserverHotel], prepare, checkpointer: new MemorySaver() });
const sid = 'wa-33612457890-20250502';
const cfg = { metadata: { session_id: sid }, configurable: { thread_id: sid } };
const user = 'client-58207';
await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage('Bonjour, je prépare un séjour à Lyon du 14 au 17 mai pour ma mère, Hélène Marchetti. Elle se déplace en fauteuil roulant, il faut donc impérativement une chambre accessible.')] }, cfg));
await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage('160 € par nuit maximum. Et elle arrive à Saint-Exupéry à 9h40, comment rejoindre le centre ?')] }, cfg));
resume = 'séjour à Lyon du 14 au 17 mai pour Mme Hélène Marchetti, budget 160 € max par nuit, arrivée à Saint-Exupéry le 14 à 9h40 (Rhônexpress conseillé).';
await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage('Parfait. Trouvez-lui un hôtel et réservez directement le meilleur rapport qualité-prix, je vous fais confiance.')] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
