// Italian e-commerce assistant. The payment gateway answers the first charge with a 503; the agent
// retries with the same idempotency key, the charge goes through once, and after the order is
// placed the graph empties the cart (carrello becomes null) on purpose.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "shop-it:conv:5f0d2a";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  carrello: Annotation(),
  ordine: Annotation(),
});

let gatewayFailures = 1;
const addebita = tool(
  async ({ importo_cent, valuta, chiave_idempotenza }) => {
    if (gatewayFailures-- > 0) throw new Error("PSP 503 Service Unavailable (upstream nexi-gw-2), nessun addebito eseguito");
    return JSON.stringify({ transazione: "TX-IT-88120455", importo_cent, valuta, chiave_idempotenza, esito: "AUTORIZZATO" });
  },
  {
    name: "addebita_carta",
    description: "Addebita il totale del carrello sulla carta salvata.",
    schema: z.object({ importo_cent: z.number().int(), valuta: z.string(), chiave_idempotenza: z.string() }),
  },
);

const creaOrdine = tool(
  async ({ transazione, righe }) => JSON.stringify({ ordine: "ORD-IT-2026-118734", transazione, righe, consegna_prevista: "2026-12-09" }),
  {
    name: "crea_ordine",
    description: "Crea l'ordine dopo il pagamento.",
    schema: z.object({ transazione: z.string(), righe: z.array(z.string()) }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("c-01", "addebita_carta", { importo_cent: 8790, valuta: "EUR", chiave_idempotenza: "chk-5f0d2a-1" })] },
  { tool_calls: [call("c-02", "addebita_carta", { importo_cent: 8790, valuta: "EUR", chiave_idempotenza: "chk-5f0d2a-1" })] },
  { tool_calls: [call("c-03", "crea_ordine", { transazione: "TX-IT-88120455", righe: ["SKU-MOKA-6T x1", "SKU-CAFFE-250G x3"] })] },
  { content: "Fatto! Il primo tentativo di pagamento è stato rifiutato dal gateway senza addebito; il secondo è andato a buon fine (87,90 €, transazione TX-IT-88120455). Ordine ORD-IT-2026-118734, consegna prevista il 9 dicembre." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Sei l'assistente di Caffè&Co. Carrello: " + JSON.stringify(state.carrello)), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([addebita, creaOrdine], { handleToolErrors: true }))
    .addNode("chiudi", (state) => {
      for (let i = state.messages.length - 1; i >= 0; i--) {
        const m = state.messages[i];
        if (m.getType() === "tool" && m.name === "crea_ordine") {
          return { ordine: JSON.parse(m.content).ordine, carrello: null };
        }
      }
      return {};
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (s) => (toolsCondition(s) === "tools" ? "tools" : "chiudi"), ["tools", "chiudi"])
    .addEdge("tools", "agent")
    .addEdge("chiudi", END)
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Ciao, procedi pure al pagamento del carrello con la carta salvata, grazie.")],
    user_id: "cli-IT-40917",
    carrello: { righe: [
      { sku: "SKU-MOKA-6T", descrizione: "Moka 6 tazze", qta: 1, prezzo_cent: 3990 },
      { sku: "SKU-CAFFE-250G", descrizione: "Caffè macinato 250 g", qta: 3, prezzo_cent: 1600 },
    ], totale_cent: 8790, valuta: "EUR" },
  }, threadConfig(THREAD));
});
