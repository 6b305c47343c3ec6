// Coordinateur logistique d'un distributeur de bricolage (Rhône-Alpes) qui délègue l'affrètement
// à un agent transport (sous-graphe lancé avec une consigne rédigée par le coordinateur).
// Real LangGraph JS graphs, real SqliteSaver, scripted chat models (offline).
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-affretement-hayon-tc3/generate.mjs
import {
  Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode,
  toolsCondition, ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "fret-7c1e2a9d";

// --- outils du coordinateur ---------------------------------------------------------------------

const verifierCommande = tool(
  async ({ reference }) => JSON.stringify({
    reference,
    statut: "préparée",
    entrepot: "Vénissieux (69200), quai 4",
    destinataire: "Magasin Grenoble-Échirolles, 12 av. de Grugliasco, 38130 Échirolles",
    lignes: [
      { article: "Carrelage grès 60x60 Ardoise", palettes: 4, poids_kg: 1920 },
      { article: "Mortier-colle C2S1 25 kg", palettes: 2, poids_kg: 960 },
    ],
    total_palettes: 6,
    total_kg: 2880,
  }),
  { name: "verifier_commande", description: "Statut et contenu d'une commande inter-sites.", schema: z.object({ reference: z.string() }) },
);

const consigneSchema = z.object({ consigne: z.string() });

// --- agent transport (sous-graphe) ---------------------------------------------------------------

const OFFRES = [
  { offre: "OF-RF-31", transporteur: "Rhône Fret", vehicule: "semi-remorque bâchée 13,6 m", hayon: false,
    creneau_livraison: "15/05 13:00-17:00", capacite_kg: 24000, prix_ht_eur: 290 },
  { offre: "OF-TA-08", transporteur: "Trans'Alpes", vehicule: "porteur 19 t", hayon: true,
    creneau_livraison: "15/05 07:00-10:00", capacite_kg: 9000, prix_ht_eur: 385 },
  { offre: "OF-DE-12", transporteur: "Dauphiné Express", vehicule: "porteur 12 t", hayon: true,
    creneau_livraison: "15/05 08:00-12:00", capacite_kg: 2500, prix_ht_eur: 340 },
];

const rechercher = tool(
  async ({ origine, destination, date_livraison, poids_kg, hayon }) => JSON.stringify({
    origine, destination, date_livraison,
    offres: OFFRES.filter((o) => o.capacite_kg >= poids_kg && (!hayon || o.hayon)).map(({ capacite_kg, ...o }) => o),
  }),
  {
    name: "rechercher_transporteurs",
    description: "Cotations des transporteurs référencés pour un lot.",
    schema: z.object({
      origine: z.string(), destination: z.string(), date_livraison: z.string(), poids_kg: z.number(),
      nb_palettes: z.number(), hayon: z.boolean().optional(),
    }),
  },
);

const reserver = tool(
  async ({ offre, reference_client }) => {
    const o = OFFRES.find((x) => x.offre === offre);
    return JSON.stringify({ confirmation: o.offre === "OF-RF-31" ? "RFR-25-05-4471" : "TAL-250515-0093", statut: "réservé",
      transporteur: o.transporteur, vehicule: o.vehicule, creneau_livraison: o.creneau_livraison, prix_ht_eur: o.prix_ht_eur,
      reference_client, enlevement: "14/05 15:00-18:00 Vénissieux quai 4" });
  },
  {
    name: "reserver_transport",
    description: "Réserve une offre de transport.",
    schema: z.object({ offre: z.string(), reference_client: z.string() }),
  },
);

// The transport agent only knows what its brief (the human message it was started with) says.
const brief = (messages) => lastText(messages, "human");
const needsTailLift = (messages) => /hayon/i.test(brief(messages));
const before10 = (messages) => /avant 10/i.test(brief(messages));

const agentTransport = new ScriptedChatModel(`${THREAD}/transport`, [
  (m) => ({ tool_calls: [call("rt-0001", "rechercher_transporteurs", {
    origine: "Vénissieux", destination: "Échirolles", date_livraison: "2025-05-15", poids_kg: 2880, nb_palettes: 6,
    ...(needsTailLift(m) ? { hayon: true } : {}) })] }),
  (m) => {
    const offre = needsTailLift(m) || before10(m) ? "OF-TA-08" : "OF-RF-31";
    return { tool_calls: [call("rt-0002", "reserver_transport", { offre, reference_client: "CMD-77812" })] };
  },
  (m) => ({ content: needsTailLift(m)
    ? "Réservé : Trans'Alpes, porteur 19 t avec hayon, livraison 15/05 07:00-10:00, 385 € HT, confirmation TAL-250515-0093."
    : "Réservé au meilleur prix : Rhône Fret, semi-remorque bâchée, enlèvement 14/05 15:00-18:00, livraison 15/05, 290 € HT, "
      + "confirmation RFR-25-05-4471." }),
]);

const TransportState = MessagesAnnotation;
const sousGraphe = new StateGraph(TransportState)
  .addNode("affreteur", async (s) => ({ messages: [await agentTransport.invoke([
    new SystemMessage("Tu es l'agent d'affrètement. Trouve et réserve le transport demandé au meilleur prix."), ...s.messages])] }))
  .addNode("outils", new ToolNode([rechercher, reserver]))
  .addEdge(START, "affreteur")
  .addConditionalEdges("affreteur", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "affreteur")
  .compile();

// --- coordinateur ------------------------------------------------------------------------------

const coordinateur = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("co-5501", "verifier_commande", { reference: "CMD-77812" })] },
  { tool_calls: [call("co-5502", "confier_au_transport", {
    consigne: "Affréter le lot CMD-77812 : 6 palettes, 2 880 kg, enlèvement Vénissieux quai 4, livraison magasin "
      + "Grenoble-Échirolles (12 av. de Grugliasco) le jeudi 15/05. Prendre l'offre la plus économique." })] },
  { content: "C'est calé : Rhône Fret enlève les 6 palettes (2 880 kg) mercredi 14/05 à Vénissieux et livre le magasin "
      + "d'Échirolles jeudi 15/05, pour 290 € HT. Confirmation RFR-25-05-4471." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), site: Annotation() });

const route = (s) => {
  const last = s.messages.at(-1);
  if (!last.tool_calls?.length) return END;
  return last.tool_calls[0].name === "confier_au_transport" ? "transport" : "outils";
};

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("coordinateur", async (s) => ({ messages: [await coordinateur.invoke([
      new SystemMessage("Tu es le coordinateur logistique. Vérifie la commande puis confie l'affrètement à l'agent transport "
        + "avec l'outil confier_au_transport."), ...s.messages])] }))
    .addNode("outils", new ToolNode([verifierCommande]))
    .addNode("transport", async (s, config) => {
      const appel = s.messages.at(-1).tool_calls[0];
      const { consigne } = consigneSchema.parse(appel.args);
      const res = await sousGraphe.invoke({ messages: [new HumanMessage(consigne)] }, config);
      return { messages: [new ToolMessage({ tool_call_id: appel.id, name: appel.name, content: res.messages.at(-1).content })] };
    })
    .addEdge(START, "coordinateur")
    .addConditionalEdges("coordinateur", route, ["outils", "transport", END])
    .addEdge("outils", "coordinateur")
    .addEdge("transport", "coordinateur")
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Bonjour, il faut expédier la commande CMD-77812 (6 palettes, 480 kg chacune) de Vénissieux au magasin "
      + "de Grenoble-Échirolles. Attention : leur réception n'a pas de quai, donc camion avec hayon élévateur obligatoire, "
      + "et livraison le jeudi 15 mai avant 10h00 — après, l'équipe de réception n'est plus là et ils refusent la marchandise.")],
    user_id: "m.gauthier@bricosud.fr",
    site: "VEN-69",
  }, threadConfig(THREAD));
});
