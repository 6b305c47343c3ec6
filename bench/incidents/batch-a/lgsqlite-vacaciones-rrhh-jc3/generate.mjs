// HR self-service (Spanish): an employee plans leave over three turns. The web tier keeps the last
// checkpoint id per chat in its own session cache; after a pod restart the third turn is run from
// the id the cache still held (the one written after turn 1).
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rrhh-chat-8c41e0d2";

const saldoVacaciones = tool(
  async ({ empleado }) => JSON.stringify({ empleado, dias_disponibles: 17, dias_pendientes_aprobacion: 0, año: 2026 }),
  { name: "saldo_vacaciones", description: "Consulta el saldo de vacaciones.", schema: z.object({ empleado: z.string() }) },
);
const solicitarVacaciones = tool(
  async ({ empleado, desde, hasta, dias_laborables }) => JSON.stringify({
    solicitud: "VAC-2026-004417", empleado, desde, hasta, dias_laborables, estado: "enviada al responsable",
    responsable: "Marta Ibáñez",
  }),
  {
    name: "solicitar_vacaciones",
    description: "Registra una solicitud de vacaciones.",
    schema: z.object({ empleado: z.string(), desde: z.string(), hasta: z.string(), dias_laborables: z.number() }),
  },
);

const model = new ScriptedChatModel("rrhh", [
  // turn 1
  { tool_calls: [call("fc_7a1e2b", "saldo_vacaciones", { empleado: "E-30517" })] },
  { content: "Tienes 17 días disponibles en 2026. Del 10 al 21 de agosto son 10 días laborables (el 15 es festivo y cae en sábado). ¿Lo solicito así?" },
  // turn 2
  { content: "Entendido: entonces solo del 10 al 14 de agosto, 5 días laborables, y vuelves el lunes 17 para la auditoría. ¿Confirmas que lo registre?" },
  // turn 3 (run from the checkpoint after turn 1)
  { tool_calls: [call("fc_9c3d44", "solicitar_vacaciones", {
    empleado: "E-30517", desde: "2026-08-10", hasta: "2026-08-21", dias_laborables: 10 })] },
  { content: "Hecho. He registrado la solicitud VAC-2026-004417 del 10 al 21 de agosto (10 días laborables); Marta Ibáñez la tiene pendiente de aprobación." },
], "gpt-4.1-mini");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("asistente", async (s) => ({
      messages: [await model.invoke([new SystemMessage("Eres el asistente de RR. HH. de Grupo Levante."), ...s.messages])],
    }))
    .addNode("herramientas", new ToolNode([saldoVacaciones, solicitarVacaciones]))
    .addEdge(START, "asistente")
    .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "asistente")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Hola, quiero pedir vacaciones del 10 al 21 de agosto. ¿Cuántos días me quedan?")],
    user_id: "E-30517",
  }, cfg);
  const afterTurn1 = (await graph.getState(cfg)).config.configurable.checkpoint_id;
  await graph.invoke({
    messages: [human("Espera, mejor solo del 10 al 14. El 17 tengo la auditoría de ISO y no puedo faltar.")],
  }, cfg);
  // the session cache still pointed at the turn-1 checkpoint after the restart
  await graph.invoke({ messages: [human("Sí, regístralo por favor.")] },
    threadConfig(THREAD, { checkpoint_id: afterTurn1 }));
});
