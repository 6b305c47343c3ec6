// Assistant RH : le recruteur valide le budget, puis confie la rédaction de l'offre à un sous-graphe.
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rh-lyon-CAND2291-7b3e";

const validerBudget = tool(
  async ({ poste_id }) => JSON.stringify({ poste_id, intitule: "Ingénieure data confirmée", site: "Lyon",
    plafond_brut_annuel_eur: 52000, teletravail_jours_semaine: 2, valide_par: "DRH – M. Perrin", date: "2026-04-28" }),
  { name: "valider_budget", description: "Budget validé par la direction pour un poste.", schema: z.object({ poste_id: z.string() }) },
);
const emettreOffre = tool(
  async ({ candidat_id, poste_id, salaire_brut_annuel_eur, date_debut }) => JSON.stringify({
    offre_id: "OF-2026-0193", candidat_id, poste_id, salaire_brut_annuel_eur, date_debut, statut: "envoyée à la candidate" }),
  { name: "emettre_offre", description: "Génère la lettre d'offre et l'envoie à la candidate.",
    schema: z.object({ candidat_id: z.string(), poste_id: z.string(), salaire_brut_annuel_eur: z.number(), date_debut: z.string() }) },
);

const recruteur = new ScriptedChatModel("recruteur", [
  { tool_calls: [call("appel_01", "valider_budget", { poste_id: "DATA-ENG-2" })] },
  { content: "Budget confirmé pour DATA-ENG-2. Je passe la main à la rédaction de l'offre pour Camille Besson." },
], "mistral-large-2411");
const redacteur = new ScriptedChatModel("redaction", [
  { tool_calls: [call("appel_02", "emettre_offre", { candidat_id: "CAND-2291", poste_id: "DATA-ENG-2", salaire_brut_annuel_eur: 58000, date_debut: "2026-06-01" })] },
  (msgs) => ({ content: `Offre ${JSON.parse(lastText(msgs, "tool")).offre_id} envoyée à Camille Besson : 58 000 € brut annuel, prise de poste le 1er juin 2026.` }),
], "mistral-large-2411");

const SousEtat = Annotation.Root({ ...MessagesAnnotation.spec, candidat_id: Annotation() });
const sousGraphe = new StateGraph(SousEtat)
  .addNode("redacteur", async (s) => ({ messages: [await redacteur.invoke([
    new SystemMessage("Tu rédiges les offres d'embauche à partir du brief reçu."), ...s.messages])] }))
  .addNode("outils", new ToolNode([emettreOffre]))
  .addEdge(START, "redacteur").addConditionalEdges("redacteur", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "redacteur").compile();

const Etat = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), candidat_id: Annotation() });
const graph = (checkpointer) => new StateGraph(Etat)
  .addNode("recruteur", async (s) => ({ messages: [await recruteur.invoke([
    new SystemMessage("Tu es l'assistant du recrutement."), ...s.messages])] }))
  .addNode("outils", new ToolNode([validerBudget]))
  .addNode("redaction_offre", async (s, config) => {
    const brief = "Rédige et envoie l'offre pour Camille Besson (CAND-2291), poste DATA-ENG-2 « Ingénieure data confirmée », Lyon. "
      + "Fourchette publiée dans l'annonce : 48 000 – 60 000 € brut annuel. Prise de poste souhaitée : 1er juin 2026.";
    const res = await sousGraphe.invoke({ candidat_id: s.candidat_id, messages: [new HumanMessage(brief)] }, config);
    return { messages: [new AIMessage(res.messages.at(-1).content)] };
  })
  .addEdge(START, "recruteur")
  .addConditionalEdges("recruteur", toolsCondition, { tools: "outils", [END]: "redaction_offre" })
  .addEdge("outils", "recruteur").addEdge("redaction_offre", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({ user_id: "rh.lmartin", candidat_id: "CAND-2291", messages: [human(
    "On part sur Camille Besson (CAND-2291) pour DATA-ENG-2. La direction a validé 52 k€ brut maximum, pas un euro de plus, et 2 jours de télétravail. Tu peux préparer et envoyer l'offre, début au 1er juin.")] },
    threadConfig(THREAD));
});
