// Asistente de nómina (español). El agente lee los fichajes semanales del terminal de control
// horario (formato HH:MM) y un nodo "normalizar" los pasa a horas decimales antes de registrarlos.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "nom-2026-s15-E0731";

const leerFichajes = tool(
  async ({ empleado_id, semana }) => JSON.stringify({
    empleado_id, semana, terminal: "KRONOS-BCN-02", formato: "HH:MM",
    ordinarias: "37:30", extra: "6:45", dias: 5,
  }),
  { name: "leer_fichajes", description: "Lee el resumen semanal de fichajes de un empleado.",
    schema: z.object({ empleado_id: z.string(), semana: z.string() }) },
);

const registrarJornada = tool(
  async ({ empleado_id, semana, horas_ordinarias, horas_extra }) => {
    const tarifa = 18.4;
    return JSON.stringify({
      registro: "JR-2026-15-0731", empleado_id, semana, horas_ordinarias, horas_extra,
      tarifa_extra_eur_h: tarifa, importe_extra_eur: Math.round(horas_extra * tarifa * 100) / 100,
      estado: "registrado para la nómina de abril",
    });
  },
  { name: "registrar_jornada", description: "Registra las horas de la semana en nómina (horas en decimal).",
    schema: z.object({ empleado_id: z.string(), semana: z.string(),
      horas_ordinarias: z.number(), horas_extra: z.number() }) },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  horas: Annotation(),
});

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_fich_01", "leer_fichajes", { empleado_id: "E0731", semana: "2026-W15" })] },
    (m) => {
      const h = JSON.parse(m[0].content.split("Horas normalizadas: ")[1]);
      return { tool_calls: [call("call_reg_01", "registrar_jornada", {
        empleado_id: "E0731", semana: "2026-W15", horas_ordinarias: h.ordinarias, horas_extra: h.extra })] };
    },
    { content: "Listo, Marta. He registrado la semana 15: 37,3 h ordinarias y 6,45 h extra (registro "
        + "JR-2026-15-0731). Las horas extra suman 118,68 € brutos y entrarán en la nómina de abril." },
  ]);
  const graph = new StateGraph(State)
    .addNode("agente", async (state) => {
      const system = "Eres el asistente de nómina de Textiles Garbí. Registra siempre horas en decimal.\n"
        + `Horas normalizadas: ${JSON.stringify(state.horas ?? null)}`;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("herramientas", new ToolNode([leerFichajes, registrarJornada]))
    .addNode("normalizar", async (state) => {
      const last = state.messages.at(-1);
      if (last.name !== "leer_fichajes") return {};
      const f = JSON.parse(last.content);
      const dec = (s) => Number.parseFloat(String(s).replace(":", "."));
      return { horas: { ordinarias: dec(f.ordinarias), extra: dec(f.extra) } };
    })
    .addEdge(START, "agente")
    .addConditionalEdges("agente", (s) => (s.messages.at(-1).tool_calls?.length ? "herramientas" : END),
      ["herramientas", END])
    .addEdge("herramientas", "normalizar")
    .addEdge("normalizar", "agente")
    .compile({ checkpointer: saver });

  await graph.invoke({
    messages: [human("Hola, soy Marta Vidal (E0731). ¿Puedes pasar a nómina mis fichajes de la semana 15 "
      + "y decirme cuánto me van a pagar de horas extra?")],
    user_id: "E0731",
  }, threadConfig(THREAD));
});
