// Messagerie B2B : le service client confie la prise de rendez-vous à l'agent transport (sous-graphe).
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const Parent = Annotation.Root({ ...MessagesAnnotation.spec, client_id: Annotation(), consigne: Annotation() });

const reserver = tool(
  async ({ expedition, date, creneau, hayon }) => JSON.stringify({ rdv: "RDV-69-004417", expedition, date, creneau, hayon, quai: "Vénissieux Q3", statut: "confirmé" }),
  { name: "reserver_creneau_livraison", description: "Réserver un créneau de livraison chez le destinataire.",
    schema: z.object({ expedition: z.string(), date: z.string(), creneau: z.string(), hayon: z.boolean() }) },
);
const dispo = tool(
  async ({ date }) => JSON.stringify({ date, creneaux: ["07:00-09:00", "09:00-12:00", "14:00-18:00"], vehicules_hayon: 2 }),
  { name: "lister_creneaux", description: "Créneaux disponibles pour une date.", schema: z.object({ date: z.string() }) },
);

const accueil = new ScriptedChatModel("accueil", [
  { content: "C'est noté : expédition EXP-FR-2026-0412-77, deux palettes de 640 kg, livraison le jeudi 16 avril au plus tard à 12h00 (le quai du destinataire ferme à midi), camion avec hayon obligatoire. Je transmets à notre planificateur transport." },
  { content: "Planifier la livraison de l'expédition EXP-FR-2026-0412-77 (2 palettes) le 16/04/2026 chez Boulangeries Rhône SAS, Vénissieux. Camion avec hayon." },
], "mistral-large-2411");

const transport = new ScriptedChatModel("transport", [
  { content: "", tool_calls: [call("rdv-lst-8841", "lister_creneaux", { date: "2026-04-16" })] },
  { content: "", tool_calls: [call("rdv-res-8842", "reserver_creneau_livraison", { expedition: "EXP-FR-2026-0412-77", date: "2026-04-16", creneau: "14:00-18:00", hayon: true })] },
  { content: "Rendez-vous RDV-69-004417 confirmé : livraison de EXP-FR-2026-0412-77 le 16/04 entre 14:00 et 18:00, véhicule avec hayon, quai Vénissieux Q3." },
], "mistral-small-2503");

await writeIncident(import.meta.url, async (checkpointer) => {
  const planificateur = new StateGraph(MessagesAnnotation)
    .addNode("planifier", async (s) => ({ messages: [await transport.invoke([new SystemMessage("Tu es le planificateur transport. Choisis le créneau le plus large disponible sauf contrainte explicite."), ...s.messages])] }))
    .addNode("outils", new ToolNode([dispo, reserver]))
    .addEdge(START, "planifier")
    .addConditionalEdges("planifier", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "planifier")
    .compile();

  const graph = new StateGraph(Parent)
    .addNode("service_client", async (s) => ({ messages: [await accueil.invoke([new SystemMessage("Tu es le service client de Transports Mercier."), ...s.messages])] }))
    .addNode("rediger_consigne", async (s) => {
      const m = await accueil.invoke([new SystemMessage("Résume la demande en une consigne pour le planificateur."), ...s.messages]);
      return { consigne: m.content };
    })
    .addNode("transport", async (s) => {
      const out = await planificateur.invoke({ messages: [human(s.consigne)] });
      return { messages: [out.messages[out.messages.length - 1]] };
    })
    .addEdge(START, "service_client")
    .addEdge("service_client", "rediger_consigne")
    .addEdge("rediger_consigne", "transport")
    .addEdge("transport", END)
    .compile({ checkpointer });

  await graph.invoke({
    client_id: "CLI-BRS-0093",
    messages: [human("Bonjour, pour l'expédition EXP-FR-2026-0412-77 (2 palettes de 640 kg chacune) : livraison jeudi 16 avril, impérativement avant midi, notre quai ferme à 12h. Il faut un hayon, nous n'avons pas de chariot élévateur.")],
  }, threadConfig("exp_FR-2026-0412-77"));
});
