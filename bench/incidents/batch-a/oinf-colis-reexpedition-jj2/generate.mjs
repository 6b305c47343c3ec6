// Service client d'une boutique en ligne (LangGraph.js + modèle scripté), tracé OpenInference (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage } = await load('@langchain/core/messages');

const t = tracing('sav-maisonlune', { 'deployment.environment': 'prod-par' });

let suiviAppels = 0;
const suivreColis = tool(async ({ numero_suivi }) => {
  suiviAppels += 1;
  if (suiviAppels === 1) throw new Error('upstream carrier API: 504 Gateway Timeout after 10000ms (GET /v2/parcels/' + numero_suivi + '/events)');
  return JSON.stringify({ numero_suivi, transporteur: 'Colissimo', statut: 'RETOUR_EXPEDITEUR',
    evenements: [
      { date: '2024-03-08T09:41:00+01:00', libelle: 'Pris en charge sur le site de Gonesse' },
      { date: '2024-03-09T06:12:00+01:00', libelle: 'Colis endommagé constaté à la plateforme de Wissous' },
      { date: '2024-03-11T15:30:00+01:00', libelle: 'Retour à l\'expéditeur en cours' } ] });
}, { name: 'suivre_colis', description: 'Événements de suivi transporteur pour un colis.', schema: z.object({ numero_suivi: z.string() }) });

const commande = tool(async ({ commande_id }) => JSON.stringify({ commande_id, client: 'Léa Marchand', articles: [{ sku: 'LMP-ARC-038', libelle: 'Lampe Arc laiton', qte: 1, prix: '149,00 €' }],
  numero_suivi: '6A21834500917', adresse: '14 rue des Tanneurs, 69002 Lyon', stock_reexpedition: { 'LMP-ARC-038': 7 } }),
{ name: 'lire_commande', description: 'Détail d\'une commande client.', schema: z.object({ commande_id: z.string() }) });

const reexpedier = tool(async ({ commande_id, sku, motif }) => JSON.stringify({ commande_id, sku, motif, nouvelle_expedition: 'EXP-2024-031288', livraison_estimee: '2024-03-15' }),
  { name: 'creer_reexpedition', description: 'Crée une réexpédition gratuite d\'un article.', schema: z.object({ commande_id: z.string(), sku: z.string(), motif: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'lire_commande', args: { commande_id: 'ML-558120' } }] },
  { content: '', tool_calls: [{ name: 'suivre_colis', args: { numero_suivi: '6A21834500917' } }] },
  { content: 'Le service du transporteur ne répond pas pour l\'instant, je réessaie.', tool_calls: [{ name: 'suivre_colis', args: { numero_suivi: '6A21834500917' } }] },
  { content: '', tool_calls: [{ name: 'creer_reexpedition', args: { commande_id: 'ML-558120', sku: 'LMP-ARC-038', motif: 'Colis endommagé en transit, retour expéditeur (suivi 6A21834500917)' } }] },
  { content: 'Bonjour Léa, désolée pour ce contretemps. D\'après Colissimo, votre colis a été endommagé le 9 mars sur la plateforme de Wissous et il nous est retourné. Je vous ai renvoyé une lampe Arc laiton neuve sans frais (expédition EXP-2024-031288), livraison prévue le 15 mars au 14 rue des Tanneurs. Vous n\'avez rien à faire pour le colis abîmé.' },
] });
const system = new SystemMessage('Tu es l\'assistante du service client de Maison Lune. Ne crée une réexpédition que si le transporteur confirme une perte ou un dommage.');
const app = await reactGraph({ model, tools: [commande, suivreColis, reexpedier], prepare: (m) => [system, ...m], name: 'sav-agent' });

await t.turn({ userId: 'cli_88f0a2' }, () => app.invoke(
  { messages: [{ role: 'user', content: 'Bonjour, ma commande ML-558120 (une lampe) devait arriver lundi et je n\'ai toujours rien. Le suivi ne bouge plus depuis samedi. Vous pouvez regarder ?' }] },
  { configurable: { thread_id: 'zd-4471093' }, metadata: { conversation_id: 'zd-4471093' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
