// Assistente home banking: bonifico ricorrente dopo un errore del servizio saldi, ritentato con successo
// (LangGraph.js, SQLite checkpointer, modello scriptato).
import {
  ScriptedChatModel, StateGraph, Annotation, MessagesAnnotation, START, END, ToolNode, toolsCondition,
  SystemMessage, tool, z, call, human, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), canale: Annotation() });

let guasti = 1;
const saldo = tool(
  async ({ iban }) => {
    if (guasti-- > 0) throw new Error("core-banking 503: servizio saldi temporaneamente non disponibile (rif. CBK-503-7781)");
    return JSON.stringify({ iban, saldo_disponibile: "2418.65", saldo_contabile: "2518.65", valuta: "EUR", al: "2026-03-04T09:12:40+01:00" });
  },
  { name: "saldo_conto", description: "Saldo disponibile del conto.", schema: z.object({ iban: z.string() }) },
);
const bonifico = tool(
  async ({ iban_da, iban_a, importo, causale, data_esecuzione }) => JSON.stringify({
    cro: "0306934712507281", iban_da, iban_a, importo, valuta: "EUR", causale, data_esecuzione, esito: "ACCETTATO",
  }),
  { name: "disponi_bonifico", description: "Dispone un bonifico SEPA.",
    schema: z.object({ iban_da: z.string(), iban_a: z.string(), importo: z.string(), causale: z.string(), data_esecuzione: z.string() }) },
);

const IBAN = "IT60X0542811101000000123456";
const thread = "hb-2026-03-04-000917";
const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("toolu_A1", "saldo_conto", { iban: IBAN })] },
  { tool_calls: [call("toolu_A2", "saldo_conto", { iban: IBAN })] },
  { tool_calls: [call("toolu_A3", "disponi_bonifico", {
    iban_da: IBAN, iban_a: "IT02L1234512345123456789012", importo: "950.00",
    causale: "Affitto marzo 2026 - via Nizza 14, Torino", data_esecuzione: "2026-03-05" })] },
  { content: "Fatto. Il saldo disponibile è di 2.418,65 €, sufficiente: ho disposto il bonifico di 950,00 € "
      + "per l'affitto di marzo con esecuzione il 5 marzo (CRO 0306934712507281). Dopo l'addebito resteranno "
      + "1.468,65 € disponibili." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({
      messages: [await model.invoke([
        new SystemMessage("Sei l'assistente del home banking. Verifica sempre il saldo prima di disporre un bonifico."),
        ...s.messages,
      ])],
    }))
    .addNode("strumenti", new ToolNode([saldo, bonifico]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "assistente")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Ciao, mandami domani il bonifico dell'affitto di marzo, 950 euro al solito IBAN "
      + "IT02L1234512345123456789012, se ho abbastanza sul conto.")],
    user_id: "cli-00482915",
    canale: "app-ios",
  }, threadConfig(thread));
});
