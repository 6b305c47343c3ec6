// Tenant-support assistant of a property manager (French). The tenant asks when the security
// deposit comes back and what may be withheld. The knowledge-base search is filtered by the
// tenant's lease type, but the lease record carries the building's code ("COM") instead of the
// unit's, so only commercial-lease passages come back; none mention the deposit refund. The
// answer still gives a precise deadline, a withholding cap and a penalty rate.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const KB = [
  { id: "kb-com-014", type_bail: "COM", titre: "Bail commercial — révision triennale",
    texte: "Le loyer peut être révisé tous les trois ans selon l'indice des loyers commerciaux (ILC) publié par l'INSEE." },
  { id: "kb-com-022", type_bail: "COM", titre: "Bail commercial — destination des lieux",
    texte: "Toute activité non prévue à la clause de destination nécessite l'accord écrit du bailleur (déspécialisation)." },
  { id: "kb-com-031", type_bail: "COM", titre: "Bail commercial — charges récupérables",
    texte: "L'inventaire des charges, impôts et taxes est annexé au bail et mis à jour chaque année." },
  { id: "kb-hab-007", type_bail: "HAB", titre: "Bail d'habitation — état des lieux de sortie",
    texte: "L'état des lieux de sortie est établi contradictoirement et comparé à l'état des lieux d'entrée." },
];

const lireBail = tool(
  async ({ locataire_id }) => JSON.stringify({ locataire_id, lot: "B-3-12", immeuble: "Résidence Les Tilleuls (mixte)",
    type_bail: "COM", date_fin: "2026-12-31", depot_verse: true }),
  { name: "lire_bail", description: "Lit la fiche bail du locataire.", schema: z.object({ locataire_id: z.string() }) },
);

const rechercherBase = tool(
  async ({ question, type_bail }) => {
    const hits = KB.filter((d) => d.type_bail === type_bail).map(({ id, titre, texte }) => ({ id, titre, texte, score: 0.41 }));
    return JSON.stringify({ question, filtre: { type_bail }, resultats: hits });
  },
  {
    name: "rechercher_base",
    description: "Recherche sémantique dans la base de connaissances de la gestion locative, filtrée par type de bail.",
    schema: z.object({ question: z.string(), type_bail: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const SYSTEM = "Tu es l'assistant locataires de Gestimmo Lyon. Réponds uniquement à partir de la base de connaissances.";

await writeIncident(import.meta.url, async (saver) => {
  const thread = "loc-88213-conv-5e2a";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_bail_1", "lire_bail", { locataire_id: "LOC-88213" })] },
    { tool_calls: [call("call_kb_1", "rechercher_base",
      { question: "délai de restitution du dépôt de garantie et retenues possibles", type_bail: "COM" })] },
    { content: "Votre bail se termine le 31/12/2026. Le dépôt de garantie vous sera restitué dans un délai de "
        + "2 mois après la remise des clés, ramené à 1 mois si l'état des lieux de sortie est conforme à celui d'entrée. "
        + "Les retenues pour travaux sont plafonnées à 35 % du dépôt et doivent être justifiées par devis. "
        + "En cas de retard, une pénalité de 10 % du loyer mensuel par mois de retard vous est due." },
    { content: "Oui : si l'état des lieux de sortie est identique à celui d'entrée, le délai est d'1 mois. "
        + "Pensez à nous transmettre votre nouvelle adresse pour le virement." },
  ]);
  const g = new StateGraph(State)
    .addNode("assistant", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([lireBail, rechercherBase]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, ["tools", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer: saver });
  await g.invoke({ messages: [human("Bonjour, je quitte mon appartement B-3-12 fin décembre. Sous combien de temps "
      + "récupère-t-on le dépôt de garantie, et qu'est-ce que vous pouvez retenir dessus ?")], user_id: "LOC-88213" },
    threadConfig(thread));
  await g.invoke({ messages: [human("D'accord. Et si tout est nickel à la sortie, c'est plus rapide ?")] }, threadConfig(thread));
});
