// Service client d'une boutique en ligne (site belge) : une cliente demande si elle peut encore
// retourner un aspirateur robot. Modèle factice scripté, aucun accès réseau. Écrit traces.jsonl.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const commande = tool({
  name: 'details_commande',
  description: 'Renvoie le détail d\'une commande client (back-office e-commerce).',
  parameters: z.object({ numero: z.string() }),
  execute: async ({ numero }) => JSON.stringify({
    numero, site: 'boutique.be', cliente: 'Mme A. Claes', article: 'Aspirateur robot Navia R7 (SKU 771-R7-BE)',
    prix_ttc: '349,00 €', date_commande: '2026-01-03', date_livraison: '2026-01-06',
    mode_livraison: 'Point relais Bpost – Namur Bomel', statut: 'livrée', paiement: 'Bancontact',
  }),
});

const aide = tool({
  name: 'chercher_aide',
  description: 'Recherche sémantique dans la base d\'aide du service client (toutes boutiques).',
  parameters: z.object({ question: z.string(), k: z.number().int() }),
  execute: async ({ question, k }) => JSON.stringify({ question, k, index: 'aide-fr-v12', resultats: [
    { id: 'kb-ch-0231', score: 0.41, titre: 'Cartes cadeaux – boutique.ch',
      extrait: 'Les cartes cadeaux achetées sur boutique.ch sont valables 24 mois à compter de leur émission. Elles ne sont ni échangeables ni remboursables, même partiellement.' },
    { id: 'kb-ch-0187', score: 0.38, titre: 'Appareils reconditionnés : garantie commerciale (CH)',
      extrait: 'Les appareils reconditionnés vendus en Suisse bénéficient d\'une garantie commerciale de 12 mois. Les batteries sont couvertes 6 mois.' },
  ] }),
});

const m = scriptedModel([
  { tool_calls: [
    { name: 'details_commande', args: { numero: 'BE-2026-118842' } },
    { name: 'chercher_aide', args: { question: 'délai de retour droit de rétractation aspirateur robot Belgique frais de retour remboursement', k: 2 } },
  ] },
  { content: 'Bonjour Madame Claes,\n\nOui, vous pouvez encore retourner votre aspirateur robot Navia R7 (commande BE-2026-118842). '
    + 'Vous disposez de 30 jours à compter de la livraison, soit jusqu\'au 5 février 2026 inclus pour votre colis livré le 6 janvier. '
    + 'Le retour est gratuit en point relais Bpost pour toute commande de plus de 50 € : il suffit de remballer l\'appareil avec ses accessoires. '
    + 'Le remboursement des 349,00 € est effectué sur votre compte Bancontact dans les 14 jours suivant la réception du colis à notre entrepôt.\n\n'
    + 'Souhaitez-vous que je génère l\'étiquette de retour ?' },
], { seed: 'retour-be-ya2' });

const agent = new Agent({
  name: 'Conseillère SAV',
  instructions: 'Tu es la conseillère du service client de boutique.be. Réponds en français, poliment et précisément. '
    + 'Appuie-toi sur le détail de la commande et sur la base d\'aide pour toute règle de retour, de garantie ou de remboursement.',
  model: m, tools: [commande, aide],
});

const runner = new Runner({ groupId: 'be-fr:conv:7c1e0a93-5510', workflowName: 'SAV boutique.be', traceMetadata: { user_id: 'cli-be-2208417', locale: 'fr-BE' } });
await runner.run(agent, 'Bonjour, j\'ai commandé un aspirateur robot (commande BE-2026-118842) et finalement il ne passe pas sous nos meubles. Est-ce que je peux encore le renvoyer, et ça me coûte combien ?');
writeTrace(here, 'traces.jsonl');
