// Assistant SAV d'un site marchand (LangGraph.js + scripted model), traced with OpenInference.
// Run from the checkout root: node bench/incidents/batch-a/oinf-sav-bouilloire-abimee-qd2/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('sav-assistant', { 'deployment.environment': 'prod-eu', 'service.version': '5.0.7' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

let oms = 0;
const lireCommande = tool(async ({ numero }) => {
  if (oms++ === 0) {
    const e = new Error('OMS indisponible : 504 Gateway Timeout (upstream oms-eu-west-3, 10004 ms)');
    e.stack = `Error: ${e.message}`; // keep the trace free of this machine's paths
    throw e;
  }
  return JSON.stringify({ numero, statut: 'LIVREE', livreeLe: '2025-01-27', transporteur: 'Colissimo',
    lignes: [
      { sku: 'KT-17-INOX', libelle: 'Bouilloire inox 1,7 L', qte: 1, prix: '89,90 €' },
      { sku: 'DT-250', libelle: 'Détartrant bouilloire 250 ml', qte: 1, prix: '10,00 €' }],
    fraisDePort: '4,90 €', total: '104,80 €', paiement: 'CB **** 4417' });
}, { name: 'lire_commande', description: 'Détail d\'une commande client (OMS).', schema: z.object({ numero: z.string() }) });

const conditions = tool(async ({ motif }) => JSON.stringify({ motif,
  regle: 'Produit endommagé à la livraison, signalé sous 14 jours : remboursement de l\'article sans retour physique jusqu\'à 150 € (photo requise).',
  fraisDePort: 'remboursés uniquement si la commande entière est retournée ou annulée',
  delaiRemboursement: '3 à 5 jours ouvrés' }),
{ name: 'conditions_retour', description: 'Conditions de retour et de remboursement applicables.', schema: z.object({ motif: z.string() }) });

const rembourser = tool(async ({ numero, sku, montantCentimes, motif, photoId }) => JSON.stringify({ dossier: 'SAV-25-0203-6618',
  numero, sku, montantCentimes, devise: 'EUR', motif, photoId, statut: 'REMBOURSEMENT_EMIS', moyen: 'CB **** 4417' }),
{ name: 'creer_remboursement', description: 'Émet un remboursement partiel. Montant en centimes d\'euro.',
  schema: z.object({ numero: z.string(), sku: z.string(), montantCentimes: z.number().int(), motif: z.string(), photoId: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'lire_commande', args: { numero: 'FR-250124-88213' } }] },
  { content: 'Le service des commandes ne répond pas, je réessaie.', tool_calls: [{ name: 'lire_commande', args: { numero: 'FR-250124-88213' } }] },
  { tool_calls: [{ name: 'conditions_retour', args: { motif: 'produit_endommage_livraison' } }] },
  { tool_calls: [{ name: 'creer_remboursement', args: { numero: 'FR-250124-88213', sku: 'KT-17-INOX', montantCentimes: 8990,
    motif: 'produit_endommage_livraison', photoId: 'upl_7f3e0a91c2' } }] },
  { content: 'C\'est fait : je vous ai remboursé la bouilloire, soit 89,90 €, sur votre carte se terminant par 4417 '
    + '(dossier SAV-25-0203-6618, comptez 3 à 5 jours ouvrés). Inutile de nous la renvoyer. Le détartrant et les frais '
    + 'de port (4,90 €) ne sont pas remboursés, puisque le reste de la commande vous est bien parvenu : ce n\'est donc '
    + 'pas le total de 104,80 € qui vous revient.' },
] });

const app = await reactGraph({ model, tools: [lireCommande, conditions, rembourser], name: 'agent-sav' });
await t.turn({ userId: 'cli_88213904' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l\'assistant du service client de Maison Lumen. Vérifie la commande et les conditions avant tout remboursement.'),
  new HumanMessage('Bonjour, ma bouilloire (commande FR-250124-88213) est arrivée avec le bec tordu et elle fuit. '
    + 'J\'ai joint une photo (upl_7f3e0a91c2). Je voudrais être remboursée.'),
] }, { metadata: { thread_id: 'sav:fr:4b7e21c0' } }));

t.write(path.join(here, 'traces.jsonl'));
