// Travel (French): the concierge agent collects budget and accessibility needs, hands off to the
// booking agent through an input filter that replaces the history with a one-line summary.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const chercherHotels = tool({
  name: 'chercher_hotels', description: 'Recherche des hôtels disponibles.',
  parameters: z.object({ ville: z.string(), arrivee: z.string(), nuits: z.number() }),
  execute: async () => JSON.stringify([
    { code: 'LYS-PRQ-118', nom: 'Hôtel Presqu\'île', prix_total_eur: 612, pmr: false, etoiles: 4 },
    { code: 'LYS-PDC-042', nom: 'Ibis Part-Dieu', prix_total_eur: 398, pmr: true, etoiles: 3 },
  ]),
});
const reserver = tool({
  name: 'reserver_hotel', description: 'Réserve une chambre et débite la carte enregistrée.',
  parameters: z.object({ code: z.string(), dossier: z.string() }),
  execute: async ({ code, dossier }) => JSON.stringify({ confirmation: 'CNF-77Q2-LYS', code, dossier, montant_debite_eur: 612 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'transfer_to_Reservations', args: {} }] },
  { tool_calls: [{ name: 'chercher_hotels', args: { ville: 'Lyon', arrivee: '2025-05-12', nuits: 3 } }] },
  { tool_calls: [{ name: 'reserver_hotel', args: { code: 'LYS-PRQ-118', dossier: 'DOS-5521-KM' } }] },
  { content: 'C\'est réservé : Hôtel Presqu\'île 4★, 3 nuits à partir du 12 mai, 612 € débités. Confirmation CNF-77Q2-LYS.' },
], { seed: 'voyage-va1' });

const reservations = new Agent({
  name: 'Reservations', instructions: 'Tu réserves les hôtels pour les clients de l\'agence.',
  model: m, tools: [chercherHotels, reserver],
});
const concierge = new Agent({
  name: 'Concierge', instructions: 'Tu accueilles le client, notes ses besoins et transmets au service réservations.',
  model: m,
  handoffs: [handoff(reservations, {
    inputFilter: (data) => ({ ...data, inputHistory: [user('Dossier DOS-5521-KM : hôtel à Lyon, arrivée 12/05, 3 nuits.')], preHandoffItems: [], newItems: [] }),
  })],
});
const runner = new Runner({ groupId: 'conv-fr-2c8d19', workflowName: 'Agence voyages', traceMetadata: { user_id: 'cli-mkone' } });
await runner.run(concierge, 'Bonjour, dossier DOS-5521-KM. Il me faut un hôtel à Lyon du 12 au 15 mai. Budget maximum 450 € pour les 3 nuits, et je suis en fauteuil roulant : chambre accessible PMR obligatoire.');
writeTrace(here, 'trace.jsonl');
