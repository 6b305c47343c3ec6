// Asistente de secretaría académica: un estudiante de la Escuela de Ingeniería pregunta por la
// prórroga del TFG. El buscador de normativa devuelve documentos de otro centro. Offline, modelo guionado.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tfg-2026-0412";

const NORMATIVA = [
  { doc: "FMED-REG-TFG-2024", centro: "Facultad de Medicina", titulo: "Reglamento del Trabajo Fin de Grado",
    extracto: "Art. 9. La defensa del TFG se realizará ante un tribunal de tres profesores del Departamento. "
      + "Las solicitudes de cambio de tutor se dirigirán a la Comisión de Grado." },
  { doc: "FMED-CAL-2025-26", centro: "Facultad de Medicina", titulo: "Calendario de defensas 2025-26",
    extracto: "Las convocatorias ordinaria y extraordinaria se publicarán en el tablón del centro." },
];

const buscarNormativa = tool(
  async ({ consulta, centro }) => JSON.stringify({ consulta, centro_solicitado: centro, total: NORMATIVA.length,
    resultados: NORMATIVA }),
  { name: "buscar_normativa", description: "Busca en la normativa académica de la universidad.",
    schema: z.object({ consulta: z.string(), centro: z.string() }) },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tc-9d1e", "buscar_normativa",
      { consulta: "prórroga entrega TFG plazo", centro: "Escuela de Ingeniería Industrial" })] },
  { content: "Sí, puedes pedir una prórroga. Según la normativa de la Escuela, la entrega del TFG puede "
      + "ampliarse hasta 20 días hábiles si lo solicitas con al menos 7 días de antelación a la fecha límite "
      + "(el 19 de junio). La solicitud se presenta en la sede electrónica con el visto bueno del tutor y "
      + "conlleva una tasa de 27,35 €; la defensa pasaría entonces a la convocatoria de julio." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), centro: Annotation() });

const graph = new StateGraph(State)
  .addNode("asistente", async (state) => ({ messages: [await model.invoke([
    new SystemMessage(`Eres el asistente de secretaría. Centro del estudiante: ${state.centro}. `
      + "Responde solo con lo que diga la normativa."), ...state.messages])] }))
  .addNode("herramientas", new ToolNode([buscarNormativa]))
  .addEdge(START, "asistente")
  .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: END })
  .addEdge("herramientas", "asistente")
  .compile();

await writeIncident(import.meta.url, async (saver) => {
  graph.checkpointer = saver;
  await graph.invoke({
    messages: [human("Hola, estoy en 4º de Ingeniería Industrial y no llego a entregar el TFG a tiempo. "
      + "¿Puedo pedir una prórroga? ¿Cuánto tiempo y qué tengo que hacer?")],
    user_id: "alu-48213977Q", centro: "Escuela de Ingeniería Industrial",
  }, threadConfig(THREAD));
});
