// Tutoring assistant (Spanish) with long-term notes kept in a LangGraph store, one thread per student.
import {
  END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel, call, human,
  threadConfig, tool, toolsCondition, writeIncident, z, Annotation,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore, getStore } from "../../harness/lgsqlite/store.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), curso: Annotation(), notas_previas: Annotation() });

const guardarNota = tool(
  async ({ texto }, config) => {
    const store = getStore(config);
    const curso = config.configurable.curso;
    await store.put(["tutoria", curso], `n-${Date.now()}`, { texto });
    return JSON.stringify({ guardado: true, espacio: `tutoria/${curso}` });
  },
  { name: "guardar_nota_alumno", description: "Guarda una nota de seguimiento del alumno.", schema: z.object({ texto: z.string() }) },
);
const calificaciones = tool(
  async ({ alumno }) => JSON.stringify(alumno === "A-20931"
    ? { alumno, asignatura: "Matemáticas II", parcial_1: 7.5, parcial_2: null, adaptacion: "tiempo extra 25% (dislexia)" }
    : { alumno, asignatura: "Matemáticas II", parcial_1: 4.2, parcial_2: null, adaptacion: null }),
  { name: "consultar_calificaciones", description: "Calificaciones del alumno.", schema: z.object({ alumno: z.string() }) },
);

const model = new ScriptedChatModel("tutor", [
  // Lucía (A-20931)
  { tool_calls: [call("tc_01HZQ3", "consultar_calificaciones", { alumno: "A-20931" })] },
  { tool_calls: [call("tc_01HZQ4", "guardar_nota_alumno", { texto: "Lucía: 7,5 en el primer parcial; tiene tiempo extra del 25% por dislexia; quiere repasar integrales por partes antes del 2º parcial." })] },
  { content: "¡Muy bien, Lucía! Un 7,5 en el primer parcial. Recuerda que tienes un 25% de tiempo extra en el examen. Empezamos con integrales por partes: ∫x·eˣ dx…" },
  // Mateo (A-21407)
  { tool_calls: [call("tc_01HZR0", "consultar_calificaciones", { alumno: "A-21407" })] },
  { content: "Hola Mateo. Según tus notas de seguimiento sacaste un 7,5 en el primer parcial y tienes un 25% de tiempo extra por la adaptación de dislexia, así que vas bien: para el segundo parcial repasemos integrales por partes." },
], "gpt-4o-2024-11-20");

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();
  const graph = new StateGraph(State)
    .addNode("recordar", async (s, config) => {
      const items = await getStore(config).search(["tutoria", s.curso]);
      return { notas_previas: items.map((i) => i.value.texto) };
    })
    .addNode("agent", async (s) => {
      const sys = "Eres el tutor virtual del IES Valle del Jerte. Notas de seguimiento del alumno:\n"
        + (s.notas_previas?.length ? s.notas_previas.map((t) => `- ${t}`).join("\n") : "(ninguna)");
      return { messages: [await model.invoke([new SystemMessage(sys), ...s.messages])] };
    })
    .addNode("tools", new ToolNode([guardarNota, calificaciones]))
    .addEdge(START, "recordar").addEdge("recordar", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END]).addEdge("tools", "agent")
    .compile({ checkpointer: saver, store });

  await graph.invoke({ user_id: "A-20931", curso: "2BACH-B", messages: [human("Hola, soy Lucía. ¿Qué tal me fue el primer parcial? Quiero repasar integrales por partes.")] },
    threadConfig("tutoria:2BACH-B:A-20931", { curso: "2BACH-B" }));
  await graph.invoke({ user_id: "A-21407", curso: "2BACH-B", messages: [human("Buenas, soy Mateo. ¿Cómo voy para el segundo parcial?")] },
    threadConfig("tutoria:2BACH-B:A-21407", { curso: "2BACH-B" }));
});
