// Heat-pump maintenance booking assistant (French). A slot-extraction node turns the date the
// customer typed into an ISO date with the JS Date parser, and the planner books from that field.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, SystemMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rdv:FR-44:contrat-PAC-009317";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  date_souhaitee: Annotation(),
  date_iso: Annotation(),
});

const planifier = tool(
  async ({ contrat, date, creneau }) => {
    const jours = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    const j = jours[new Date(`${date}T12:00:00Z`).getUTCDay()];
    return JSON.stringify({ intervention: "INT-26-03188", contrat, date, jour: j, creneau, technicien: "M. Garnier", statut: "planifiée" });
  },
  {
    name: "planifier_intervention",
    description: "Planifie une visite d'entretien de pompe à chaleur.",
    schema: z.object({ contrat: z.string(), date: z.string().describe("AAAA-MM-JJ"), creneau: z.enum(["matin", "après-midi"]) }),
  },
);

function pad(n) { return String(n).padStart(2, "0"); }

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    (msgs) => ({ tool_calls: [call("call_pl4n_01", "planifier_intervention", { contrat: "PAC-009317", date: msgs[0].content.match(/\d{4}-\d{2}-\d{2}/)[0], creneau: "matin" })] }),
    { content: "C'est noté : entretien de votre pompe à chaleur planifié le mercredi 4 mars 2026, le matin, avec M. Garnier (intervention INT-26-03188)." },
  ]);
  const graph = new StateGraph(State)
    .addNode("extraire_date", async (s) => {
      const brut = s.messages.at(-1).content.match(/\d{2}\/\d{2}\/\d{4}/)[0];
      const d = new Date(brut);
      return { date_souhaitee: brut, date_iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` };
    })
    .addNode("planificateur", async (s) => ({
      messages: [await model.invoke([new SystemMessage(`Contrat PAC-009317. Date demandée (ISO) : ${s.date_iso}`), ...s.messages])],
    }))
    .addNode("outils", new ToolNode([planifier]))
    .addEdge(START, "extraire_date")
    .addEdge("extraire_date", "planificateur")
    .addConditionalEdges("planificateur", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "planificateur")
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Bonjour, je voudrais faire l'entretien annuel de ma PAC (contrat PAC-009317). Je suis disponible le 03/04/2026 le matin, pas avant car je suis en déplacement tout le mois de mars.")],
    user_id: "abonne-5520871",
  }, threadConfig(THREAD));
});
