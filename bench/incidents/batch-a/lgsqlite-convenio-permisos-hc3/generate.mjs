// Asistente de RR. HH.: consulta sobre permiso por nacimiento (LangGraph.js, SqliteSaver).
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, empleado: Annotation(), centro: Annotation() });

const buscar = tool(
  async ({ consulta, coleccion, k }) => JSON.stringify({
    coleccion, consulta, k,
    resultados: [
      { id: "conv-metal-bcn-2024#art-31", score: 0.41, texto: "Art. 31. Teletrabajo: la persona trabajadora podrá prestar servicios a distancia hasta dos días por semana previo acuerdo escrito con la empresa." },
      { id: "conv-metal-bcn-2024#art-12", score: 0.38, texto: "Art. 12. Periodo de prueba: seis meses para técnicos titulados y dos meses para el resto del personal." },
    ],
  }),
  { name: "buscar_convenio", description: "Búsqueda semántica en el convenio colectivo y la normativa interna.",
    schema: z.object({ consulta: z.string(), coleccion: z.string(), k: z.number() }) },
);

const ficha = tool(
  async ({ id_empleado }) => JSON.stringify({ id_empleado, nombre: "Marta Ibáñez Roca", antiguedad: "2019-09-02", jornada: "completa", centro: "Sant Cugat" }),
  { name: "ficha_empleado", description: "Datos laborales de un empleado.", schema: z.object({ id_empleado: z.string() }) },
);

const model = new ScriptedChatModel("rrhh", [
  { content: "", tool_calls: [call("toolu_01HbX4", "ficha_empleado", { id_empleado: "E-03381" })] },
  { content: "", tool_calls: [call("toolu_01HbX5", "buscar_convenio", { consulta: "permiso por nacimiento y cuidado de menor, duración, semanas obligatorias, retribución", coleccion: "convenio-metal-bcn-2024", k: 2 })] },
  { content: "Hola Marta: según el convenio y la normativa aplicable, te corresponden 19 semanas de permiso por nacimiento y cuidado de menor, de las cuales las 6 primeras son obligatorias e ininterrumpidas tras el parto. Las 13 restantes puedes disfrutarlas en periodos semanales hasta que el menor cumpla 12 meses. Durante el permiso percibirás el 100 % de la base reguladora, y el convenio añade un complemento de 2 días retribuidos adicionales por tener más de 5 años de antigüedad. Tramítalo en el portal con 15 días de preaviso." },
], "claude-sonnet-4-5");

const tools = [buscar, ficha];
const SYSTEM = "Eres el asistente de Recursos Humanos. Responde solo con lo que figure en el convenio o la ficha del empleado.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("asistente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("herramientas", new ToolNode(tools))
    .addEdge(START, "asistente")
    .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "asistente")
    .compile({ checkpointer });
  await graph.invoke({
    empleado: "E-03381",
    centro: "Sant Cugat",
    messages: [human("Buenas, voy a ser madre en julio. ¿Cuántas semanas de permiso me corresponden, cuántas son obligatorias y cobro el sueldo entero? Mi número de empleada es E-03381.")],
  }, threadConfig("rrhh/consulta/5f3a9c"));
});
