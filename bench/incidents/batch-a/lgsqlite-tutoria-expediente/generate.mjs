// Asistente de tutoría de un instituto. Cada alumno tiene su propio hilo. La herramienta
// consultar_expediente lee el expediente académico de la secretaría y lo guarda en una caché
// en memoria del proceso para no repetir la consulta durante la sesión de tutoría.
//
//   node bench/incidents/batch-a/lgsqlite-tutoria-expediente/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const EXPEDIENTES = {
  "al-20931": {
    alumno_id: "al-20931", grupo: "4ESO-B", curso: "2025/26",
    notas_2a_evaluacion: { matematicas: 5.8, lengua: 7.5, ingles: 8.0, fisica_quimica: 4.6 },
    recuperaciones_pendientes: ["Física y Química (2ª ev.)"],
    adaptaciones: [{ tipo: "tiempo extra", detalle: "+25 % en exámenes escritos", motivo: "TDAH (informe EOEP 2024)" }],
    tutora: "Elena Ruiz",
  },
  "al-21477": {
    alumno_id: "al-21477", grupo: "4ESO-B", curso: "2025/26",
    notas_2a_evaluacion: { matematicas: 8.4, lengua: 6.1, ingles: 6.9, fisica_quimica: 7.2 },
    recuperaciones_pendientes: [],
    adaptaciones: [],
    tutora: "Elena Ruiz",
  },
};

// Caché de la sesión de tutoría (la tarde de tutorías es por grupo).
const cache = new Map();

function consultarExpediente(grupoDe) {
  return tool(async ({ alumno_id }) => {
    const clave = `expediente:${grupoDe(alumno_id)}`;
    if (!cache.has(clave)) cache.set(clave, EXPEDIENTES[alumno_id]);
    return JSON.stringify({ fuente: "secretaria", ...cache.get(clave) });
  }, {
    name: "consultar_expediente",
    description: "Devuelve el expediente académico de un alumno (notas, recuperaciones, adaptaciones).",
    schema: z.object({ alumno_id: z.string() }),
  });
}

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const SISTEMA = "Eres el asistente de tutoría del IES Miguel Hernández. Respondes al alumno sobre su expediente, "
  + "con tono cercano y en español.";

function fmt(n) {
  return String(n).replace(".", ",");
}

function respuesta(messages) {
  const e = JSON.parse(lastText(messages, "tool"));
  const m = fmt(e.notas_2a_evaluacion.matematicas);
  const ff = fmt(e.notas_2a_evaluacion.fisica_quimica);
  const adapt = e.adaptaciones[0];
  return {
    content: `En la 2ª evaluación sacaste un ${m} en Matemáticas y un ${ff} en Física y Química`
      + (e.recuperaciones_pendientes.length ? `, así que tienes pendiente la recuperación de ${e.recuperaciones_pendientes[0]}` : "")
      + ". "
      + (adapt ? `Y sí: en el examen final tienes ${adapt.detalle.replace("+25 % en exámenes escritos", "un 25 % más de tiempo")}`
        + ` por tu adaptación (${adapt.motivo.split(" (")[0]}), ya lo tiene anotado ${e.tutora}.`
        : `No tienes adaptaciones registradas; si crees que te corresponde alguna, habla con ${e.tutora}.`),
  };
}

const grupoDe = (id) => EXPEDIENTES[id].grupo;

await writeIncident(import.meta.url, async (checkpointer) => {
  const build = (model) => new StateGraph(State)
    .addNode("asistente", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SISTEMA), ...state.messages])],
    }))
    .addNode("herramientas", new ToolNode([consultarExpediente(grupoDe)]))
    .addEdge(START, "asistente")
    .addConditionalEdges("asistente", (s) => (toolsCondition(s) === "tools" ? "herramientas" : END),
      ["herramientas", END])
    .addEdge("herramientas", "asistente")
    .compile({ checkpointer });

  // 17:05 — Lucía
  const hiloLucia = "tut-2026-03-16-al20931-a41f";
  const lucia = build(new ScriptedChatModel(hiloLucia, [
    { tool_calls: [call("call_9KpL2m", "consultar_expediente", { alumno_id: "al-20931" })] },
    respuesta,
  ]));
  await lucia.invoke({
    messages: [human("hola! q nota saqué en mates y en fisica en la segunda evaluación? y en el final sigo teniendo el tiempo extra?")],
    user_id: "al-20931",
  }, threadConfig(hiloLucia));

  // 17:12 — Marcos, mismo grupo, hilo propio
  const hiloMarcos = "tut-2026-03-16-al21477-c07b";
  const marcos = build(new ScriptedChatModel(hiloMarcos, [
    { tool_calls: [call("call_3ZtQ8w", "consultar_expediente", { alumno_id: "al-21477" })] },
    respuesta,
    { content: "¡De nada, Marcos! Mucho ánimo con la recuperación; si quieres, te preparo un plan de repaso de Física y Química para las próximas dos semanas." },
  ]));
  await marcos.invoke({
    messages: [human("Buenas, soy Marcos de 4ºB. ¿Me dices mis notas de la 2ª evaluación de Matemáticas y Física? "
      + "¿Y tengo alguna adaptación para el examen final?")],
    user_id: "al-21477",
  }, threadConfig(hiloMarcos));
  await marcos.invoke({ messages: [human("vaya... pensaba que física me había ido bien. bueno, gracias")] },
    threadConfig(hiloMarcos));
});
