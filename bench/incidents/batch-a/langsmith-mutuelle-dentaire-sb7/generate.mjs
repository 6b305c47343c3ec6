// Health-insurance member assistant (French): a policy-clause lookup over the contract knowledge base.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, here, FnRetriever, Document,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-05-06T13:17:40.000Z', 58);

// index of contract clauses; the "Sérénité 3" dental schedule was never indexed for the 2025 range
const clauses = [
  new Document({ pageContent: 'Sérénité 2 (gamme 2024) — Optique : monture 100 €, verres selon grille, renouvellement tous les 2 ans.', metadata: { contrat: 'SER-2', section: '4.1' } }),
  new Document({ pageContent: 'Sérénité 3 (gamme 2025) — Hospitalisation : forfait journalier pris en charge sans limitation de durée.', metadata: { contrat: 'SER-3', section: '2.3' } }),
];
const kb = new FnRetriever({ name: 'base_garanties', search: (q) =>
  clauses.filter((d) => q.toLowerCase().includes('dentaire') ? d.pageContent.toLowerCase().includes('dentaire') : false) });

const chercher = tool(async ({ requete }, config) => {
  const docs = await kb.invoke(requete, config);
  return JSON.stringify(docs.map((d) => ({ extrait: d.pageContent, ...d.metadata })));
}, { name: 'chercher_garanties', description: 'Recherche les clauses du contrat de l’adhérent.',
  schema: z.object({ requete: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'toolu_01FqZ8mK3rVd', name: 'chercher_garanties', args: { requete: 'Sérénité 3 implant dentaire plafond remboursement délai de carence' } }] },
  { content: 'Avec votre contrat Sérénité 3, les implants dentaires sont remboursés à hauteur de 80 % de la base de remboursement, dans la limite d’un plafond de 1 200 € par an et par bénéficiaire. Un délai de carence de 6 mois s’applique à compter de votre adhésion : votre implant prévu en juin sera donc couvert si vous avez adhéré avant décembre 2024.' },
] });

await traced(agentGraph({ model, tools: [chercher] }), { messages: [
  new SystemMessage('Vous êtes l’assistant des adhérents de la Mutuelle Horizon. Répondez à partir des clauses du contrat.'),
  new HumanMessage('Bonjour, je suis au contrat Sérénité 3 depuis janvier. Combien me sera remboursé un implant dentaire en juin ? Il y a un délai de carence ?')] },
{ project: 'adherents-horizon', metadata: { session_id: 'conv-2025-05-06-88412', user_id: 'adh-0077413' } });

writeRuns(path.join(dir, 'runs.jsonl'));
