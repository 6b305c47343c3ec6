// Travel agency (French): an intake agent collects the request, then hands the conversation to a
// booking agent through a handoff whose input filter replaces the history with a short brief.
// Produced offline with @openai/agents and a scripted fake Chat Completions model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const dossierClient = tool({
  name: 'dossier_client',
  description: 'Ouvre le dossier voyage du client.',
  parameters: z.object({ dossier: z.string() }),
  execute: async ({ dossier }) => JSON.stringify({ dossier, client: 'M. Théo Garnier', voyageurs: 2, fidelite: 'Argent', notes: 'Fauteuil roulant (voyageur 2)' }),
});

const rechercherHotels = tool({
  name: 'rechercher_hotels',
  description: 'Recherche des hôtels disponibles.',
  parameters: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int() }),
  execute: async () => JSON.stringify({ resultats: [
    { hotel_id: 'LYS-0192', nom: 'Hôtel des Célestins', prix_nuit_eur: 138, chambre: 'Double accessible PMR', etage: 'rez-de-chaussée' },
    { hotel_id: 'LYS-0457', nom: 'Maison Bellecour', prix_nuit_eur: 219, chambre: 'Double Supérieure', etage: '3e, sans ascenseur' },
  ] }),
});

const reserverChambre = tool({
  name: 'reserver_chambre',
  description: 'Réserve une chambre et débite l\'acompte.',
  parameters: z.object({ dossier: z.string(), hotel_id: z.string(), arrivee: z.string(), depart: z.string(), chambre: z.string() }),
  execute: async ({ hotel_id, chambre }) => JSON.stringify({ confirmation: 'RSV-7QK2-LY', hotel_id, chambre, total_eur: 657, acompte_eur: 197.1, annulation: 'non remboursable' }),
});

const model = scriptedModel([
  // Accueil
  { tool_calls: [{ name: 'dossier_client', args: { dossier: 'VYG-88-4412' } }] },
  { tool_calls: [{ name: 'transfer_to_Reservation', args: {} }] },
  // Réservation (sees only the brief)
  { tool_calls: [{ name: 'rechercher_hotels', args: { ville: 'Lyon', arrivee: '2026-03-12', depart: '2026-03-15', voyageurs: 2 } }] },
  { tool_calls: [{ name: 'reserver_chambre', args: { dossier: 'VYG-88-4412', hotel_id: 'LYS-0457', arrivee: '2026-03-12', depart: '2026-03-15', chambre: 'Double Supérieure' } }] },
  { content: 'C\'est réservé ! Maison Bellecour, chambre Double Supérieure, du 12 au 15 mars 2026 (3 nuits, 657 € au total, acompte de 197,10 € débité). Confirmation RSV-7QK2-LY. Tarif non remboursable.' },
], { seed: 'voyage-ma6' });

const reservation = new Agent({
  name: 'Reservation',
  instructions: 'Tu es l\'agent de réservation. Trouve et réserve la meilleure chambre pour la demande transmise.',
  model, tools: [rechercherHotels, reserverChambre],
});

const versReservation = handoff(reservation, {
  inputFilter: (data) => ({
    ...data,
    inputHistory: 'Dossier VYG-88-4412 : le client souhaite un hôtel à Lyon pour 2 personnes du 12 au 15 mars 2026. Merci de réserver.',
    preHandoffItems: [],
    newItems: [],
  }),
});

const accueil = new Agent({
  name: 'Accueil',
  instructions: 'Tu accueilles les clients de l\'agence, tu ouvres leur dossier et tu transmets la demande à l\'agent compétent.',
  model, tools: [dossierClient], handoffs: [versReservation],
});

const runner = new Runner({ groupId: 'conv_fr_9b31e0', workflowName: 'Agence Rhône Voyages', traceMetadata: { user_id: 'client-VYG-88-4412' } });
await runner.run(accueil, 'Bonjour, dossier VYG-88-4412. Il me faut un hôtel à Lyon du 12 au 15 mars pour nous deux. Budget maximum 150 € la nuit, et la chambre doit absolument être accessible en fauteuil roulant (ma femme se déplace en fauteuil).');
writeTrace(here, 'trace.jsonl');
