// Assistant bancaire (français) : virement vers un IBAN enregistré. Le premier appel au service de
// virement échoue (503) ; l'agent vérifie qu'aucune opération n'a été passée puis relance avec la
// même clé d'idempotence.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "banque-cli-4410297-conv-20261204a";

let pannes = 1;
const executerVirement = tool(
  async ({ compte_debit, beneficiaire_id, montant_centimes, devise, cle_idempotence, libelle }) => {
    if (pannes > 0) {
      pannes--;
      throw new Error("503 Service Unavailable: passerelle SEPA indisponible (aucune opération enregistrée pour cette clé)");
    }
    return JSON.stringify({
      operation: "VIR-20261204-000731", compte_debit, beneficiaire_id, montant_centimes, devise, cle_idempotence, libelle,
      statut: "accepté", execution: "2026-12-04",
    });
  },
  {
    name: "executer_virement", description: "Émet un virement SEPA. Montant en centimes.",
    schema: z.object({
      compte_debit: z.string(), beneficiaire_id: z.string(), montant_centimes: z.number().int(), devise: z.literal("EUR"),
      cle_idempotence: z.string(), libelle: z.string(),
    }),
  },
);

const operationsDuJour = tool(
  async ({ compte, cle_idempotence }) => JSON.stringify({ compte, cle_idempotence, operations: [] }),
  {
    name: "operations_du_jour", description: "Liste les opérations du jour d'un compte, filtrées par clé d'idempotence.",
    schema: z.object({ compte: z.string(), cle_idempotence: z.string() }),
  },
);

const ARGS = {
  compte_debit: "FR76-3000-4000-0312-3456-7890-143", beneficiaire_id: "BEN-SCI-LES-TILLEULS",
  montant_centimes: 125000, devise: "EUR", cle_idempotence: "idem-4410297-7f3c2a", libelle: "Loyer décembre 2026",
};

const model = new ScriptedChatModel("banque", [
  { tool_calls: [call("call_vir_1", "executer_virement", ARGS)] },
  { tool_calls: [call("call_ops_1", "operations_du_jour", { compte: ARGS.compte_debit, cle_idempotence: ARGS.cle_idempotence })] },
  { tool_calls: [call("call_vir_2", "executer_virement", ARGS)] },
  { content: "C'est fait : le virement de 1 250,00 € vers SCI Les Tilleuls (« Loyer décembre 2026 ») a été accepté, référence VIR-20261204-000731, exécution aujourd'hui. La passerelle SEPA était momentanément indisponible au premier essai ; j'ai vérifié qu'aucune opération n'avait été passée avant de relancer, il n'y a donc qu'un seul virement." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = new StateGraph(State)
  .addNode("conseiller", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Tu es l'assistant de banque en ligne. Montants en centimes pour les outils."), ...state.messages])],
  }))
  .addNode("outils", new ToolNode([executerVirement, operationsDuJour]))
  .addEdge(START, "conseiller")
  .addConditionalEdges("conseiller", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "conseiller");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    messages: [human("Bonjour, pouvez-vous virer 1 250,00 € à SCI Les Tilleuls pour le loyer de décembre ? Depuis mon compte courant.")],
    user_id: "CLI-4410297",
  }, threadConfig(THREAD));
});
