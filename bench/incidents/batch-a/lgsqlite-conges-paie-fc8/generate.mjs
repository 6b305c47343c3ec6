// HR self-service (French). A front-desk agent ("accueil") collects a leave request and hands it to
// the payroll agent ("paie") through a transfer tool; the payroll agent works from the file it is
// handed ("dossier") and books the leave in the HR system.
import {
  Annotation, Command, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage,
  ToolNode, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rh.conge.88214";

let soldeCalls = 0;
const consulterSolde = tool(
  async ({ matricule }) => {
    soldeCalls++;
    if (soldeCalls === 1) throw new Error("HTTP 503 Service Unavailable: sirh-gateway (upstream pool exhausted), retry later");
    return JSON.stringify({ matricule, solde_cp_jours: 14.5, solde_rtt_jours: 2, au: "2026-11-30" });
  },
  { name: "consulter_solde", description: "Solde de congés d'un salarié.", schema: z.object({ matricule: z.string() }) },
);

const poserConge = tool(
  async (a) => JSON.stringify({ demande: "CG-2026-118-7", ...a, statut: "en attente de validation manager", solde_cp_apres: 14.5 - a.jours_ouvres }),
  {
    name: "poser_conge",
    description: "Enregistre une demande de congé dans le SIRH.",
    schema: z.object({
      matricule: z.string(), type: z.enum(["CP", "RTT", "SANS_SOLDE"]), debut: z.string(), fin: z.string(),
      jours_ouvres: z.number(),
    }),
  },
);

const transferSchema = z.object({
  matricule: z.string(), nom: z.string(), type: z.string(), debut: z.string(), fin: z.string(),
  jours_ouvres: z.number(), jours_feries_exclus: z.array(z.string()), solde_declare: z.number(),
});

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  dossier: Annotation(),
});

function build(checkpointer, accueil, paie) {
  return new StateGraph(State)
    .addNode("accueil", async (state) => {
      const sys = "Tu es l'accueil RH. Recueille la demande puis transmets-la au service paie avec tous ses éléments.";
      return { messages: [await accueil.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("transfert", async (state) => {
      const c = state.messages.at(-1).tool_calls[0];
      const d = transferSchema.parse(c.args);
      return new Command({
        goto: "paie",
        update: {
          dossier: d,
          messages: [
            new ToolMessage({ tool_call_id: c.id, name: c.name, content: JSON.stringify({ transmis: true, service: "paie" }) }),
            new HumanMessage({
              name: "accueil_rh",
              content: `Dossier ${d.matricule} (${d.nom}) : ${d.type} du ${d.debut} au ${d.fin}, ${d.jours_ouvres} jours ouvrés `
                + `(fériés exclus : ${d.jours_feries_exclus.join(", ")}), solde déclaré ${d.solde_declare} j.`,
            }),
          ],
        },
      });
    }, { ends: ["paie"] })
    .addNode("paie", async (state) => {
      const start = state.messages.findLastIndex((m) => m.name === "accueil_rh");
      const sys = `Tu es le gestionnaire paie. Dossier transmis : ${JSON.stringify(state.dossier)}`;
      return { messages: [await paie.invoke([new SystemMessage(sys), ...state.messages.slice(start)])] };
    })
    .addNode("outils_paie", new ToolNode([consulterSolde, poserConge]))
    .addEdge(START, "accueil")
    .addConditionalEdges("accueil", (s) => (s.messages.at(-1).tool_calls?.length ? "transfert" : END), ["transfert", END])
    .addConditionalEdges("paie", (s) => (s.messages.at(-1).tool_calls?.length ? "outils_paie" : END), ["outils_paie", END])
    .addEdge("outils_paie", "paie")
    .compile({ checkpointer });
}

const accueil = new ScriptedChatModel("accueil", [
  {
    content: "Je transmets votre demande au service paie.",
    tool_calls: [call("tr-5b0e22", "transmettre_a_la_paie", {
      matricule: "RH-004417", nom: "Léa Marchand", type: "CP", debut: "2026-12-21", fin: "2026-12-29",
      jours_ouvres: 6, jours_feries_exclus: ["2026-12-25"], solde_declare: 14.5,
    })],
  },
], "mistral-large-2411");

const dossierOf = (m) => JSON.parse(m[0].content.split("Dossier transmis : ")[1]);
const paie = new ScriptedChatModel("paie", [
  (m) => ({ tool_calls: [call("sl-01", "consulter_solde", { matricule: dossierOf(m).matricule })] }),
  (m) => ({ tool_calls: [call("sl-02", "consulter_solde", { matricule: dossierOf(m).matricule })] }),
  (m) => {
    const d = dossierOf(m);
    return { tool_calls: [call("pc-01", "poser_conge", { matricule: d.matricule, type: d.type, debut: d.debut, fin: d.fin, jours_ouvres: d.jours_ouvres })] };
  },
  (m) => {
    const r = JSON.parse(m.at(-1).content);
    return { content: `C'est enregistré : demande ${r.demande}, ${r.jours_ouvres} jours de CP du 21 au 29 décembre 2026 (le 25 est férié). Votre solde de 14,5 jours le permet ; il sera de ${String(r.solde_cp_apres).replace(".", ",")} jours après validation par votre manager.` };
  },
], "mistral-small-2503");

await writeIncident(import.meta.url, async (saver) => {
  const graph = build(saver, accueil, paie);
  await graph.invoke({
    messages: [human("Bonjour, Léa Marchand, matricule RH-004417. Je voudrais poser mes congés payés du lundi 21 au mardi 29 décembre, soit 6 jours ouvrés puisque le 25 est férié. D'après mon bulletin il me reste 14,5 jours.")],
    user_id: "RH-004417",
  }, threadConfig(THREAD));
});
