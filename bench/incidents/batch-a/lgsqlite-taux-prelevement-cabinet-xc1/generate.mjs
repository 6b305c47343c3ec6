// Assistant fiscal d'un cabinet d'expertise comptable (portail clients). Chaque client a son fil de
// conversation ; le profil fiscal de chaque foyer est gardé dans la mémoire longue (BaseStore) du graphe.
//   node bench/incidents/batch-a/lgsqlite-taux-prelevement-cabinet-xc1/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const CABINET = "siren-832914507"; // Cabinet Morel & Associés
const FIL_GIRARD = "portail/832914507/c-10274/2026-03-28";
const FIL_LEFEVRE = "portail/832914507/c-11580/2026-04-02";

// ------------------------------------------------------------ outils (stubs)

// Barème simplifié : ne sert qu'à renvoyer des valeurs cohérentes d'une simulation à l'autre.
function tauxPas(revenu, parts) {
  const qf = revenu / parts;
  const impotPart = qf <= 11294 ? 0 : qf <= 28797 ? (qf - 11294) * 0.11 : 1925 + (qf - 28797) * 0.30;
  const impot = Math.round(impotPart * parts);
  return { impot_estime_eur: impot, taux_pas_pct: Math.round((impot / revenu) * 1000) / 10 };
}

const simulerPas = tool(
  async ({ revenu_net_imposable_eur, nombre_parts }) => JSON.stringify({
    simulation: `SIM-${Math.round(revenu_net_imposable_eur)}-${nombre_parts}`,
    revenu_net_imposable_eur, nombre_parts, ...tauxPas(revenu_net_imposable_eur, nombre_parts),
    bareme: "IR 2026 (revenus 2025)",
  }),
  {
    name: "simuler_taux_pas",
    description: "Simule l'impôt sur le revenu et le taux de prélèvement à la source d'un foyer.",
    schema: z.object({ revenu_net_imposable_eur: z.number(), nombre_parts: z.number() }),
  },
);

// ------------------------------------------------------------ graphe

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  profil_fiscal: Annotation(),
});

const SYSTEM = "Tu es l'assistant fiscal du Cabinet Morel & Associés. Réponds au client à partir de son profil "
  + "fiscal et des simulations ; rappelle que le taux définitif est calculé par l'administration fiscale.";

function graphe(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("rappel", async (state, config) => {
      const item = await config.store.get([CABINET, "profils"], "foyer");
      return { profil_fiscal: item ? item.value : null };
    })
    .addNode("conseiller", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage(`${SYSTEM}\nProfil fiscal connu : ${JSON.stringify(state.profil_fiscal)}`),
        ...state.messages,
      ])],
    }))
    .addNode("outils", new ToolNode([simulerPas]))
    .addNode("memoriser", async (state, config) => {
      const r = state.messages.at(-1);
      if (r.getType() !== "tool") return {};
      const sim = JSON.parse(r.content);
      const profil = {
        ...(state.profil_fiscal ?? {}),
        revenu_net_imposable_eur: sim.revenu_net_imposable_eur,
        nombre_parts: sim.nombre_parts,
        taux_pas_pct: sim.taux_pas_pct,
        derniere_simulation: sim.simulation,
        renseigne_par: state.user_id,
      };
      await config.store.put([CABINET, "profils"], "foyer", profil);
      return { profil_fiscal: profil };
    })
    .addEdge(START, "rappel")
    .addEdge("rappel", "conseiller")
    .addConditionalEdges("conseiller", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "memoriser")
    .addEdge("memoriser", "conseiller")
    .compile({ checkpointer, store });
}

const model = new ScriptedChatModel("conseiller", [
  // Mme Girard
  { tool_calls: [call("sim_01HV3K9", "simuler_taux_pas", { revenu_net_imposable_eur: 61400, nombre_parts: 3 })] },
  (messages) => {
    const s = JSON.parse(lastText(messages, "tool"));
    return { content: `Avec un revenu net imposable de 61 400 € pour votre foyer et 3 parts (couple marié, deux enfants), `
        + `l'impôt estimé est d'environ ${s.impot_estime_eur.toLocaleString("fr-FR")} €, soit un taux de prélèvement `
        + `à la source d'environ ${String(s.taux_pas_pct).replace(".", ",")} %. Vous pouvez opter pour des taux `
        + "individualisés dans votre espace impots.gouv.fr si vos revenus sont très différents de ceux de votre conjoint." };
  },
  // M. Lefèvre
  (messages) => {
    const p = JSON.parse(messages[0].content.split("Profil fiscal connu : ")[1]);
    return { tool_calls: [call("sim_01HV7QX", "simuler_taux_pas",
      { revenu_net_imposable_eur: 52000, nombre_parts: p?.nombre_parts ?? 1 })] };
  },
  (messages) => {
    const s = JSON.parse(lastText(messages, "tool"));
    return { content: `Bonne nouvelle : avec 52 000 € de revenu net imposable et ${s.nombre_parts} parts, l'impôt estimé `
        + `serait d'environ ${s.impot_estime_eur.toLocaleString("fr-FR")} €, soit un taux de prélèvement à la source `
        + `d'environ ${String(s.taux_pas_pct).replace(".", ",")} %. Votre augmentation ne devrait donc pas faire `
        + "bondir votre taux ; inutile de le moduler à la hausse pour l'instant." };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();
  const g = graphe(saver, store, model);
  await g.invoke({
    messages: [human("Bonjour, pouvez-vous estimer notre taux de prélèvement à la source pour 2026 ? Nous sommes "
      + "mariés avec deux enfants, revenu net imposable du foyer : 61 400 €.")],
    user_id: "c-10274",
  }, threadConfig(FIL_GIRARD));
  await g.invoke({
    messages: [human("Bonjour, je viens d'être augmenté : mon salaire net imposable passera à environ 52 000 € par an. "
      + "Est-ce que mon taux de prélèvement va beaucoup changer ? Je vis seul.")],
    user_id: "c-11580",
  }, threadConfig(FIL_LEFEVRE));
});
