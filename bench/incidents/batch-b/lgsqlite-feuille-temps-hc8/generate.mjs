// HR self-service bot (French). A parsing node turns the employee's daily hours, written the
// French way ("7h45" = 7 hours 45 minutes), into the numeric state field heures_par_jour by
// swapping the "h" for a decimal point. 7h45 becomes 7.45 instead of 7.75, and the weekly total
// sent to the payroll tool is 29.8 h instead of 31 h.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rh-sirh/2026-S49/0412K";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  releve: Annotation(),
});

function parseReleve(state) {
  const text = lastText(state.messages, "human");
  const jours = /(\d)\s*jours?/.exec(text);
  const duree = /(\d{1,2}h\d{2})/.exec(text);
  if (!jours || !duree) return {};
  const heures = parseFloat(duree[1].replace("h", "."));
  return { releve: { semaine: "2026-S49", jours: Number(jours[1]), heures_par_jour: heures, saisie: duree[1] } };
}

const soldeConges = tool(
  async ({ matricule }) => JSON.stringify({ matricule, quotite: "80 %", base_hebdo_h: 31, rtt_restants: 3.5 }),
  { name: "solde_conges", description: "Contrat et soldes de l'agent.", schema: z.object({ matricule: z.string() }) },
);

const declarerTemps = tool(
  async ({ matricule, semaine, heures_total }) =>
    JSON.stringify({ declaration: "DT-49-0412K-01", matricule, semaine, heures_total, statut: "transmise à la paie" }),
  {
    name: "declarer_temps",
    description: "Déclare le temps de travail hebdomadaire (heures décimales).",
    schema: z.object({ matricule: z.string(), semaine: z.string(), heures_total: z.number() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_9f2a01", "solde_conges", { matricule: "RH-0412-K" })] },
  (messages) => {
    const r = JSON.parse(messages[0].content.split("Relevé saisi : ")[1]);
    const total = Math.round(r.jours * r.heures_par_jour * 100) / 100;
    return { tool_calls: [call("toolu_9f2a02", "declarer_temps", { matricule: "RH-0412-K", semaine: r.semaine, heures_total: total })] };
  },
  { content: "C'est fait : votre semaine 49 est transmise à la paie (déclaration DT-49-0412K-01), soit 29,8 heures sur 4 jours. Bon week-end !" },
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("parse", parseReleve)
    .addNode("agent", async (state) => {
      const system = "Assistant RH. Relevé saisi : " + JSON.stringify(state.releve);
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([soldeConges, declarerTemps]))
    .addEdge(START, "parse")
    .addEdge("parse", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Bonjour, je suis à 80 % : cette semaine j'ai fait 4 jours à 7h45 (lundi au jeudi). Vous pouvez déclarer mon temps ? Matricule RH-0412-K.")],
    user_id: "RH-0412-K",
  }, threadConfig(THREAD));
});
