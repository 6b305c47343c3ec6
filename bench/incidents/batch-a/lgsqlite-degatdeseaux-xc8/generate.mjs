// Assistant sinistres d'un assureur habitation (français). Le contrat se lit dans le SI, les
// conditions générales par une recherche sémantique filtrée sur la formule et le millésime.
//   node generate.mjs   -> checkpoints.sqlite
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "sin-conv-01JS3Q7W5T9KX2M4B8";

const consulterContrat = tool(
  async ({ numero_contrat }) => JSON.stringify({
    numero_contrat, produit: "Multirisque Habitation", formule: "CONFORT+", millesime_cg: "CG-MRH-2023-07",
    statut: "actif", date_effet: "2023-10-01", echeance: "2026-09-30", adresse_risque: "17 rue des Tanneurs, 67000 Strasbourg",
    options: ["assistance_plomberie"],
  }),
  {
    name: "consulter_contrat",
    description: "Lit un contrat habitation dans le système de gestion.",
    schema: z.object({ numero_contrat: z.string() }),
  },
);

const rechercherCG = tool(
  async ({ question, formule, millesime }) => JSON.stringify({
    index: "cg-habitation-v5", filtre: { formule, millesime }, k: 6, seuil_similarite: 0.78,
    meilleur_score: 0.41, passages: [],
  }),
  {
    name: "rechercher_conditions_generales",
    description: "Recherche sémantique dans les conditions générales et particulières (passages avec leur article).",
    schema: z.object({ question: z.string(), formule: z.string(), millesime: z.string() }),
  },
);

const ouvrirDossier = tool(
  async ({ numero_contrat, nature, date_survenance, franchise_eur, description }) => JSON.stringify({
    dossier: "SIN-67-2026-0031877", numero_contrat, nature, date_survenance, franchise_eur, description,
    statut: "ouvert", expert_mandate: false,
  }),
  {
    name: "ouvrir_dossier_sinistre",
    description: "Ouvre un dossier de sinistre.",
    schema: z.object({
      numero_contrat: z.string(), nature: z.string(), date_survenance: z.string(), franchise_eur: z.number(),
      description: z.string(),
    }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tc_contrat", "consulter_contrat", { numero_contrat: "HAB-4471-0922" })] },
  { tool_calls: [call("tc_cg", "rechercher_conditions_generales", {
    question: "franchise dégât des eaux, délai de déclaration, prise en charge des revêtements de sol",
    formule: "CONFORT+", millesime: "2026",
  })] },
  { tool_calls: [call("tc_dossier", "ouvrir_dossier_sinistre", {
    numero_contrat: "HAB-4471-0922", nature: "degat_des_eaux", date_survenance: "2026-04-20", franchise_eur: 150,
    description: "Fuite du flexible de la machine à laver, parquet du séjour gonflé (env. 22 m²).",
  })] },
  { content: "J'ai ouvert votre dossier SIN-67-2026-0031877. Avec votre formule Confort+, la franchise dégât des "
      + "eaux est de 150 € et vous disposez de 5 jours ouvrés pour déclarer le sinistre, vous êtes donc dans les "
      + "temps. Les revêtements de sol sont indemnisés en valeur à neuf jusqu'à 4 000 €, avec une vétusté "
      + "plafonnée à 25 %. Conservez le flexible défectueux et envoyez-nous sous 10 jours les photos et la facture "
      + "du parquet." },
  { content: "Non, en dessous de 1 600 € de dommages estimés, aucun expert ne se déplace : un devis de votre "
      + "parqueteur suffit, le règlement intervient sous 30 jours après réception." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = new StateGraph(State)
  .addNode("assistant", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Vous êtes l'assistant sinistres d'Assurances Ill & Rhin. "
      + "Appuyez-vous sur le contrat et les conditions générales."), ...state.messages])],
  }))
  .addNode("outils", new ToolNode([consulterContrat, rechercherCG, ouvrirDossier]))
  .addEdge(START, "assistant")
  .addConditionalEdges("assistant", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "assistant");

await writeIncident(import.meta.url, async (checkpointer) => {
  const app = graph.compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await app.invoke({
    messages: [human("Bonjour, hier soir le flexible de ma machine à laver a lâché, le parquet du séjour est gonflé "
      + "sur une bonne vingtaine de m². Contrat HAB-4471-0922. Quelle est ma franchise, je suis encore dans les "
      + "délais pour déclarer ? Et le parquet, il est remboursé comment ?")],
    user_id: "souscripteur:0067-204518",
  }, cfg);
  await app.invoke({ messages: [human("D'accord. Un expert va passer ?")] }, cfg);
});
