// HR assistant (French): employee policy questions answered from the HR knowledge base.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('rh-assistant', { 'service.namespace': 'intranet-rh' });

// The HR index was rebuilt the night before and the "accords-entreprise" collection is empty.
const retriever = new ScriptedRetriever({ results: async () => [] });

const rechercherPolitique = tool(async ({ requete }) => {
  const docs = await retriever.invoke(requete);
  if (!docs.length) return 'Aucun document correspondant dans la base RH (collection: accords-entreprise).';
  return docs.map((d) => `[${d.metadata.source}] ${d.pageContent}`).join('\n---\n');
}, {
  name: 'rechercher_politique_rh',
  description: "Recherche dans la base documentaire RH (accords d'entreprise, règlement intérieur).",
  schema: z.object({ requete: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'rechercher_politique_rh', args: { requete: 'report des congés payés non pris date limite accord entreprise' } }] },
  { content: "D'après l'accord d'entreprise, vous pouvez reporter jusqu'à 5 jours de congés payés non pris sur l'exercice suivant, à condition de les poser avant le 31 mars. Au-delà, les jours sont perdus, sauf si vous les versez sur votre compte épargne-temps (plafond de 10 jours par an). La demande de report doit être validée par votre manager dans l'outil Sirius au plus tard le 15 décembre." },
] });

const app = await reactGraph({ model, tools: [rechercherPolitique] });
await t.turn({ userId: 'matricule-004417' }, () => app.invoke({ messages: [
  new SystemMessage("Tu es l'assistant RH de Groupe Véronne. Réponds uniquement à partir des documents RH officiels."),
  new HumanMessage("Bonjour, il me reste 7 jours de congés cette année. Est-ce que je peux les reporter sur l'année prochaine, et jusqu'à quand ?"),
] }, { metadata: { session_id: 'rh_conv_5521e0b8' }, configurable: { thread_id: 'rh_conv_5521e0b8' } }));
t.write(path.join(here, 'traces.jsonl'));
