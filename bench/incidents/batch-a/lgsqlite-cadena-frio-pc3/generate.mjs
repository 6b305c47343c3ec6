// Cold-chain warehouse assistant (Spanish). The pallet probe answers with a reading string; the
// "normalizar" node stores the number it parses into the state channel temperatura_c, and the
// agent acts on that channel.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const leerSensor = tool(
  async ({ palet }) => JSON.stringify({
    palet, sonda: "TK-22", firmware: "coldtrack-us 3.4.1", lectura: "41.0 °F", hora: "2026-05-12T06:40:12Z",
    historico_24h: ["39.2 °F", "40.1 °F", "41.0 °F"],
  }),
  { name: "leer_sensor_palet", description: "Última lectura de la sonda de temperatura de un palé.", schema: z.object({ palet: z.string() }) },
);

const bloquearLote = tool(
  async ({ lote, motivo, temperatura_c }) => JSON.stringify({ lote, estado: "BLOQUEADO_DESTRUCCION", orden: "OD-55817", temperatura_c, motivo }),
  {
    name: "bloquear_lote",
    description: "Bloquea un lote y genera la orden de destrucción.",
    schema: z.object({ lote: z.string(), motivo: z.string(), temperatura_c: z.number() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), temperatura_c: Annotation(), palet: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const thread = "VLC-CF/2026-05-12/turno-A/0017";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("tc-01", "leer_sensor_palet", { palet: "PL-0093-VLC" })] },
    (msgs) => {
      const t = Number(/temperatura_c=([\d.]+)/.exec(msgs[0].content)[1]);
      return { tool_calls: [call("tc-02", "bloquear_lote", { lote: "L-2605-YOG-118", motivo: `Rotura cadena de frío: ${t} °C (máx. 8 °C)`, temperatura_c: t })] };
    },
    { content: "El palé PL-0093-VLC marca 41 °C, muy por encima del máximo de 8 °C para yogures. He bloqueado el lote L-2605-YOG-118 y generado la orden de destrucción OD-55817. No lo cargues en el camión de Mercavalencia." },
  ]);
  const g = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage(`Eres el asistente de cadena de frío del almacén VLC. Producto refrigerado: 2–8 °C. Estado: palet=${state.palet ?? "-"} temperatura_c=${state.temperatura_c ?? "-"}`),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([leerSensor, bloquearLote]))
    .addNode("normalizar", async (state) => {
      const last = state.messages[state.messages.length - 1];
      try {
        const r = JSON.parse(last.content);
        if (r.lectura) return { palet: r.palet, temperatura_c: parseFloat(r.lectura) };
      } catch { /* not a sensor reading */ }
      return {};
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "normalizar")
    .addEdge("normalizar", "agent")
    .compile({ checkpointer: saver });
  await g.invoke({ messages: [human("Antes de cargar el camión de las 7:00, ¿el palé PL-0093-VLC (yogures, lote L-2605-YOG-118) está bien de temperatura?")], user_id: "op-mgarcia" }, threadConfig(thread));
});
