// Pet insurance advisor (French). The contract-clause search returns passages of another product
// (a dog plan, another policy number); the answer still quotes waiting period and ceilings for the
// cat plan that appear nowhere.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('assur-animaux-conseil', { 'service.version': '2.14.0' });

const clauses = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Formule Canin Sérénité — article 7 : la dysplasie de la hanche est exclue pour les chiens de plus de 6 ans à la souscription.',
    metadata: { id: 'CGV-CANIN-2024#art7', contrat: 'CAN-77120', score: 0.41 } },
  { pageContent: 'Formule Canin Sérénité — article 12 : les frais de toilettage ne sont pas pris en charge.',
    metadata: { id: 'CGV-CANIN-2024#art12', contrat: 'CAN-77120', score: 0.38 } },
] });

const chercherClauses = tool(async ({ requete, contrat }, config) => {
  const docs = await clauses.invoke(`${contrat} ${requete}`, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n');
}, { name: 'chercher_clauses', description: 'Recherche dans les conditions générales du contrat de l\'adhérent.',
  schema: z.object({ requete: z.string(), contrat: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ name: 'chercher_clauses', args: { requete: 'délai de carence maladie chirurgie plafond annuel', contrat: 'FEL-30418' } }] },
  { content: 'Pour votre contrat Félin Essentiel (FEL-30418), le délai de carence est de 45 jours pour les maladies et de 120 jours pour la chirurgie programmée. Le remboursement est de 80 % des frais, dans la limite d\'un plafond annuel de 1 800 €, avec une franchise de 30 € par acte. L\'opération de Moka en janvier serait donc couverte.' },
] });
const app = await reactGraph({ model, tools: [chercherClauses] });

const sessionId = 'conv_8b2e91d0-77aa-4c3e-9f10-5d0c2a6e41b7';
await t.turn({ userId: 'adh-FEL-30418' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es le conseiller de PattesAssur. Réponds uniquement à partir des conditions générales retrouvées.'),
  new HumanMessage('Bonjour, ma chatte Moka doit se faire opérer d\'un calcul urinaire en janvier. J\'ai souscrit en novembre. Quel est le délai de carence et combien serai-je remboursée ?'),
] }, { metadata: { session_id: sessionId } }));

t.write(path.join(here, 'traces.jsonl'));
writeJson(path.join(here, 'truth.json'), { failures: [{ class: 'retrieval', session: sessionId,
  step: 'the final answer after chercher_clauses returned only dog-plan clauses of contract CAN-77120',
  story: 'The clause search for the cat policy FEL-30418 returned articles of another customer\'s dog plan, yet the advisor stated a 45/120-day waiting period, 80 % reimbursement, a 1 800 € ceiling and a 30 € deductible and told the member the surgery would be covered.' }] });
