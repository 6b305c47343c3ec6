// Assistant RH / achats : accueil d'un nouvel employé, commande du poste de travail délégué à un
// sous-graphe « achats » (LangGraph.js, SQLite checkpointer, modèle scripté).
import {
  ScriptedChatModel, StateGraph, Annotation, MessagesAnnotation, START, END, ToolNode, toolsCondition,
  SystemMessage, HumanMessage, AIMessage, tool, z, call, human, threadConfig, writeIncident, lastText,
} from "../../harness/lgsqlite/lib.mjs";

const Parent = Annotation.Root({
  ...MessagesAnnotation.spec, user_id: Annotation(), dossier: Annotation(), consigne_achats: Annotation(),
  resultat_achats: Annotation(),
});
const Achats = Annotation.Root({ ...MessagesAnnotation.spec, consigne: Annotation() });

const catalogue = tool(
  async ({ categorie }) => JSON.stringify({ categorie, articles: [
    { ref: "CAT-NB-114", modele: "Lenovo ThinkPad E14 Gen 6", prix_ht_eur: 1090, claviers: ["FR-AZERTY", "CH-QWERTZ"] },
    { ref: "CAT-NB-207", modele: "Dell Latitude 7450", prix_ht_eur: 1745, claviers: ["FR-AZERTY", "CH-QWERTZ"] },
    { ref: "CAT-NB-311", modele: "Apple MacBook Pro 14 M4 Pro", prix_ht_eur: 2390, claviers: ["FR-AZERTY"] },
  ] }),
  { name: "catalogue_fournisseur", description: "Catalogue du fournisseur référencé.",
    schema: z.object({ categorie: z.string() }) },
);
const commander = tool(
  async ({ ref, clavier, site_livraison, matricule }) => JSON.stringify({
    bon_commande: "BC-26-004417", ref, clavier, site_livraison, matricule, statut: "transmis au fournisseur",
    livraison_prevue: "2026-03-06",
  }),
  { name: "passer_commande", description: "Transmet un bon de commande au fournisseur.",
    schema: z.object({ ref: z.string(), clavier: z.string(), site_livraison: z.string(), matricule: z.string() }) },
);

const thread = "onb_2026_02_camille-roy";
const rh = new ScriptedChatModel("rh", [
  { content: "Bien noté : poste pour Camille Roy (matricule EMP-00731), arrivée le 2 mars à Lausanne. "
      + "Plafond 1 200 € HT, clavier suisse QWERTZ, livraison au site de Lausanne avant le 2 mars. "
      + "Je transmets la demande au service achats." },
  (msgs) => ({ content: `Le service achats a traité la demande : ${lastText(msgs, "human")}` }),
]);
const acheteur = new ScriptedChatModel("achats", [
  { tool_calls: [call("ach-1f3a", "catalogue_fournisseur", { categorie: "ordinateur portable développeur" })] },
  { tool_calls: [call("ach-1f3b", "passer_commande", {
    ref: "CAT-NB-311", clavier: "FR-AZERTY", site_livraison: "Lausanne", matricule: "EMP-00731" })] },
  { content: "Commande BC-26-004417 transmise : MacBook Pro 14 M4 Pro (2 390 € HT), clavier AZERTY, "
      + "livraison à Lausanne prévue le 6 mars." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const sousGraphe = new StateGraph(Achats)
    .addNode("acheteur", async (s) => ({
      messages: [await acheteur.invoke([new SystemMessage("Tu es l'agent achats. Choisis le matériel adapté au profil."),
        ...s.messages])],
    }))
    .addNode("outils", new ToolNode([catalogue, commander]))
    .addEdge(START, "acheteur")
    .addConditionalEdges("acheteur", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "acheteur")
    .compile();

  const graph = new StateGraph(Parent)
    .addNode("accueil_rh", async (s) => {
      const reponse = await rh.invoke([new SystemMessage("Tu es l'assistant RH d'accueil."), ...s.messages]);
      return {
        messages: [reponse],
        consigne_achats: "Commander un ordinateur portable pour Camille Roy (EMP-00731), profil développeuse "
          + "backend, site de Lausanne, arrivée le 2 mars.",
      };
    })
    .addNode("achats", async (s) => {
      const out = await sousGraphe.invoke({ consigne: s.consigne_achats, messages: [new HumanMessage(s.consigne_achats)] });
      return { resultat_achats: out.messages.at(-1).content };
    })
    .addNode("cloture_rh", async (s) => ({
      messages: [await rh.invoke([...s.messages, new HumanMessage(s.resultat_achats)])],
    }))
    .addEdge(START, "accueil_rh")
    .addEdge("accueil_rh", "achats")
    .addEdge("achats", "cloture_rh")
    .addEdge("cloture_rh", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Bonjour, Camille Roy (EMP-00731) arrive le 2 mars à Lausanne comme développeuse backend. "
      + "Merci de commander son portable : budget maximum 1 200 € HT, clavier suisse QWERTZ obligatoire, "
      + "livraison sur le site de Lausanne avant son arrivée.")],
    user_id: "rh.sandrine.favre",
    dossier: "ONB-2026-0217",
  }, threadConfig(thread));
});
