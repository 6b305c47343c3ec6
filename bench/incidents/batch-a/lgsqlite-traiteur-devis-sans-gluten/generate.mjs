// Event caterer's quoting assistant (French). Facts of the event are kept in a structured state
// field `evenement`; the message history is compacted after each turn. The intake node writes what
// it extracted from the latest message into `evenement`, which has no reducer, so the second turn
// replaces the record instead of merging into it.
//   node bench/incidents/batch-a/lgsqlite-traiteur-devis-sans-gluten/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "devis-TR-88213";

const proposerMenu = tool(
  async ({ couverts, couverts_sans_gluten, budget_par_personne_eur }) => JSON.stringify({
    menu_id: "M-112",
    intitule: "Déjeuner Printemps",
    prix_par_personne_eur: 36,
    couverts,
    declinaisons: couverts_sans_gluten > 0
      ? [{ regime: "sans gluten (cuisine dédiée)", couverts: couverts_sans_gluten, supplement_eur: 0 }]
      : [],
    dans_budget: 36 <= budget_par_personne_eur,
  }),
  {
    name: "proposer_menu",
    description: "Propose un menu du catalogue selon le nombre de couverts, les régimes et le budget.",
    schema: z.object({
      couverts: z.number(),
      couverts_sans_gluten: z.number(),
      budget_par_personne_eur: z.number(),
    }),
  },
);

const passerCommande = tool(
  async ({ menu_id, date, lieu, couverts, couverts_sans_gluten }) => JSON.stringify({
    commande: "CMD-TR-26-0981",
    statut: "ferme",
    menu_id,
    date,
    lieu,
    couverts,
    couverts_sans_gluten,
    total_ht_eur: couverts * 36,
    bon_de_production: "envoyé à la cuisine centrale (Pantin)",
  }),
  {
    name: "passer_commande",
    description: "Passe la commande ferme et envoie le bon de production à la cuisine.",
    schema: z.object({
      menu_id: z.string(),
      date: z.string(),
      lieu: z.string(),
      couverts: z.number(),
      couverts_sans_gluten: z.number(),
    }),
  },
);

/** Rule-based extraction of the event facts stated in one customer message. */
function extraire(texte) {
  const e = {};
  const date = texte.match(/(\d{1,2}) avril/);
  if (date) e.date = `2026-04-${date[1].padStart(2, "0")}`;
  const couverts = texte.match(/pour (\d+) personnes/) ?? texte.match(/nous serons (\d+)/);
  if (couverts) e.couverts = Number(couverts[1]);
  const sg = texte.match(/dont (\d+) (?:personnes )?cœliaques/);
  if (sg) e.couverts_sans_gluten = Number(sg[1]);
  const budget = texte.match(/budget de (\d+) ?€/);
  if (budget) e.budget_par_personne_eur = Number(budget[1]);
  const lieu = texte.match(/au (Pavillon [^,(]+?)(?: \(|,)/);
  if (lieu) e.lieu = lieu[1];
  return e;
}

const SYSTEM = "Tu es l'assistant devis de « Maison Berthier Traiteur ». Les informations de l'événement "
  + "sont dans la fiche ci-dessous ; elles font foi pour les menus et les commandes.";

function fiche(messages) {
  const m = messages[0].content.match(/Fiche événement : (.*)$/m);
  return m ? JSON.parse(m[1]) : {};
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    (messages) => {
      const f = fiche(messages);
      return { tool_calls: [call("call_menu_7a1", "proposer_menu", {
        couverts: f.couverts, couverts_sans_gluten: f.couverts_sans_gluten ?? 0,
        budget_par_personne_eur: f.budget_par_personne_eur,
      })] };
    },
    { content: "Je vous propose notre « Déjeuner Printemps » (menu M-112) à 36 € par personne, dans votre "
        + "budget, avec les adaptations demandées préparées en cuisine dédiée. Souhaitez-vous que je passe "
        + "la commande ferme ?" },
    (messages) => {
      const f = fiche(messages);
      return { tool_calls: [call("call_cmd_7b4", "passer_commande", {
        menu_id: "M-112", date: f.date, lieu: f.lieu, couverts: f.couverts,
        couverts_sans_gluten: f.couverts_sans_gluten ?? 0,
      })] };
    },
    { content: "C'est confirmé : commande CMD-TR-26-0981, 45 couverts du menu « Déjeuner Printemps » livrés "
        + "le 17 avril au Pavillon des Canaux, total 1 620 € HT. Le bon de production est parti en cuisine." },
  ], "mistral-large-2411");

  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    evenement: Annotation(),
  });
  const graph = new StateGraph(State)
    .addNode("intake", async (state) => ({ evenement: extraire(lastText(state.messages, "human")) }))
    .addNode("agent", async (state) => {
      const system = `${SYSTEM}\nFiche événement : ${JSON.stringify(state.evenement ?? {})}`;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([proposerMenu, passerCommande]))
    // Keep the prompt short: after each turn only the last assistant reply stays in the history.
    .addNode("compact", async (state) => ({
      messages: state.messages.slice(0, -1).map((m) => new RemoveMessage({ id: m.id })),
    }))
    .addEdge(START, "intake")
    .addEdge("intake", "agent")
    .addConditionalEdges("agent", toolsCondition, { tools: "tools", [END]: "compact" })
    .addEdge("tools", "agent")
    .addEdge("compact", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Bonjour, nous organisons un déjeuner d'entreprise le 17 avril pour 40 personnes, dont 6 "
      + "cœliaques (sans gluten strict, pas de traces). Nous avons un budget de 38 € par personne. "
      + "Que pouvez-vous nous proposer ?")],
    user_id: "client-ateliers-vernier",
  }, threadConfig(THREAD));

  await graph.invoke({
    messages: [human("Petit changement : le déjeuner aura finalement lieu au Pavillon des Canaux, toujours le "
      + "17 avril, et nous serons 45. Vous pouvez passer la commande ferme.")],
  }, threadConfig(THREAD));
});
