// Agent SAV d'une boutique en ligne (Vercel AI SDK v7, modèle simulé scripté, hors ligne), télémétrie ai.*.
import { generateText, tool, stepCountIs, LegacyOpenTelemetry, z, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('sav-cmd-88');
const { flush } = setupTracing({ serviceName: 'sav-agent', resource: { 'deployment.environment': 'prod-eu-west-3' }, seed: 'sav-cmd-88' });
const sessionId = 'conv:fr:7f1c2b90';
const userId = 'client-318842';

const model = scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: 'cmpl-', replies: [
  { calls: [[ids('', 9), 'lire_commande', { numero: 'CMD-2024-118806' }]] },
  { calls: [[ids('', 9), 'consulter_stock', { sku: 'CAF-DLG-ECAM22', entrepot: 'LYS1' }]] },
  { calls: [[ids('', 9), 'consulter_stock_cache', { sku: 'CAF-DLG-ECAM22' }]] },
  { calls: [[ids('', 9), 'annuler_commande', { numero: 'CMD-2024-118806', motif: 'rupture_de_stock', rembourser: true }]] },
  { calls: [[ids('', 9), 'envoyer_email', { destinataire: 'c.marchand@orange.fr', objet: 'Votre commande CMD-2024-118806 a été annulée', corps: 'Bonjour Claire, la machine à café De’Longhi Magnifica S ECAM22.110 n’est malheureusement plus disponible. Votre commande a été annulée et le remboursement de 379,99 € sera effectué sous 3 à 5 jours ouvrés sur votre carte.' }]] },
  'Je suis désolé, Claire : la De’Longhi Magnifica S n’est plus en stock. J’ai annulé la commande CMD-2024-118806 et lancé le remboursement de 379,99 € (RMB-55102-FR), visible sous 3 à 5 jours ouvrés. Vous recevrez une confirmation par e-mail.',
] });

const tools = {
  lire_commande: tool({ description: 'Lit une commande client.', inputSchema: z.object({ numero: z.string() }),
    execute: async () => ({ numero: 'CMD-2024-118806', client: 'client-318842', email: 'c.marchand@orange.fr', statut: 'en_preparation', date: '2024-11-02T09:14:00+01:00', lignes: [{ sku: 'CAF-DLG-ECAM22', libelle: 'De’Longhi Magnifica S ECAM22.110', qte: 1, prix_ttc: 379.99 }], livraison_prevue: '2024-11-06' }) }),
  consulter_stock: tool({ description: 'Stock temps réel d’un article dans un entrepôt (WMS).', inputSchema: z.object({ sku: z.string(), entrepot: z.string() }),
    execute: async () => { throw new Error('WMS LYS1: upstream request timeout after 8000 ms (GET /v2/stock/CAF-DLG-ECAM22)'); } }),
  consulter_stock_cache: tool({ description: 'Dernier stock connu (cache de secours du catalogue).', inputSchema: z.object({ sku: z.string() }),
    execute: async ({ sku }) => ({ sku, quantite_disponible: 0, entrepot: null, maj: '1970-01-01T00:00:00.000Z', source: 'catalog-fallback' }) }),
  annuler_commande: tool({ description: 'Annule une commande et déclenche le remboursement éventuel.', inputSchema: z.object({ numero: z.string(), motif: z.string(), rembourser: z.boolean() }),
    execute: async ({ numero }) => ({ numero, statut: 'annulee', remboursement: { id: 'RMB-55102-FR', montant: 379.99, devise: 'EUR', moyen: 'carte ****4410' } }) }),
  envoyer_email: tool({ description: 'Envoie un e-mail transactionnel au client.', inputSchema: z.object({ destinataire: z.string(), objet: z.string(), corps: z.string() }),
    execute: async () => ({ envoye: true, message_id: '<20241104101522.4f1c@mail.boutique-maison.fr>' }) }),
};

await generateText({
  model,
  system: 'Tu es l’agent du service client de Boutique Maison. Tu peux consulter les commandes et le stock, annuler une commande et écrire au client. Réponds en français.',
  prompt: 'Bonjour, ma commande CMD-2024-118806 est toujours « en préparation » depuis samedi. Elle part quand ? Sinon je préfère annuler si la machine n’est pas dispo.',
  tools, stopWhen: stepCountIs(8),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'sav-agent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'export-otlp.jsonl', [await flush()]);
