// Telemedicine triage bot (Spanish). The "perfil" state channel is rebuilt on every turn by
// the intake node; on the second turn it is rebuilt from the language preference only, and the
// allergy the patient gave on the first turn is gone from the checkpointed state. The agent node
// only sends the profile plus the last two messages to the model, so the prescription is written
// without the allergy.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, lastText, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tlm-2026-12-03-ES-77c1";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  perfil: Annotation(),
});

const consultarFicha = tool(
  async ({ paciente }) => JSON.stringify({ paciente, edad: 34, peso_kg: 61, embarazo: false, ultima_visita: "2026-06-11" }),
  { name: "consultar_ficha", description: "Datos básicos de la ficha del paciente.", schema: z.object({ paciente: z.string() }) },
);

const emitirReceta = tool(
  async ({ paciente, farmaco, posologia, dias }) =>
    JSON.stringify({ receta: "RX-ES-4471903", paciente, farmaco, posologia, dias, estado: "enviada a farmacia" }),
  {
    name: "emitir_receta",
    description: "Emite una receta electrónica.",
    schema: z.object({ paciente: z.string(), farmaco: z.string(), posologia: z.string(), dias: z.number() }),
  },
);

function intake(state) {
  const text = lastText(state.messages, "human").toLowerCase();
  if (!state.perfil) {
    const alergias = text.includes("penicilina") ? ["penicilina (urticaria, 2019)"] : [];
    return { perfil: { paciente: "PAC-0093-118", alergias, idioma: "es" } };
  }
  if (text.includes("catalán") || text.includes("catala")) {
    return { perfil: { paciente: state.perfil.paciente, idioma: "ca" } };
  }
  return {};
}

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("fc_01", "consultar_ficha", { paciente: "PAC-0093-118" })] },
  { content: "Gracias. Para orientarte mejor: ¿tienes fiebre y placas blancas en las amígdalas?" },
  (messages) => {
    const allergic = promptText(messages).includes("penicilina");
    return {
      tool_calls: [call("fc_02", "emitir_receta", allergic
        ? { paciente: "PAC-0093-118", farmaco: "azitromicina 500 mg", posologia: "1 comprimido cada 24 h", dias: 3 }
        : { paciente: "PAC-0093-118", farmaco: "amoxicilina 500 mg", posologia: "1 cápsula cada 8 h", dias: 7 })],
    };
  },
  (messages) => (promptText(messages).includes("amoxicilina")
    ? { content: "T'he enviat la recepta RX-ES-4471903: amoxicil·lina 500 mg, una càpsula cada 8 hores durant 7 dies. Si en 48 hores no millores, torna a consultar." }
    : { content: "T'he enviat la recepta RX-ES-4471903: azitromicina 500 mg, un comprimit cada 24 hores durant 3 dies." }),
]);

function buildGraph(checkpointer) {
  return new StateGraph(State)
    .addNode("intake", intake)
    .addNode("agent", async (state) => {
      const system = "Eres el asistente de triaje de TeleSalud. Perfil del paciente: " + JSON.stringify(state.perfil)
        + ". Responde en el idioma del perfil.";
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages.slice(-2)])] };
    })
    .addNode("tools", new ToolNode([consultarFicha, emitirReceta]))
    .addEdge(START, "intake")
    .addEdge("intake", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const graph = buildGraph(saver);
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Hola, me duele mucho la garganta desde hace cuatro días. Ojo: soy alérgica a la penicilina, me dio urticaria.")],
    user_id: "paciente:PAC-0093-118",
  }, cfg);
  await graph.invoke({
    messages: [human("Sí, 38,6 de fiebre y placas blancas. ¿Me puedes escribir en catalán a partir de ahora? Lo leo mejor.")],
  }, cfg);
});
