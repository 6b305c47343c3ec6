// Assistant d'expédition (LangGraph.js + MemorySaver, OpenInference, modèle scripté, hors ligne).
// Trois tours sur un même fil ; après un redémarrage du worker, le troisième tour reprend depuis
// l'identifiant de checkpoint mémorisé dans la session web, enregistré à la fin du premier tour.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('fret-assistant', { 'service.version': '3.8.0' });

const getShipment = tool(async ({ commande }) => JSON.stringify({
  commande, client: 'Menuiseries Arnaud SAS', colis: '2 palettes EUR, 640 kg',
  enlevement: { adresse: 'Entrepôt B, 3 allée des Forges, 69200 Vénissieux', creneau: '2026-12-07 08:00-12:00' },
  livraison: { adresse: 'Zone Actipôle, 21 rue Lavoisier, 31120 Portet-sur-Garonne' }, statut: 'à planifier',
}), { name: 'lire_expedition', description: "Détail d'une expédition (enlèvement, livraison, colis).",
  schema: z.object({ commande: z.string() }) });

const bookCarrier = tool(async (a) => JSON.stringify({ reservation: 'TRP-LY-558213', transporteur: 'Transports Vial', statut: 'confirmée', ...a }),
  { name: 'reserver_transporteur', description: "Réserve l'enlèvement auprès du transporteur.",
    schema: z.object({ commande: z.string(), adresse_enlevement: z.string(), creneau: z.string(), consignes: z.string().optional() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // tour 1
  { tool_calls: [{ name: 'lire_expedition', args: { commande: 'CMD-7731-FR' } }] },
  { content: "La commande CMD-7731-FR (2 palettes, 640 kg) est prévue à l'enlèvement à l'Entrepôt B, 3 allée des Forges à Vénissieux, le 7 décembre entre 8 h et 12 h, livraison à Portet-sur-Garonne. Voulez-vous que je réserve le transporteur ?" },
  // tour 2
  { content: "C'est noté : l'enlèvement se fera au quai 4 de votre site de Saint-Priest, 112 rue du Dauphiné, 69800 Saint-Priest, le mardi 8 décembre entre 14 h et 17 h (l'Entrepôt B étant fermé pour inventaire). Je réserverai avec ces informations dès que vous me donnez le feu vert." },
  // tour 3 (reprise depuis le checkpoint du tour 1)
  { tool_calls: [{ name: 'reserver_transporteur', args: { commande: 'CMD-7731-FR', adresse_enlevement: 'Entrepôt B, 3 allée des Forges, 69200 Vénissieux', creneau: '2026-12-07 08:00-12:00' } }] },
  { content: "C'est réservé : Transports Vial passera à l'Entrepôt B, 3 allée des Forges à Vénissieux, le 7 décembre entre 8 h et 12 h (réservation TRP-LY-558213)." },
] });

const checkpointer = new MemorySaver();
const app = await reactGraph({ model, tools: [getShipment, bookCarrier], checkpointer, name: 'assistant-fret' });
const thread = 'fil-0c93d2a7';
const user = 'log.bernard@menuiseries-arnaud.fr';
const meta = { thread_id: thread, user_id: user };

await t.turn({ userId: user }, () => app.invoke({ messages: [
  new SystemMessage("Tu es l'assistant d'expédition de Fret Rhône. Vérifie toujours l'expédition avant de réserver et n'utilise que les informations confirmées par le client."),
  new HumanMessage("Bonjour, je vous contacte pour l'enlèvement de la commande CMD-7731-FR."),
] }, { metadata: meta, configurable: { thread_id: thread } }));
// L'identifiant de checkpoint que le front garde dans la session web.
const saved = (await app.getState({ configurable: { thread_id: thread } })).config.configurable.checkpoint_id;

await t.turn({ userId: user }, () => app.invoke({ messages: [
  new HumanMessage("Attention, changement : l'Entrepôt B ferme pour inventaire. L'enlèvement doit se faire au quai 4 de notre site de Saint-Priest, 112 rue du Dauphiné, et plutôt le mardi 8 après-midi (14 h - 17 h)."),
] }, { metadata: meta, configurable: { thread_id: thread } }));

// Redémarrage du worker : la reprise se fait sur le checkpoint mémorisé.
await t.turn({ userId: user }, () => app.invoke({ messages: [
  new HumanMessage("Parfait, vous pouvez réserver le transporteur."),
] }, { metadata: { ...meta, checkpoint_id: saved }, configurable: { thread_id: thread, checkpoint_id: saved } }));

t.write(path.join(here, 'traces.jsonl'));
