// Assistant voyages d'affaires (LangGraph.js, modèle scripté), tracé en OpenInference OTLP/JSON.
// Une conversation de six tours sur un même thread (MemorySaver). Pour tenir le budget de tokens,
// l'application n'envoie au modèle que les trois derniers tours utilisateur (fenêtre glissante).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('voyages-pro-assistant', { 'deployment.environment': 'production', 'service.version': '1.22.3', 'tenant': 'ecotherm-sa' });

const THREAD = 'b6f1c2d4-5e7a-4f38-9c21-7d0e3a84f5b9';
const MAX_TOURS = 3;

const rechercherTrains = tool(async ({ origine, date }) => JSON.stringify(origine.startsWith('Nantes') ? [
  { train: 'TGV INOUI 5362', depart: '2025-03-11T07:04', arrivee: '2025-03-11T11:32', correspondances: 0, prix: { '1': '98,00 €', '2': '79,00 €' }, places_ufr: 2 },
  { train: 'TGV INOUI 8806', depart: '2025-03-11T08:40', arrivee: '2025-03-11T14:05', correspondances: 1, via: 'Massy TGV', prix: { '1': '112,00 €', '2': '86,00 €' }, places_ufr: 1 },
] : [
  { train: 'TGV INOUI 5373', depart: `${date}T17:34`, arrivee: `${date}T22:01`, correspondances: 0, prix: { '1': '104,00 €', '2': '83,00 €' }, places_ufr: 2 },
  { train: 'TGV INOUI 5377', depart: `${date}T19:04`, arrivee: `${date}T23:38`, correspondances: 0, prix: { '1': '91,00 €', '2': '72,00 €' }, places_ufr: 0 },
]), {
  name: 'rechercher_trains',
  description: 'Recherche des trains SNCF (horaires, prix, places UFR disponibles).',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string(), apres: z.string().optional() }),
});

const reserverTrain = tool(async ({ train, date, classe, assistance }) => JSON.stringify(train === 'TGV INOUI 5362'
  ? { dossier: 'QZ7KLM', train, date, classe, voiture: 11, place: '64 (emplacement UFR)', assistance: assistance ?? null,
      rdv_assistance: assistance ? 'Nantes, point Accès Plus hall 1, 06:34' : null, prix: '98,00 €' }
  : { dossier: 'RB4WXN', train, date, classe, voiture: 2, place: '45 (couloir)', assistance: assistance ?? null, prix: '104,00 €' }), {
  name: 'reserver_train',
  description: 'Réserve un billet de train pour le voyageur connecté. assistance: "Acces Plus" pour l\'assistance en gare.',
  schema: z.object({ train: z.string(), date: z.string(), classe: z.enum(['1', '2']), assistance: z.string().optional(), emplacement: z.string().optional() }),
});

const rechercherHotels = tool(async ({ accessibilite, nom }) => {
  if (nom) return JSON.stringify([{ hotel_id: 'NOV-LYS-BRN-0471', nom: 'Novotel Lyon Bron Eurexpo', distance_eurexpo: '1,2 km', chambres: [
    { code: 'STD-DBL', type: 'Chambre Standard, lit double', prix_nuit: '139,00 €', dispo: 4 },
    { code: 'PMR-DBL', type: 'Chambre Standard accessible, lit double, salle d\'eau adaptée', prix_nuit: '149,00 €', dispo: 1 },
    { code: 'SUP-TWN', type: 'Chambre Supérieure, 2 lits', prix_nuit: '172,00 €', dispo: 2 }] }]);
  return JSON.stringify([
    { hotel_id: 'NOV-LYS-BRN-0471', nom: 'Novotel Lyon Bron Eurexpo', distance_eurexpo: '1,2 km', filtre: accessibilite ?? null, chambre: 'Chambre Standard accessible, lit double, salle d\'eau adaptée', prix_nuit: '149,00 €', dispo: 1 },
    { hotel_id: 'IBS-LYS-BRN-2208', nom: 'ibis Styles Lyon Bron Eurexpo', distance_eurexpo: '2,4 km', filtre: accessibilite ?? null, chambre: 'Chambre accessible, lit double', prix_nuit: '112,00 €', dispo: 2 },
  ]);
}, {
  name: 'rechercher_hotels',
  description: 'Recherche des hôtels et leurs chambres disponibles. accessibilite: "PMR" pour ne garder que les chambres adaptées.',
  schema: z.object({ ville: z.string(), proche_de: z.string().optional(), nom: z.string().optional(), arrivee: z.string(), depart: z.string(),
    prix_max_nuit: z.number().optional(), accessibilite: z.string().optional() }),
});

const infosTransport = tool(async () => JSON.stringify({
  navette_salon: 'Navettes Pollutec Part-Dieu (sortie Villette) ↔ Eurexpo, toutes les 20 min de 7h30 à 10h et de 16h à 19h, gratuites sur présentation du badge.',
  transports_en_commun: 'Tram T5 Grange Blanche ↔ Eurexpo, toutes les 10 min pendant les salons.',
  taxi: 'Environ 25 min depuis Part-Dieu, 35–45 €.' }), {
  name: 'infos_transport_local',
  description: 'Informations de transport local (navettes, transports en commun, taxis) entre deux points.',
  schema: z.object({ depuis: z.string(), vers: z.string(), date: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // tour 1
  { content: '', tool_calls: [{ name: 'rechercher_trains', args: { origine: 'Nantes', destination: 'Lyon Part-Dieu', date: '2025-03-11', apres: '06:00' } }] },
  { content: 'Pour le 11 mars au matin, deux options depuis Nantes :\n- TGV INOUI 5362, 7h04 → 11h32, direct, 98 € en 1re / 79 € en 2de (2 emplacements UFR libres)\n- TGV INOUI 8806, 8h40 → 14h05, correspondance à Massy TGV, 112 € / 86 €\nJe recommande le direct. Je peux y associer le service Accès Plus pour l\'assistance en gare au départ et à l\'arrivée. Lequel voulez-vous ?' },
  // tour 2
  { content: '', tool_calls: [{ name: 'reserver_train', args: { train: 'TGV INOUI 5362', date: '2025-03-11', classe: '1', assistance: 'Acces Plus', emplacement: 'UFR' } }] },
  { content: 'C\'est réservé : TGV INOUI 5362 du 11 mars, 7h04, 1re classe, voiture 11, emplacement UFR 64 (dossier QZ7KLM, 98 €). Accès Plus est confirmé : rendez-vous à 6h34 au point Accès Plus du hall 1 de Nantes.' },
  // tour 3
  { content: '', tool_calls: [{ name: 'rechercher_hotels', args: { ville: 'Lyon', proche_de: 'Eurexpo', arrivee: '2025-03-11', depart: '2025-03-14', prix_max_nuit: 160, accessibilite: 'PMR' } }] },
  { content: 'Deux hôtels proches d\'Eurexpo ont une chambre adaptée du 11 au 14 mars dans votre budget :\n- Novotel Lyon Bron Eurexpo (1,2 km) : chambre accessible avec salle d\'eau adaptée, 149 €/nuit, plus qu\'une disponible\n- ibis Styles Lyon Bron Eurexpo (2,4 km) : chambre accessible, 112 €/nuit\nJe vous réserve l\'un des deux ?' },
  // tour 4
  { content: '', tool_calls: [{ name: 'infos_transport_local', args: { depuis: 'Lyon Part-Dieu', vers: 'Eurexpo', date: '2025-03-12' } }] },
  { content: 'Oui : pendant Pollutec, des navettes gratuites relient Part-Dieu (sortie Villette) à Eurexpo toutes les 20 minutes, de 7h30 à 10h et de 16h à 19h, sur présentation de votre badge. Sinon, le tram T5 depuis Grange Blanche passe toutes les 10 minutes, et un taxi coûte environ 35 à 45 €.' },
  // tour 5
  { content: '', tool_calls: [{ name: 'rechercher_trains', args: { origine: 'Lyon Part-Dieu', destination: 'Nantes', date: '2025-03-14', apres: '17:00' } }] },
  { content: 'Pour le retour le 14 mars :\n- TGV INOUI 5373, 17h34 → 22h01, direct, 104 € en 1re / 83 € en 2de\n- TGV INOUI 5377, 19h04 → 23h38, direct, 91 € / 72 €\nLequel préférez-vous ?' },
  // tour 6
  { content: '', tool_calls: [{ name: 'reserver_train', args: { train: 'TGV INOUI 5373', date: '2025-03-14', classe: '1' } }] },
  { content: '', tool_calls: [{ name: 'rechercher_hotels', args: { ville: 'Lyon', nom: 'Novotel Lyon Bron Eurexpo', arrivee: '2025-03-11', depart: '2025-03-14' } }] },
  { content: '', tool_calls: [{ name: 'reserver_hotel', args: { hotel_id: 'NOV-LYS-BRN-0471', code_chambre: 'STD-DBL', arrivee: '2025-03-11', depart: '2025-03-14' } }] },
  { content: 'Tout est réservé :\n- Retour : TGV INOUI 5373 du 14 mars, 17h34 → 22h01, 1re classe, voiture 2, place 45 (dossier RB4WXN, 104 €)\n- Hôtel : Novotel Lyon Bron Eurexpo, chambre standard lit double, 3 nuits du 11 au 14 mars à 139 €/nuit, soit 417 € (confirmation NV-88213407, annulation gratuite jusqu\'au 10 mars 18h)\nBon salon !' },
] });

const reserverHotel = tool(async ({ hotel_id, code_chambre, arrivee, depart }) => JSON.stringify({
  confirmation: 'NV-88213407', hotel_id, code_chambre, chambre: code_chambre === 'STD-DBL' ? 'Chambre Standard, lit double' : code_chambre,
  arrivee, depart, nuits: 3, total: code_chambre === 'STD-DBL' ? '417,00 €' : '447,00 €', annulation_gratuite_jusqu_au: '2025-03-10T18:00' }), {
  name: 'reserver_hotel',
  description: 'Réserve une chambre (code_chambre issu de rechercher_hotels).',
  schema: z.object({ hotel_id: z.string(), code_chambre: z.string(), arrivee: z.string(), depart: z.string() }),
});

const system = new SystemMessage('Tu es l\'assistant Voyages Pro d\'Ecotherm SA. Tu organises les déplacements professionnels des collaborateurs (trains, hôtels) selon la politique voyage : 1re classe au-delà de 3 h de trajet, hôtel ≤ 160 €/nuit en province. Vouvoie le voyageur.');
const kind = (m) => (typeof m.getType === 'function' ? m.getType() : m._getType());
const prepare = (messages) => {
  const humains = messages.map((m, i) => (kind(m) === 'human' ? i : -1)).filter((i) => i >= 0);
  const debut = humains.length > MAX_TOURS ? humains[humains.length - MAX_TOURS] : 0;
  return [system, ...messages.slice(debut)];
};

const app = await reactGraph({ model, tools: [rechercherTrains, reserverTrain, rechercherHotels, reserverHotel, infosTransport],
  prepare, checkpointer: new MemorySaver(), name: 'voyages_pro' });

const tours = [
  'Bonjour, je dois aller au salon Pollutec à Lyon Eurexpo du 12 au 14 mars. Je me déplace en fauteuil roulant : il me faut impérativement une chambre accessible PMR et de l\'assistance en gare. Je pars de Nantes le 11 mars dans la matinée.',
  'Le direct de 7h04, en 1re s\'il vous plaît.',
  'Il me faudrait aussi un hôtel près d\'Eurexpo du 11 au 14.',
  'Est-ce qu\'il y a une navette entre Part-Dieu et Eurexpo pendant le salon ?',
  'Et pour le retour le 14, un train pour Nantes après 17h ?',
  'Parfait : prenez le 17h34 et réservez le Novotel de Bron pour les 3 nuits.',
];
for (const texte of tours) {
  await t.turn({ userId: 'emp-3391' }, () => app.invoke({ messages: [new HumanMessage(texte)] },
    { configurable: { thread_id: THREAD }, metadata: { thread_id: THREAD, canal: 'teams' }, runName: 'voyages_pro' }));
}

t.write(path.join(here, 'otel', 'voyages-pro-spans.jsonl'));
