// Conseiller bancaire (français). Opposition sur une carte volée : le premier appel de blocage
// échoue (serveur monétique indisponible), le conseiller vérifie le statut, relance, puis commande
// une carte de remplacement. Les frais à 0 € viennent de réponses réussies.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "fr-opp-2026-77120-b";

let blocageTentatives = 0;
const bloquerCarte = tool(
  async ({ carte, motif }) => {
    blocageTentatives++;
    if (blocageTentatives === 1) {
      throw new Error("503 Service Unavailable: serveur monétique CB indisponible (réf. MON-503-2231), réessayez");
    }
    return JSON.stringify({ carte, motif, statut: "opposée", reference_opposition: "OPP-2026-558120",
      horodatage: "2026-04-18T22:47:09+02:00", frais_eur: 0,
      frais_motif: "opposition pour vol : gratuite (conditions tarifaires 2026, art. 4.2)" });
  },
  { name: "bloquer_carte", description: "Met une carte en opposition.",
    schema: z.object({ carte: z.string(), motif: z.enum(["perte", "vol", "fraude"]) }) },
);

const statutCarte = tool(
  async ({ carte }) => JSON.stringify({
    carte, statut: blocageTentatives >= 2 ? "opposée" : "active",
    operations_24h: [
      { date: "2026-04-18T21:12:00+02:00", commercant: "PAYPAL *VERIF", montant_eur: 0.0, type: "vérification de carte (pré-autorisation 0 €)", resultat: "refusée" },
      { date: "2026-04-18T12:30:00+02:00", commercant: "BOULANGERIE LES HALLES", montant_eur: 4.6, type: "paiement", resultat: "acceptée" },
    ],
  }),
  { name: "statut_carte", description: "Statut de la carte et opérations des dernières 24 h.",
    schema: z.object({ carte: z.string() }) },
);

const commanderCarte = tool(
  async ({ carte, adresse }) => JSON.stringify({ ancienne_carte: carte, nouvelle_carte: "•••• 4417",
    adresse, delai_jours_ouvres: 5, frais_eur: 0, frais_motif: "remplacement après vol : inclus dans l'offre Essentiel" }),
  { name: "commander_carte", description: "Commande une carte de remplacement.",
    schema: z.object({ carte: z.string(), adresse: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_opp_1", "bloquer_carte", { carte: "•••• 9032", motif: "vol" })] },
    { tool_calls: [call("call_stat_1", "statut_carte", { carte: "•••• 9032" })] },
    { tool_calls: [call("call_opp_2", "bloquer_carte", { carte: "•••• 9032", motif: "vol" })] },
    { content: "C'est fait, Monsieur Garnier : votre carte •••• 9032 est en opposition depuis 22 h 47 "
        + "(référence OPP-2026-558120). Le premier essai a échoué car le serveur monétique était indisponible ; "
        + "j'ai vérifié que la carte était encore active puis relancé l'opposition, qui a abouti. L'opposition "
        + "pour vol est gratuite. La seule tentative depuis le vol est une vérification PayPal à 0 €, qui a été "
        + "refusée : aucun débit. Voulez-vous une carte de remplacement ?" },
    { tool_calls: [call("call_cmd_1", "commander_carte", { carte: "•••• 9032", adresse: "14 rue des Carmes, 31000 Toulouse" })] },
    { content: "Votre nouvelle carte •••• 4417 est commandée et arrivera au 14 rue des Carmes sous 5 jours ouvrés, "
        + "sans frais (remplacement inclus dans votre offre Essentiel). Pensez à déposer plainte et à nous "
        + "transmettre le récépissé si une opération contestée apparaît." },
  ]);
  const graph = new StateGraph(State)
    .addNode("conseiller", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Vous êtes le conseiller à distance de la Banque Occitane. "
        + "Ne confirmez une opposition qu'après une réponse réussie du système."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([bloquerCarte, statutCarte, commanderCarte]))
    .addEdge(START, "conseiller")
    .addConditionalEdges("conseiller", toolsCondition, ["tools", END])
    .addEdge("tools", "conseiller")
    .compile({ checkpointer: saver });

  await graph.invoke({
    messages: [human("Bonsoir, on vient de me voler mon portefeuille dans le tram. Bloquez ma carte qui finit par 9032, "
      + "vite s'il vous plaît !")],
    user_id: "cli-0077120",
  }, threadConfig(THREAD));
  await graph.invoke({
    messages: [human("Oui, envoyez-la chez moi, 14 rue des Carmes à Toulouse.")],
  }, threadConfig(THREAD));
});
