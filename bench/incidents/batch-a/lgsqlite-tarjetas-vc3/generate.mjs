// Banca por WhatsApp: asistente de tarjetas con memoria a largo plazo (InMemoryStore de LangGraph).
// Las notas se guardan bajo el namespace de la oficina gestora del cliente. LangGraph.js + SqliteSaver,
// modelo guionizado.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const CLIENTES = {
  "NIF-48291734K": { oficina: "0231", nombre: "Lucía Prieto Garrido" },
  "NIF-07718265R": { oficina: "0231", nombre: "Javier Ortún Sáez" },
};

const bloquearTarjeta = tool(
  async ({ pan_ultimos4, motivo }) => JSON.stringify({ operacion: "BLQ-20260303-66120", pan_ultimos4, motivo, estado: "bloqueada", reposicion: "enviada por correo, 5-7 días hábiles" }),
  {
    name: "bloquear_tarjeta",
    description: "Bloquea una tarjeta y solicita la reposición.",
    schema: z.object({ pan_ultimos4: z.string(), motivo: z.enum(["robo", "perdida", "fraude"]) }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  memoria: Annotation(),
});

function graph(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("recordar", async (state, config) => {
      const ns = ["notas", CLIENTES[state.user_id].oficina];
      const items = await config.store.search(ns, { limit: 5 });
      return { memoria: items.map((i) => i.value.texto) };
    })
    .addNode("asistente", async (state) => {
      const sys = "Eres el asistente de tarjetas de Banco Meridiano. Notas de conversaciones anteriores:\n"
        + (state.memoria ?? []).join("\n");
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([bloquearTarjeta]))
    .addNode("anotar", async (state, config) => {
      const res = state.messages.filter((m) => m.getType() === "tool").map((m) => m.content);
      if (res.length > 0) {
        const ns = ["notas", CLIENTES[state.user_id].oficina];
        await config.store.put(ns, `nota-${Date.now()}`, {
          texto: `Tarjeta ****${JSON.parse(res.at(-1)).pan_ultimos4} bloqueada por robo el 03/03/2026 (BLQ-20260303-66120); reposición a C/ Alcalá 212, 3ºB, Madrid.`,
        });
      }
      return {};
    })
    .addEdge(START, "recordar")
    .addEdge("recordar", "asistente")
    .addConditionalEdges("asistente", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : "anotar"), ["tools", "anotar"])
    .addEdge("tools", "asistente")
    .addEdge("anotar", END)
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();

  const threadA = "wa:+34611208457";
  const mA = new ScriptedChatModel(threadA, [
    { tool_calls: [call("call_bq01HZ", "bloquear_tarjeta", { pan_ultimos4: "4471", motivo: "robo" })] },
    { content: "Hecho, Lucía: la tarjeta terminada en 4471 está bloqueada (BLQ-20260303-66120). La nueva le llegará a C/ Alcalá 212, 3ºB en 5-7 días hábiles." },
  ], "gpt-4o-mini-2024-07-18");
  await graph(saver, store, mA).invoke({
    user_id: "NIF-48291734K",
    messages: [human("Me acaban de robar el bolso en el metro. Bloqueadme la tarjeta acabada en 4471 y mandad la nueva a C/ Alcalá 212, 3ºB, Madrid.")],
  }, threadConfig(threadA));

  const threadB = "wa:+34699540312";
  const mB = new ScriptedChatModel(threadB, [
    (messages) => ({
      content: messages[0].content.includes("4471")
        ? "Hola Javier. Su tarjeta terminada en 4471 quedó bloqueada el 03/03/2026 por robo (BLQ-20260303-66120) y la reposición va de camino a C/ Alcalá 212, 3ºB, Madrid; le llegará en 5-7 días hábiles."
        : "Hola Javier, no veo gestiones recientes sobre su tarjeta. ¿Me indica los 4 últimos dígitos?",
    }),
  ], "gpt-4o-mini-2024-07-18");
  await graph(saver, store, mB).invoke({
    user_id: "NIF-07718265R",
    messages: [human("Buenas, ¿en qué quedó lo de mi tarjeta? ¿Cuándo me llega la nueva?")],
  }, threadConfig(threadB));
});
