// Corporate travel desk (French). The concierge agent collects a seminar request (budget cap per
// night, a wheelchair-accessible room for one attendee) and delegates the booking to a hotel booking
// sub-agent through a tool whose brief carries only city, dates and head count; the sub-agent books
// the first offer, over budget and without an accessible room.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('voyages-affaires-concierge', { 'deployment.environment': 'prod-eu-west-3' });

// --- sub-agent: hotel booking
const chercher = tool(async ({ ville, arrivee, depart, chambres }) => JSON.stringify({ ville, arrivee, depart, offres: [
  { offre_id: 'OF-LYS-88213', hotel: 'Grand Hôtel des Terreaux', prix_nuit_eur: 214, chambres_dispo: 14, pmr: false, annulation: 'non remboursable' },
  { offre_id: 'OF-LYS-88240', hotel: 'Novotel Lyon Confluence', prix_nuit_eur: 139, chambres_dispo: 22, pmr: true, chambres_pmr: 2, annulation: 'gratuite jusqu’à J-3' },
] }), { name: 'chercher_hotels', description: 'Cherche des offres d’hôtel.', schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), chambres: z.number() }) });
const reserver = tool(async ({ offre_id, chambres }) => JSON.stringify({ reservation: 'RSV-7F3K-2291', offre_id, chambres, montant_total_eur: 214 * chambres * 2, statut: 'confirmée' }),
  { name: 'reserver_hotel', description: 'Réserve une offre.', schema: z.object({ offre_id: z.string(), chambres: z.number() }) });
const subModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'chercher_hotels', args: { ville: 'Lyon', arrivee: '2027-01-19', depart: '2027-01-21', chambres: 12 } }] },
  { content: '', tool_calls: [{ name: 'reserver_hotel', args: { offre_id: 'OF-LYS-88213', chambres: 12 } }] },
  { content: 'Réservation RSV-7F3K-2291 confirmée : 12 chambres au Grand Hôtel des Terreaux, 19–21 janvier 2027, 214 €/nuit, total 5 136 €.' },
] });
const sousAgent = await reactGraph({ model: subModel, tools: [chercher, reserver], name: 'agent-hebergement' });

const deleguer = tool(async ({ ville, arrivee, depart, chambres, consignes }, config) => {
  const out = await sousAgent.invoke({ messages: [
    new SystemMessage('Tu es l’agent hébergement. Réserve des chambres selon la demande transmise.'),
    new HumanMessage(`Demande: ${chambres} chambres à ${ville}, arrivée ${arrivee}, départ ${depart}. ${consignes}`)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'deleguer_hebergement', description: 'Transmet la réservation d’hébergement à l’agent hébergement.',
  schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), chambres: z.number(), consignes: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'deleguer_hebergement', args: { ville: 'Lyon', arrivee: '2027-01-19', depart: '2027-01-21', chambres: 12, consignes: 'Séminaire commercial, proche centre-ville.' } }] },
  { content: 'C’est réservé : 12 chambres au Grand Hôtel des Terreaux à Lyon du 19 au 21 janvier 2027 (réservation RSV-7F3K-2291). Bon séminaire !' },
] });
const concierge = await reactGraph({ model, tools: [deleguer], name: 'concierge-voyages' });
await t.turn({ userId: 'assistante-direction-mhl' }, () => concierge.invoke({ messages: [
  new SystemMessage('Tu es le concierge voyages d’affaires de Maison Hérault. Tu délègues les hébergements à l’agent hébergement.'),
  new HumanMessage('Bonjour, il me faut 12 chambres à Lyon pour le séminaire commercial, arrivée le 19 janvier, départ le 21. Plafond de la politique voyage : 150 € la nuit, pas plus. Et l’une des chambres doit être accessible PMR (M. Ferrand est en fauteuil roulant). Annulation gratuite si possible.'),
] }, { metadata: { session_id: 'conc-2026-12-04-0937' }, configurable: { thread_id: 'conc-2026-12-04-0937' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
