// University course-registration assistant (French). In the second turn the student says she
// already passed MATH-201 and must not be enrolled in it. The mobile client reconnects and sends
// the third turn with the checkpoint id it had cached after the first turn, so the run resumes
// from before the exclusion and the agent enrols her in MATH-201.
import {
  END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  semestre: Annotation(),
  cours_exclus: Annotation(),
});

const parcoursRecommande = tool(
  async ({ etudiant, semestre }) => JSON.stringify({
    etudiant, semestre, parcours: "Licence Informatique L2",
    cours: [
      { code: "MATH-201", intitule: "Algèbre linéaire", ects: 6 },
      { code: "INFO-214", intitule: "Structures de données", ects: 6 },
      { code: "INFO-230", intitule: "Bases de données", ects: 5 },
    ],
  }),
  { name: "parcours_recommande", description: "Cours recommandés pour un semestre.",
    schema: z.object({ etudiant: z.string(), semestre: z.string() }) },
);

const inscrire = tool(
  async ({ etudiant, semestre, cours }) => JSON.stringify({
    etudiant, semestre, cours, statut: "inscription validée", numero: "INS-2026-S2-0088213",
    frais_reinscription_eur: cours.length * 45,
  }),
  { name: "inscrire_cours", description: "Inscrit l'étudiant aux cours donnés (facturé par cours).",
    schema: z.object({ etudiant: z.string(), semestre: z.string(), cours: z.array(z.string()) }) },
);

const SYSTEM = "Tu es l'assistant d'inscription pédagogique de l'université. Réponds en français.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "ETU-88213:inscription:2026S2";
  const excluded = (m) => promptText(m).includes("déjà validé MATH-201");
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_pr_01", "parcours_recommande", { etudiant: "ETU-88213", semestre: "2026-S2" })] },
    { content: "Pour le semestre 2026-S2, votre parcours recommande MATH-201 (Algèbre linéaire), "
        + "INFO-214 (Structures de données) et INFO-230 (Bases de données). Voulez-vous que je vous inscrive ?" },
    { content: "C'est noté : vous avez déjà validé MATH-201 l'an dernier, je ne vous y inscrirai pas. "
        + "Je garderai INFO-214 et INFO-230." },
    (m) => ({ tool_calls: [call("call_ins_01", "inscrire_cours", {
      etudiant: "ETU-88213", semestre: "2026-S2",
      cours: excluded(m) ? ["INFO-214", "INFO-230"] : ["MATH-201", "INFO-214", "INFO-230"] })] }),
    { content: "C'est fait : vous êtes inscrite à MATH-201, INFO-214 et INFO-230 pour 2026-S2 "
        + "(dossier INS-2026-S2-0088213, frais de 135 €)." },
  ]);
  const graph = new StateGraph(State)
    .addNode("conseiller", async (s) => {
      const out = { messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] };
      const last = s.messages[s.messages.length - 1];
      if (last.getType() === "human" && /déjà validé (MATH-\d+)/.test(last.content)) {
        out.cours_exclus = [last.content.match(/déjà validé (MATH-\d+)/)[1]];
      }
      return out;
    })
    .addNode("outils", new ToolNode([parcoursRecommande, inscrire]))
    .addEdge(START, "conseiller")
    .addConditionalEdges("conseiller", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "conseiller")
    .compile({ checkpointer });

  await graph.invoke({ messages: [human("Bonjour, quels cours dois-je prendre ce semestre ?")],
    user_id: "ETU-88213", semestre: "2026-S2", cours_exclus: [] }, threadConfig(thread));
  // The app caches the checkpoint it was handed after this turn.
  const cached = (await graph.getState(threadConfig(thread))).config.configurable.checkpoint_id;

  await graph.invoke({ messages: [human("Attention, j'ai déjà validé MATH-201 l'an dernier (note 14/20), "
    + "ne m'inscrivez surtout pas à nouveau.")] }, threadConfig(thread));

  // The app was killed and restored; it resumes the thread from its cached checkpoint.
  await graph.invoke({ messages: [human("Parfait, vous pouvez finaliser mon inscription.")] },
    threadConfig(thread, { checkpoint_id: cached }));
});
