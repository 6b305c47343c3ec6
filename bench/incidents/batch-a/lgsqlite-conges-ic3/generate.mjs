// Assistant RH : planifie l'entretien annuel d'une salariée. Le worker web garde en cache
// l'identifiant de checkpoint de la requête précédente et le repasse lors d'un nouvel essai.
import {
  Annotation, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const creneaux = tool(async ({ manager_id }) => JSON.stringify({ manager_id, libres: [
  "2025-05-13T10:00", "2025-05-15T14:30", "2025-05-20T09:00", "2025-05-22T16:00"] }),
{ name: "agenda_creneaux", description: "Créneaux libres d'un manager", schema: z.object({ manager_id: z.string() }) });
const planifier = tool(async ({ salarie_id, manager_id, debut }) => JSON.stringify({
  rdv: "EA-2025-00417", salarie_id, manager_id, debut, duree_min: 60, salle: "Visio Teams", invitation: "envoyée" }),
{ name: "planifier_entretien", description: "Crée le rendez-vous et envoie les invitations",
  schema: z.object({ salarie_id: z.string(), manager_id: z.string(), debut: z.string() }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const model = new ScriptedChatModel("rh", [
  { content: "Bonjour Inès ! Je peux organiser votre entretien annuel avec Claire Dubois. Avez-vous des contraintes de dates ?" },
  { content: "C'est noté : aucun rendez-vous du 12 au 16 mai inclus. Dites-moi quand vous souhaitez que je le planifie." },
  { tool_calls: [call("rh-tc-5521", "agenda_creneaux", { manager_id: "MGR-0093" })] },
  { tool_calls: [call("rh-tc-5522", "planifier_entretien", { salarie_id: "SAL-11842", manager_id: "MGR-0093", debut: "2025-05-13T10:00" })] },
  { content: "C'est fait : votre entretien annuel avec Claire Dubois est planifié le mardi 13 mai 2025 à 10h00 (1 h, Visio Teams), référence EA-2025-00417. Les invitations sont parties." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = new StateGraph(State)
    .addNode("assistant", async (s) => ({ messages: [await model.invoke(s.messages)] }))
    .addNode("outils", new ToolNode([creneaux, planifier]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, { tools: "outils", __end__: "__end__" })
    .addEdge("outils", "assistant")
    .compile({ checkpointer: saver });
  const cfg = threadConfig("rh:SAL-11842:2025-05");
  await g.invoke({ user_id: "SAL-11842", messages: [human("Bonjour, je dois caler mon entretien annuel avec ma manager Claire Dubois.")] }, cfg);
  const cached = (await g.getState(cfg)).config.configurable.checkpoint_id;
  await g.invoke({ messages: [human("Oui : je suis en arrêt maladie du 12 au 16 mai inclus, donc rien ces jours-là s'il vous plaît.")] }, cfg);
  await g.invoke({ messages: [human("Parfait, planifiez-le au premier créneau libre de Claire.")] },
    threadConfig("rh:SAL-11842:2025-05", { checkpoint_id: cached }));
});
