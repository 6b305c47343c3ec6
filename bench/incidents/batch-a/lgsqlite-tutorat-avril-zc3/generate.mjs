// Tutoring scheduler (French). The parent's form puts the pupil's unavailable dates into the state
// channel "indisponibilites". Overnight, version 2 of the graph ships with a "facturation" node that
// stores the number of unavailable days in that channel for the invoice, and the scheduler of the
// next turn reads a count instead of the dates.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const reserverCreneaux = tool(
  async ({ eleve, tuteur, creneaux }) => JSON.stringify({
    reservation: "RES-2604-1187", eleve, tuteur, creneaux, statut: "confirmée",
  }),
  {
    name: "reserver_creneaux",
    description: "Réserve des créneaux de cours particuliers.",
    schema: z.object({ eleve: z.string(), tuteur: z.string(), creneaux: z.array(z.string()) }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  eleve: Annotation(),
  indisponibilites: Annotation(),
});

const WEDNESDAYS = ["2026-04-01", "2026-04-08", "2026-04-15", "2026-04-22", "2026-04-29"];

function prompt(s) {
  const dates = Array.isArray(s.indisponibilites) ? s.indisponibilites : null;
  return "Tu planifies les cours de maths de l'agence Trigo+. Le tuteur M. Benali enseigne le mercredi à 17h."
    + (dates ? ` Dates exclues pour l'élève : ${dates.join(", ")}.` : "")
    + (typeof s.indisponibilites === "number" ? ` Jours d'indisponibilité : ${s.indisponibilites}.` : "");
}

function build(saver, model, version) {
  let g = new StateGraph(State)
    .addNode("planificateur", async (s) => ({
      messages: [await model.invoke([new SystemMessage(prompt(s)), ...s.messages])],
    }))
    .addNode("outils", new ToolNode([reserverCreneaux]));
  if (version === 2) {
    g = g.addNode("facturation", async (s) => ({
      indisponibilites: Array.isArray(s.indisponibilites) ? s.indisponibilites.length : s.indisponibilites,
    }))
      .addEdge(START, "facturation")
      .addEdge("facturation", "planificateur");
  } else {
    g = g.addEdge(START, "planificateur");
  }
  return g
    .addConditionalEdges("planificateur", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "planificateur")
    .compile({ checkpointer: saver });
}

const excluded = (messages) => {
  const m = messages[0].content.match(/Dates exclues pour l'élève : ([^.]*)\./);
  return m ? m[1].split(", ") : [];
};

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("trigo", [
    (messages) => ({
      content: `C'est noté, ${excluded(messages).length} dates sont exclues pour Léa. M. Benali peut la prendre `
        + "le mercredi à 17h ; dites-moi quand vous souhaitez que je réserve les créneaux d'avril compatibles.",
    }),
    (messages) => ({
      tool_calls: [call("tc-5d1f-01", "reserver_creneaux", {
        eleve: "Léa Fournier", tuteur: "M. Benali",
        creneaux: WEDNESDAYS.filter((d) => d >= "2026-04-08" && !excluded(messages).includes(d)).map((d) => `${d}T17:00`),
      })],
    }),
    (messages) => ({
      content: "C'est réservé (RES-2604-1187) : Léa aura cours avec M. Benali les mercredis "
        + WEDNESDAYS.filter((d) => d >= "2026-04-08" && !excluded(messages).includes(d)).map((d) => Number(d.slice(8))).join(", ")
        + " avril à 17h.",
    }),
  ]);
  const thread = threadConfig("7c0e9b2a-41d3-4f6e-a8b1-3f2d55e0c914");
  await build(saver, model, 1).invoke({
    messages: [human("Bonjour, j'ai rempli le formulaire avec les indisponibilités de Léa (bacs blancs). "
      + "Pouvez-vous organiser ses cours de maths pour avril ?")],
    user_id: "parent-88213",
    eleve: "Léa Fournier (1re)",
    indisponibilites: ["2026-04-08", "2026-04-15"],
  }, thread);
  // Déploiement v2 dans la nuit ; le parent revient le lendemain.
  await build(saver, model, 2).invoke({
    messages: [human("Merci ! Allez-y, réservez tous les créneaux possibles à partir du 8 avril.")],
  }, thread);
});
