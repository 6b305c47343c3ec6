// Service client énergie : régularisation d'une facture estimée après relève réelle du compteur.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const releveCompteur = tool(async ({ pdl }) => JSON.stringify({
  pdl, client: "SCI Les Tilleuls", periode: "2024-10-01/2025-03-31",
  estime_facture: "18,4 MWh", releve_reel: "5,9 MWh", ecart: "12,5 MWh", source_releve: "télérelève Linky 2025-04-02",
}), {
  name: "releve_compteur", description: "Relève réelle et consommation estimée facturée pour un point de livraison.",
  schema: z.object({ pdl: z.string() }),
});

const emettreAvoir = tool(async ({ pdl, facture, energie_kwh, prix_kwh_ttc }) => {
  const montant = Math.round(energie_kwh * prix_kwh_ttc * 100) / 100;
  return JSON.stringify({ avoir: "AV-2025-004417", pdl, facture, energie_kwh, prix_kwh_ttc, montant_ttc: montant, devise: "EUR", statut: "émis" });
}, {
  name: "emettre_avoir", description: "Émet un avoir sur une facture. energie_kwh : énergie à créditer en kWh.",
  schema: z.object({ pdl: z.string(), facture: z.string(), energie_kwh: z.number(), prix_kwh_ttc: z.number() }),
});

const model = new ScriptedChatModel("regul", [
  { tool_calls: [call("fc_6a1e0d2b", "releve_compteur", { pdl: "14295786310023" })] },
  { tool_calls: [call("fc_6a1e0d2c", "emettre_avoir", { pdl: "14295786310023", facture: "FA-2025-03-88120", energie_kwh: 12.5, prix_kwh_ttc: 0.2516 })] },
  { content: "C'est fait : la relève réelle (5,9 MWh) confirme que la facture FA-2025-03-88120 était surestimée de 12,5 MWh. Un avoir AV-2025-004417 de 3,15 € TTC a été émis et sera déduit de votre prochaine échéance." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const State = Annotation.Root({ ...MessagesAnnotation.spec, client_id: Annotation() });
  const graph = new StateGraph(State)
    .addNode("conseiller", async (s) => ({ messages: [await model.invoke([new SystemMessage("Tu es conseiller facturation. Régularise les factures estimées d'après la relève réelle."), ...s.messages])] }))
    .addNode("outils", new ToolNode([releveCompteur, emettreAvoir]))
    .addEdge(START, "conseiller")
    .addConditionalEdges("conseiller", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "conseiller")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Bonjour, ma facture FA-2025-03-88120 est basée sur une estimation délirante, le local était fermé tout l'hiver. PDL 14295786310023. Pouvez-vous régulariser ?")],
    client_id: "CLI-FR-330917",
  }, threadConfig("regul:CLI-FR-330917:2025-04-03"));
});
