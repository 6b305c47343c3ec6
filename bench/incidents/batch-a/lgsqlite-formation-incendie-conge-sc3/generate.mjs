// Assistant RH interne : inscriptions aux formations obligatoires et soldes de congés. Pour tenir
// dans le budget de contexte, un nœud « fenetre » retire de l'état les messages les plus anciens
// (RemoveMessage) avant chaque appel du modèle. LangGraph réel, SqliteSaver réel, modèle scripté.
//   node bench/incidents/batch-a/lgsqlite-formation-incendie-conge-sc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rhbot-7c1e55d0";
const BUDGET_CARACTERES = 1400;

const SESSIONS = [
  { session_id: "SEC-INC-01-260310", date: "2026-03-10", horaire: "09:00-12:30", lieu: "Lyon Part-Dieu, salle B2", places: 4 },
  { session_id: "SEC-INC-01-260331", date: "2026-03-31", horaire: "13:30-17:00", lieu: "Lyon Part-Dieu, salle B2", places: 2 },
  { session_id: "SEC-INC-01-260414", date: "2026-04-14", horaire: "09:00-12:30", lieu: "Villeurbanne, salle Rhône", places: 9 },
];

const listerSessions = tool(
  async ({ code_formation }) => JSON.stringify({
    code_formation,
    intitule: "Sécurité incendie - équipier de première intervention (EPI)",
    obligatoire_avant: "2026-06-30",
    sessions: SESSIONS,
  }),
  {
    name: "lister_sessions_formation",
    description: "Liste les prochaines sessions d'une formation interne.",
    schema: z.object({ code_formation: z.string() }),
  },
);

const soldeConges = tool(
  async ({ matricule }) => JSON.stringify({
    matricule, arrete_au: "2026-02-28", conges_payes: 18.0, rtt: 7.0,
  }),
  {
    name: "solde_conges",
    description: "Soldes de congés payés et RTT d'un salarié.",
    schema: z.object({ matricule: z.string() }),
  },
);

const inscrire = tool(
  async ({ matricule, session_id }) => JSON.stringify({
    inscription: "INS-26-0419", matricule, session_id, statut: "confirmée", convocation_envoyee: true,
  }),
  {
    name: "inscrire_formation",
    description: "Inscrit un salarié à une session de formation et envoie la convocation.",
    schema: z.object({ matricule: z.string(), session_id: z.string() }),
  },
);

const SYSTEM = "Tu es l'assistant RH de Vellard Industries. Réponds en français, vouvoie le salarié. "
  + "Le matricule du salarié connecté est E-20417.";

const model = new ScriptedChatModel(THREAD, [
  // tour 1
  { tool_calls: [call("tc-1a", "lister_sessions_formation", { code_formation: "SEC-INC-01" })] },
  { content: "Bien noté pour votre congé parental du 2 au 27 mars : je ne planifierai rien sur cette période. "
      + "La session du 10 mars tombe pendant votre absence ; la première session compatible est donc le "
      + "mardi 31 mars, 13h30-17h00 à Lyon Part-Dieu (salle B2, 2 places restantes). Voulez-vous que je vous y inscrive ?" },
  // tour 2
  { content: "Pas de souci, je reste à votre disposition. Les places partent vite sur cette formation, "
      + "je vous conseille de ne pas trop tarder." },
  // tour 3
  { tool_calls: [call("tc-3a", "solde_conges", { matricule: "E-20417" })] },
  { content: "Au 28 février, il vous reste 18 jours de congés payés et 7 jours de RTT." },
  // tour 4
  { tool_calls: [call("tc-4a", "lister_sessions_formation", { code_formation: "SEC-INC-01" })] },
  { tool_calls: [call("tc-4b", "inscrire_formation", { matricule: "E-20417", session_id: "SEC-INC-01-260310" })] },
  { content: "C'est fait ! Vous êtes inscrite à la première session disponible de la formation Sécurité "
      + "incendie (EPI) : mardi 10 mars, 9h00-12h30, Lyon Part-Dieu, salle B2. Votre convocation vient de "
      + "vous être envoyée par e-mail (inscription INS-26-0419)." },
], "mistral-large-2411");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const taille = (m) => (typeof m.content === "string" ? m.content.length : JSON.stringify(m.content).length)
  + JSON.stringify(m.tool_calls ?? []).length;

const graph = (checkpointer) => new StateGraph(State)
  // Garde les messages les plus récents dans le budget, en commençant toujours par un message humain.
  .addNode("fenetre", async (state) => {
    let total = 0;
    let debut = state.messages.length;
    while (debut > 0 && total + taille(state.messages[debut - 1]) <= BUDGET_CARACTERES) {
      total += taille(state.messages[--debut]);
    }
    while (debut < state.messages.length - 1 && state.messages[debut].getType() !== "human") debut++;
    const retires = state.messages.slice(0, debut);
    return retires.length ? { messages: retires.map((m) => new RemoveMessage({ id: m.id })) } : {};
  })
  .addNode("assistant", async (state) => ({
    messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
  }))
  .addNode("outils", new ToolNode([listerSessions, soldeConges, inscrire]))
  .addEdge(START, "fenetre")
  .addEdge("fenetre", "assistant")
  .addConditionalEdges("assistant", (s) => (s.messages.at(-1).tool_calls?.length ? "outils" : END), ["outils", END])
  .addEdge("outils", "assistant")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Bonjour, je serai en congé parental du 2 au 27 mars inclus, merci de ne rien me planifier "
      + "pendant cette période. Par ailleurs je dois faire la formation sécurité incendie obligatoire avant l'été, "
      + "quelles sont les dates ?")],
    user_id: "E-20417",
  }, cfg);
  await g.invoke({ messages: [human("Je dois d'abord en parler à ma manager, je reviens vers vous.")] }, cfg);
  await g.invoke({ messages: [human("Au fait, combien de jours de RTT me reste-t-il ?")] }, cfg);
  await g.invoke({ messages: [human("C'est bon, ma manager est d'accord. Inscrivez-moi à la première session "
    + "disponible s'il vous plaît.")] }, cfg);
});
