// Plateforme d'affrètement : un agent commercial reçoit la demande du chargeur et confie la
// réservation à un sous-graphe "affreteur" (sa propre boucle d'outils, checkpointée dans son
// namespace). LangGraph.js + SqliteSaver, modèle scripté.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "DEM-2026-06-00417";

const OFFRES = [
  { offre: "OF-88213", transporteur: "Transports Maurin", vehicule: "porteur 19 t", hayon: false, charge_utile_t: 9.5, prix_ht_eur: 640 },
  { offre: "OF-88219", transporteur: "Alpes Fret Express", vehicule: "porteur 12 t", hayon: true, charge_utile_t: 4.8, prix_ht_eur: 890 },
  { offre: "OF-88230", transporteur: "Rhône Messagerie", vehicule: "semi 40 t", hayon: false, charge_utile_t: 25, prix_ht_eur: 1180 },
];

const chercherTransporteurs = tool(
  async ({ depart, arrivee, date_livraison, hayon_requis }) => JSON.stringify({
    depart, arrivee, date_livraison,
    offres: OFFRES.filter((o) => !hayon_requis || o.hayon),
  }),
  {
    name: "chercher_transporteurs",
    description: "Interroge la bourse de fret.",
    schema: z.object({ depart: z.string(), arrivee: z.string(), date_livraison: z.string(), hayon_requis: z.boolean() }),
  },
);

const reserverCamion = tool(
  async ({ offre }) => JSON.stringify({ lettre_de_voiture: "LV-0612-55307", offre, statut: "confirmée", enlevement: "2026-06-11T15:00" }),
  { name: "reserver_camion", description: "Confirme une offre de transport.", schema: z.object({ offre: z.string() }) },
);

const model = new ScriptedChatModel(THREAD, [
  // commercial: résumé transmis à l'affréteur
  { content: "Dossier transmis à l'affrètement : Lyon (Corbas) → Grenoble, 6 palettes, livraison le 12/06 avant 10h." },
  // affreteur (sous-graphe) : ne voit que le résumé
  (messages) => ({
    tool_calls: [call("toolu_01FrT9", "chercher_transporteurs", {
      depart: "Corbas", arrivee: "Grenoble", date_livraison: "2026-06-12",
      hayon_requis: /hayon/i.test(messages.map((m) => m.content).join(" ")),
    })],
  }),
  { tool_calls: [call("toolu_02Rsv4", "reserver_camion", { offre: "OF-88213" })] },
  { content: "Réservé : Transports Maurin, porteur 19 t, 640 € HT, enlèvement le 11/06 à 15h, lettre de voiture LV-0612-55307." },
  // commercial : réponse au client
  { content: "C'est réservé ! Transports Maurin enlèvera vos 6 palettes le 11/06 à 15h à Corbas pour une livraison à Grenoble le 12/06 avant 10h. Prix : 640 € HT (LV-0612-55307)." },
]);

const affreteur = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Tu es l'affréteur. Réserve l'offre la moins chère qui respecte la demande."), ...state.messages])],
  }))
  .addNode("tools", new ToolNode([chercherTransporteurs, reserverCamion]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile();

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  consigne_affretement: Annotation(),
  lettre_de_voiture: Annotation(),
});

const graph = (checkpointer) => new StateGraph(State)
  .addNode("commercial", async (state) => {
    const msg = await model.invoke([new SystemMessage("Tu es le commercial. Résume la demande pour l'affrètement."), ...state.messages]);
    return { messages: [msg], consigne_affretement: msg.content };
  })
  .addNode("affretement", async (state, config) => {
    const out = await affreteur.invoke({ messages: [human(state.consigne_affretement)] }, config);
    const lv = /LV-\d{4}-\d{5}/.exec(lastText(out.messages, "ai"))?.[0];
    return { lettre_de_voiture: lv };
  })
  .addNode("reponse_client", async (state) => ({
    messages: [await model.invoke([new SystemMessage(`Confirme au client. Lettre de voiture : ${state.lettre_de_voiture}`), ...state.messages])],
  }))
  .addEdge(START, "commercial")
  .addEdge("commercial", "affretement")
  .addEdge("affretement", "reponse_client")
  .addEdge("reponse_client", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    user_id: "chargeur-SIRET-81234567800021",
    messages: [human(
      "Bonjour, il me faut un camion Corbas → Grenoble (Biocoop, 14 rue des Alliés) : 6 palettes, 2,8 t au total, "
      + "livraison le 12/06 avant 10h. Attention, le magasin n'a pas de quai : hayon élévateur obligatoire. Budget max 950 € HT.",
    )],
  }, threadConfig(THREAD));
});
