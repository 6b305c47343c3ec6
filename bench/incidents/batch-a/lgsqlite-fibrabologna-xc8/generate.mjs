// Assistente vendite di un operatore telefonico (italiano): verifica copertura fibra, migrazione
// della linea fissa e attivazione, con conferma OTP del cliente prima di ogni ordine (interrupt).
//   node generate.mjs   -> checkpoints.sqlite
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tkt-IT-2026-0419-88213";

const copertura = tool(
  async ({ indirizzo, civico, comune, cap }) => {
    if (!cap) {
      throw new Error(`COV-409 indirizzo non univoco: "${indirizzo} ${civico}, ${comune}" corrisponde a 3 `
        + "toponimi (CAP 40121, 40124, 40141). Specificare il CAP.");
    }
    return JSON.stringify({
      indirizzo: `${indirizzo} ${civico}, ${cap} ${comune}`, tecnologia: "FTTH", velocita_max_mbps: 2500,
      centrale: "BO-SAVENA-03", armadio: null, disponibile: true, prima_data_attivazione: "2026-05-06",
    });
  },
  {
    name: "verifica_copertura",
    description: "Verifica la copertura in fibra di un indirizzo.",
    schema: z.object({ indirizzo: z.string(), civico: z.string(), comune: z.string(), cap: z.string().optional() }),
  },
);

const migrazione = tool(
  async ({ numero }) => JSON.stringify({
    numero, operatore_attuale: "OLO-TIM", codice_migrazione: "TIM0516442918041A", portabile: true, vincoli: [],
  }),
  {
    name: "verifica_codice_migrazione",
    description: "Recupera il codice di migrazione e la portabilità del numero fisso.",
    schema: z.object({ numero: z.string() }),
  },
);

const attiva = tool(
  async ({ offerta, indirizzo, codice_migrazione, data }) => JSON.stringify({
    ordine: "ORD-FTTH-77120433", offerta, indirizzo, codice_migrazione, data_attivazione: data,
    canone_mensile: "26,90 €", stato: "in_lavorazione",
  }),
  {
    name: "attiva_offerta",
    description: "Inserisce l'ordine di attivazione (richiede conferma OTP del cliente).",
    schema: z.object({ offerta: z.string(), indirizzo: z.string(), codice_migrazione: z.string(), data: z.string() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("fc_cov_1", "verifica_copertura", { indirizzo: "Via Garibaldi", civico: "14", comune: "Bologna" })] },
  { content: "A Bologna esistono più vie Garibaldi e il sistema non riesce a capire quale sia la sua: "
      + "mi indica il CAP, così ripeto la verifica?" },
  { tool_calls: [call("fc_cov_2", "verifica_copertura",
    { indirizzo: "Via Garibaldi", civico: "14", comune: "Bologna", cap: "40124" })] },
  { tool_calls: [call("fc_mig_1", "verifica_codice_migrazione", { numero: "0516442918" })] },
  { content: "Buone notizie: in Via Garibaldi 14, 40124 Bologna arriva la fibra FTTH fino a 2,5 Gbit/s "
      + "(centrale BO-SAVENA-03). Il suo numero 051 6442918 è portabile, codice di migrazione "
      + "TIM0516442918041A. La prima data utile è il 6 maggio 2026. Procedo con l'offerta Fibra Casa 2.5?" },
  { tool_calls: [call("fc_att_1", "attiva_offerta", {
    offerta: "FIBRA-CASA-2.5G", indirizzo: "Via Garibaldi 14, 40124 Bologna",
    codice_migrazione: "TIM0516442918041A", data: "2026-05-06",
  })] },
  { content: "Ordine ORD-FTTH-77120433 inserito: attivazione il 6 maggio 2026, canone 26,90 € al mese, il numero "
      + "051 6442918 passa con la linea. Riceverà un SMS con la fascia oraria del tecnico." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), canale: Annotation() });

const graph = new StateGraph(State)
  .addNode("assistente", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Sei l'assistente vendite di Linea Emilia Telecomunicazioni. "
      + "Non inserire ordini senza conferma OTP del cliente."), ...state.messages])],
  }))
  .addNode("conferma_otp", async (state) => {
    const ordine = state.messages.at(-1).tool_calls[0];
    const risposta = interrupt({ richiesta: "conferma_otp", strumento: ordine.name, argomenti: ordine.args });
    return risposta.otp_valido ? new Command({ goto: "strumenti" }) : new Command({ goto: END });
  }, { ends: ["strumenti", END] })
  .addNode("strumenti", new ToolNode([copertura, migrazione, attiva]))
  .addEdge(START, "assistente")
  .addConditionalEdges("assistente", (state) => {
    const calls = state.messages.at(-1).tool_calls ?? [];
    if (calls.length === 0) return END;
    return calls.some((c) => c.name === "attiva_offerta") ? "conferma_otp" : "strumenti";
  }, ["conferma_otp", "strumenti", END])
  .addEdge("strumenti", "assistente");

await writeIncident(import.meta.url, async (checkpointer) => {
  const app = graph.compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await app.invoke({
    messages: [human("Salve, vorrei passare alla fibra mantenendo il numero di casa 051 6442918. Abito in "
      + "Via Garibaldi 14 a Bologna.")],
    user_id: "cliente-3398817",
    canale: "chat-web",
  }, cfg);
  await app.invoke({ messages: [human("Il CAP è 40124.")] }, cfg);
  await app.invoke({ messages: [human("Sì, va bene Fibra Casa 2.5, procediamo.")] }, cfg);
  // The customer types the OTP received by SMS; the front end resumes the interrupted order.
  await app.invoke(new Command({ resume: { otp_valido: true, otp_inserito_alle: "2026-04-19T10:42:13+02:00" } }), cfg);
});
