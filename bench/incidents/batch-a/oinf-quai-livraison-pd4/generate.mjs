// Freight booking assistant (fr-FR), several turns on one thread with a LangGraph MemorySaver.
// Before each model call the thread history is cut to a context window by @langchain/core's
// trimMessages (last messages that fit the budget). Traced with OpenInference, scripted model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('affretement-assistant', { 'deployment.environment': 'prod' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const session = 'THR-LYO-2025-06-0457';
const user = 'exp-88213@vinicole-beaujolais.fr';

const cotation = tool(async ({ origine, destination, palettes, date }) => JSON.stringify({ origine, destination, palettes, date, offres: [
  { offre_id: 'OF-55120', vehicule: 'porteur 7,5 t hayon', capacite_palettes: 12, prix_ht_eur: 612 },
  { offre_id: 'OF-55121', vehicule: 'semi-remorque 44 t', capacite_palettes: 33, prix_ht_eur: 498 },
] }), { name: 'demander_cotation', description: 'Demande des offres de transport aux transporteurs partenaires.',
  schema: z.object({ origine: z.string(), destination: z.string(), palettes: z.number().int(), date: z.string() }) });
const creneau = tool(async ({ date }) => JSON.stringify({ date, creneaux_libres: ['07:30-09:00', '13:00-14:30'] }),
  { name: 'consulter_creneaux_quai', description: 'Créneaux de chargement libres au quai de départ.',
    schema: z.object({ date: z.string() }) });
const reserver = tool(async ({ offre_id, creneau }) => JSON.stringify({ reservation: 'BK-LYO-778104', offre_id, creneau, statut: 'confirmée', annulation_gratuite: false }),
  { name: 'reserver_transport', description: 'Réserve le transport (engage le client).',
    schema: z.object({ offre_id: z.string(), creneau: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // turn 1
  { content: 'Bien noté : livraison à Villefranche, quai limité aux porteurs de 7,5 t (rue étroite, pas de semi). Combien de palettes et pour quelle date ?' },
  // turn 2
  { content: '', tool_calls: [{ name: 'demander_cotation', args: { origine: 'Belleville-en-Beaujolais', destination: 'Villefranche-sur-Saône', palettes: 10, date: '2025-06-18' } }] },
  { content: 'Deux offres pour 10 palettes le 18/06 : OF-55120 (porteur 7,5 t avec hayon, 612 € HT) et OF-55121 (semi-remorque 44 t, 498 € HT).' },
  // turn 3
  { content: '', tool_calls: [{ name: 'consulter_creneaux_quai', args: { date: '2025-06-18' } }] },
  { content: 'Au départ, le 18/06 il reste 07:30-09:00 et 13:00-14:30.' },
  // turn 4
  { content: '', tool_calls: [{ name: 'reserver_transport', args: { offre_id: 'OF-55121', creneau: '07:30-09:00' } }] },
  { content: "C'est réservé : semi-remorque 44 t (OF-55121), chargement le 18/06 à 07:30, 498 € HT, réservation BK-LYO-778104. C'était l'offre la moins chère." },
] });

const window = (messages) => trimMessages(messages, { maxTokens: 9, strategy: 'last', tokenCounter: (ms) => ms.length,
  startOn: 'human', includeSystem: false });
const app = await reactGraph({ model, tools: [cotation, creneau, reserver], name: 'assistant_affretement', checkpointer: new MemorySaver(),
  prepare: async (m) => [new SystemMessage("Tu es l'assistant d'affrètement. Respecte les contraintes de livraison données par le client."), ...(await window(m))] });

const turns = [
  "Bonjour, j'ai un envoi de vin pour notre client de Villefranche-sur-Saône. Attention, leur quai n'accepte que des porteurs de 7,5 t maximum, la rue est trop étroite pour une semi.",
  'Départ de Belleville-en-Beaujolais, 10 palettes, le 18 juin. Vous pouvez me trouver des offres ?',
  'Et quels créneaux de chargement il reste chez nous ce jour-là ?',
  'Ok, réservez le créneau de 7h30 avec la bonne offre.',
];
for (const text of turns) {
  await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage(text)] },
    { configurable: { thread_id: session }, metadata: { session_id: session, user_id: user } }));
}
t.write(path.join(here, 'traces.jsonl'));
