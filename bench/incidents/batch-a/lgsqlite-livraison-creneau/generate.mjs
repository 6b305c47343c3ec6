// Livraison d'électroménager : le client choisit un créneau en trois messages. Après le deuxième,
// l'application mobile a expiré côté réseau et a renvoyé le troisième message en reprenant le
// checkpoint_id qu'elle avait mis en cache après le premier tour.
//
//   node bench/incidents/batch-a/lgsqlite-livraison-creneau/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "liv_7Q2KX9-CMD884120";
const CLIENT = "cli-55810342";

const COMMANDE = {
  commande: "CMD-884120",
  article: "Lave-linge frontal 9 kg (réf. WF9-3140)",
  poids_kg: 71,
  adresse: "18 rue des Tanneurs, 67000 Strasbourg",
  date_livraison: "2026-03-19",
  statut: "prête à expédier",
};

const CRENEAUX = [
  { creneau_id: "CR-0812", debut: "08:00", fin: "10:00", equipe: 1 },
  { creneau_id: "CR-1012", debut: "10:00", fin: "12:00", equipe: 2 },
  { creneau_id: "CR-1416", debut: "14:00", fin: "16:00", equipe: 2 },
  { creneau_id: "CR-1618", debut: "16:00", fin: "18:00", equipe: 1 },
];

const consulterCommande = tool(async ({ commande }) => JSON.stringify(COMMANDE), {
  name: "consulter_commande",
  description: "Renvoie le détail d'une commande client.",
  schema: z.object({ commande: z.string() }),
});

const creneauxDisponibles = tool(async ({ commande, date }) => JSON.stringify({ commande, date, creneaux: CRENEAUX }), {
  name: "creneaux_disponibles",
  description: "Liste les créneaux de livraison libres pour une commande et une date.",
  schema: z.object({ commande: z.string(), date: z.string() }),
});

const reserverCreneau = tool(
  async ({ commande, creneau_id, instructions_livreur, nb_livreurs }) => {
    const c = CRENEAUX.find((x) => x.creneau_id === creneau_id);
    return JSON.stringify({
      reservation: "RSV-2026-031977", commande, creneau_id, date: "2026-03-19", debut: c.debut, fin: c.fin,
      instructions_livreur, nb_livreurs, statut: "confirmée",
    });
  },
  {
    name: "reserver_creneau",
    description: "Réserve un créneau de livraison.",
    schema: z.object({
      commande: z.string(),
      creneau_id: z.string(),
      instructions_livreur: z.string(),
      nb_livreurs: z.number().int(),
    }),
  },
);

const SYSTEME = "Tu es l'assistant livraison d'une enseigne d'électroménager. Respecte les contraintes du client "
  + "(horaires, accès, étage). Réponds en français.";

// Le modèle décide d'après ce qu'on lui a réellement montré.
const saitContraintes = (messages) => promptText(messages).includes("pas avant 14h");

const model = new ScriptedChatModel(THREAD, [
  // tour 1
  { tool_calls: [call("call_Xf31aQ", "consulter_commande", { commande: "CMD-884120" })] },
  { tool_calls: [call("call_Xf31aR", "creneaux_disponibles", { commande: "CMD-884120", date: "2026-03-19" })] },
  { content: "Votre lave-linge (CMD-884120) est prêt à expédier pour le jeudi 19 mars. Créneaux libres : "
      + "8h–10h, 10h–12h, 14h–16h et 16h–18h. Lequel vous convient ?" },
  // tour 2
  { content: "C'est noté : pas de livraison avant 14h, code porte 4821B, 3e étage sans ascenseur, donc deux "
      + "livreurs. Le premier créneau compatible est 14h–16h (CR-1416). Je le réserve ?" },
  // tour 3 (renvoyé depuis le checkpoint du tour 1)
  (messages) => saitContraintes(messages)
    ? { tool_calls: [call("call_Xf31aS", "reserver_creneau", {
      commande: "CMD-884120", creneau_id: "CR-1416",
      instructions_livreur: "Code porte 4821B, 3e étage sans ascenseur", nb_livreurs: 2 })] }
    : { tool_calls: [call("call_Xf31aS", "reserver_creneau", {
      commande: "CMD-884120", creneau_id: "CR-0812", instructions_livreur: "", nb_livreurs: 1 })] },
  (messages) => saitContraintes(messages)
    ? { content: "C'est réservé : jeudi 19 mars entre 14h et 16h, deux livreurs (RSV-2026-031977)." }
    : { content: "C'est réservé : jeudi 19 mars entre 8h et 10h (RSV-2026-031977). Vous recevrez un SMS "
        + "une heure avant l'arrivée du livreur." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, client_id: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEME), ...state.messages])],
    }))
    .addNode("outils", new ToolNode([consulterCommande, creneauxDisponibles, reserverCreneau]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", (s) => (toolsCondition(s) === "tools" ? "outils" : END), ["outils", END])
    .addEdge("outils", "assistant")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Bonjour, ma commande CMD-884120 (le lave-linge) doit être livrée jeudi 19 mars, "
      + "je voudrais choisir le créneau.")],
    client_id: CLIENT,
  }, cfg);
  // L'application garde en cache le checkpoint affiché à l'écran.
  const enCache = (await graph.getState(cfg)).config.configurable.checkpoint_id;

  await graph.invoke({
    messages: [human("Je travaille le matin, donc surtout pas avant 14h. Le code de la porte est 4821B, c'est au "
      + "3e étage sans ascenseur, il faudra être deux pour le monter.")],
  }, cfg);

  // La réponse du tour 2 n'est jamais arrivée sur le téléphone (timeout) ; le message suivant
  // est envoyé avec le checkpoint_id encore en cache.
  await graph.invoke({ messages: [human("Oui, réservez le premier créneau disponible svp.")] },
    threadConfig(THREAD, { checkpoint_id: enCache }));
});
