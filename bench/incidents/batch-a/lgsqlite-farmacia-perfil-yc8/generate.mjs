// Tele-pharmacy triage assistant (Spanish). Release 3.1 kept the patient profile in a channel whose
// reducer merged partial updates; release 3.2 (deployed between the patient's two visits) declared
// the same channel without a reducer, so the intake node's partial update replaces the profile.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, call, human, lastText, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tf-es-pac-88412-consulta";

const emitirReceta = tool(
  async ({ paciente, principio_activo, dosis, dias }) => JSON.stringify({
    receta: "RE-2026-0049317", paciente, principio_activo, dosis, dias, estado: "enviada a farmacia Av. Constitución 14",
  }),
  {
    name: "emitir_receta", description: "Emite una receta electrónica.",
    schema: z.object({ paciente: z.string(), principio_activo: z.string(), dosis: z.string(), dias: z.number() }),
  },
);

function graph(checkpointer, model, perfilChannel) {
  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    perfil: perfilChannel,
  });
  return new StateGraph(State)
    .addNode("admision", async (state) => {
      const t = lastText(state.messages, "human").toLowerCase();
      const p = {};
      if (t.includes("alérgica a la penicilina")) p.alergias = ["penicilina (urticaria, 2019)"];
      if (t.includes("me llamo")) { p.nombre = "Lucía Ferrer Campos"; p.id_paciente = "PAC-88412"; }
      const peso = t.match(/peso (\d+) ?kg/);
      if (peso) p.peso_kg = Number(peso[1]);
      if (t.includes("garganta")) p.motivo = "odinofagia y fiebre 38,4 °C desde hace 3 días";
      return Object.keys(p).length ? { perfil: p } : {};
    })
    .addNode("medico", async (state) => {
      // Only the current turn goes to the model; earlier turns live in the profile.
      let desde = state.messages.length - 1;
      while (desde > 0 && state.messages[desde].getType() !== "human") desde--;
      const sys = "Eres el asistente de triaje de una farmacia en línea. Ficha del paciente: " + JSON.stringify(state.perfil ?? {});
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages.slice(desde)])] };
    })
    .addNode("herramientas", new ToolNode([emitirReceta]))
    .addEdge(START, "admision")
    .addEdge("admision", "medico")
    .addConditionalEdges("medico", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "medico")
    .compile({ checkpointer });
}

const model = new ScriptedChatModel("triaje", [
  { content: "Gracias, Lucía. He anotado en tu ficha la alergia a la penicilina. Cuando tengas el resultado del test rápido de estreptococo, escríbeme y lo revisamos." },
  (messages) => {
    const ficha = messages[0].content;
    const alergica = ficha.includes("penicilina");
    return {
      tool_calls: [call("call_rx_1", "emitir_receta", alergica
        ? { paciente: "PAC-88412", principio_activo: "azitromicina", dosis: "500 mg cada 24 h", dias: 3 }
        : { paciente: "PAC-88412", principio_activo: "amoxicilina", dosis: "500 mg cada 8 h", dias: 10 })],
    };
  },
  { content: "Listo: te he enviado la receta RE-2026-0049317 de amoxicilina 500 mg cada 8 horas durante 10 días a la farmacia de la Av. Constitución 14. Tómala con algo de comida y completa el tratamiento." },
]);

await writeIncident(import.meta.url, async (saver) => {
  // v3.1: merge reducer
  const v31 = graph(saver, model, Annotation({ reducer: (a, b) => ({ ...(a ?? {}), ...(b ?? {}) }), default: () => ({}) }));
  await v31.invoke({
    messages: [human("Hola, me llamo Lucía Ferrer. Tengo dolor de garganta y fiebre desde hace tres días. Soy alérgica a la penicilina, me dio urticaria en 2019.")],
    user_id: "PAC-88412",
  }, threadConfig(THREAD));
  // v3.2: same channel, last value wins
  const v32 = graph(saver, model, Annotation());
  await v32.invoke({
    messages: [human("Ya tengo el test: positivo para estreptococo. Por cierto, mi peso 61 kg por si lo necesitas para la dosis.")],
  }, threadConfig(THREAD));
});
