// Asistente de RR. HH. (oficina de Santiago): responde consultas de personas colaboradoras con el
// buscador de políticas internas y la ficha del empleado.
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-postnatal-parental-rrhh-zc2/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rrhh-cl:conv:88213";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const fichaEmpleado = tool(
  async ({ rut }) => JSON.stringify({
    rut, nombre: "Camila Ortúzar Reyes", oficina: "Santiago – Las Condes", cargo: "Analista de Control de Gestión",
    fecha_ingreso: "2022-08-01", jornada: "completa (44 h)", contrato: "indefinido", jefatura: "Rodrigo Saavedra",
  }),
  { name: "ficha_empleado", description: "Devuelve la ficha laboral de una persona colaboradora.", schema: z.object({ rut: z.string() }) },
);

const buscarPoliticas = tool(
  async ({ consulta, pais }) => JSON.stringify({
    indice: "politicas-rrhh", pais, consulta, total: 2,
    resultados: [
      { doc_id: "POL-CL-014", titulo: "Permiso por matrimonio o acuerdo de unión civil", score: 0.61,
        extracto: "La persona colaboradora tendrá derecho a 5 días hábiles continuos de permiso pagado, adicionales al feriado anual, que podrá utilizar el día del matrimonio y en los días inmediatamente anteriores o posteriores." },
      { doc_id: "POL-CL-031", titulo: "Beneficio de sala cuna", score: 0.58,
        extracto: "La empresa financia sala cuna en los convenios vigentes para hijos e hijas menores de 2 años. La solicitud se ingresa en el portal Personas con el certificado de nacimiento." },
    ],
  }),
  {
    name: "buscar_politicas",
    description: "Búsqueda semántica en las políticas internas de RR. HH.",
    schema: z.object({ consulta: z.string(), pais: z.string() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [
    call("toolu_01HqT5nC8fWv2pK", "ficha_empleado", { rut: "17.482.951-3" }),
    call("toolu_01JmR9xLs4bQe7D", "buscar_politicas", { consulta: "postnatal parental reintegro media jornada semanas subsidio", pais: "CL" }),
  ] },
  { content: "Hola Camila, ¡felicitaciones! Según tu ficha (contrato indefinido, jornada completa desde agosto de 2022), "
    + "después del postnatal de 12 semanas te corresponde el postnatal parental: 12 semanas más si lo tomas a jornada completa, "
    + "o 18 semanas si te reintegras a media jornada, con un subsidio equivalente al 50% de tu remuneración. "
    + "Además, la empresa complementa el subsidio hasta el 100% de tu sueldo líquido durante las primeras 6 semanas del parental. "
    + "Debes informar tu opción a Personas con al menos 30 días de anticipación al término del postnatal, "
    + "y tu jefatura (Rodrigo Saavedra) recibirá la notificación automáticamente. "
    + "Si quieres, te dejo la solicitud preparada en el portal." },
]);

const graph = (checkpointer) => new StateGraph(State)
  .addNode("asistente", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Eres el asistente de Personas. Responde solo con base en las políticas internas y la ficha del colaborador."), ...state.messages])],
  }))
  .addNode("herramientas", new ToolNode([fichaEmpleado, buscarPoliticas]))
  .addEdge(START, "asistente")
  .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: END })
  .addEdge("herramientas", "asistente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    messages: [human("Hola! Mi guagua nace en mayo y estoy viendo cómo organizarme. ¿Cuántas semanas de postnatal parental "
      + "me tocan si vuelvo a media jornada, y cuánto me pagan en ese período? ¿La empresa pone algo adicional? Mi RUT es 17.482.951-3.")],
    user_id: "col-17482951",
  }, threadConfig(THREAD));
});
