// Telemedicina (español): el perfil clínico del paciente vive en un canal de estado `perfil`.
// En el segundo turno un nodo de preferencias escribe solo el idioma del informe en ese canal.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident, lastText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tlm-consulta-0c4e91";

const consultarHistoria = tool(
  async ({ nhc }) => JSON.stringify({
    nhc, nombre: "Montserrat Riba Soler", edad: 34,
    alergias: ["penicilina (urticaria generalizada, 2019)"],
    medicacion_cronica: ["levotiroxina 75 mcg"], idioma_preferido: "ca",
  }),
  { name: "consultar_historia", description: "Historia clínica resumida del paciente.",
    schema: z.object({ nhc: z.string() }) },
);

const emitirReceta = tool(
  async ({ nhc, farmaco, pauta, alergias_comprobadas }) => JSON.stringify({
    receta: "RE-2026-118430", nhc, farmaco, pauta, alergias_comprobadas,
    estado: "firmada y enviada a la farmacia",
  }),
  { name: "emitir_receta", description: "Emite una receta electrónica.",
    schema: z.object({ nhc: z.string(), farmaco: z.string(), pauta: z.string(),
      alergias_comprobadas: z.array(z.string()) }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), perfil: Annotation() });

const model = new ScriptedChatModel("medico", [
  { tool_calls: [call("call_hc_01", "consultar_historia", { nhc: "HC-77-0912" })] },
  { content: "Gracias, Montserrat. Tengo su historia: consta alergia a la penicilina y toma levotiroxina. Con fiebre y dolor de garganta de 3 días conviene un test rápido de estreptococo. ¿En qué idioma quiere recibir el informe?" },
  (msgs) => {
    const sys = msgs[0].content;
    const alergias = (sys.match(/Alergias: (.*)/) ?? [])[1];
    const lista = alergias && alergias !== "ninguna registrada" ? [alergias] : [];
    return { tool_calls: [call("call_rx_01", "emitir_receta", {
      nhc: "HC-77-0912",
      farmaco: lista.length ? "azitromicina 500 mg" : "amoxicilina 500 mg",
      pauta: lista.length ? "1 comprimido al día, 3 días" : "1 cápsula cada 8 horas, 10 días",
      alergias_comprobadas: lista,
    })] };
  },
  { content: "Le he enviado la receta RE-2026-118430 a su farmacia: amoxicilina 500 mg, una cápsula cada 8 horas durante 10 días. El informe le llegará en castellano." },
]);

function sistema(perfil) {
  const alergias = perfil?.alergias?.length ? perfil.alergias.join("; ") : "ninguna registrada";
  return new SystemMessage(`Eres médico de atención primaria.\nPaciente: ${perfil?.nhc ?? "?"}\nAlergias: ${alergias}\nIdioma del informe: ${perfil?.idioma_informe ?? "?"}`);
}

const graph = (checkpointer) => new StateGraph(State)
  .addNode("medico", async (s) => ({ messages: [await model.invoke([sistema(s.perfil), ...s.messages])] }))
  .addNode("herramientas", new ToolNode([consultarHistoria, emitirReceta]))
  .addNode("guardar_perfil", async (s) => {
    const last = s.messages[s.messages.length - 1];
    if (last.name !== "consultar_historia") return {};
    const h = JSON.parse(last.content);
    return { perfil: { nhc: h.nhc, alergias: h.alergias, medicacion: h.medicacion_cronica, idioma_informe: h.idioma_preferido } };
  })
  .addNode("preferencias", async (s) => {
    const txt = lastText(s.messages, "human").toLowerCase();
    if (txt.includes("castellano")) return { perfil: { idioma_informe: "es" } };
    return {};
  })
  .addConditionalEdges(START, (s) => (s.perfil ? "preferencias" : "medico"), ["preferencias", "medico"])
  .addEdge("preferencias", "medico")
  .addConditionalEdges("medico", toolsCondition, { tools: "herramientas", [END]: END })
  .addEdge("herramientas", "guardar_perfil")
  .addEdge("guardar_perfil", "medico")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({ user_id: "pac-HC-77-0912", messages: [human("Hola, soy la paciente HC-77-0912. Llevo 3 días con fiebre de 38,5 y mucho dolor de garganta.")] }, threadConfig(THREAD));
  await g.invoke({ messages: [human("En castellano, por favor. Ya me hice el test en la farmacia y salió positivo para estreptococo. ¿Qué antibiótico me pueden recetar?")] }, threadConfig(THREAD));
});
