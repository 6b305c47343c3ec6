// Asistente de RR. HH. (portal del empleado): LangGraph.js + SqliteSaver, modelo guionizado, sin red.
// Run from the repo root: node bench/incidents/batch-a/lgsqlite-vacaciones-agosto-hh4/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, empleado: Annotation() });

const saldo = tool(
  async ({ empleado }) => JSON.stringify({ empleado, anio: 2026, dias_disponibles: 22, dias_pendientes_aprobacion: 0, festivos_agosto: ["2026-08-15"] }),
  { name: "consultar_saldo_vacaciones", description: "Saldo de vacaciones del empleado.", schema: z.object({ empleado: z.string() }) },
);

const registrar = tool(
  async ({ empleado, desde, hasta, dias_laborables }) =>
    JSON.stringify({ solicitud: "AUS-2026-03391", empleado, desde, hasta, dias_laborables, estado: "enviada_a_responsable" }),
  { name: "registrar_ausencia", description: "Registra una solicitud de vacaciones y la envía al responsable.",
    schema: z.object({ empleado: z.string(), desde: z.string(), hasta: z.string(), dias_laborables: z.number() }) },
);

const thread = "portal-rrhh:e-20417:vac";
const corto = (m) => promptText(m).includes("solo del 3 al 7");
const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("fc_01HZX3", "consultar_saldo_vacaciones", { empleado: "E-20417" })] },
  { content: "Tienes 22 días disponibles en 2026. Del 3 al 14 de agosto son 10 días laborables, te quedarían 12. ¿Quieres que registre la solicitud?" },
  { content: "Entendido: del lunes 3 al viernes 7 de agosto, 5 días laborables (te quedarían 17). ¿La registro ya?" },
  (m) => ({ tool_calls: [call("fc_01HZX9", "registrar_ausencia", corto(m)
    ? { empleado: "E-20417", desde: "2026-08-03", hasta: "2026-08-07", dias_laborables: 5 }
    : { empleado: "E-20417", desde: "2026-08-03", hasta: "2026-08-14", dias_laborables: 10 })] }),
  (m) => ({ content: corto(m)
    ? "Hecho. Solicitud AUS-2026-03391 del 3 al 7 de agosto (5 días) enviada a tu responsable."
    : "Hecho. Solicitud AUS-2026-03391 del 3 al 14 de agosto (10 días laborables) enviada a tu responsable. Te avisaré cuando la apruebe." }),
], "claude-sonnet-4-5");

const graph = new StateGraph(State)
  .addNode("asistente", async (s) => ({ messages: [await model.invoke([
    new SystemMessage("Eres el asistente de RR. HH. de Grupo Almenara. Confirma siempre fechas antes de registrar."), ...s.messages])] }))
  .addNode("herramientas", new ToolNode([saldo, registrar]))
  .addEdge(START, "asistente")
  .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: END })
  .addEdge("herramientas", "asistente");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  const cfg = threadConfig(thread);
  await app.invoke({ messages: [human("Hola, quiero pedir vacaciones del 3 al 14 de agosto.")], empleado: "E-20417" }, cfg);
  // the web client stores the checkpoint id of the last answer it rendered in the browser tab
  const rendered = (await app.getState(cfg)).config.configurable.checkpoint_id;
  await app.invoke({ messages: [human("Mejor solo del 3 al 7 de agosto, el lunes 10 tengo la auditoría de ISO.")] }, cfg);
  // the confirmation is sent from the other tab, which still carries the older checkpoint id
  await app.invoke({ messages: [human("Sí, regístrala por favor.")] }, threadConfig(thread, { checkpoint_id: rendered }));
});
