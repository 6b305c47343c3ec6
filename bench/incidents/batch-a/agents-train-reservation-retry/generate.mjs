// Travel agency assistant (French). The train search fails once with a 503; the agent retries the
// same search, gets real results, proposes them, and books what the traveller chose at the price
// the search returned. A clean run.
// Two user turns in one conversation (two traces with the same group id). Scripted fake model,
// real @openai/agents runtime, traces written by a file trace processor.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const asText = (_ctx, err) => `Erreur : ${err.message}`;

let searches = 0;
const rechercherTrains = tool({
  name: 'rechercher_trains',
  description: 'Recherche les trains disponibles entre deux gares pour une date, avec les tarifs pour les voyageurs indiqués.',
  parameters: z.object({ depart: z.string(), arrivee: z.string(), date: z.string(), apres: z.string(), voyageurs: z.number().int(), carte: z.string() }),
  errorFunction: asText,
  execute: async ({ depart, arrivee, date }) => {
    if (searches++ === 0) throw new Error('HTTP 503 Service Unavailable — distributeur ferroviaire (gds-rail) : réessayez dans quelques secondes');
    return JSON.stringify({ depart, arrivee, date, devise: 'EUR', trajets: [
      { train: 'TGV INOUI 6603', depart: '07:00', arrivee: '08:56', places: 14, prix_total: '118,00', classe: '2de' },
      { train: 'TGV INOUI 6605', depart: '08:00', arrivee: '09:56', places: 3, prix_total: '146,00', classe: '2de' },
      { train: 'OUIGO 7813', depart: '09:52', arrivee: '12:01', places: 41, prix_total: '58,00', classe: 'standard', note: 'départ Paris Gare de Bercy, bagage cabine seul inclus' },
    ] });
  },
});
const reserverBillets = tool({
  name: 'reserver_billets',
  description: 'Réserve et émet les billets pour un train donné.',
  parameters: z.object({ train: z.string(), date: z.string(), voyageurs: z.array(z.string()), prix_attendu: z.string() }),
  execute: async ({ train, date, voyageurs, prix_attendu }) => JSON.stringify({
    statut: 'émis', dossier: 'QX7T2L', train, date, voyageurs, prix_total: prix_attendu, devise: 'EUR', voitures: 'voiture 14, places 63 et 64',
  }),
});

const ARGS = { depart: 'Paris Gare de Lyon', arrivee: 'Lyon Part-Dieu', date: '2025-12-19', apres: '07:00', voyageurs: 2, carte: 'Avantage Adulte' };
const model = scriptedModel([
  { tool_calls: [{ name: 'rechercher_trains', args: ARGS }] },
  { tool_calls: [{ name: 'rechercher_trains', args: ARGS }] },
  { content: 'Voici les trains du vendredi 19 décembre au matin, pour 2 voyageurs avec carte Avantage :\n'
    + '1. TGV INOUI 6603 — 07h00 → 08h56, 118,00 € au total (14 places restantes)\n'
    + '2. TGV INOUI 6605 — 08h00 → 09h56, 146,00 € au total (3 places restantes)\n'
    + '3. OUIGO 7813 — 09h52 → 12h01, 58,00 € au total, départ de Paris Bercy, bagage cabine seul inclus\n'
    + 'Lequel souhaitez-vous réserver ?' },
  { tool_calls: [{ name: 'reserver_billets', args: { train: 'TGV INOUI 6603', date: '2025-12-19', voyageurs: ['Camille Roux', 'Hugo Roux'], prix_attendu: '118,00' } }] },
  { content: 'C\'est réservé : TGV INOUI 6603 le 19 décembre, départ 07h00 de Paris Gare de Lyon, arrivée 08h56 à Lyon Part-Dieu. '
    + 'Dossier QX7T2L, voiture 14, places 63 et 64, 118,00 € au total pour Camille et Hugo Roux. Les e-billets partent par e-mail.' },
], { seed: 'train-retry' });

const agent = new Agent({
  name: 'Conseiller Voyages',
  instructions: 'Tu es le conseiller de l\'agence Voyages Rhône-Alpes. Tu vouvoies le client. Cherche les trains demandés, '
    + 'propose les options avec leurs prix exacts, et ne réserve qu\'après le choix explicite du client. '
    + 'Si un outil échoue pour une raison temporaire, réessaie avant de répondre.',
  model, tools: [rechercherTrains, reserverBillets],
});

const runner = new Runner({
  groupId: 'conv_01JEZ8M3Q4W7RB2K9T6YHN5DPC', workflowName: 'Agence - réservations train',
  traceMetadata: { user_id: 'client-88125', agence: 'lyon-bellecour' },
});
const first = await runner.run(agent, 'Bonjour, il nous faudrait un Paris → Lyon le vendredi 19 décembre, le matin, à partir de 7h, '
  + 'pour deux adultes (Camille et Hugo Roux), on a tous les deux la carte Avantage.');
await runner.run(agent, [...first.history, user('Le premier, celui de 7h, parfait. Vous pouvez réserver.')]);
writeTrace(here, 'traces.jsonl');
