// Assistant d'intégration RH (français). The graph keeps the conversation short with a "fenetre"
// node that removes every user turn but the last three from state before the model is called.
// Real LangGraph.js + SqliteSaver, scripted model.
//   node bench/incidents/batch-a/lgsqlite-onboarding-badge-site/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, ScriptedChatModel, SystemMessage, ToolNode,
  call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "onb_2026-06-02_lmarchand";
const KEEP_TURNS = 3;

const ficheSalarie = tool(
  async ({ matricule }) => JSON.stringify({
    matricule, nom: "MARCHAND Lucie", poste: "Technicienne qualité", date_entree: "2026-06-02",
    site_administratif: "Paris-La Défense (siège)", manager: "K. Benali", contrat: "CDI",
  }),
  { name: "fiche_salarie", description: "Lit la fiche RH d'un salarié.", schema: z.object({ matricule: z.string() }) },
);

const listerEquipement = tool(
  async ({ poste }) => JSON.stringify({
    poste, dotation: ["PC portable Latitude 7450", "casque anti-bruit", "chaussures de sécurité S3", "blouse ESD x2"],
  }),
  { name: "lister_equipement", description: "Dotation standard d'un poste.", schema: z.object({ poste: z.string() }) },
);

const commanderAcces = tool(
  async ({ matricule, site, parking_pmr }) => JSON.stringify({
    demande: "ACC-88213", matricule, site, parking_pmr, badge_disponible_le: "2026-06-02", statut: "commandé",
  }),
  {
    name: "commander_acces",
    description: "Commande le badge d'accès et, si demandé, une place de parking PMR sur un site.",
    schema: z.object({ matricule: z.string(), site: z.string(), parking_pmr: z.boolean() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const knowsLyon = (m) => promptText(m).includes("Lyon-Gerland");
const model = new ScriptedChatModel(THREAD, [
  { content: "Bienvenue Lucie ! C'est noté : vous travaillerez à Lyon-Gerland et non à La Défense, avec une place "
      + "de parking PMR. J'en tiendrai compte pour votre badge et votre parking." },
  { tool_calls: [call("call_eq_01", "lister_equipement", { poste: "Technicienne qualité" })] },
  { content: "Pour votre poste, vous recevrez un PC portable Latitude 7450, un casque anti-bruit, des chaussures "
      + "de sécurité S3 et deux blouses ESD." },
  { content: "La mutuelle d'entreprise est obligatoire ; l'adhésion se fait sur le portail RH dès votre premier "
      + "jour, vous recevrez le lien par e-mail." },
  { content: "Les horaires de votre service sont définis par votre manager ; je vous conseille de les confirmer "
      + "avec K. Benali avant le 2 juin." },
  { tool_calls: [call("call_fiche_02", "fiche_salarie", { matricule: "00418873" })] },
  (m) => ({
    tool_calls: [call("call_acc_03", "commander_acces", {
      matricule: "00418873",
      site: knowsLyon(m) ? "Lyon-Gerland" : "Paris-La Défense (siège)",
      parking_pmr: knowsLyon(m),
    })],
  }),
  (m) => ({
    content: knowsLyon(m)
      ? "C'est fait : badge et place PMR commandés pour Lyon-Gerland (demande ACC-88213)."
      : "C'est fait : votre badge d'accès pour Paris-La Défense (siège) sera disponible le 2 juin, demande ACC-88213.",
  }),
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("fenetre", async (state) => {
      const humans = state.messages.map((m, i) => (m.getType() === "human" ? i : -1)).filter((i) => i >= 0);
      if (humans.length <= KEEP_TURNS) return {};
      const cut = humans[humans.length - KEEP_TURNS];
      return { messages: state.messages.slice(0, cut).map((m) => new RemoveMessage({ id: m.id })) };
    })
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Tu es l'assistant d'intégration RH. Réponds en français."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([ficheSalarie, listerEquipement, commanderAcces]))
    .addEdge(START, "fenetre")
    .addEdge("fenetre", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Bonjour, je suis Lucie Marchand (matricule 00418873), j'arrive le 2 juin. Attention : ma fiche "
      + "indique La Défense, mais mon poste est en réalité à Lyon-Gerland, c'est validé avec K. Benali. J'ai aussi "
      + "besoin d'une place de parking PMR (RQTH).")],
    user_id: "emp-00418873",
  }, cfg);
  await graph.invoke({ messages: [human("Quel matériel vais-je recevoir ?")] }, cfg);
  await graph.invoke({ messages: [human("Et pour la mutuelle, je dois faire quelque chose ?")] }, cfg);
  await graph.invoke({ messages: [human("D'accord. Vous connaissez mes horaires ?")] }, cfg);
  await graph.invoke({ messages: [human("Parfait. Vous pouvez commander mon badge et ma place de parking ?")] }, cfg);
});
