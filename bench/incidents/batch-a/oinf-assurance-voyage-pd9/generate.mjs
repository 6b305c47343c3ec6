// Travel-insurance support bot (LangGraph.js) answering from a policy knowledge base via a retriever tool.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('assistant-contrats-voyage');
const SESSION = 'conv-5e0b2d7a-4c19-4f6e-9a31-88d2c0f1b7e4';
const kb = new ScriptedRetriever({ results: async () => [] });
const chercher = tool(async ({ requete }, config) => {
  const docs = await kb.invoke(requete, config);
  return docs.length ? docs.map((d) => d.pageContent).join('\n---\n') : 'Aucun document trouvé.';
}, { name: 'recherche_conditions_generales', description: 'Recherche dans les conditions générales des contrats Évasion.',
  schema: z.object({ requete: z.string(), produit: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'recherche_conditions_generales', args: { requete: 'annulation voyage maladie enfant plafond franchise délai déclaration', produit: 'Évasion Famille Plus' } }] },
  { content: "Bonne nouvelle : avec Évasion Famille Plus, l'annulation pour maladie d'un enfant est couverte jusqu'à 6 000 € par voyage, avec une franchise de 75 € par dossier. Vous devez déclarer le sinistre dans les 5 jours ouvrés après la consultation médicale, certificat à l'appui." },
] });
const app = await reactGraph({ model, tools: [chercher], name: 'agent_sinistres',
  prepare: (m) => [new SystemMessage("Tu réponds aux assurés à partir des conditions générales uniquement."), ...m] });
await t.turn({ userId: 'assure-FR-00928371' }, () => app.invoke({ messages: [new HumanMessage(
  "Bonjour, mon fils a la varicelle et nous partons à Lisbonne samedi. Contrat Évasion Famille Plus n° EVF-2291-0034. Est-ce que l'annulation est remboursée, jusqu'à combien, et j'ai combien de temps pour déclarer ?")] },
  { configurable: { thread_id: SESSION }, metadata: { session_id: SESSION } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
