// Assistant RH (LangGraph.js) avec une base de politiques internes interrogée par un retriever.
// Modèle scripté, sans réseau. Écrit traces.jsonl (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('rh-assistant', { 'service.namespace': 'intranet' });

// L'index est filtré par entité ; l'entité « LYO » n'a que la charte télétravail indexée.
const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Charte télétravail — Site de Lyon. Le télétravail est ouvert aux salariés après la période d\'essai, dans la limite de deux jours par semaine, sur accord du manager. Une indemnité forfaitaire est versée mensuellement.',
    metadata: { id: 'POL-LYO-TT-2023', entite: 'LYO', maj: '2023-09-01' } },
  { pageContent: 'Charte télétravail — Équipement. Le salarié en télétravail dispose d\'un ordinateur portable et d\'un écran fournis par l\'entreprise. Les frais de connexion ne sont pas remboursés.',
    metadata: { id: 'POL-LYO-TT-2023#2', entite: 'LYO', maj: '2023-09-01' } },
] });

const rechercher = tool(async ({ requete, entite }, config) => {
  const docs = await retriever.invoke(requete, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, { name: 'rechercher_politiques_rh', description: 'Recherche dans les politiques RH internes de l\'entité.',
  schema: z.object({ requete: z.string(), entite: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'rechercher_politiques_rh', args: { requete: 'congé de paternité durée maintien de salaire', entite: 'LYO' } }] },
  { content: 'Bonne nouvelle Thomas ! Selon la politique de l\'entreprise, vous avez droit à 28 jours de congé de paternité, dont 7 jours obligatoires à prendre dès la naissance. L\'entreprise maintient 100 % de votre salaire net pendant les 14 premiers jours, puis la Sécurité sociale prend le relais. Pensez à prévenir votre manager au moins 1 mois avant la date de début et à déposer la demande dans MonEspaceRH sous le code absence « PAT-2 ».' },
] });
const app = await reactGraph({ model, tools: [rechercher], name: 'assistant_rh' });

await t.turn({ userId: 'e-20488' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l\'assistant RH de Véloris SAS. Réponds uniquement à partir des politiques internes trouvées par la recherche. Entité du salarié : LYO.'),
  new HumanMessage('Bonjour, ma compagne accouche en mars. Combien de jours de congé paternité j\'ai, et est-ce que mon salaire est maintenu ?'),
] }, { metadata: { conversation_id: 'c7f1e2a0-5b9d-4c61-9a0e-3d2f8e11b7c4' }, runName: 'assistant_rh' }));

t.write(path.join(here, 'traces.jsonl'));
