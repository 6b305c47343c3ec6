// Assistant voyages d'affaires (LangGraph.js, checkpointer SQLite, modèles scriptés).
// Un concierge discute avec la voyageuse puis transmet la réservation à un agent de réservation
// (sous-graphe avec sa propre boucle d'outils) via l'outil « transferer_reservation » ; le nœud
// « reservation » rédige la consigne du sous-graphe à partir des arguments de cet appel.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dep-7Q2K-yul-lis";

// ---- outils de l'agent de réservation ---------------------------------------------------------

const VOLS = [
  { offre: "OF-TP256-CL", vols: "TP 256 / TP 259", depart: "2026-05-12T21:25-04:00", arrivee: "2026-05-13T09:15+01:00",
    prix_cad: 1148.0, tarif: "Classic", remboursable: false, modifiable: "frais 250 $" },
  { offre: "OF-AC824-ST", vols: "AC 824 / AC 825", depart: "2026-05-12T19:05-04:00", arrivee: "2026-05-13T07:05+01:00",
    prix_cad: 1318.0, tarif: "Standard", remboursable: false, modifiable: "frais 200 $" },
  { offre: "OF-TP256-PL", vols: "TP 256 / TP 259", depart: "2026-05-12T21:25-04:00", arrivee: "2026-05-13T09:15+01:00",
    prix_cad: 1596.0, tarif: "Plus", remboursable: true, modifiable: "sans frais" },
  { offre: "OF-AC824-FX", vols: "AC 824 / AC 825", depart: "2026-05-12T19:05-04:00", arrivee: "2026-05-13T07:05+01:00",
    prix_cad: 1742.0, tarif: "Flex", remboursable: true, modifiable: "sans frais" },
];

const rechercherVols = tool(
  async ({ origine, destination, aller, retour }) => JSON.stringify({ origine, destination, aller, retour, offres: VOLS }),
  {
    name: "rechercher_vols",
    description: "Recherche des offres aller-retour (prix en dollars canadiens, taxes comprises).",
    schema: z.object({ origine: z.string(), destination: z.string(), aller: z.string(), retour: z.string() }),
  },
);

const reserverVol = tool(
  async ({ offre, voyageur }) => {
    const o = VOLS.find((v) => v.offre === offre);
    return JSON.stringify({ pnr: "QX7M2P", statut: "émis", billet: "047-2381190457", voyageur, ...o });
  },
  {
    name: "reserver_vol",
    description: "Réserve et émet le billet d'une offre.",
    schema: z.object({ offre: z.string(), voyageur: z.string() }),
  },
);

// The concierge's transfer tool (in production bound to the model) declares only
// origine, destination, aller, retour and voyageur; the node "reservation" answers its call.

// ---- modèles -------------------------------------------------------------------------------

const concierge = new ScriptedChatModel(`${THREAD}/concierge`, [
  { content: "Bien noté : arrivée à Lisbonne avant votre atelier du 13 mai à 14 h, retour le 16 mai, tarif "
      + "remboursable obligatoire et plafond de 1 800 $ CA aller-retour. Je réserve au nom d'Élodie Gagnon, "
      + "profil voyageur TRV-04417 ?" },
  { content: "Parfait, je transmets à notre agent de réservation.",
    tool_calls: [call("call_hX2f9Lq0", "transferer_reservation", {
      origine: "YUL", destination: "LIS", aller: "2026-05-12", retour: "2026-05-16", voyageur: "TRV-04417" })] },
  { content: "C'est réservé ! Aller le 12 mai à 21 h 25 (TP 256), arrivée à Lisbonne le 13 mai à 09 h 15, bien "
      + "avant votre atelier ; retour le 16 mai (TP 259). Total 1 148 $ CA, sous le plafond. Dossier QX7M2P, "
      + "billet 047-2381190457. Bon voyage !" },
], "gpt-4.1-concierge");

const agentResa = new ScriptedChatModel(`${THREAD}/reservation`, [
  { tool_calls: [call("call_r7Wm1Zc4", "rechercher_vols", {
    origine: "YUL", destination: "LIS", aller: "2026-05-12", retour: "2026-05-16" })] },
  { tool_calls: [call("call_b3Np8Ks6", "reserver_vol", { offre: "OF-TP256-CL", voyageur: "TRV-04417" })] },
  { content: "Billet émis : TP 256 / TP 259, tarif Classic, 1 148 $ CA, PNR QX7M2P, billet 047-2381190457." },
], "gpt-4.1-mini-booking");

// ---- graphes --------------------------------------------------------------------------------

const reservationGraph = new StateGraph(MessagesAnnotation)
  .addNode("agent_resa", async (state) => ({
    messages: [await agentResa.invoke([
      new SystemMessage("Tu es l'agent de réservation aérienne. Réserve l'offre la moins chère qui répond à la consigne."),
      ...state.messages])],
  }))
  .addNode("outils", new ToolNode([rechercherVols, reserverVol]))
  .addEdge(START, "agent_resa")
  .addConditionalEdges("agent_resa", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "agent_resa")
  .compile();

const State = Annotation.Root({ ...MessagesAnnotation.spec, user: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("concierge", async (state) => ({
      messages: [await concierge.invoke([
        new SystemMessage("Tu es le concierge voyages de Lumen Conseil. Recueille la demande puis transfère-la."),
        ...state.messages])],
    }))
    .addNode("reservation", async (state, config) => {
      const appel = state.messages.at(-1).tool_calls[0];
      const a = appel.args;
      const consigne = `Réserver un aller-retour ${a.origine} → ${a.destination}, aller le ${a.aller}, `
        + `retour le ${a.retour}, voyageur ${a.voyageur}.`;
      const res = await reservationGraph.invoke({ messages: [human(consigne)] }, config);
      return {
        messages: [new ToolMessage({ tool_call_id: appel.id, name: appel.name, content: res.messages.at(-1).content })],
      };
    })
    .addEdge(START, "concierge")
    .addConditionalEdges("concierge", (s) => (s.messages.at(-1).tool_calls?.length ? "reservation" : END),
      ["reservation", END])
    .addEdge("reservation", "concierge")
    .compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Bonjour ! Je dois être à Lisbonne pour l'atelier client du 13 mai à 14 h. Départ de Montréal "
      + "le 12 mai en soirée, retour le 16 mai. Rappel de la politique voyage : tarif remboursable obligatoire, "
      + "plafond 1 800 $ CA aller-retour.")],
    user: "egagnon@lumenconseil.ca",
  }, cfg);
  await graph.invoke({ messages: [human("Oui, c'est bien moi. Vas-y, réserve.")] }, cfg);
});
