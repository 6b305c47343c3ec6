// Regenerates trace.jsonl: node bench/incidents/batch-a/agents-train-lyon-filtre-handoff/generate.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, user, assistant, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const profilVoyageur = tool({
  name: 'profil_voyageur', description: 'Profil du compte entreprise : voyageurs enregistrés, cartes de réduction, politique voyage.',
  parameters: z.object({ compte: z.string() }),
  execute: async ({ compte }) => JSON.stringify({
    compte, entreprise: 'Atelier Lumen SARL',
    voyageurs: [{ nom: 'Claire Dubois', carte: 'Avantage Adulte' }, { nom: 'Inès Haddad', carte: null }],
    politique: { classe: '2nde', plafond_aller_retour_eur: 180 },
  }),
});

const rechercherTrains = tool({
  name: 'rechercher_trains', description: 'Recherche les trains disponibles entre deux gares à une date donnée.',
  parameters: z.object({ origine: z.string(), destination: z.string(), date: z.string() }),
  execute: async ({ date }) => JSON.stringify({ date, trains: [
    { train: 'TGV INOUI 6601', depart: '06:56', arrivee: '08:52', prix_eur: 74 },
    { train: 'OUIGO 7803', depart: '07:34', arrivee: '09:37', prix_eur: 49 },
    { train: 'TGV INOUI 6607', depart: '09:56', arrivee: '11:53', prix_eur: 39 },
    { train: 'TGV INOUI 6611', depart: '11:00', arrivee: '12:56', prix_eur: 45 },
  ] }),
});

const reserverBillet = tool({
  name: 'reserver_billet', description: 'Réserve et émet des billets de train sur le compte entreprise.',
  parameters: z.object({ train: z.string(), date: z.string(), nombre_passagers: z.number().int(), classe: z.string() }),
  execute: async ({ train, date, nombre_passagers, classe }) => JSON.stringify({
    dossier: 'QK7ZPL', compte: 'ENT-40219', train, date, classe, nombre_passagers, titulaires: ['Claire Dubois'],
    montant_eur: 39 * nombre_passagers, statut: 'émis',
  }),
});

// Keep the booking agent's context short: it only needs the customer's latest request.
function derniereDemande(data) {
  const hist = Array.isArray(data.inputHistory) ? data.inputHistory : [user(data.inputHistory)];
  const last = [...hist].reverse().find((item) => item.role === 'user');
  return { ...data, inputHistory: last ? [last] : [], preHandoffItems: [], newItems: [] };
}

const model = scriptedModel([
  { tool_calls: [{ name: 'profil_voyageur', args: { compte: 'ENT-40219' } }] },
  { tool_calls: [{ name: 'transfer_to_Reservation', args: {} }] },
  { tool_calls: [{ name: 'rechercher_trains', args: { origine: 'Paris Gare de Lyon', destination: 'Lyon Part-Dieu', date: '2026-12-08' } }] },
  { tool_calls: [{ name: 'reserver_billet', args: { train: 'TGV INOUI 6607', date: '2026-12-08', nombre_passagers: 1, classe: '2nde' } }] },
  { content: 'C\'est réservé ! Dossier QK7ZPL : TGV INOUI 6607, mardi 8 décembre, départ Paris Gare de Lyon 09h56, arrivée Lyon Part-Dieu 11h53, '
    + 'en 2nde classe, 1 passager (Claire Dubois), 39 €. Les billets électroniques sont disponibles dans votre espace entreprise.' },
], { seed: 'train-lyon', served: 'gpt-4o-2024-08-06' });

const reservation = new Agent({
  name: 'Reservation',
  instructions: 'Tu es l\'agent de réservation de Voyages Pro. Recherche les trains demandés et réserve le meilleur choix pour le client. Réponds en français.',
  model,
  tools: [rechercherTrains, reserverBillet],
});

const accueil = new Agent({
  name: 'Accueil',
  instructions: 'Tu es l\'accueil de Voyages Pro (agence de voyages d\'affaires). Identifie le compte du client, '
    + 'recueille le besoin puis transfère à l\'agent Reservation quand le client veut réserver. Réponds en français.',
  model,
  tools: [profilVoyageur],
  handoffs: [handoff(reservation, { inputFilter: derniereDemande })],
});

const historique = [
  user('Bonjour, c\'est Claire Dubois (compte ENT-40219). Ma collègue Inès Haddad et moi devons aller à Lyon mardi 8 décembre : '
    + 'nous avons un rendez-vous client à 10h00 près de la Part-Dieu. Il nous faut un aller au départ de Paris, pour nous deux, '
    + 'en arrivant au plus tard vers 9h30.'),
  assistant('Bonjour Claire ! Bien noté : Paris → Lyon Part-Dieu le mardi 8 décembre, 2 voyageuses (vous et Inès Haddad), '
    + 'arrivée avant 9h30 pour votre rendez-vous de 10h00. Préférez-vous le train ou l\'avion ?'),
  user('Le train, évidemment. Allez-y, réservez le Paris – Lyon Part-Dieu de mardi 8 décembre.'),
];

const runner = new Runner({
  groupId: 'vp-dossier-2026-12-ENT40219-0417', workflowName: 'Voyages Pro – conseiller',
  traceMetadata: { user_id: 'claire.dubois@atelier-lumen.fr', compte: 'ENT-40219' },
});
await runner.run(accueil, historique);
writeTrace(here, 'trace.jsonl');
