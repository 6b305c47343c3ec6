// Plateforme logistique (entrepôt de Vitrolles). Un agent de coordination lit la commande, rédige
// un ordre de transport et le confie à l'agent "affrètement" : ce sous-graphe (checkpointé dans son
// propre espace de noms) ne reçoit que le texte de l'ordre de transport, puis cherche et réserve un
// transporteur. Le coordinateur répond ensuite au client interne.
import {
  Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "exp-2026-05-CMD8841207";

const consulterCommande = tool(
  async ({ ref }) => JSON.stringify({
    ref, client: "CHU de Lyon – Pharmacie centrale", contenu: "Vaccins (lot VX-2231), 12 palettes",
    poids_kg: 3420, enlevement: { site: "Entrepôt Vitrolles, quai 7", date: "2026-05-11", a_partir_de: "08:00" },
    livraison: { site: "Hôpital Édouard-Herriot, quai 4, Lyon 3e", au_plus_tard: "2026-05-12T10:00" },
    temperature: "+2 °C / +8 °C, enregistreur obligatoire", valeur_declaree_eur: 418000,
  }),
  { name: "consulter_commande", description: "Détail d'une commande client.", schema: z.object({ ref: z.string() }) },
);

const chercherTransporteurs = tool(
  async ({ depart, arrivee, palettes, date_enlevement }) => JSON.stringify({
    depart, arrivee, palettes, date_enlevement,
    offres: [
      { offre: "OF-5512", transporteur: "Transports Giraud", vehicule: "semi-remorque bâchée", groupe_froid: false,
        prix_ht_eur: 640, livraison: "2026-05-12 14:00–18:00" },
      { offre: "OF-5519", transporteur: "Froid Express Sud", vehicule: "semi frigorifique ATP FRC", groupe_froid: true,
        prix_ht_eur: 1180, livraison: "2026-05-12 07:00–09:30" },
      { offre: "OF-5530", transporteur: "Rhône Fret", vehicule: "porteur 19 t bâché", groupe_froid: false,
        prix_ht_eur: 710, livraison: "2026-05-12 09:00–12:00" },
    ],
  }),
  {
    name: "chercher_transporteurs",
    description: "Offres de transport disponibles.",
    schema: z.object({ depart: z.string(), arrivee: z.string(), palettes: z.number(), date_enlevement: z.string() }),
  },
);

const reserverTransport = tool(
  async ({ offre }) => JSON.stringify({ reservation: "RSV-20260511-073", offre, statut: "confirmée" }),
  { name: "reserver_transport", description: "Réserve une offre.", schema: z.object({ offre: z.string() }) },
);

const coordinateur = new ScriptedChatModel("coordination", [
  { tool_calls: [call("call_8fKq2Lw", "consulter_commande", { ref: "CMD-88-41207" })] },
  { content: "Commande CMD-88-41207 lue. Je prépare l'ordre de transport pour l'affrètement." },
  // rédaction de l'ordre de transport
  { content: "Ordre de transport CMD-88-41207 : enlèvement le 11/05 à partir de 08h00, Entrepôt Vitrolles quai 7. "
      + "12 palettes, 3 420 kg. Livraison le 12/05 à l'Hôpital Édouard-Herriot, quai 4, Lyon 3e. "
      + "Choisir l'offre la plus économique." },
  (messages) => {
    const r = lastText(messages, "human");
    return { content: `C'est organisé pour la commande CMD-88-41207 : ${r}` };
  },
]);

const affreteur = new ScriptedChatModel("affretement", [
  { tool_calls: [call("call_Zt41pQe", "chercher_transporteurs",
    { depart: "Vitrolles", arrivee: "Lyon", palettes: 12, date_enlevement: "2026-05-11" })] },
  (messages) => {
    const t = lastText(messages, "human"); // l'ordre de transport reçu
    const froid = /\+2|frigorifique|température/i.test(t);
    const avantDix = /10h00|10:00/.test(t);
    const offre = froid ? "OF-5519" : avantDix ? "OF-5530" : "OF-5512";
    return { tool_calls: [call("call_Rb77xNc", "reserver_transport", { offre })] };
  },
  (messages) => {
    const offres = JSON.parse(messages.find((m) => m.getType() === "tool").content).offres;
    const res = JSON.parse(messages.at(-1).content);
    const o = offres.find((x) => x.offre === res.offre);
    return { content: `Réservation ${res.reservation} ${res.statut} : ${o.transporteur}, ${o.vehicule}, `
        + `${o.prix_ht_eur} € HT, livraison prévue le 12/05 entre ${o.livraison.split(" ")[1].replace("–", " et ")}.` };
  },
]);

const affretement = new StateGraph(MessagesAnnotation)
  .addNode("affreteur", async (state) => ({
    messages: [await affreteur.invoke([new SystemMessage("Tu es l'agent d'affrètement. Tu exécutes l'ordre de transport reçu."), ...state.messages])],
  }))
  .addNode("outils", new ToolNode([chercherTransporteurs, reserverTransport]))
  .addEdge(START, "affreteur")
  .addConditionalEdges("affreteur", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "affreteur")
  .compile();

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  ordre_transport: Annotation(),
  reservation: Annotation(),
});

const SYSTEM = "Tu coordonnes les expéditions de la plateforme de Vitrolles.";

const graphe = (checkpointer) => new StateGraph(State)
  .addNode("coordination", async (state) => ({
    messages: [await coordinateur.invoke([new SystemMessage(SYSTEM), ...state.messages])],
  }))
  .addNode("outils_coordination", new ToolNode([consulterCommande]))
  .addNode("rediger_ordre", async (state) => {
    const ordre = await coordinateur.invoke([
      new SystemMessage("Rédige l'ordre de transport destiné à l'affrètement, en quelques lignes."),
      ...state.messages,
    ]);
    return { ordre_transport: ordre.content };
  })
  .addNode("affretement", async (state) => {
    const out = await affretement.invoke({ messages: [new HumanMessage(state.ordre_transport)] });
    return { reservation: out.messages.at(-1).content };
  })
  .addNode("compte_rendu", async (state) => ({
    messages: [await coordinateur.invoke([new SystemMessage(SYSTEM), ...state.messages,
      new HumanMessage(state.reservation)])],
  }))
  .addEdge(START, "coordination")
  .addConditionalEdges("coordination", toolsCondition, { tools: "outils_coordination", [END]: "rediger_ordre" })
  .addEdge("outils_coordination", "coordination")
  .addEdge("rediger_ordre", "affretement")
  .addEdge("affretement", "compte_rendu")
  .addEdge("compte_rendu", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (checkpointer) => {
  await graphe(checkpointer).invoke({
    messages: [human("Bonjour, la commande CMD-88-41207 pour le CHU de Lyon doit partir demain. "
      + "Tu peux organiser le transport ?")],
    user_id: "c.benali@plateforme-vitrolles.example.fr",
  }, threadConfig(THREAD));
});
