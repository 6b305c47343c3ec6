// Return-pickup assistant of a French home-goods shop. The first order search finds nothing and the
// assistant asks for the order number; before the second turn a compaction node folds the older
// messages into a running summary (RemoveMessage + summary channel).
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), resume: Annotation() });

const rechercherCommandes = tool(
  async ({ email, mois }) => JSON.stringify({ email, mois, commandes: [] }),
  { name: "rechercher_commandes", description: "Commandes d'un client par e-mail et mois.",
    schema: z.object({ email: z.string(), mois: z.string() }) },
);
const detailCommande = tool(
  async ({ numero }) => JSON.stringify({ numero, article: "Lampe Orsay laiton", prix_eur: 149.0, livree_le: "2026-03-06",
    email_commande: "c.lefevre.pro@exemple.fr", retour_possible_jusqu_au: "2026-04-05", adresse: "14 rue des Tanneurs, 69007 Lyon" }),
  { name: "detail_commande", description: "Détail d'une commande.", schema: z.object({ numero: z.string() }) },
);
const planifierEnlevement = tool(
  async ({ numero, date }) => JSON.stringify({ enlevement: "ENL-3Q8-771", numero, date, creneau: "8h-13h", statut: "planifié" }),
  { name: "planifier_enlevement", description: "Planifie l'enlèvement d'un retour (date AAAA-MM-JJ).",
    schema: z.object({ numero: z.string(), date: z.string() }) },
);

const SYSTEM = "Tu es l'assistant retours de Maison Verrière. Vouvoie le client.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("compacter", async (s) => {
      if (s.messages.length <= 4) return {};
      const old = s.messages.slice(0, -1);
      return {
        messages: old.map((m) => new RemoveMessage({ id: m.id })),
        resume: "Cliente Camille Lefèvre veut retourner une lampe commandée début mars 2026. Absente du 18 au 25 mars : "
          + "aucun enlèvement ces jours-là. Recherche par e-mail camille.lefevre@exemple.fr pour mars : aucune commande ; "
          + "numéro de commande demandé.",
      };
    })
    .addNode("assistant", async (s) => {
      const sys = SYSTEM + (s.resume ? `\nRésumé de la conversation : ${s.resume}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...s.messages])] };
    })
    .addNode("tools", new ToolNode([rechercherCommandes, detailCommande, planifierEnlevement]))
    .addEdge(START, "compacter")
    .addEdge("compacter", "assistant")
    .addConditionalEdges("assistant", toolsCondition, ["tools", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const thread = "9b1e4c70-55d2-4a8e-b0f3-retours";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_r01", "rechercher_commandes", { email: "camille.lefevre@exemple.fr", mois: "2026-03" })] },
    { content: "Je ne trouve aucune commande passée en mars avec l'adresse camille.lefevre@exemple.fr. "
        + "Auriez-vous le numéro de commande (il commence par MV-) ? Elle a peut-être été passée avec une autre adresse." },
    { tool_calls: [call("call_r02", "detail_commande", { numero: "MV-240318-K7" })] },
    (messages) => {
      const absent = messages[0].content.includes("18 au 25 mars");
      return { tool_calls: [call("call_r03", "planifier_enlevement",
        { numero: "MV-240318-K7", date: absent ? "2026-03-26" : "2026-03-19" })] };
    },
    { content: "Merci ! La commande MV-240318-K7 (lampe Orsay, 149 €) avait été passée avec c.lefevre.pro@exemple.fr. "
        + "Comme vous êtes absente du 18 au 25 mars, l'enlèvement ENL-3Q8-771 est planifié le jeudi 26 mars, entre 8h et 13h, "
        + "au 14 rue des Tanneurs. Le remboursement de 149 € suivra la réception." },
  ]);
  const g = graph(saver, model);
  await g.invoke({ messages: [human("Bonjour, je voudrais retourner la lampe que j'ai commandée début mars. Attention, "
      + "je suis absente du 18 au 25 mars, donc pas d'enlèvement ces jours-là. Mon e-mail : camille.lefevre@exemple.fr")],
    user_id: "cl-220871" }, threadConfig(thread));
  await g.invoke({ messages: [human("Ah oui, c'est la MV-240318-K7.")] }, threadConfig(thread));
});
