// Assistant RH (self-service salariés) d'un groupe de distribution : demandes d'absence.
// LangGraph.js + SqliteSaver, modèle scripté (hors ligne). Deux tours sur le même fil.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

// ---------------------------------------------------------------- outils (SIRH simulé)

let panneSirh = 1; // le premier appel au SIRH expire (maintenance de nuit qui déborde)

const soldeConges = tool(
  async ({ matricule }) => {
    if (panneSirh > 0) {
      panneSirh--;
      throw new Error("SIRH Temps & Activités : délai dépassé (20 s) sur GET /soldes — réessayez");
    }
    return JSON.stringify({
      matricule,
      periode_reference: "2025-06-01/2026-05-31",
      cp: { acquis: 25, pris: 25, solde: 0 },
      rtt: { acquis: 10, pris: 6, solde: 4 },
      arrete_au: "2026-04-07",
    });
  },
  {
    name: "solde_conges",
    description: "Soldes de congés payés (CP) et de RTT d'un salarié, en jours ouvrés.",
    schema: z.object({ matricule: z.string() }),
  },
);

const historiqueAbsences = tool(
  async ({ matricule, depuis }) => JSON.stringify({
    matricule,
    depuis,
    absences: [
      { type: "CP", du: "2025-07-21", au: "2025-08-08", jours: 15 },
      { type: "CP", du: "2025-10-27", au: "2025-10-31", jours: 5 },
      { type: "RTT", du: "2025-12-24", au: "2025-12-24", jours: 1 },
      { type: "RTT", du: "2026-01-02", au: "2026-01-02", jours: 1 },
      { type: "CP", du: "2026-02-16", au: "2026-02-20", jours: 5 },
      { type: "RTT", du: "2026-03-13", au: "2026-03-16", jours: 2 },
      { type: "RTT", du: "2026-03-30", au: "2026-03-31", jours: 2 },
    ],
    total: { cp: 25, rtt: 6 },
  }),
  {
    name: "historique_absences",
    description: "Absences validées d'un salarié depuis une date.",
    schema: z.object({ matricule: z.string(), depuis: z.string() }),
  },
);

const deposerDemande = tool(
  async ({ matricule, type, du, au, jours }) => JSON.stringify({
    demande: "ABS-2026-04417", matricule, type, du, au, jours,
    statut: "en attente de validation", valideur: "Nadia Garnier (responsable de rayon)",
  }),
  {
    name: "deposer_demande",
    description: "Dépose une demande d'absence soumise à validation du responsable.",
    schema: z.object({
      matricule: z.string(), type: z.enum(["CP", "RTT", "SANS_SOLDE"]), du: z.string(), au: z.string(), jours: z.number(),
    }),
  },
);

// ---------------------------------------------------------------- graphe

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
});

function graphe(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage(`Tu es l'assistant RH. Salarié connecté : ${state.user_id}. Vérifie les soldes dans le SIRH avant toute demande.`),
        ...state.messages,
      ])],
    }))
    .addNode("outils", new ToolNode([soldeConges, historiqueAbsences, deposerDemande]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "assistant")
    .compile({ checkpointer });
}

// ---------------------------------------------------------------- échange

await writeIncident(import.meta.url, async (saver) => {
  const fil = "rh-selfservice:MAT-00871:20260408-0912";
  const model = new ScriptedChatModel(fil, [
    { tool_calls: [call("appel_sld_1", "solde_conges", { matricule: "MAT-00871" })] },
    { tool_calls: [call("appel_sld_2", "solde_conges", { matricule: "MAT-00871" })] },
    { tool_calls: [call("appel_hist_1", "historique_absences", { matricule: "MAT-00871", depuis: "2025-06-01" })] },
    { content: "J'ai vérifié dans le SIRH (soldes arrêtés au 07/04/2026) : sur la période 2025-2026 vous avez "
        + "acquis 25 jours de CP et en avez posé 25 — 15 jours cet été (21/07 → 08/08), 5 jours fin octobre "
        + "(27 → 31/10) et 5 jours en février (16 → 20/02). Votre solde de CP est donc de 0 jour, je ne peux "
        + "pas poser les 22, 23 et 24 avril en congés payés. Il vous reste en revanche 4 jours de RTT "
        + "(10 acquis, 6 pris). Voulez-vous que je pose ces 3 jours en RTT ? Les nouveaux CP seront "
        + "crédités au 1er juin." },
    { tool_calls: [call("appel_dem_1", "deposer_demande", {
      matricule: "MAT-00871", type: "RTT", du: "2026-04-22", au: "2026-04-24", jours: 3,
    })] },
    { content: "C'est fait : demande ABS-2026-04417, 3 jours de RTT du 22/04 au 24/04/2026, en attente de "
        + "validation par Nadia Garnier. Après validation, il vous restera 1 jour de RTT." },
  ]);
  const g = graphe(saver, model);
  await g.invoke({
    messages: [human("Bonjour, je voudrais poser les 22, 23 et 24 avril en congés payés. Normalement il me "
      + "reste encore 5 jours de CP.")],
    user_id: "MAT-00871",
  }, threadConfig(fil));
  await g.invoke({
    messages: [human("Ah oui, j'avais oublié février. D'accord, posez-les en RTT alors.")],
  }, threadConfig(fil));
});
