// Accounts-payable assistant of a French SME, LangGraph.js with the SQLite checkpointer.
// After the invoice is read, a deterministic node "preparer_paiement" copies the payable amount
// from the invoice into the state channel "paiement" (montant_eur as a number); the agent then
// schedules the transfer from that prepared payment. Run: node generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ap-fr/tenant-0042/conv-8841";

const lireFacture = tool(
  async ({ numero }) => JSON.stringify({
    numero,
    fournisseur: "Imprimerie Lefèvre SARL",
    siret: "532 118 904 00027",
    date: "02/04/2026",
    echeance: "30/04/2026",
    lignes: [
      { designation: "Catalogue printemps, 2 000 ex., quadri", montant_ht: "880,00 €" },
      { designation: "Façonnage et livraison Lyon 7e", montant_ht: "148,75 €" },
    ],
    montant_ht: "1\u202f028,75 €",
    tva_20: "205,75 €",
    montant_ttc: "1\u202f234,50 €",
    iban: "FR76 3000 4015 9600 0101 0820 195",
  }),
  {
    name: "lire_facture",
    description: "Lit une facture fournisseur depuis la GED (champs extraits par OCR).",
    schema: z.object({ numero: z.string() }),
  },
);

const programmerVirement = tool(
  async ({ facture, beneficiaire, iban, montant_eur, date_execution }) => JSON.stringify({
    ordre: "VIR-SEPA-20260429-00731", facture, beneficiaire, iban, montant_eur, date_execution,
    statut: "programmé", compte_debite: "FR76 1820 6000 4412 3456 7890 104",
  }),
  {
    name: "programmer_virement",
    description: "Programme un virement SEPA fournisseur.",
    schema: z.object({
      facture: z.string(), beneficiaire: z.string(), iban: z.string(),
      montant_eur: z.number().positive(), date_execution: z.string(),
    }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), paiement: Annotation() });

function preparedPayment(messages) {
  const m = messages[0].content.match(/Paiement préparé : (\{.*\})/);
  return m ? JSON.parse(m[1]) : null;
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_fa0419", "lire_facture", { numero: "FA-2026-0419" })] },
    (messages) => {
      const p = preparedPayment(messages);
      return { tool_calls: [call("call_vir731", "programmer_virement", {
        facture: p.facture, beneficiaire: p.beneficiaire, iban: p.iban, montant_eur: p.montant_eur,
        date_execution: "2026-04-29" })] };
    },
    { content: "C'est fait : le virement VIR-SEPA-20260429-00731 au profit d'Imprimerie Lefèvre SARL pour la facture "
        + "FA-2026-0419 est programmé le 29/04/2026, la veille de l'échéance, depuis le compte courant." },
  ], "mistral-large-2411");

  const graph = new StateGraph(State)
    .addNode("agent", async (state) => {
      const context = state.paiement ? `\nPaiement préparé : ${JSON.stringify(state.paiement)}` : "";
      return { messages: [await model.invoke([
        new SystemMessage("Tu es l'assistant comptable fournisseurs de Atelier Roux & Fils. Tu lis les factures et "
          + "programmes les virements demandés par le service comptable." + context),
        ...state.messages,
      ])] };
    })
    .addNode("outils", new ToolNode([lireFacture, programmerVirement]))
    .addNode("preparer_paiement", async (state) => {
      const facture = JSON.parse(state.messages.at(-1).content);
      return {
        paiement: {
          facture: facture.numero,
          beneficiaire: facture.fournisseur,
          iban: facture.iban.replace(/\s/g, ""),
          montant_eur: Number.parseFloat(facture.montant_ttc.replace(",", ".")),
          echeance: facture.echeance,
        },
      };
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (state) => (state.messages.at(-1).tool_calls?.length ? "outils" : END), ["outils", END])
    .addConditionalEdges("outils", (state) => (state.messages.at(-1).name === "lire_facture" ? "preparer_paiement" : "agent"),
      ["preparer_paiement", "agent"])
    .addEdge("preparer_paiement", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Bonjour, peux-tu régler la facture FA-2026-0419 d'Imprimerie Lefèvre ? Programme le virement "
      + "la veille de l'échéance, s'il te plaît.")],
    user_id: "u_compta_mdurand",
  }, threadConfig(THREAD));
});
