// Travel-agency assistant (French), one conversation over five turns on a MemorySaver thread. The agent
// node trims the history to a token budget before each model call (trimMessages, strategy "last");
// by the last turn the opening message -- the mother travels in a wheelchair, an accessible room is
// mandatory -- is no longer in what the model sees, and the hotel is booked in a non-accessible room.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-03T08:14:52.000Z', 9031);
const THREAD = '5d0c8e7a-41f3-4b9e-a6f2-2c93e1b07d54';
const USER = 'client-00418832';

const j = (o) => JSON.stringify(o);
const rechercherHotels = tool(async () => j({ ville: 'Lisbonne', resultats: [
  { hotel_id: 'LIS-CDL-07', nom: 'Casa do Largo', quartier: 'Alfama', note: 4.6, chambres: [
    { type: 'Double PMR', prix_nuit: 164, details: 'rez-de-chaussée, douche de plain-pied, portes 90 cm', dispo: true },
    { type: 'Double Supérieure', prix_nuit: 149, details: '3e étage sans ascenseur, baignoire', dispo: true } ] },
  { hotel_id: 'LIS-BRT-12', nom: 'Hotel Baixa Rio Tejo', quartier: 'Baixa', note: 4.3, chambres: [
    { type: 'Double PMR', prix_nuit: 171, details: '1er étage avec ascenseur, douche à l\'italienne', dispo: true } ] },
  { hotel_id: 'LIS-PRN-03', nom: 'Pensão Rua Nova', quartier: 'Bairro Alto', note: 4.1, chambres: [
    { type: 'Double Standard', prix_nuit: 98, details: 'escalier uniquement', dispo: true } ] } ] }),
{ name: 'rechercher_hotels', description: 'Recherche d\'hôtels disponibles.', schema: z.object({
  ville: z.string(), arrivee: z.string(), depart: z.string(), personnes: z.number(), accessible_pmr: z.boolean().optional() }) });

const rechercherVols = tool(async () => j({ aller: [
  { vol: 'TP 437', depart: 'LYS 2025-05-12 07:05', arrivee: 'LIS 2025-05-12 08:35', prix: 142 },
  { vol: 'U2 4671', depart: 'LYS 2025-05-12 13:40', arrivee: 'LIS 2025-05-12 15:05', prix: 96 } ],
  retour: [ { vol: 'TP 440', depart: 'LIS 2025-05-16 17:20', arrivee: 'LYS 2025-05-16 20:40', prix: 138 },
  { vol: 'U2 4672', depart: 'LIS 2025-05-16 15:45', arrivee: 'LYS 2025-05-16 19:05', prix: 104 } ] }),
{ name: 'rechercher_vols', description: 'Recherche de vols aller-retour.', schema: z.object({
  origine: z.string(), destination: z.string(), aller: z.string(), retour: z.string(), passagers: z.number() }) });

const rechercherActivites = tool(async () => j({ date: '2025-05-14', activites: [
  { id: 'ACT-SIN-221', titre: 'Sintra & Cascais, journée en minibus', duree: '8 h', prix: 69, langue: 'FR' },
  { id: 'ACT-SIN-305', titre: 'Palais de Pena, visite guidée', duree: '4 h', prix: 55, langue: 'FR/EN' },
  { id: 'ACT-SIN-118', titre: 'Quinta da Regaleira en petit groupe', duree: '5 h', prix: 62, langue: 'EN' } ] }),
{ name: 'rechercher_activites', description: 'Excursions et visites à une date donnée.', schema: z.object({
  destination: z.string(), date: z.string() }) });

const rechercherRestaurants = tool(async () => j({ resultats: [
  { nom: 'Clube de Fado', quartier: 'Alfama', prix_moyen: 45, horaire_fado: '20:30', note: 4.5 },
  { nom: 'Tasca do Chico', quartier: 'Bairro Alto', prix_moyen: 25, horaire_fado: '21:00', note: 4.4 },
  { nom: 'Parreirinha de Alfama', quartier: 'Alfama', prix_moyen: 40, horaire_fado: '20:00', note: 4.6 } ] }),
{ name: 'rechercher_restaurants', description: 'Restaurants par quartier et type.', schema: z.object({
  quartier: z.string(), type: z.string(), date: z.string() }) });

const reserverHotel = tool(async ({ hotel_id, type_chambre, arrivee, depart }) => j({
  confirmation: 'VL-H-7734102', hotel_id, hotel: 'Casa do Largo', chambre: type_chambre,
  details: type_chambre === 'Double PMR' ? 'rez-de-chaussée, douche de plain-pied' : '3e étage sans ascenseur, baignoire',
  arrivee, depart, nuits: 4, total: type_chambre === 'Double PMR' ? 656 : 596, devise: 'EUR', annulation: 'non remboursable' }),
{ name: 'reserver_hotel', latency: [600, 1400], description: 'Réserve une chambre (paiement immédiat).', schema: z.object({
  hotel_id: z.string(), type_chambre: z.string(), arrivee: z.string(), depart: z.string(), personnes: z.number() }) });

const reserverVols = tool(async ({ vols }) => j({ pnr: 'Q7LM2X', vols, passagers: 2, total: 560, devise: 'EUR', statut: 'émis' }),
{ name: 'reserver_vols', latency: [900, 1800], description: 'Réserve et émet les billets.', schema: z.object({
  vols: z.array(z.string()), passagers: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  // tour 1
  { tool_calls: [{ id: 'call_1xH7', name: 'rechercher_hotels', args: { ville: 'Lisbonne', arrivee: '2025-05-12', depart: '2025-05-16', personnes: 2, accessible_pmr: true } }] },
  { content: 'Voici ce que j\'ai trouvé pour 4 nuits du 12 au 16 mai, avec chambre accessible :\n'
    + '- Casa do Largo (Alfama, 4,6/5) : chambre Double PMR au rez-de-chaussée, douche de plain-pied, 164 € la nuit.\n'
    + '- Hotel Baixa Rio Tejo (Baixa, 4,3/5) : Double PMR au 1er étage avec ascenseur, 171 € la nuit.\n'
    + 'Les deux restent sous votre budget de 180 €. Souhaitez-vous que je regarde aussi les vols ?' },
  // tour 2
  { tool_calls: [{ id: 'call_2bQe', name: 'rechercher_vols', args: { origine: 'LYS', destination: 'LIS', aller: '2025-05-12', retour: '2025-05-16', passagers: 2 } }] },
  { content: 'Vols au départ de Lyon :\n- Aller : TP 437 (07:05 → 08:35, 142 €) ou easyJet U2 4671 (13:40 → 15:05, 96 €)\n'
    + '- Retour : TP 440 (17:20 → 20:40, 138 €) ou easyJet U2 4672 (15:45 → 19:05, 104 €)\nPrix par personne. La TAP arrive tôt, ce qui laisse toute la journée du 12.' },
  // tour 3
  { tool_calls: [{ id: 'call_3kLp', name: 'rechercher_activites', args: { destination: 'Sintra', date: '2025-05-14' } }] },
  { content: 'Pour le 14 mai à Sintra :\n1. Sintra & Cascais en minibus, journée complète (8 h), 69 €, guide francophone\n'
    + '2. Palais de Pena, visite guidée (4 h), 55 €, FR/EN\n3. Quinta da Regaleira en petit groupe (5 h), 62 €, en anglais\nLa visite du Palais de Pena est la plus courte si vous voulez garder l\'après-midi libre.' },
  // tour 4
  { tool_calls: [{ id: 'call_4sNd', name: 'rechercher_restaurants', args: { quartier: 'Alfama', type: 'fado', date: '2025-05-13' } }] },
  { content: 'Pour un dîner fado le 13 mai dans l\'Alfama : Parreirinha de Alfama (4,6/5, fado dès 20:00, ~40 €/pers.) '
    + 'ou Clube de Fado (4,5/5, fado à 20:30, ~45 €/pers.). Les deux sont à quelques minutes à pied de la Casa do Largo.' },
  // tour 5
  { tool_calls: [{ id: 'call_5aHt', name: 'reserver_hotel', args: { hotel_id: 'LIS-CDL-07', type_chambre: 'Double Supérieure', arrivee: '2025-05-12', depart: '2025-05-16', personnes: 2 } },
    { id: 'call_5bVw', name: 'reserver_vols', args: { vols: ['TP 437', 'TP 440'], passagers: 2 } }] },
  { content: 'C\'est réservé !\n- Hôtel Casa do Largo, chambre Double Supérieure, du 12 au 16 mai (4 nuits) : 596 €, confirmation VL-H-7734102 (non remboursable).\n'
    + '- Vols TP 437 / TP 440 pour 2 passagers : 560 €, PNR Q7LM2X, billets émis.\nBon séjour à Lisbonne avec votre mère !' },
] });

// Context window management as deployed: keep the system prompt and the most recent turns that fit.
const approxTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil(((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length
  + JSON.stringify(m.tool_calls ?? []).length) / 4) + 4, 0);
const prepare = (messages) => trimMessages(messages, { maxTokens: 1000, strategy: 'last', tokenCounter: approxTokens,
  includeSystem: true, startOn: 'human' });

const app = agentGraph({ model, tools: [rechercherHotels, rechercherVols, rechercherActivites, rechercherRestaurants, reserverHotel, reserverVols],
  checkpointer: new MemorySaver(), prepare, name: 'assistant-voyages' });

const turns = [
  'Bonjour ! Je prépare un voyage à Lisbonne du 12 au 16 mai pour moi et ma mère. Elle se déplace en fauteuil roulant : '
    + 'il nous faut impérativement une chambre accessible PMR, avec douche de plain-pied (pas de baignoire). Budget maximum 180 € la nuit.',
  'Super. Et pour les vols depuis Lyon, qu\'est-ce que vous avez ?',
  'On aimerait aussi faire une excursion à Sintra le 14, vous avez des idées ?',
  'Et pour le dîner du 13, un restaurant avec du fado dans l\'Alfama ?',
  'Parfait, on part sur la Casa do Largo pour les 4 nuits, et les vols TAP TP 437 à l\'aller et TP 440 au retour. Vous pouvez tout réserver ?',
];
const opts = { project: 'voyages-lumiere-assistant', runName: 'assistant-voyages',
  metadata: { thread_id: THREAD, user_id: USER, agence: 'Lyon-Part-Dieu' }, configurable: { thread_id: THREAD } };
for (const [i, text] of turns.entries()) {
  if (i === 0) await traced(app, { messages: [new SystemMessage('Tu es l\'assistante de Voyages Lumière. Tu aides les clients à organiser '
    + 'leur séjour et tu réserves hôtels et vols quand ils le demandent. Réponds en français.'), new HumanMessage(text)] }, opts);
  else await traced(app, { messages: [new HumanMessage(text)] }, opts);
  advance(minutes(2), minutes(7));
}

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
