// Airline rebooking assistant (French), LangGraph.js + SqliteSaver, scripted model.
//
// The graph keeps a structured `dossier` channel (plain last-value channel) that the agent node
// turns into its system prompt; the model itself only sees the messages of the current turn.
// Turn 1 records a wheelchair-assistance request and a gluten-free meal for the passenger's
// father. Turn 2 changes the phone number: the `dossier` node rebuilds the dossier from the fields
// it knows about, which do not include the service requests added later. Turn 3: the flight is
// cancelled and the passengers are rebooked without the assistance.
//
//   node bench/incidents/batch-a/lgsqlite-dossier-vol-annule/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "conv_7Hq2LxVd0Pn4";
const CLIENT = "fb-client-3308817";

const SEGMENTS = {
  AF1534: { vol: "AF1534", de: "CDG", vers: "NCE", date: "2026-04-14", depart: "14:20", arrivee: "15:45" },
  AF7702: { vol: "AF7702", de: "CDG", vers: "NCE", date: "2026-04-14", depart: "18:05", arrivee: "19:30" },
  AF7708: { vol: "AF7708", de: "ORY", vers: "NCE", date: "2026-04-14", depart: "20:40", arrivee: "22:05" },
};
const ssrByFlight = new Map(); // what the reservation system holds, per flight

const ajouterSsr = tool(
  async ({ pnr, vol, passager, codes }) => {
    const list = ssrByFlight.get(vol) ?? [];
    for (const code of codes) list.push({ passager, code, statut: "HK" });
    ssrByFlight.set(vol, list);
    return JSON.stringify({ pnr, vol, ssr: list });
  },
  {
    name: "ajouter_ssr",
    description: "Ajoute des demandes de service spécial (SSR) à un segment d'un dossier.",
    schema: z.object({ pnr: z.string(), vol: z.string(), passager: z.string(), codes: z.array(z.string()) }),
  },
);

const rechercherVols = tool(
  async ({ origine, destination, date }) => JSON.stringify({
    origine, destination, date,
    vols: [
      { ...SEGMENTS.AF7702, places_economy: 9 },
      { ...SEGMENTS.AF7708, places_economy: 23 },
    ],
  }),
  {
    name: "rechercher_vols",
    description: "Cherche les vols disponibles (ville ou aéroport d'origine et de destination, date AAAA-MM-JJ).",
    schema: z.object({ origine: z.string(), destination: z.string(), date: z.string() }),
  },
);

const replacerPassagers = tool(
  async ({ pnr, ancien_vol, nouveau_vol, passagers }) => JSON.stringify({
    pnr,
    annule: { vol: ancien_vol, statut: "UN" },
    segment: { ...SEGMENTS[nouveau_vol], statut: "HK", classe: "Y" },
    passagers,
    ssr: ssrByFlight.get(nouveau_vol) ?? [],
    cartes_embarquement: "envoyées par SMS",
  }),
  {
    name: "replacer_passagers",
    description: "Replace les passagers d'un segment annulé sur un autre vol.",
    schema: z.object({
      pnr: z.string(), ancien_vol: z.string(), nouveau_vol: z.string(), passagers: z.array(z.string()),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  dossier: Annotation(),
});

/** Rule-based extraction from the customer's message into the dossier. */
function dossierNode(state) {
  const text = lastText(state.messages, "human");
  const d = state.dossier ?? {};
  const tel = text.match(/0[67](?:[ .]?\d{2}){4}/);
  if (tel) {
    return {
      dossier: {
        pnr: d.pnr, passagers: d.passagers, vol: d.vol, date_vol: d.date_vol,
        telephone: tel[0], maj: "2026-04-11T09:12:40+02:00",
      },
    };
  }
  const pnr = text.match(/\b[A-Z0-9]{6}\b/);
  if (pnr && !d.pnr) {
    const next = {
      pnr: pnr[0], passagers: ["DUVAL/CLAIRE MME", "DUVAL/HENRI M"], vol: "AF1534", date_vol: "2026-04-14",
    };
    if (/fauteuil/i.test(text)) next.assistance = { passager: "DUVAL/HENRI M", ssr: "WCHC" };
    if (/gluten/i.test(text)) next.repas = { passager: "DUVAL/HENRI M", ssr: "GFML" };
    return { dossier: next };
  }
  return {};
}

const SYSTEM = "Tu es l'assistant de réservation d'une compagnie aérienne. Réponds en français, "
  + "poliment et brièvement. Utilise les outils pour toute modification du dossier.";

function agentNode(model) {
  return async (state) => {
    const lastHuman = state.messages.findLastIndex((m) => m.getType() === "human");
    const system = `${SYSTEM}\nDossier client : ${JSON.stringify(state.dossier ?? {})}`;
    return { messages: [await model.invoke([new SystemMessage(system), ...state.messages.slice(lastHuman)])] };
  };
}

const dossierOf = (messages) => JSON.parse(messages[0].content.split("Dossier client : ")[1]);

const model = new ScriptedChatModel(THREAD, [
  // turn 1
  (m) => {
    const d = dossierOf(m);
    const codes = [d.assistance?.ssr, d.repas?.ssr].filter(Boolean);
    return { tool_calls: [call("call_Qm81vXbE2", "ajouter_ssr", { pnr: d.pnr, vol: d.vol, passager: "DUVAL/HENRI M", codes })] };
  },
  { content: "C'est noté pour le dossier ZK4P9Q : assistance fauteuil roulant jusqu'à la porte de l'avion (WCHC) "
      + "et repas sans gluten (GFML) pour M. Henri Duval sur le vol AF1534 du 14 avril. Présentez-vous au comptoir "
      + "assistance du terminal 2F au moins 2 h avant le départ." },
  // turn 2
  (m) => ({ content: `Merci, le nouveau numéro ${dossierOf(m).telephone} est bien enregistré sur le dossier ZK4P9Q. `
      + "Vous recevrez les notifications du vol sur ce numéro." }),
  // turn 3
  { tool_calls: [call("call_Zr04kTfA9", "rechercher_vols", { origine: "CDG", destination: "NCE", date: "2026-04-14" })] },
  (m) => ({ tool_calls: [call("call_Lp66dNwC3", "replacer_passagers", {
    pnr: dossierOf(m).pnr, ancien_vol: "AF1534", nouveau_vol: "AF7702", passagers: dossierOf(m).passagers,
  })] }),
  (m) => {
    const d = dossierOf(m);
    const codes = [d.assistance?.ssr, d.repas?.ssr].filter(Boolean);
    if (codes.length > 0) {
      return { tool_calls: [call("call_Vb27sJgH5", "ajouter_ssr", { pnr: d.pnr, vol: "AF7702", passager: "DUVAL/HENRI M", codes })] };
    }
    return { content: "C'est fait : Mme Claire Duval et M. Henri Duval sont replacés sur le vol AF7702 du 14 avril, "
        + "départ de CDG à 18h05, arrivée à Nice à 19h30. Les nouvelles cartes d'embarquement ont été envoyées par SMS "
        + `au ${d.telephone}. Bon voyage !` };
  },
  { content: "C'est fait : vous êtes replacés sur le vol AF7702 du 14 avril (18h05 CDG, 19h30 Nice), avec "
      + "l'assistance fauteuil roulant et le repas sans gluten de M. Duval." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("maj_dossier", dossierNode)
    .addNode("agent", agentNode(model))
    .addNode("tools", new ToolNode([ajouterSsr, rechercherVols, replacerPassagers]))
    .addEdge(START, "maj_dossier")
    .addEdge("maj_dossier", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Bonjour, dossier ZK4P9Q. Je voyage le 14 avril avec mon père qui se déplace en fauteuil "
      + "roulant : il lui faut une assistance jusqu'à l'avion, il ne peut pas monter les marches. Il est aussi "
      + "cœliaque, donc repas sans gluten s'il vous plaît.")],
    user_id: CLIENT,
  }, cfg);
  await graph.invoke({ messages: [human("Au fait, mon numéro de portable a changé : 06 71 42 88 19.")] }, cfg);
  await graph.invoke({ messages: [human("On vient de recevoir un SMS : le vol AF1534 du 14 est annulé ! "
    + "Vous pouvez nous mettre sur le prochain vol pour Nice le même jour ?")] }, cfg);
});
