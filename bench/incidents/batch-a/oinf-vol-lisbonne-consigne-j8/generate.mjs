// Conseiller voyages d'une agence d'affaires : un agent LangGraph.js qui confie la réservation à un
// sous-agent (un second graphe appelé depuis l'outil confier_reservation), modèles scriptés, tracé
// OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');
const { context } = await load('@opentelemetry/api');
const { setAttributes } = await load('@arizeai/openinference-core');

const tr = tracing('voyages-affaires', { 'deployment.environment': 'production' });
const asAgent = (name, fn) => context.with(setAttributes(context.active(), { 'agent.name': name }), fn);

// --- sous-agent de réservation -------------------------------------------------------------
const rechercherVols = tool(async ({ origine, destination, date }) => JSON.stringify({
  origine, destination, date, devise: 'EUR',
  offres: [
    { offre: 'OF-1', vol: 'TP 473', depart: '06:40', arrivee: '08:05', tarif: 'Discount', bagage_soute: 0, prix: 96.0 },
    { offre: 'OF-2', vol: 'TP 479', depart: '10:15', arrivee: '11:40', tarif: 'Classic', bagage_soute: 1, prix: 214.0 },
    { offre: 'OF-3', vol: 'U2 4521', depart: '13:50', arrivee: '15:20', tarif: 'Standard + bagage', bagage_soute: 1, prix: 168.5 },
    { offre: 'OF-4', vol: 'TP 481', depart: '18:30', arrivee: '19:55', tarif: 'Classic', bagage_soute: 1, prix: 231.0 },
  ],
}), {
  name: 'rechercher_vols',
  description: 'Recherche les vols disponibles (GDS) pour un trajet et une date.',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string() }),
});

const reserverVol = tool(async ({ offre, voyageur, dossier }) => JSON.stringify({
  pnr: 'Q7XK2M', offre, voyageur, dossier, statut: 'HK', emission: 'billet émis', montant: offre === 'OF-1' ? 96.0 : null,
}), {
  name: 'reserver_vol',
  description: 'Réserve et émet le billet pour une offre retournée par rechercher_vols.',
  schema: z.object({ offre: z.string(), voyageur: z.string(), dossier: z.string() }),
});

const modeleReservation = new ScriptedChatModel({
  model: 'gpt-4o-mini-2024-07-18',
  replies: [
    { content: '', tool_calls: [{ name: 'rechercher_vols', args: { origine: 'LYS', destination: 'LIS', date: '2025-03-14' } }] },
    { content: '', tool_calls: [{ name: 'reserver_vol', args: { offre: 'OF-1', voyageur: 'DURAND/CLAIRE MME', dossier: 'DSR-2025-04417' } }] },
    { content: 'Billet émis : TP 473 Lyon 06:40 → Lisbonne 08:05 le 14/03, tarif Discount, 96,00 €. PNR Q7XK2M, '
      + 'dossier DSR-2025-04417. C\'était l\'offre la moins chère disponible.' },
  ],
});
const agentReservation = await reactGraph({ model: modeleReservation, tools: [rechercherVols, reserverVol], name: 'agent_reservation' });

const confierReservation = tool(async ({ consigne }) => {
  const out = await asAgent('agent_reservation', () => agentReservation.invoke({ messages: [
    new SystemMessage('Tu es l\'agent de réservation aérienne. Exécute la consigne reçue : recherche les vols, '
      + 'choisis la meilleure offre et émets le billet. Réponds en une phrase avec le PNR.'),
    new HumanMessage(consigne),
  ] }));
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'confier_reservation',
  description: 'Confie une réservation de vol à l\'agent de réservation. `consigne` : la demande à exécuter.',
  schema: z.object({ consigne: z.string() }),
});

const profilVoyageur = tool(async ({ client }) => JSON.stringify({
  client, nom: 'DURAND/CLAIRE MME', societe: 'Biotech Rhône SAS', dossier: 'DSR-2025-04417',
  carte_fidelite: 'TP Miles&Go 448210771', politique_voyage: 'économique, plafond 250 € HT par trajet court-courrier',
}), {
  name: 'profil_voyageur',
  description: 'Profil du voyageur (nom GDS, société, dossier, politique voyage).',
  schema: z.object({ client: z.string() }),
});

// --- conseiller (agent principal) ---------------------------------------------------------
const modeleConseiller = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    { content: '', tool_calls: [{ name: 'profil_voyageur', args: { client: 'CLI-448210' } }] },
    { content: 'Je transmets la réservation à notre agent de réservation.', tool_calls: [{ name: 'confier_reservation', args: {
      consigne: 'Réserver un aller simple Lyon (LYS) → Lisbonne (LIS) le 14/03/2025 pour DURAND/CLAIRE MME, '
        + 'dossier DSR-2025-04417, classe économique.' } }] },
    { content: 'C\'est réservé, Madame Durand : vol TP 473 le vendredi 14 mars, départ de Lyon à 06:40, arrivée à '
      + 'Lisbonne à 08:05, pour 96,00 €. Votre PNR est Q7XK2M (dossier DSR-2025-04417). Bon séjour au salon !' },
  ],
});
const conseiller = await reactGraph({ model: modeleConseiller, tools: [profilVoyageur, confierReservation], name: 'conseiller_voyages' });

const thread = 'conv-7be1c0d2-lys-lis';
await tr.turn({ userId: 'CLI-448210' }, () => asAgent('conseiller_voyages', () => conseiller.invoke({ messages: [
  new SystemMessage('Tu es le conseiller voyages de l\'agence. Recueille les contraintes du voyageur, consulte son '
    + 'profil, puis confie la réservation à l\'agent de réservation avec toutes les informations utiles.'),
  new HumanMessage('Bonjour, il me faut un vol Lyon → Lisbonne le vendredi 14 mars pour le salon Biotech. '
    + 'Impérativement avec un bagage en soute (je transporte du matériel de démonstration de 18 kg) et pas de départ '
    + 'avant 9h, je viens de Grenoble le matin même. Merci de réserver directement.'),
] }, { metadata: { thread_id: thread }, configurable: { thread_id: thread } })));

tr.write(path.join(here, 'traces.jsonl'));
