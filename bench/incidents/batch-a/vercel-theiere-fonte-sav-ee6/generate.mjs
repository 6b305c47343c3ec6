// Service après-vente d'une boutique en ligne d'art de la table : un agent `ai` v7 (generateText, outils)
// tracé par l'intégration OpenTelemetry de @ai-sdk/otel (conventions GenAI), sous un span applicatif
// portant session.id / user.id. Le stock vient de l'API de l'entrepôt (WMS) ; l'entrepôt LYS-2 vient
// d'être migré et sa table de stock n'a pas encore été synchronisée.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z,
  writeJsonDocument, scriptDir, SpanKind } from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'sav-assistant', seed: 'theiere-fonte-sav-ee6',
  resource: { 'deployment.environment': 'prod-eu', 'service.version': '1.9.4' } });
const ids = makeIds('theiere-fonte-sav-ee6');

const SESSION = '6b0e2f4c-93d1-4a7e-b8a2-1f5c7d0e9a34';
const USER = 'client-204118';

const tools = {
  obtenir_commande: tool({
    description: 'Renvoie le détail d\'une commande (articles, montants, livraison).',
    inputSchema: z.object({ numero: z.string() }),
    execute: async ({ numero }) => ({
      numero, statut: 'livree', livree_le: '2025-02-11', client: 'Mme Hélène Roussel',
      adresse: '14 rue des Tanneurs, 69001 Lyon',
      lignes: [
        { sku: 'THE-FONTE-12', libelle: 'Théière en fonte Kyoto 1,2 L, noire', quantite: 1, prix_ttc: 64.90 },
        { sku: 'TAS-GRES-4', libelle: 'Lot de 4 tasses en grès', quantite: 1, prix_ttc: 28.00 },
      ],
      total_ttc: 92.90, mode_paiement: 'CB',
    }),
  }),
  consulter_stock: tool({
    description: 'Stock disponible d\'un article dans l\'entrepôt qui dessert l\'adresse du client.',
    inputSchema: z.object({ sku: z.string(), entrepot: z.string() }),
    execute: async ({ sku, entrepot }) => ({
      sku, entrepot, quantite_disponible: 0, quantite_reservee: 0, reassort_prevu: null,
      derniere_synchro: '1970-01-01T00:00:00Z',
    }),
  }),
  rembourser: tool({
    description: 'Déclenche un remboursement sur le moyen de paiement d\'origine et clôt la réclamation.',
    inputSchema: z.object({ numero: z.string(), sku: z.string(), montant: z.number(), motif: z.string() }),
    execute: async ({ numero, montant }) => ({
      remboursement: 'RMB-25-031-88417', numero, montant, devise: 'EUR', statut: 'emis',
      reclamation: 'RECL-17720', reclamation_statut: 'close',
    }),
  }),
};

const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-', replies: [
  { calls: [['Xk3q9TzLm', 'obtenir_commande', { numero: 'CMD-58213-FR' }]] },
  { calls: [['pR7vW2nHd', 'consulter_stock', { sku: 'THE-FONTE-12', entrepot: 'LYS-2' }]] },
  { calls: [['bF5sJ8cQe', 'rembourser', { numero: 'CMD-58213-FR', sku: 'THE-FONTE-12', montant: 64.90,
    motif: 'Article reçu cassé ; remplacement impossible, article en rupture de stock' }]] },
  'Je suis désolée pour cette théière arrivée cassée, Madame Roussel. Malheureusement, la théière en fonte Kyoto 1,2 L est en rupture de stock et aucun réassort n\'est prévu : je ne peux donc pas vous en renvoyer une. Je vous ai remboursé 64,90 € sur votre carte bancaire (remboursement RMB-25-031-88417), visible sous 3 à 5 jours ouvrés. Vous n\'avez pas besoin de nous retourner l\'article endommagé.',
] });

const SYSTEM = 'Tu es l\'assistante du service client de Maison Verlaine (art de la table). Pour un article ' +
  'reçu endommagé : propose en priorité un renvoi à l\'identique s\'il est en stock ; sinon rembourse l\'article. ' +
  'Les clients de la région lyonnaise sont servis par l\'entrepôt LYS-2.';

await tracer.startActiveSpan('sav.conversation.message', { kind: SpanKind.SERVER,
  attributes: { 'session.id': SESSION, 'user.id': USER, 'app.channel': 'widget-web' } }, async (span) => {
  await generateText({
    model, system: SYSTEM, tools, stopWhen: stepCountIs(6),
    messages: [{ role: 'user', content: 'Bonjour, ma commande CMD-58213-FR est arrivée hier et la théière en fonte était fendue sur le côté. Pourriez-vous m\'en renvoyer une autre ? Je voudrais vraiment la même, c\'est un cadeau.' }],
    telemetry: { functionId: 'sav-agent', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonDocument(here, 'trace-sav.json', await flush());
