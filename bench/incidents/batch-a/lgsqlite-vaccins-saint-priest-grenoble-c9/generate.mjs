// Bellerive Distribution : l'agent d'accueil prend les demandes d'expédition des clients et confie la
// réservation du transport à l'agent transport (sous-graphe avec ses propres outils), qui reçoit un
// ordre de mission rédigé à partir de la demande enregistrée.
// LangGraph.js avec SqliteSaver ; modèle de chat scripté (pas de réseau, pas de clé).
//
//   node bench/incidents/batch-a/lgsqlite-vaccins-saint-priest-grenoble-c9/generate.mjs
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, ScriptedChatModel, StateGraph,
  SystemMessage, ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dem-69800-000118";

// ------------------------------------------------------------------ outils (simulés)

const enregistrerDemande = tool(
  async (demande) => JSON.stringify({ demande_id: "DEM-20260409-118", statut: "enregistrée", ...demande }),
  {
    name: "enregistrer_demande",
    description: "Enregistre une demande d'expédition dans le TMS.",
    schema: z.object({
      client: z.string(),
      origine: z.string(),
      destination: z.string(),
      palettes: z.number().int(),
      poids_kg: z.number(),
      temperature: z.string().nullable().describe("plage de température exigée, ou null"),
      livraison_avant: z.string().describe("date-heure ISO"),
      remarques: z.string().nullable(),
    }),
  },
);

const OFFRES = [
  { offre: "OF-3381", transporteur: "TransAlpes Messagerie", regime: "ambiant", enlevement: "2026-04-13T14:00",
    livraison_estimee: "2026-04-14T08:30", prix_ht_eur: 412.0 },
  { offre: "OF-3384", transporteur: "Geodis Pharma", regime: "ambiant", enlevement: "2026-04-13T16:00",
    livraison_estimee: "2026-04-14T09:30", prix_ht_eur: 455.0 },
  { offre: "OF-3390", transporteur: "Frigo Rhône Express", regime: "frigorifique 2-8 °C", enlevement: "2026-04-13T15:00",
    livraison_estimee: "2026-04-14T07:45", prix_ht_eur: 689.0 },
];

const rechercherOffres = tool(
  async ({ regime }) => JSON.stringify({
    offres: OFFRES.filter((o) => (regime === "frigorifique" ? o.regime.startsWith("frigorifique") : true)),
  }),
  {
    name: "rechercher_offres",
    description: "Cherche les offres de transport disponibles (groupage ou frigorifique).",
    schema: z.object({
      origine_cp: z.string(),
      destination_cp: z.string(),
      palettes: z.number().int(),
      poids_kg: z.number(),
      regime: z.enum(["standard", "frigorifique"]),
      livraison_avant: z.string(),
    }),
  },
);

const reserverEnlevement = tool(
  async ({ offre, reference_client }) => {
    const o = OFFRES.find((x) => x.offre === offre);
    return JSON.stringify({ reservation: "ENL-55810", offre, reference_client, transporteur: o.transporteur,
      enlevement: o.enlevement, livraison_estimee: o.livraison_estimee, prix_ht_eur: o.prix_ht_eur, statut: "confirmée" });
  },
  {
    name: "reserver_enlevement",
    description: "Réserve l'offre choisie auprès du transporteur.",
    schema: z.object({ offre: z.string(), reference_client: z.string() }),
  },
);

// ------------------------------------------------------------------ modèle scripté (les deux agents)

const model = new ScriptedChatModel(THREAD, [
  // agent d'accueil
  { content: "", tool_calls: [call("toolu_01Wb6c9GxQpVh3", "enregistrer_demande", {
    client: "Laboratoires Bellerive",
    origine: "Entrepôt Bellerive, 12 rue du Dauphiné, 69800 Saint-Priest",
    destination: "Pharmacie centrale, CHU Grenoble Alpes, 38700 La Tronche",
    palettes: 3, poids_kg: 540, temperature: "2-8 °C", livraison_avant: "2026-04-14T10:00",
    remarques: "vaccins, chaîne du froid à respecter sur tout le trajet, enregistreur de température dans chaque palette",
  })] },
  // agent transport (sous-graphe) : il ne voit que l'ordre de mission
  (messages) => {
    const ordre = messages.at(-1).content;
    return { tool_calls: [call("toolu_01Pn2RzA7sLk0e", "rechercher_offres", {
      origine_cp: "69800", destination_cp: "38700", palettes: 3, poids_kg: 540,
      regime: /2-8|froid|frigo/i.test(ordre) ? "frigorifique" : "standard",
      livraison_avant: "2026-04-14T10:00" })] };
  },
  (messages) => {
    const offres = JSON.parse(messages.at(-1).content).offres;
    const moinsChere = offres.reduce((a, b) => (a.prix_ht_eur <= b.prix_ht_eur ? a : b));
    return { tool_calls: [call("toolu_01Hd8UvYe3Jm5t", "reserver_enlevement",
      { offre: moinsChere.offre, reference_client: "DEM-20260409-118" })] };
  },
  (messages) => {
    const r = JSON.parse(messages.at(-1).content);
    return { content: `Réservation ${r.reservation} confirmée : ${r.transporteur}, enlèvement le 13/04 à `
      + `${r.enlevement.slice(11)} à Saint-Priest, livraison estimée le 14/04 à ${r.livraison_estimee.slice(11)} `
      + `au CHU, ${r.prix_ht_eur.toFixed(2).replace(".", ",")} € HT.` };
  },
  // agent d'accueil, réponse au client
  (messages) => {
    const rapport = messages.at(-1).content;
    const m = rapport.match(/Réservation (\S+) confirmée : ([^,]+), .* ([\d,]+) € HT/);
    return { content: `C'est réservé. Votre demande DEM-20260409-118 est prise en charge par ${m[2]} : enlèvement `
      + "lundi 13 avril à 14h00 à Saint-Priest, livraison au CHU Grenoble Alpes mardi 14 avril vers 8h30, donc "
      + `avant votre limite de 10h. Coût : ${m[3]} € HT (réf. transporteur ${m[1]}). Le chauffeur vous appellera `
      + "une heure avant l'enlèvement." };
  },
]);

// ------------------------------------------------------------------ graphes

const transport = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Tu es l'agent transport de Bellerive Distribution. Tu "
      + "réserves l'offre la moins chère qui respecte l'ordre de mission."), ...state.messages])],
  }))
  .addNode("tools", new ToolNode([rechercherOffres, reserverEnlevement]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile();

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  demande: Annotation(),
  reservation: Annotation(),
});

/** Ordre de mission pour l'agent transport, rédigé à partir des champs de la demande enregistrée. */
function ordreDeMission(d) {
  return `Ordre de mission ${d.demande_id} (${d.client}) : enlèvement ${d.origine} ; livraison ${d.destination} ; `
    + `${d.palettes} palettes, ${d.poids_kg} kg ; livraison avant ${d.livraison_avant.replace("T", " ")}. `
    + "Réserver l'offre la moins chère.";
}

function graph(checkpointer) {
  return new StateGraph(State)
    .addNode("accueil", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Tu es l'agent d'accueil de Bellerive Distribution. "
        + "Enregistre les demandes d'expédition ; le transport est réservé par l'agent transport."), ...state.messages])],
    }))
    .addNode("outils", new ToolNode([enregistrerDemande]))
    .addNode("memoriser", async (state) => ({ demande: JSON.parse(state.messages.at(-1).content) }))
    .addNode("transport", async (state, config) => {
      const sortie = await transport.invoke({ messages: [new HumanMessage(ordreDeMission(state.demande))] }, config);
      const rapport = sortie.messages.at(-1);
      const resa = JSON.parse(sortie.messages.findLast((m) => m.name === "reserver_enlevement").content);
      return {
        reservation: resa,
        messages: [new AIMessage({ content: rapport.content, name: "agent_transport" })],
      };
    })
    .addEdge(START, "accueil")
    .addConditionalEdges("accueil", (s) => {
      const last = s.messages.at(-1);
      if (last.tool_calls?.length) return "outils";
      return END;
    }, ["outils", END])
    .addEdge("outils", "memoriser")
    .addEdge("memoriser", "transport")
    .addEdge("transport", "accueil")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    messages: [human("Bonjour, nous devons expédier 3 palettes de vaccins (540 kg au total) de notre entrepôt de "
      + "Saint-Priest, 12 rue du Dauphiné, vers la pharmacie centrale du CHU Grenoble Alpes à La Tronche. "
      + "Les produits doivent impérativement rester entre 2 et 8 °C pendant tout le trajet (enregistreur dans chaque "
      + "palette). Livraison au plus tard mardi 14 avril à 10h. Merci, Claire Vidal, Laboratoires Bellerive")],
    user_id: "c.vidal@labo-bellerive.fr",
  }, threadConfig(THREAD));
});
