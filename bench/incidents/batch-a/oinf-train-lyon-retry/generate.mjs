// Assistant de réservation ferroviaire d'une agence de voyages d'affaires (français) : agent
// LangGraph.js avec recherche d'horaires et réservation. Le premier appel à la recherche échoue
// (délai dépassé côté GDS), le second réussit. Traced by @arizeai/openinference-instrumentation-langchain.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('voyages-pro-assistant', { 'deployment.environment': 'production', 'service.version': '3.2.0' });
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

let tentatives = 0;
const rechercher = tool(async ({ depart, arrivee, date, arrivee_avant }) => {
  if (++tentatives === 1) throw new Error('GDS Amadeus Rail: 504 Gateway Timeout après 30000 ms (requête RQ-7f3e21)');
  return JSON.stringify({ depart, arrivee, date, resultats: [
    { train: 'TGV INOUI 6607', depart: '06:04', arrivee: '08:00', classe: '2nde', tarif: 'Pro Flex', prix_eur: 118.0, places: 41 },
    { train: 'TGV INOUI 6611', depart: '07:04', arrivee: '09:00', classe: '2nde', tarif: 'Pro Flex', prix_eur: 131.0, places: 12 },
    { train: 'OUIGO 7805', depart: '07:52', arrivee: '09:56', classe: '2nde', tarif: 'Essentiel', prix_eur: 49.0, places: 3 },
  ].filter((r) => !arrivee_avant || r.arrivee <= arrivee_avant) });
}, { name: 'rechercher_trains', description: 'Recherche les trains disponibles entre deux gares pour une date.',
  schema: z.object({ depart: z.string(), arrivee: z.string(), date: z.string().describe('AAAA-MM-JJ'), arrivee_avant: z.string().optional().describe('HH:MM') }) });

const reserver = tool(async ({ train, date, voyageur, tarif }) => JSON.stringify({ statut: 'confirmé', dossier: 'QXK7PL',
  train, date, voyageur, tarif, voiture: 14, place: 63, prix_eur: 118.0, centre_de_cout: 'CC-4120-VENTES' }), {
  name: 'reserver_billet', description: 'Réserve un billet pour un voyageur de l’entreprise.',
  schema: z.object({ train: z.string(), date: z.string(), voyageur: z.string(), tarif: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'rechercher_trains', args: { depart: 'Paris Gare de Lyon', arrivee: 'Lyon Part-Dieu', date: '2025-04-09', arrivee_avant: '09:30' } }] },
  { tool_calls: [{ name: 'rechercher_trains', args: { depart: 'Paris Gare de Lyon', arrivee: 'Lyon Part-Dieu', date: '2025-04-09', arrivee_avant: '09:30' } }] },
  { content: 'Voici les trains du mercredi 9 avril arrivant à Lyon Part-Dieu avant 9h30 :\n1. TGV INOUI 6607 — départ 06:04, arrivée 08:00, Pro Flex, 118,00 € (41 places)\n2. TGV INOUI 6611 — départ 07:04, arrivée 09:00, Pro Flex, 131,00 € (12 places)\nLa recherche a d’abord expiré côté GDS ; ces résultats viennent du second essai. Lequel souhaitez-vous ?' },
  { tool_calls: [{ name: 'reserver_billet', args: { train: 'TGV INOUI 6607', date: '2025-04-09', voyageur: 'Claire Dumont', tarif: 'Pro Flex' } }] },
  { content: 'C’est réservé : TGV INOUI 6607 le 9 avril, départ 06:04 de Paris Gare de Lyon, arrivée 08:00 à Lyon Part-Dieu. Voiture 14, place 63, tarif Pro Flex à 118,00 €, imputé sur CC-4120-VENTES. Référence du dossier : QXK7PL.' },
] });

const app = await reactGraph({ model, tools: [rechercher, reserver], checkpointer: new MemorySaver(), name: 'assistant_voyages' });
const sessionId = 'conv_01JPB3X9K7M2QZ4R8T6V0W5YHN';
const cfg = { configurable: { thread_id: sessionId }, metadata: { conversation_id: sessionId, societe: 'Lumière Industries', canal: 'web' } };
const userId = 'cdumont@lumiere-industries.fr';

await t.turn({ userId }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l’assistant de réservation de Voyages Pro pour les salariés de Lumière Industries. Politique voyage : seconde classe, billets échangeables uniquement. Ne donne que des horaires et des prix issus de rechercher_trains. En cas d’erreur technique, réessaie une fois avant de prévenir le voyageur.'),
  new HumanMessage('Bonjour, j’ai besoin d’un aller Paris → Lyon mercredi 9 avril, il faut que je sois à Part-Dieu avant 9h30 pour un rendez-vous client.'),
] }, cfg));
await t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage('Le premier, celui de 6h04. Merci !')] }, cfg));

t.write(path.join(here, 'traces.otlp.jsonl'));
