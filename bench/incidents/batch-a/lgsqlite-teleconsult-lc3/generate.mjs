// Teleconsultation assistant (French). The patient's penicillin allergy is given in turn 2. Turn 3
// is processed by a worker that resumes the thread from the checkpoint id it cached after turn 1,
// so the model drafts the prescription without the allergy.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const consulterDossier = tool(
  async ({ ipp }) => JSON.stringify({
    ipp, nom: "GARNIER Élodie", naissance: "1991-02-11", poids_kg: 61,
    allergies_connues: [], traitements_en_cours: ["lévothyroxine 75 µg"], derniere_consultation: "2025-11-03",
  }),
  { name: "consulter_dossier", description: "Lit le dossier patient.", schema: z.object({ ipp: z.string() }) },
);

const envoyerOrdonnance = tool(
  async ({ ipp, molecule, posologie, duree_jours, pharmacie }) => JSON.stringify({
    ordonnance: "ORD-93-000418", ipp, molecule, posologie, duree_jours, pharmacie, statut: "transmise_pharmacie",
  }),
  {
    name: "envoyer_ordonnance",
    description: "Transmet une ordonnance (validée par le médecin de garde) à la pharmacie du patient.",
    schema: z.object({
      ipp: z.string(), molecule: z.string(), posologie: z.string(), duree_jours: z.number(), pharmacie: z.string(),
    }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), ipp: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "tlc-2f9d1a77-5b3e-4c0a-9e61-0d84c2aa7f13";
  const allergic = (m) => /p[ée]nicilline/i.test(promptText(m));
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_dos_01", "consulter_dossier", { ipp: "930041872" })] },
    { content: "Votre test rapide est positif : il s'agit d'une angine bactérienne. Le Dr Haddad, médecin de garde, "
        + "valide un traitement antibiotique. Avez-vous des allergies médicamenteuses ?" },
    { content: "Merci, c'est noté : allergie à la pénicilline avec œdème. Nous éviterons l'amoxicilline ; "
        + "le Dr Haddad propose à la place de la clarithromycine." },
    (m) => allergic(m)
      ? { tool_calls: [call("call_ord_02", "envoyer_ordonnance", { ipp: "930041872", molecule: "clarithromycine 250 mg",
          posologie: "1 cp matin et soir", duree_jours: 5, pharmacie: "Pharmacie du Marché, Montreuil" })] }
      : { tool_calls: [call("call_ord_02", "envoyer_ordonnance", { ipp: "930041872", molecule: "amoxicilline 1 g",
          posologie: "1 cp matin et soir", duree_jours: 6, pharmacie: "Pharmacie du Marché, Montreuil" })] },
    (m) => ({ content: allergic(m)
      ? "C'est envoyé : clarithromycine 250 mg, 5 jours, à la Pharmacie du Marché."
      : "C'est envoyé : amoxicilline 1 g matin et soir pendant 6 jours, disponible à la Pharmacie du Marché, Montreuil. "
        + "Bon rétablissement !" }),
  ], "mistral-large-2411");
  const graph = new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Assistant de téléconsultation. Toute prescription est validée par le médecin de garde."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([consulterDossier, envoyerOrdonnance]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, ["tools", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer });
  const cfg = threadConfig(thread);
  await graph.invoke({
    messages: [human("Bonjour, j'ai très mal à la gorge depuis 3 jours, 38,9 de fièvre, et le TROD fait à la pharmacie est positif.")],
    user_id: "pat-930041872",
    ipp: "930041872",
  }, cfg);
  // the job worker caches the thread's checkpoint after each turn it handles
  const cached = (await graph.getState(cfg)).config.configurable.checkpoint_id;
  await graph.invoke({ messages: [human("Oui, je suis allergique à la pénicilline, j'ai fait un œdème de Quincke en 2019.")] }, cfg);
  // turn 3 is picked up by the worker that handled turn 1 and resumes from its cached checkpoint
  await graph.invoke({ messages: [human("D'accord, vous pouvez envoyer l'ordonnance à ma pharmacie habituelle.")] },
    threadConfig(thread, { checkpoint_id: cached }));
});
