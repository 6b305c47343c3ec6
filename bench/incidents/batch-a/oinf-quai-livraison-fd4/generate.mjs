// French logistics desk (LangGraph.js + MemorySaver + scripted model), traced by OpenInference.
// Three turns of one conversation; before each model call the history is cut to a message budget
// with @langchain/core's trimMessages, the system prompt kept.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('affretement-bot', { 'deployment.environment': 'prod-lyon' });

const creerCommande = tool(async ({ client_code, reference_article, palettes }) => JSON.stringify({ commande: 'CMD-25-031877', client_code, reference_article, palettes, statut: 'brouillon' }),
  { name: 'creer_commande', description: 'Crée une commande de livraison (brouillon).',
    schema: z.object({ client_code: z.string(), reference_article: z.string(), palettes: z.number() }) });
const verifierStock = tool(async ({ reference_article, entrepot }) => JSON.stringify({ reference_article, entrepot, palettes_disponibles: 42, prochaine_reception: '2025-03-17' }),
  { name: 'verifier_stock', description: 'Palettes disponibles pour un article dans un entrepôt.',
    schema: z.object({ reference_article: z.string(), entrepot: z.string() }) });
const reserverCreneau = tool(async (a) => JSON.stringify({ reservation: 'TRP-LY-88412', ...a, transporteur: 'Transports Gauthier', statut: 'confirmée' }),
  { name: 'reserver_creneau', description: 'Réserve un transport et un créneau de livraison chez le client.',
    schema: z.object({ commande: z.string(), date: z.string(), creneau: z.string(), vehicule: z.string(), quai: z.string().optional() }) });

const model = new ScriptedChatModel({ replies: [
  // tour 1
  { tool_calls: [{ name: 'creer_commande', args: { client_code: 'C-0457', reference_article: 'EAU-MIN-1.5L-X6', palettes: 18 } }] },
  { content: 'C\'est noté, la commande CMD-25-031877 (18 palettes EAU-MIN-1.5L-X6) est créée en brouillon. Je tiendrai compte de vos conditions de réception au moment de réserver le transport.' },
  // tour 2
  { tool_calls: [{ name: 'verifier_stock', args: { reference_article: 'EAU-MIN-1.5L-X6', entrepot: 'LYS-02' } }] },
  { content: 'Oui : 42 palettes disponibles à l\'entrepôt LYS-02, les 18 palettes sont couvertes.' },
  // tour 3
  { tool_calls: [{ name: 'reserver_creneau', args: { commande: 'CMD-25-031877', date: '2025-03-13', creneau: '14:00-16:00', vehicule: 'semi-remorque 13,60 m' } }] },
  { content: 'C\'est réservé : livraison jeudi 13 mars entre 14h00 et 16h00 par Transports Gauthier en semi-remorque, réservation TRP-LY-88412.' },
] });

const prepare = async (messages) => [
  new SystemMessage('Tu es l\'assistant affrètement de Distrib\'Rhône. Tu crées les commandes, vérifies le stock et réserves les transports.'),
  ...(await trimMessages(messages, { maxTokens: 6, tokenCounter: (ms) => ms.length, strategy: 'last', startOn: 'human' })),
];
const app = await reactGraph({ model, tools: [creerCommande, verifierStock, reserverCreneau], prepare,
  checkpointer: new MemorySaver(), name: 'assistant_affretement' });

const cfg = { configurable: { thread_id: 'c0457-a1b2' }, metadata: { session_id: 'drh-thread-c0457-a1b2' }, recursionLimit: 12 };
const user = { userId: 'logi.c0457.mbertrand' };
const say = (text) => t.turn(user, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));

await say('Bonjour, pour Épicerie Bertrand (client C-0457) il me faut 18 palettes de EAU-MIN-1.5L-X6. Attention à la réception : livraison uniquement entre 7h et 9h, sur le quai 2, et pas de semi-remorque, la rue est interdite aux plus de 12 m — il faut un porteur avec hayon.');
await say('Vous avez bien le stock à LYS-02 ?');
await say('Parfait, réservez le transport pour jeudi 13 mars.');

t.write(path.join(here, 'spans.otlp.jsonl'));
