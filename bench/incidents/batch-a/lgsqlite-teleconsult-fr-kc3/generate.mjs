// Teleconsultation assistant (French). Day 1 runs graph release 2026.03.1; overnight release 2026.03.2
// moves the patient's allergies into a "dossier" channel; day 2 resumes the same thread with the new graph.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, toolsCondition, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tlc-PAT-FR-55102-2026-03";

const ouvrirDossier = tool(
  async ({ patient_id }) => JSON.stringify({ patient_id, nom: "Mme Léa Garnier", age: 34, medecin_traitant: "Dr Fabre" }),
  { name: "ouvrir_dossier", description: "Ouvre le dossier patient.", schema: z.object({ patient_id: z.string() }) },
);
const reserverTraitement = tool(
  async ({ patient_id, medicament, posologie, allergies_connues }) => JSON.stringify({
    ordonnance: "ORD-TLC-88410", patient_id, medicament, posologie, allergies_connues,
    pharmacie: "Pharmacie du Marché, Lyon 3e", statut: "transmise",
  }),
  {
    name: "reserver_traitement",
    description: "Transmet une ordonnance à la pharmacie du patient.",
    schema: z.object({
      patient_id: z.string(), medicament: z.string(), posologie: z.string(), allergies_connues: z.array(z.string()),
    }),
  },
);
const tools = [ouvrirDossier, reserverTraitement];

// ---- release 2026.03.1
const StateV1 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), patient_id: Annotation(), allergies: Annotation() });
const model1 = new ScriptedChatModel("tlc-v1", [
  { tool_calls: [call("fc_8d1a", "ouvrir_dossier", { patient_id: "PAT-FR-55102" })] },
  { content: "Bonjour Mme Garnier. C'est noté : allergie à la pénicilline. Le Dr Fabre examinera votre demande pour l'angine ; "
      + "vous recevrez une proposition de traitement demain matin après le résultat du test rapide." },
]);
const graphV1 = (checkpointer) => new StateGraph(StateV1)
  .addNode("profil", async (s) => {
    const t = s.messages[s.messages.length - 1].content;
    return /allergique à la pénicilline/i.test(t) ? { allergies: ["pénicilline"] } : {};
  })
  .addNode("agent", async (s) => ({
    messages: [await model1.invoke([new SystemMessage(`Assistant de téléconsultation. Allergies : ${(s.allergies ?? []).join(", ") || "aucune"}`), ...s.messages])],
  }))
  .addNode("tools", new ToolNode(tools))
  .addEdge(START, "profil").addEdge("profil", "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer });

// ---- release 2026.03.2
const StateV2 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), patient_id: Annotation(), dossier: Annotation() });
const model2 = new ScriptedChatModel("tlc-v2", [
  (messages) => {
    const allergies = JSON.parse(/allergies=(\[.*?\])/.exec(messages[0].content)[1]);
    return { tool_calls: [call("fc_a7e3", "reserver_traitement", {
      patient_id: "PAT-FR-55102", medicament: "Amoxicilline 1 g", posologie: "1 comprimé matin et soir pendant 6 jours",
      allergies_connues: allergies,
    })] };
  },
  { content: "Votre test est positif (angine bactérienne). Le Dr Fabre vous prescrit de l'amoxicilline 1 g, 1 comprimé matin et soir "
      + "pendant 6 jours. L'ordonnance ORD-TLC-88410 est transmise à la Pharmacie du Marché, Lyon 3e." },
]);
const graphV2 = (checkpointer) => new StateGraph(StateV2)
  .addNode("agent", async (s) => {
    const allergies = s.dossier?.allergies ?? [];
    const recent = s.messages.slice(-1); // release 2026.03.2: prompt window = last turn + dossier
    return { messages: [await model2.invoke([new SystemMessage(`Assistant de téléconsultation. allergies=${JSON.stringify(allergies)}`), ...recent])] };
  })
  .addNode("tools", new ToolNode(tools))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graphV1(saver).invoke({
    messages: [human("Bonjour, j'ai mal à la gorge depuis trois jours avec 38,5 de fièvre. Attention, je suis allergique à la pénicilline (urticaire en 2019).")],
    user_id: "PAT-FR-55102", patient_id: "PAT-FR-55102",
  }, threadConfig(THREAD));
  await graphV2(saver).invoke({
    messages: [human("Résultat du test rapide de la pharmacie : positif au streptocoque. Que dois-je prendre ?")],
  }, threadConfig(THREAD));
});
