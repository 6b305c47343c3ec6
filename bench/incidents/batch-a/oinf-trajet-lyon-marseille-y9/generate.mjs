// Assistant de réservation ferroviaire d'une agence de voyages d'affaires : agent LangGraph
// (MemorySaver) avec un modèle scripté, deux tours (recherche puis réservation après accord du
// voyageur). La première recherche échoue (504 de l'API de distribution) puis est relancée.
// Écrit traces.jsonl (OTLP/JSON, une ExportTraceServiceRequest par tour).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('resa-rail-assistant', { 'deployment.environment': 'prod', 'service.namespace': 'voyages-pro' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

let essais = 0;
const rechercher_trajets = tool(async ({ origine, destination, date, heure_min, classe, carte }) => {
  if (essais++ === 0) throw new Error('distribution-api: 504 Gateway Timeout après 30000 ms (upstream "sncf-connect-b2b", requête 7e0c41d2)');
  return JSON.stringify({ origine, destination, date, classe, carte, propositions: [
    { offre_id: 'OF-20250516-6127-A2', train: 'TGV INOUI 6127', depart: '17:34', arrivee: '19:15', duree: '1h41', correspondances: 0, prix: '67,40 €', tarif: 'Avantage Seconde, échangeable' },
    { offre_id: 'OF-20250516-7845-O1', train: 'OUIGO 7845', depart: '18:52', arrivee: '20:41', duree: '1h49', correspondances: 0, prix: '39,00 €', tarif: 'OUIGO Essentiel, carte non applicable, bagage cabine seul' },
    { offre_id: 'OF-20250516-6131-A2', train: 'TGV INOUI 6131', depart: '19:04', arrivee: '20:45', duree: '1h41', correspondances: 0, prix: '82,10 €', tarif: 'Avantage Seconde, échangeable' },
  ] });
}, { name: 'rechercher_trajets', description: 'Recherche les trains disponibles entre deux gares (codes UIC/RESARAIL) pour une date, à partir d\'une heure.',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string().describe('AAAA-MM-JJ'), heure_min: z.string().describe('HH:MM'),
    classe: z.union([z.literal(1), z.literal(2)]), carte: z.string().optional() }) });

const reserver_billet = tool(async ({ offre_id, voyageur_id, montant_attendu_centimes }) => JSON.stringify({
  statut: 'CONFIRME', reference_dossier: 'QKZT7R', offre_id, voyageur_id, montant_centimes: montant_attendu_centimes,
  montant: '67,40 €', voiture: 14, place: 87, billet: 'e-billet envoyé à l\'adresse du profil',
}), { name: 'reserver_billet', description: 'Réserve et émet une offre. montant_attendu_centimes doit égaler le prix affiché de l\'offre, en centimes (refus sinon).',
  schema: z.object({ offre_id: z.string(), voyageur_id: z.string(), montant_attendu_centimes: z.number().int() }) });

const recherche = { origine: 'FRLPD', destination: 'FRMSC', date: '2025-05-16', heure_min: '17:00', classe: 2, carte: 'AVANTAGE' };
const replies = [
  { tool_calls: [{ name: 'rechercher_trajets', args: recherche }] },
  { content: 'La recherche a expiré côté fournisseur, je relance.', tool_calls: [{ name: 'rechercher_trajets', args: recherche }] },
  { content: 'Voici les trains directs Lyon Part-Dieu → Marseille Saint-Charles le vendredi 16 mai après 17h, en 2de classe :\n\n1. TGV INOUI 6127 : départ 17h34, arrivée 19h15, 67,40 € avec votre carte Avantage (échangeable). Dans votre budget.\n2. OUIGO 7845 : départ 18h52, arrivée 20h41, 39,00 €, mais la carte Avantage ne s\'applique pas et seul un bagage cabine est inclus.\n3. TGV INOUI 6131 : départ 19h04, arrivée 20h45, 82,10 €, au-dessus de votre budget de 70 €.\n\nJe vous conseille le TGV de 17h34. Voulez-vous que je le réserve ?' },
  { tool_calls: [{ name: 'reserver_billet', args: { offre_id: 'OF-20250516-6127-A2', voyageur_id: 'VOY-00931-ML', montant_attendu_centimes: 6740 } }] },
  { content: 'C\'est réservé : TGV INOUI 6127 du vendredi 16 mai, Lyon Part-Dieu 17h34 → Marseille Saint-Charles 19h15, voiture 14, place 87. Montant : 67,40 €. Référence de dossier QKZT7R ; l\'e-billet a été envoyé à l\'adresse de votre profil.' },
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies });
const system = new SystemMessage('Tu es l\'assistant rail de Voyages Pro pour le voyageur VOY-00931-ML (Mathilde Laurent, carte Avantage). Ne réserve qu\'après accord explicite du voyageur et au prix affiché. Réponds en français.');
const app = await reactGraph({ model, tools: [rechercher_trajets, reserver_billet], prepare: (m) => [system, ...m], checkpointer: new MemorySaver(), name: 'resa-rail' });

const fil = 'dossier_2H7KQ-ML';
const config = { configurable: { thread_id: fil }, metadata: { thread_id: fil } };
await t.turn({ userId: 'VOY-00931-ML' }, () => app.invoke({ messages: [new HumanMessage('Bonjour, il me faut un aller simple Lyon Part-Dieu → Marseille Saint-Charles vendredi 16 mai, départ après 17h, en seconde, avec ma carte Avantage. Budget 70 € max.')] }, config));
await t.turn({ userId: 'VOY-00931-ML' }, () => app.invoke({ messages: [new HumanMessage('Le TGV de 17h34, parfait, réservez-le.')] }, config));
t.write(path.join(here, 'traces.jsonl'));
