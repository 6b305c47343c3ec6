// Retail-banking assistant (Italian): a customer sends a transfer in GBP. The FX feed rejects a
// stale rate once, the assistant asks for a refreshed one, and the transfer waits for the
// customer's confirmation (an interrupt) before it is executed.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "bonifico-IT-88213";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const tassoCambio = tool(
  async ({ da, a, aggiorna }) => {
    if (!aggiorna) throw new Error("feed tassi non aggiornato: età quotazione 912 s > 300 s, richiedere aggiorna=true");
    return JSON.stringify({ da, a, tasso: 0.8412, quotazione: "2026-04-14T09:31:05Z", fonte: "BCE+spread 0,35%" });
  },
  {
    name: "tasso_cambio",
    description: "Tasso di cambio per bonifici in valuta.",
    schema: z.object({ da: z.string(), a: z.string(), aggiorna: z.boolean().optional() }),
  },
);

const eseguiBonifico = tool(
  async ({ iban, importo_eur, importo_gbp, causale }) => JSON.stringify({
    cro: "0306909606-88213-ZX", iban, importo_eur, importo_gbp, causale, stato: "eseguito", valuta: "2026-04-15",
  }),
  {
    name: "esegui_bonifico",
    description: "Esegue un bonifico estero SEPA/SWIFT.",
    schema: z.object({ iban: z.string(), importo_eur: z.number(), importo_gbp: z.number(), causale: z.string() }),
  },
);

async function scenario(checkpointer) {
  const model = new ScriptedChatModel("assistente-banca", [
    { tool_calls: [call("fx_q1", "tasso_cambio", { da: "EUR", a: "GBP" })] },
    { tool_calls: [call("fx_q2", "tasso_cambio", { da: "EUR", a: "GBP", aggiorna: true })] },
    { content: "Al cambio aggiornato di 0,8412 (quotazione delle 09:31 UTC), 2.500,00 € corrispondono a 2.103,00 £. Preparo il bonifico e le chiedo conferma.",
      tool_calls: [call("bon_e1", "esegui_bonifico", { iban: "GB29NWBK60161331926819", importo_eur: 2500, importo_gbp: 2103.0, causale: "Affitto aprile - Flat 3B" })] },
    { content: "Fatto: bonifico di 2.500,00 € (2.103,00 £) verso GB29 NWBK 6016 1331 9268 19 eseguito, CRO 0306909606-88213-ZX, valuta 15/04/2026." },
  ], "gpt-4o-2024-11-20");

  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Sei l'assistente della banca. Ogni bonifico richiede la conferma del cliente."), ...state.messages])],
    }))
    .addNode("conferma", async (state) => {
      const last = state.messages[state.messages.length - 1];
      const disp = last.tool_calls.find((c) => c.name === "esegui_bonifico");
      if (disp) {
        const risposta = interrupt({ richiesta: "Confermi il bonifico?", ...disp.args });
        if (risposta !== "confermo") return new Command({ goto: END });
      }
      return new Command({ goto: "tools" });
    }, { ends: ["tools", END] })
    .addNode("tools", new ToolNode([tassoCambio, eseguiBonifico]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? "conferma" : END), ["conferma", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Buongiorno, devo mandare 2.500 € al mio padrone di casa a Londra, IBAN GB29NWBK60161331926819, causale \"Affitto aprile - Flat 3B\". Lui deve ricevere sterline.")],
    user_id: "cliente-00471",
  }, threadConfig(THREAD));
  await graph.invoke(new Command({ resume: "confermo" }), threadConfig(THREAD));
}

await writeIncident(import.meta.url, scenario);
