// Airline customer-service assistant in Spanish (LangGraph.js, SQLite checkpointer, scripted model).
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-reserva-vuelo-vc8/generate.mjs
import {
  Annotation, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, SystemMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  canal: Annotation(),
});

const RESERVAS = {
  XK7P2O: {
    localizador: "XK7P2O", pasajero: "GARRIDO ROMERO/MARTA", tarifa: "Basic",
    vuelos: [{ numero: "IB3170", origen: "MAD", destino: "LIS", salida: "2025-06-14T07:25", asiento: null }],
    equipaje: { mano: "1 × 10 kg", facturado: "no incluido" },
    suplemento_maleta_facturada_eur: 35,
  },
};
const buscar = tool(async ({ localizador, apellido }) => {
  const r = RESERVAS[localizador.toUpperCase()];
  return JSON.stringify(r && apellido.toUpperCase().startsWith("GARRIDO") ? { encontradas: 1, reservas: [r] } : { encontradas: 0, reservas: [] });
}, {
  name: "buscar_reserva",
  description: "Busca una reserva por localizador y primer apellido.",
  schema: z.object({ localizador: z.string().length(6), apellido: z.string() }),
});

const model = new ScriptedChatModel("atencion", [
  { tool_calls: [call("fc_9b1e2", "buscar_reserva", { localizador: "XK7P2Q", apellido: "Garrido" })] },
  { content: "No encuentro ninguna reserva con el localizador XK7P2Q a nombre de Garrido. ¿Podrías revisar el "
      + "localizador en el correo de confirmación? A veces se confunden la O y la Q, o el 0 y la O." },
  { tool_calls: [call("fc_9b1e3", "buscar_reserva", { localizador: "XK7P2O", apellido: "Garrido" })] },
  { content: "¡Ahora sí! Reserva XK7P2O, vuelo IB3170 Madrid–Lisboa el 14/06 a las 07:25, tarifa Basic. Incluye "
      + "1 bulto de mano de 10 kg; la maleta facturada no está incluida y se puede añadir por 35 €. ¿Quieres que te "
      + "explique cómo añadirla?" },
], "gpt-4o-2024-08-06");

const graph = new StateGraph(State)
  .addNode("atencion", async (s) => ({
    messages: [await model.invoke([new SystemMessage("Eres el asistente de atención al cliente. No inventes datos de reservas."), ...s.messages])],
  }))
  .addNode("tools", new ToolNode([buscar]))
  .addEdge(START, "atencion")
  .addConditionalEdges("atencion", toolsCondition)
  .addEdge("tools", "atencion");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  const cfg = threadConfig("wa:+34611204377:2025-06-02");
  await app.invoke({
    user_id: "+34611204377",
    canal: "whatsapp",
    messages: [human("Hola, ¿cuánto equipaje puedo llevar en mi vuelo? Localizador XK7P2Q, apellido Garrido.")],
  }, cfg);
  await app.invoke({ messages: [human("Uy perdona, es XK7P2O, con O al final.")] }, cfg);
});
