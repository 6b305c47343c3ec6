// Freight pickup desk (Spanish). The web worker keeps the checkpoint id of the conversation in the
// customer's session and resumes from it; after turn 2 the session write failed (worker restart),
// so turn 3 is resumed from the checkpoint saved at the end of turn 1.
import {
  END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const huecos = tool(async ({ fecha, muelle }) => JSON.stringify({
  almacen: "MAD-Coslada", fecha, muelle,
  libres: muelle === 2 ? ["10:00", "11:30"] : ["14:30", "16:00"],
}), { name: "consultar_huecos", description: "Huecos libres de carga por muelle.",
  schema: z.object({ fecha: z.string(), muelle: z.number().int() }) });

let seq = 4410;
const reservar = tool(async ({ fecha, muelle, hora, palets, destino }) => JSON.stringify({
  reserva: `RCG-MAD-${++seq}`, fecha, muelle, hora, palets, destino, estado: "confirmada",
}), { name: "reservar_recogida", description: "Reserva una recogida en muelle.",
  schema: z.object({ fecha: z.string(), muelle: z.number().int(), hora: z.string(), palets: z.number().int(), destino: z.string() }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, cliente: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("recogidas", [
    { tool_calls: [call("fc_01HX9A", "consultar_huecos", { fecha: "2026-04-13", muelle: 2 })] },
    { content: "Mañana 13/04 hay hueco en el muelle 2 a las 10:00 para 4 palets europeos con destino Zaragoza. ¿Lo confirmo?" },
    { tool_calls: [call("fc_01HX9F", "consultar_huecos", { fecha: "2026-04-13", muelle: 4 })] },
    { content: "Entendido: 6 palets, muelle 4. El primer hueco a partir de las 14:00 es a las 14:30. ¿Confirmo muelle 4, 14:30, 6 palets a Zaragoza?" },
    (msgs) => {
      const t = promptText(msgs);
      const changed = t.includes("muelle 4");
      return { tool_calls: [call("fc_01HXB2", "reservar_recogida", changed
        ? { fecha: "2026-04-13", muelle: 4, hora: "14:30", palets: 6, destino: "Zaragoza" }
        : { fecha: "2026-04-13", muelle: 2, hora: "10:00", palets: 4, destino: "Zaragoza" })] };
    },
    (msgs) => {
      const r = JSON.parse(msgs[msgs.length - 1].content);
      return { content: `Reserva ${r.reserva} confirmada: ${r.fecha}, muelle ${r.muelle} a las ${r.hora}, ${r.palets} palets con destino ${r.destino}.` };
    },
  ], "claude-3-5-haiku-20241022");

  const graph = new StateGraph(State)
    .addNode("agente", async (s) => ({ messages: [await model.invoke([
      new SystemMessage("Eres el asistente de recogidas del almacén MAD-Coslada. Reserva solo lo que el cliente confirme."),
      ...s.messages])] }))
    .addNode("herramientas", new ToolNode([huecos, reservar]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "agente")
    .compile({ checkpointer: saver });

  const thread = "rcg-MAD-0412-77";
  await graph.invoke({ messages: [human("Buenas, necesito una recogida mañana a las 10:00 en el muelle 2: 4 palets europeos, destino Zaragoza.")],
    cliente: "CL-30981" }, threadConfig(thread));
  const sessionCheckpoint = (await graph.getState(threadConfig(thread))).config.configurable.checkpoint_id;

  await graph.invoke({ messages: [human("Espera, cambio: al final son 6 palets y tiene que ser en el muelle 4 a partir de las 14:00, el muelle 2 está en obras.")] },
    threadConfig(thread));

  // worker restarted; the session still holds the id saved after the first turn
  await graph.invoke({ messages: [human("Sí, confírmalo.")] }, threadConfig(thread, { checkpoint_id: sessionCheckpoint }));
});
