// Health-insurance assistant (Spanish). The policy knowledge base returns no passages for the
// customer's product (the 2026 conditions were never indexed), and the agent still answers with a
// waiting period, a coverage percentage and an annual cap.
import {
  END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), poliza: Annotation() });

const consultarPoliza = tool(
  async ({ numero_poliza }) => JSON.stringify({ numero_poliza, producto: "Salud Familiar Plus 2026", titular: "Lucía Ortega Ramos",
    alta: "2026-02-01", modulos: ["hospitalización", "ambulatorio", "dental"] }),
  { name: "consultar_poliza", description: "Datos de una póliza.", schema: z.object({ numero_poliza: z.string() }) },
);

const buscarCondiciones = tool(
  async ({ producto, consulta, k }) => JSON.stringify({ indice: "condiciones-generales-v7", producto, consulta, k, resultados: [] }),
  { name: "buscar_condiciones", description: "Busca en las condiciones generales y particulares de un producto.",
    schema: z.object({ producto: z.string(), consulta: z.string(), k: z.number().int() }) },
);

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "wa-34611402287-20260522";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_pol_a1", "consultar_poliza", { numero_poliza: "SFP-2026-118734" })] },
    { tool_calls: [call("call_kb_a2", "buscar_condiciones", {
      producto: "Salud Familiar Plus 2026", consulta: "implante dental carencia cobertura límite anual", k: 5 })] },
    { content: "Hola Lucía. Con su póliza Salud Familiar Plus 2026 los implantes dentales tienen un periodo de carencia "
        + "de 6 meses desde el alta, así que podrá usarlos a partir del 1 de agosto de 2026. La compañía cubre el 80 % "
        + "del coste del implante, con un límite de 1.200 € por año y asegurado. Puede pedir cita ya en cualquier "
        + "clínica del cuadro médico." },
  ]);
  const graph = new StateGraph(State)
    .addNode("agente", async (s) => ({ messages: [await model.invoke([
      new SystemMessage("Eres el asistente de atención al cliente de Mutua Levante Salud. Responde en español."), ...s.messages])] }))
    .addNode("herramientas", new ToolNode([consultarPoliza, buscarCondiciones]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "agente")
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Buenas, tengo la póliza SFP-2026-118734. Me tienen que poner un implante, "
    + "¿cuánto me cubre el seguro y desde cuándo?")], user_id: "asegurado-118734", poliza: "SFP-2026-118734" },
  threadConfig(thread));
});
