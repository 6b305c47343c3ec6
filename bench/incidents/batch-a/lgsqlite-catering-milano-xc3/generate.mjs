// Catering order assistant (Italian). The conversation runs on one thread; after the second turn the
// worker that served it was restarted and the job queue redelivered the next message with the
// checkpoint id it had stored when the job was first enqueued.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), evento: Annotation() });

const preventivo = tool(
  async ({ coperti, menu }) => JSON.stringify({ preventivo: "PV-2026-0418", coperti, menu,
    prezzo_coperto_eur: 38, totale_eur: coperti * 38, valido_fino: "2026-05-30" }),
  { name: "calcola_preventivo", description: "Preventivo per un evento.",
    schema: z.object({ coperti: z.number().int(), menu: z.string() }) },
);
const conferma = tool(
  async ({ preventivo, coperti, menu_senza_glutine, data, indirizzo }) => JSON.stringify({ ordine: "CT-2291",
    preventivo, coperti, menu_senza_glutine, data, indirizzo, stato: "confermato", cucina: "in produzione" }),
  { name: "conferma_ordine", description: "Conferma l'ordine in cucina.",
    schema: z.object({ preventivo: z.string(), coperti: z.number().int(), menu_senza_glutine: z.number().int(),
      data: z.string(), indirizzo: z.string() }) },
);

const SYSTEM = "Sei l'assistente ordini di Gusto&Co Catering. Rispondi in italiano.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("agente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([preventivo, conferma]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, ["tools", END])
    .addEdge("tools", "agente")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const thread = "ord-mi-7f3c91e2";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("toolu_01Pq8", "calcola_preventivo", { coperti: 40, menu: "pranzo aziendale" })] },
    { content: "Ecco il preventivo PV-2026-0418: 40 coperti, pranzo aziendale, 38 € a persona, totale 1.520 €. "
        + "Le confermo la consegna il 12 giugno in via Tortona 27?" },
    { content: "Annotato: dei 40 coperti, 6 saranno menu senza glutine preparati in linea separata, "
        + "senza variazioni di prezzo." },
    (messages) => {
      const celiaci = /senza glutine/i.test(promptText(messages.filter((m) => m.getType() === "human")));
      return { tool_calls: [call("toolu_01Rz4", "conferma_ordine", { preventivo: "PV-2026-0418", coperti: 40,
        menu_senza_glutine: celiaci ? 6 : 0, data: "2026-06-12", indirizzo: "Via Tortona 27, 20144 Milano" })] };
    },
    { content: "Ordine CT-2291 confermato: 40 pranzi aziendali per il 12 giugno in via Tortona 27, "
        + "già in produzione. Buon evento!" },
  ]);
  const g = graph(saver, model);
  await g.invoke({ messages: [human("Buongiorno, ci serve un pranzo aziendale per 40 persone il 12 giugno, "
      + "via Tortona 27 a Milano. Mi fa un preventivo?")], user_id: "cli-0093-ferretti",
    evento: { data: "2026-06-12", luogo: "Via Tortona 27, Milano" } }, threadConfig(thread));
  const queued = (await g.getState(threadConfig(thread))).config.configurable.checkpoint_id;

  await g.invoke({ messages: [human("Dimenticavo: 6 ospiti sono celiaci, servono 6 menu senza glutine.")] },
    threadConfig(thread));

  // redelivered job: carries the checkpoint id stored at enqueue time
  await g.invoke({ messages: [human("Va bene, confermi pure l'ordine.")] },
    threadConfig(thread, { checkpoint_id: queued }));
});
