// Banque en ligne (français) : une cliente demande si la cotisation annuelle de sa carte reste due.
// Le premier appel au service des frais échoue (délai dépassé) ; l'agent relance et obtient la réponse.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "bq-conv-20261204-5519aa";

let pannes = 1;
const consulterFrais = tool(
  async ({ carte, exercice }) => {
    if (pannes-- > 0) throw new Error("FRAIS-SVC 504 : délai de réponse dépassé (8000 ms) – réessayez");
    return JSON.stringify({
      carte, exercice, cotisation_annuelle_eur: 0, montant_du_eur: 0, statut: "exonérée",
      motif: "offre jeune 18-25 ans", date_prelevement: null, solde_frais_en_retard_eur: 0,
    });
  },
  { name: "consulter_frais", description: "Frais et cotisations d'une carte pour un exercice.",
    schema: z.object({ carte: z.string(), exercice: z.number() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const model = new ScriptedChatModel("conseiller", [
  { tool_calls: [call("appel_frais_1", "consulter_frais", { carte: "**** 4417", exercice: 2026 })] },
  { tool_calls: [call("appel_frais_2", "consulter_frais", { carte: "**** 4417", exercice: 2026 })] },
  { content: "J'ai pu consulter vos frais (le service n'avait pas répondu au premier essai). Pour 2026, la cotisation de votre carte **** 4417 est de 0 € : elle est exonérée au titre de l'offre jeune 18-25 ans, donc aucun prélèvement n'est prévu et vous n'avez aucun frais en retard." },
  { content: "Le service ne me donne que l'exercice 2026 : il indique une exonération au titre de l'offre jeune 18-25 ans, sans date de fin. Je ne peux donc pas vous confirmer le montant pour 2027 ; je vous propose de reposer la question en janvier, quand l'exercice 2027 sera ouvert." },
]);

const graph = (checkpointer) => new StateGraph(State)
  .addNode("conseiller", async (s) => ({ messages: [await model.invoke([
    new SystemMessage("Tu es le conseiller virtuel de la banque. N'affirme un montant que s'il vient de l'outil."), ...s.messages])] }))
  .addNode("outils", new ToolNode([consulterFrais]))
  .addEdge(START, "conseiller")
  .addConditionalEdges("conseiller", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "conseiller")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({ user_id: "cli-0087731", messages: [human("Bonjour, est-ce que je dois encore payer la cotisation annuelle de ma carte se terminant par 4417 pour 2026 ? Je ne vois rien sur mon relevé.")] }, threadConfig(THREAD));
  await g.invoke({ messages: [human("D'accord, merci. Et ça reste comme ça l'année prochaine ?")] }, threadConfig(THREAD));
});
