// HR leave assistant (French). Turn 1 runs graph release 2026.05.1, which keeps the employee's
// contract in the state channel `contrat`. Between the turns release 2026.05.2 is deployed; it keeps
// the contract under `profil_contrat` and falls back to the full-time defaults when it is absent.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const lireDossier = tool(
  async ({ matricule }) => JSON.stringify({
    matricule, nom: "Claire Dubois", poste: "Comptable fournisseurs", quotite: "80 %",
    jours_non_travailles: "mercredi", droits_cp_annuels: 20, cp_pris_2026: 12, cp_restants: 8,
  }),
  { name: "lire_dossier_rh", description: "Lit le dossier RH d'un salarié.", schema: z.object({ matricule: z.string() }) },
);

const poserConges = tool(
  async ({ matricule, du, au, jours_ouvres }) => JSON.stringify({ demande: "CP-2026-04417", matricule, du, au, jours_ouvres, statut: "enregistrée" }),
  {
    name: "poser_conges",
    description: "Dépose une demande de congés payés.",
    schema: z.object({ matricule: z.string(), du: z.string(), au: z.string(), jours_ouvres: z.number() }),
  },
);

const ToolsAndAgent = (State, model, contratOf, key) => new StateGraph(State)
  .addNode("agent", async (state) => {
    const c = contratOf(state);
    return {
      messages: [await model.invoke([
        new SystemMessage(`Assistant RH Groupe Lavergne. Contrat: quotite=${c.quotite} droits=${c.droits} pris=${c.pris}`),
        ...state.messages.slice(-1),
      ])],
    };
  })
  .addNode("tools", new ToolNode([lireDossier, poserConges]))
  .addNode("memoriser", async (state) => {
    const last = state.messages[state.messages.length - 1];
    try {
      const d = JSON.parse(last.content);
      if (d.quotite) return { [key]: { quotite: d.quotite, droits: d.droits_cp_annuels, pris: d.cp_pris_2026 } };
    } catch { /* not a dossier */ }
    return {};
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "memoriser")
  .addEdge("memoriser", "agent");

const DEFAUT = { quotite: "100 %", droits: 25, pris: 12 };

await writeIncident(import.meta.url, async (saver) => {
  const thread = "rh:lavergne:RH-2291:7c1e";
  const m1 = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_dossier_01", "lire_dossier_rh", { matricule: "RH-2291" })] },
    { content: "Bonjour Claire, c'est noté : vous êtes à 80 % (mercredis non travaillés). Il vous reste 8 jours de congés payés sur vos 20 jours annuels." },
  ]);
  const V1 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), app_version: Annotation(), contrat: Annotation() });
  const g1 = ToolsAndAgent(V1, m1, (s) => s.contrat ?? DEFAUT, "contrat").compile({ checkpointer: saver });
  await g1.invoke({ messages: [human("Bonjour, pouvez-vous vérifier mon solde de congés ? Matricule RH-2291.")], user_id: "RH-2291", app_version: "2026.05.1" }, threadConfig(thread));

  // deploy 2026.05.2: channel renamed
  const m2 = new ScriptedChatModel(thread, [
    () => {
      return {
        content: "",
        tool_calls: [call("call_poser_02", "poser_conges", { matricule: "RH-2291", du: "2026-07-20", au: "2026-07-31", jours_ouvres: 10 })],
      };
    },
    { content: "C'est fait : votre demande CP-2026-04417 du 20 au 31 juillet (10 jours ouvrés) est enregistrée. Il vous restera 3 jours de congés après ces vacances." },
  ]);
  const V2 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), app_version: Annotation(), profil_contrat: Annotation() });
  const g2 = ToolsAndAgent(V2, m2, (s) => s.profil_contrat ?? DEFAUT, "profil_contrat").compile({ checkpointer: saver });
  await g2.invoke({ messages: [human("Parfait. Alors posez-moi du 20 au 31 juillet, les deux semaines complètes.")], app_version: "2026.05.2" }, threadConfig(thread));
});
