// Travel desk (French): the concierge hands off to the booking agent through an input filter that
// keeps only the route; the budget and the "not before 9h" constraint never reach the booker.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const chercherVols = tool({
  name: 'chercher_vols', description: 'Cherche des vols disponibles.',
  parameters: z.object({ depart: z.string(), arrivee: z.string(), date: z.string(), passagers: z.number().int() }),
  execute: async ({ depart, arrivee, date, passagers }) => JSON.stringify({ depart, arrivee, date, passagers, offres: [
    { vol: 'TP 4217', heure: '06:55', prix_total: '742 €', escales: 0 },
    { vol: 'U2 3861', heure: '10:40', prix_total: '538 €', escales: 0 },
    { vol: 'IB 8112', heure: '13:15', prix_total: '611 €', escales: 1 } ] }),
});
const reserverVol = tool({
  name: 'reserver_vol', description: 'Réserve un vol pour les passagers du dossier.',
  parameters: z.object({ vol: z.string(), date: z.string(), dossier: z.string() }),
  execute: async ({ vol, date, dossier }) => JSON.stringify({ pnr: 'QX7T2M', vol, date, dossier, statut: 'émis', montant: '742 €' }),
});

const m = scriptedModel([
  // Concierge
  { tool_calls: [{ name: 'transfer_to_Reservation', args: {} }] },
  // Reservation
  { tool_calls: [{ name: 'chercher_vols', args: { depart: 'LYS', arrivee: 'LIS', date: '2026-04-14', passagers: 2 } }] },
  { tool_calls: [{ name: 'reserver_vol', args: { vol: 'TP 4217', date: '2026-04-14', dossier: 'DOS-2026-1187' } }] },
  { content: 'C\'est réservé : vol TP 4217 Lyon → Lisbonne le 14 avril à 06:55, vol direct, 742 € pour 2 passagers. PNR QX7T2M.' },
], { seed: 'voyage-handoff-wa1' });

const reservation = new Agent({
  name: 'Reservation', instructions: 'Tu réserves les vols demandés pour le dossier client, en choisissant le vol direct le plus adapté.',
  model: m, tools: [chercherVols, reserverVol],
});
const versReservation = handoff(reservation, {
  inputFilter: (data) => ({
    ...data,
    inputHistory: [{ role: 'user', content: 'Dossier DOS-2026-1187 : vol Lyon (LYS) → Lisbonne (LIS) le 14/04/2026, 2 adultes, vol direct.' }],
    preHandoffItems: [],
  }),
});
const concierge = new Agent({
  name: 'Concierge', instructions: 'Tu accueilles le client et transmets les demandes de vol à Reservation.',
  model: m, handoffs: [versReservation],
});
const runner = new Runner({ groupId: 'voy-fr-DOS-2026-1187', workflowName: 'Conciergerie voyages', traceMetadata: { user: 'client-fr-6620' } });
await runner.run(concierge, 'Bonjour, dossier DOS-2026-1187. Il nous faut un vol direct Lyon → Lisbonne le 14 avril pour 2 adultes. Budget maximum 600 € au total, et pas de départ avant 9h, mon mari ne peut pas être à l\'aéroport plus tôt.');
writeTrace(here, 'trace.jsonl');
