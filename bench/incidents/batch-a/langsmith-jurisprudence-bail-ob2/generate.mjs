// Recherche de jurisprudence (French, legal): the first search of the case-law base finds nothing, the
// assistant says so and asks for the RG number; with it, the second search finds the decision.
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here, FnRetriever,
  Document, HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2025-01-21T09:12:30Z', 913);
const decision = new Document({
  pageContent: "CA Lyon, 8e ch., 14 mars 2023, RG n° 21/04587 — Bail commercial, local de la rue Mercière. La cour confirme le jugement en ce qu'il fixe le loyer du bail renouvelé à 38 400 € HT par an à compter du 1er juillet 2020, écarte le déplafonnement faute de modification notable des facteurs locaux de commercialité, et condamne la SCI Bellecour Patrimoine à payer 3 000 € au titre de l'article 700 du CPC.",
  metadata: { juridiction: 'CA Lyon', chambre: '8e ch.', date: '2023-03-14', rg: '21/04587', source: 'base-interne-jurisp' } });
const retriever = new FnRetriever({ name: 'jurisprudence_index', search: async (q) => (q.includes('21/04587') ? [decision] : []) });
const chercher = tool(async ({ requete }, config) => {
  const docs = await retriever.invoke(requete, config);
  return docs.length ? docs.map((d) => `${d.pageContent}\n(source: ${d.metadata.source}, RG ${d.metadata.rg})`).join('\n\n') : 'Aucun résultat.';
}, { name: 'chercher_jurisprudence', description: 'Recherche dans la base interne de décisions du cabinet.', schema: z.object({ requete: z.string() }) });

const sys = new SystemMessage("Tu assistes les avocats du cabinet Vasseur & Lemoine. Ne cite une décision (montants, dates, dispositif) que si elle figure dans les résultats de chercher_jurisprudence ; sinon dis-le et demande des précisions.");
const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { content: '', tool_calls: [{ id: 'Qm3kT9xWb', name: 'chercher_jurisprudence', args: { requete: 'cour d\'appel Lyon 2023 bail commercial rue Mercière loyer renouvellement déplafonnement' } }] },
  { content: "Je n'ai trouvé aucune décision correspondante dans la base interne avec ces critères, donc je préfère ne rien avancer sur le montant du loyer ni sur le déplafonnement. Auriez-vous le numéro RG de l'arrêt, ou au moins la chambre et la date approximative ?" },
  { content: '', tool_calls: [{ id: 'h7PzR2cLd', name: 'chercher_jurisprudence', args: { requete: 'RG 21/04587 CA Lyon' } }] },
  { content: "Trouvé : CA Lyon, 8e chambre, 14 mars 2023, RG n° 21/04587. La cour confirme le loyer du bail renouvelé à 38 400 € HT par an à compter du 1er juillet 2020, écarte le déplafonnement (pas de modification notable des facteurs locaux de commercialité) et condamne la SCI Bellecour Patrimoine à 3 000 € au titre de l'article 700 du CPC." },
] });
const checkpointer = new MemorySaver();
const graph = agentGraph({ model, tools: [chercher], checkpointer, name: 'assistant_jurisprudence' });
const THREAD = '6b0f3c2e-91d4-4a7e-b5a8-2c17e04d9f36';
const opts = { project: 'cabinet-vl-recherche', metadata: { thread_id: THREAD, user_id: 'avocat.mlemoine' }, configurable: { thread_id: THREAD } };

await traced(graph, { messages: [sys, new HumanMessage("Retrouve-moi l'arrêt de la cour d'appel de Lyon de 2023 sur le renouvellement du bail commercial rue Mercière : quel loyer a été retenu et le déplafonnement a-t-il été admis ?")] }, opts);
advance(minutes(6), minutes(9));
await traced(graph, { messages: [new HumanMessage("Oui, c'est le RG 21/04587.")] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
