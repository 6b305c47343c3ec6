// Agent de transit (commissionnaire) : LangGraph.js + outils de la plateforme TMS, modèle scénarisé,
// spans OpenInference écrits en OTLP/JSON (hors ligne, sans clé).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('transitaire-agent', { 'deployment.environment': 'production', 'service.namespace': 'tms' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

// Système amont : l'ERP du fournisseur américain (réponse telle qu'il la renvoie).
const lireCommande = tool(async ({ po }) => JSON.stringify({
  po_number: po, supplier: 'Midwest Fasteners Inc.', ship_from: '2250 S Ashland Ave, Chicago, IL 60608, USA',
  incoterm: 'FCA Chicago', ready_date: '03/14/2025', pallets: 6, pallet_type: '48x40 GMA',
  gross_weight: '4,850 lb', declared_value: 'USD 38,400.00', hs_code: '7318.15', hazmat: false,
}), { name: 'lire_commande_fournisseur', description: 'Lit une commande fournisseur dans le portail achats (données du fournisseur).',
  schema: z.object({ po: z.string() }) });

const grille = [[1000, 690], [2000, 1080], [3000, 1420], [5000, 2140], [8000, 2960]];
const calculerTarif = tool(async ({ origine, destination, poids_kg, palettes }) => {
  const [max, prix] = grille.find(([m]) => poids_kg <= m) ?? [24000, 5200];
  const min = grille[grille.findIndex(([m]) => m === max) - 1]?.[0] ?? 0;
  return JSON.stringify({ origine, destination, palettes, poids_taxable_kg: poids_kg,
    tranche: `${min + 1}-${max} kg`, tarif_usd: prix.toFixed(2), vehicule: max > 3000 ? 'porteur 19 t' : 'porteur 7,5 t',
    validite: '2025-03-21' });
}, { name: 'calculer_tarif', description: 'Cotation pré-acheminement + fret (grille LCL 2025).',
  schema: z.object({ origine: z.string(), destination: z.string(), poids_kg: z.number().describe('Poids brut en kilogrammes'),
    palettes: z.number().int() }) });

const reserver = tool(async (a) => JSON.stringify({ reservation: 'ENL-US-25-03-0391', statut: 'CONFIRMEE',
  transporteur: 'Lakeshore Cartage LLC', vehicule: a.poids_kg > 3000 ? 'porteur 19 t' : 'porteur 7,5 t',
  date_enlevement: a.date_enlevement, poids_kg: a.poids_kg, palettes: a.palettes, montant_usd: a.tarif_usd,
  consolidation: 'CHI-LEH semaine 12' }), {
  name: 'reserver_enlevement', description: 'Réserve l\'enlèvement chez le fournisseur et la place en groupage.',
  schema: z.object({ reference_po: z.string(), date_enlevement: z.string().describe('AAAA-MM-JJ'),
    poids_kg: z.number().describe('Poids brut en kilogrammes'), palettes: z.number().int(), tarif_usd: z.string(),
    adresse_enlevement: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ name: 'lire_commande_fournisseur', args: { po: 'PO-77812' } }] },
  { tool_calls: [{ name: 'calculer_tarif', args: { origine: 'Chicago, IL', destination: 'Le Havre', poids_kg: 4850, palettes: 6 } }] },
  { tool_calls: [{ name: 'reserver_enlevement', args: { reference_po: 'PO-77812', date_enlevement: '2025-03-14',
    poids_kg: 4850, palettes: 6, tarif_usd: '2140.00', adresse_enlevement: '2250 S Ashland Ave, Chicago, IL 60608, USA' } }] },
  { content: 'C\'est réservé ✅\n\n'
    + '- Réservation : ENL-US-25-03-0391 (Lakeshore Cartage LLC)\n'
    + '- Enlèvement : vendredi 14/03/2025, 2250 S Ashland Ave, Chicago\n'
    + '- Marchandise : 6 palettes, 4 850 kg bruts — porteur 19 t\n'
    + '- Coût : 2 140,00 USD (tranche 3 001–5 000 kg), groupage CHI-LEH semaine 12\n\n'
    + 'Je vous envoie la confirmation dès que le transporteur a validé le créneau.' },
] });

const app = await reactGraph({ model, tools: [lireCommande, calculerTarif, reserver], name: 'agent_transit' });
const conv = 'tms-conv-884213';
await t.turn({ userId: 'ope.leblanc@transit-leh.fr' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l\'assistant d\'exploitation de Transit LEH. Pour chaque enlèvement : lis la commande fournisseur, obtiens une cotation, puis réserve. Les outils attendent des poids en kilogrammes et des dates AAAA-MM-JJ.'),
  new HumanMessage('Salut, tu peux organiser l\'enlèvement de la PO-77812 chez Midwest Fasteners à Chicago pour le groupage vers Le Havre ? Au meilleur tarif stp.'),
] }, { metadata: { conversation_id: conv, agence: 'LEH' } }));
t.write(path.join(here, 'traces.jsonl'));
