// University registrar assistant (French): answers from the rules knowledge base.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('scolarite-assistant', { 'deployment.environment': 'prod' });

// The index for the law faculty's rules returns what is nearest: library documents.
const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Bibliothèque universitaire : les ouvrages empruntés doivent être rendus à la date indiquée sur le reçu. En cas de retard, le compte lecteur est suspendu jusqu\'au retour des documents.', metadata: { id: 'bu-reglement-pret#4', source: 'reglement_bu.pdf', score: 0.41 } },
  { pageContent: 'Les salles de travail en groupe se réservent depuis l\'ENT, rubrique « Bibliothèque ».', metadata: { id: 'bu-salles#1', source: 'guide_bu.pdf', score: 0.37 } },
] });
const chercher = tool(async ({ requete }) => {
  const docs = await retriever.invoke(requete);
  return JSON.stringify(docs.map((d) => ({ id: d.metadata.id, texte: d.pageContent })));
}, { name: 'chercher_reglement', description: 'Recherche dans le règlement des études et les textes de la scolarité.',
  schema: z.object({ requete: z.string() }) });

const model = new ScriptedChatModel({ model: 'mistral-large-2411', replies: [
  { tool_calls: [{ id: 'call_rq01', name: 'chercher_reglement', args: { requete: 'délai recours note examen contestation licence droit' } }] },
  { content: 'Vous pouvez contester votre note : la demande de révision doit être déposée auprès de la scolarité dans un délai de 2 mois après la publication des résultats. Vous avez d\'abord droit à une consultation de copie dans les 15 jours, puis à un recours gracieux auprès du président du jury, qui doit répondre sous 30 jours. Au-delà, le recours devant le tribunal administratif reste possible.' },
] });
const app = await reactGraph({ model, tools: [chercher], name: 'assistant_scolarite' });
await t.turn({ userId: 'etu-22104587' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l\'assistant de la scolarité de la faculté de droit. Réponds uniquement d\'après le règlement des études.'),
  new HumanMessage('Bonjour, j\'ai eu 7/20 en droit des obligations (L2) et je pense qu\'il y a une erreur. Quel est le délai pour contester la note et quelle est la procédure ?')] },
{ configurable: { thread_id: 'scol:fd:8841' }, metadata: { session_id: 'scol:fd:8841' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
