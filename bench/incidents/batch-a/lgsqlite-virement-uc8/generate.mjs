// Retail bank assistant (French). The front agent ("conseiller") records the client's request in
// state, then hands it to the payments subgraph, which receives a work order built from a fixed
// set of fields of that request.
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, lastText, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const programmer = tool(async ({ iban_debit, beneficiaire, montant_eur, date_execution, reference }) => JSON.stringify({
  ordre: "VIR-8F2K-0605", iban_debit, beneficiaire, montant_eur, date_execution, reference, statut: "programmé",
}), { name: "programmer_virement", description: "Programme un virement SEPA.",
  schema: z.object({ iban_debit: z.string(), beneficiaire: z.string(), montant_eur: z.number(),
    date_execution: z.string(), reference: z.string() }) });

const Parent = Annotation.Root({ ...MessagesAnnotation.spec, client_id: Annotation(), demande: Annotation() });
const Sub = Annotation.Root({ ...MessagesAnnotation.spec, client_id: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const conseiller = new ScriptedChatModel("conseiller", [
    { content: "C'est noté : facture F-2291 Batiloc de 3 480 €, en 4 échéances mensuelles de 870 € à partir du 5 juin, "
        + "depuis votre compte joint …0143, dans la limite de votre plafond de 1 000 € par mois. Je transmets au service paiements." },
    (msgs) => ({ content: `Le service paiements a répondu : ${lastText(msgs, "ai")}` }),
  ], "mistral-large-2411");
  const paiements = new ScriptedChatModel("paiements", [
    (msgs) => {
      const t = promptText(msgs);
      const m = t.match(/([\d ]+(?:\.\d+)?) EUR/);
      return { tool_calls: [call("call_pay_3Hq", "programmer_virement", {
        iban_debit: "FR76 3000 4000 0312 3456 7890 143", beneficiaire: "BATILOC SAS",
        montant_eur: Number(m[1].replace(/ /g, "")), date_execution: "2026-06-05", reference: "F-2291" })] };
    },
    (msgs) => {
      const r = JSON.parse(lastText(msgs, "tool"));
      return { content: `Ordre ${r.ordre} : virement de ${r.montant_eur.toFixed(2).replace(".", ",")} € vers ${r.beneficiaire} programmé le 05/06/2026 (réf. ${r.reference}).` };
    },
  ], "mistral-small-2503");

  const sub = new StateGraph(Sub)
    .addNode("agent_paiements", async (s) => ({ messages: [await paiements.invoke([
      new SystemMessage("Tu exécutes les ordres de paiement reçus du conseiller."), ...s.messages])] }))
    .addNode("outils", new ToolNode([programmer]))
    .addEdge(START, "agent_paiements")
    .addConditionalEdges("agent_paiements", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "agent_paiements")
    .compile({ checkpointer: saver });

  const ORDRE_CHAMPS = ["facture", "beneficiaire", "montant_eur", "compte"];
  const parent = new StateGraph(Parent)
    .addNode("conseiller", async (s) => {
      const text = lastText(s.messages, "human");
      const demande = {
        facture: "F-2291", beneficiaire: "BATILOC SAS", montant_eur: 3480,
        compte: "FR76 3000 4000 0312 3456 7890 143",
        plafond_mensuel_eur: /plafond.*1 000/.test(text) ? 1000 : null,
        echeances: /4 (fois|échéances)/.test(text) ? 4 : 1, premiere_echeance: "2026-06-05",
      };
      return { demande, messages: [await conseiller.invoke([new SystemMessage("Tu es le conseiller en ligne de la banque."), ...s.messages])] };
    })
    .addNode("service_paiements", async (s, config) => {
      const ordre = Object.fromEntries(ORDRE_CHAMPS.map((k) => [k, s.demande[k]]));
      const out = await sub.invoke({ client_id: s.client_id, messages: [human(
        `Ordre du conseiller — facture ${ordre.facture} (${ordre.beneficiaire}), ${ordre.montant_eur} EUR, compte à débiter ${ordre.compte}.`)] }, config);
      return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
    })
    .addNode("retour_client", async (s) => ({ messages: [await conseiller.invoke([
      new SystemMessage("Tu es le conseiller en ligne de la banque."), ...s.messages])] }))
    .addEdge(START, "conseiller")
    .addEdge("conseiller", "service_paiements")
    .addEdge("service_paiements", "retour_client")
    .addEdge("retour_client", END)
    .compile({ checkpointer: saver });

  await parent.invoke({ client_id: "CLI-0077-3391-FR", messages: [human(
    "Bonjour, je dois régler la facture F-2291 de Batiloc, 3 480 €. Mon plafond de virement est de 1 000 € par mois, "
    + "donc payez-la en 4 échéances à partir du 5 juin, depuis le compte joint qui finit par 143.")] },
  threadConfig("conv-fr-2026-05-28-a91c"));
});
