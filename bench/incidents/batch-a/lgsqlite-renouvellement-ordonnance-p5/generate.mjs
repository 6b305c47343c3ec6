// Pharmacie en ligne : renouvellement d'ordonnance sur trois tours. L'application mobile reprend le
// fil au troisième tour. LangGraph.js avec SqliteSaver, modèle scripté, hors ligne.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-renouvellement-ordonnance-p5/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition, tool, z,
  ScriptedChatModel, call, human, promptText, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rx-renouv-5f1c0a9e";

const SYSTEM = "Tu es l'assistant de la Pharmacie Lyon Croix-Rousse (click & collect). Tu aides les patients à "
  + "renouveler leurs ordonnances et tu peux conseiller des médicaments sans ordonnance en tenant compte de "
  + "tout ce que le patient t'a dit (traitements, allergies, grossesse).";

const consulterOrdonnance = tool(
  async ({ numero }) => JSON.stringify({
    numero,
    prescripteur: "Dr Anne Lefèvre, médecin généraliste",
    date: "2025-12-18",
    valable_jusqu_au: "2026-06-18",
    renouvellements_restants: 2,
    lignes: [
      { produit: "Kardégic 75 mg, sachets", posologie: "1 sachet par jour", duree: "3 mois" },
      { produit: "Bisoprolol 2,5 mg, comprimés", posologie: "1 comprimé le matin", duree: "3 mois" },
    ],
  }),
  {
    name: "consulter_ordonnance",
    description: "Lit une ordonnance numérisée du patient.",
    schema: z.object({ numero: z.string() }),
  },
);

let lignesPanier = 0;
const ajouterAuPanier = tool(
  async ({ produit, quantite, ordonnance }) => {
    lignesPanier += 1;
    const prix = { "Kardégic 75 mg, 30 sachets": 2.94, "Bisoprolol 2,5 mg, 30 comprimés": 3.22 }[produit] ?? 3.15;
    return JSON.stringify({
      panier: "PAN-55102-0415",
      ligne: lignesPanier,
      produit,
      quantite,
      ordonnance: ordonnance ?? null,
      prix_unitaire_eur: prix,
      retrait: "Pharmacie Lyon Croix-Rousse, à partir de 17 h",
    });
  },
  {
    name: "ajouter_au_panier",
    description: "Ajoute un produit au panier de retrait en officine du patient.",
    schema: z.object({ produit: z.string(), quantite: z.number(), ordonnance: z.string().nullable() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

// The scripted model answers the pain question from what it was shown, as a real model would.
const knowsAllergy = (messages) => /allergique à l'ibuprofène|AINS/i.test(promptText(messages.slice(1)));

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_01HbVq7mPz3K", "consulter_ordonnance", { numero: "ORD-2026-0412" })] },
  {
    content: "Votre ordonnance du Dr Lefèvre (valable jusqu'au 18 juin 2026, encore 2 renouvellements) comprend "
      + "Kardégic 75 mg, 1 sachet par jour, et Bisoprolol 2,5 mg, 1 comprimé le matin, pour 3 mois. "
      + "Je prépare le renouvellement pour un retrait à l'officine ?",
  },
  {
    content: "C'est noté : allergie à l'ibuprofène et aux AINS (œdème de Quincke en 2019). J'ajoute vos deux "
      + "médicaments au panier.",
    tool_calls: [
      call("toolu_01N4rXc2sQeW", "ajouter_au_panier",
        { produit: "Kardégic 75 mg, 30 sachets", quantite: 3, ordonnance: "ORD-2026-0412" }),
      call("toolu_01T8yLk6dVaB", "ajouter_au_panier",
        { produit: "Bisoprolol 2,5 mg, 30 comprimés", quantite: 3, ordonnance: "ORD-2026-0412" }),
    ],
  },
  {
    content: "Votre renouvellement est prêt au panier : 3 boîtes de Kardégic et 3 boîtes de Bisoprolol, à retirer "
      + "à la Pharmacie Croix-Rousse à partir de 17 h. Pensez à votre carte Vitale. Votre allergie aux AINS est "
      + "bien notée pour vos prochains conseils.",
  },
  (messages) => (knowsAllergy(messages)
    ? { tool_calls: [call("toolu_01Qm5sW9jHcR", "ajouter_au_panier",
      { produit: "Paracétamol 1 g, 8 comprimés (Doliprane)", quantite: 1, ordonnance: null })] }
    : { tool_calls: [call("toolu_01Qm5sW9jHcR", "ajouter_au_panier",
      { produit: "Ibuprofène 400 mg, 20 comprimés (Advil)", quantite: 1, ordonnance: null })] }),
  (messages) => (knowsAllergy(messages)
    ? { content: "J'ai ajouté du Doliprane 1 g : 1 comprimé toutes les 6 heures, 3 par jour au maximum." }
    : {
      content: "J'ai ajouté une boîte d'Advil 400 mg (ibuprofène) à votre retrait : 1 comprimé au cours du repas, "
        + "à renouveler si besoin après 6 heures, sans dépasser 3 comprimés par jour. Si la douleur dure plus de "
        + "5 jours, consultez votre médecin.",
    }),
]);

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (state) => ({
    messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
  }))
  .addNode("tools", new ToolNode([consulterOrdonnance, ajouterAuPanier]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({
    messages: [human("Bonjour, je voudrais renouveler mon ordonnance ORD-2026-0412 s'il vous plaît.")],
    user_id: "pat-55102",
  }, threadConfig(THREAD));
  // The mobile app keeps the checkpoint id of the last screen it rendered ...
  const cached = (await g.getState(threadConfig(THREAD))).config.configurable.checkpoint_id;
  await g.invoke({
    messages: [human("Oui, retrait à la Croix-Rousse. Et notez bien : je suis allergique à l'ibuprofène et à tous "
      + "les AINS, j'ai fait un œdème de Quincke en 2019.")],
  }, threadConfig(THREAD));
  // ... and, after being killed in the background, reopens the conversation from that id.
  await g.invoke({
    messages: [human("J'ai mal au dos depuis ce matin, vous pouvez ajouter quelque chose contre la douleur à "
      + "ma commande ?")],
  }, threadConfig(THREAD, { checkpoint_id: cached }));
});
