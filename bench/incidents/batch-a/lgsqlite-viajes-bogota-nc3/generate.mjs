// Corporate travel desk (Spanish). The front-desk agent talks with the traveller's manager and
// then hands the booking to the reservations subgraph, which starts from a one-line brief.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, AIMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "vj:2025:04:CX91-PQ";

const buscar = tool(
  async ({ origen, destino, ida, vuelta }) => JSON.stringify({
    origen, destino, ida, vuelta, moneda: "EUR",
    ofertas: [
      { oferta: "OF-IB-6586-L", compania: "Iberia", tarifa: "Light", equipaje: "solo mano", reembolsable: false, cambios: "no", total: 612.4 },
      { oferta: "OF-AV-0011-B", compania: "Avianca", tarifa: "Basic", equipaje: "solo mano", reembolsable: false, cambios: "con cargo 150", total: 689.0 },
      { oferta: "OF-IB-6586-F", compania: "Iberia", tarifa: "Flexible", equipaje: "1 maleta 23 kg", reembolsable: true, cambios: "sin cargo", total: 836.9 },
    ],
  }),
  {
    name: "buscar_vuelos",
    description: "Busca ofertas de vuelo ida y vuelta.",
    schema: z.object({ origen: z.string(), destino: z.string(), ida: z.string(), vuelta: z.string() }),
  },
);
const emitir = tool(
  async ({ oferta, pasajero }) => JSON.stringify({ localizador: "QZ7K4M", oferta, pasajero, estado: "emitido", cargo_centro_coste: "CC-4120" }),
  { name: "emitir_billete", description: "Emite el billete de una oferta.", schema: z.object({ oferta: z.string(), pasajero: z.string() }) },
);

// ---------- reservations subgraph
const reservasModel = new ScriptedChatModel("reservas", [
  { tool_calls: [call("rsv_b81f02", "buscar_vuelos", { origen: "MAD", destino: "BOG", ida: "2025-05-14", vuelta: "2025-05-21" })] },
  { tool_calls: [call("rsv_b81f03", "emitir_billete", { oferta: "OF-IB-6586-L", pasajero: "FERRER/LUCIA MS" })] },
  { content: "Billete emitido: Iberia IB6586 MAD–BOG 14/05, vuelta 21/05, tarifa Light (solo equipaje de mano), 612,40 €. Localizador QZ7K4M." },
], "scripted-chat-es");
const reservas = new StateGraph(MessagesAnnotation)
  .addNode("agente", async (s) => ({
    messages: [await reservasModel.invoke([new SystemMessage("Agente de reservas. Elige la oferta más económica que cumpla el encargo."), ...s.messages])],
  }))
  .addNode("tools", new ToolNode([buscar, emitir]))
  .addEdge(START, "agente")
  .addConditionalEdges("agente", toolsCondition, ["tools", END])
  .addEdge("tools", "agente")
  .compile();

// ---------- front desk
const S = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), encargo: Annotation() });
const recepcionModel = new ScriptedChatModel("recepcion", [
  { content: "Perfecto, Marta. Resumo: Lucía Ferrer, Madrid–Bogotá, ida 14 de mayo y vuelta 21 de mayo, máximo 850 € ida y vuelta, con maleta facturada y tarifa reembolsable por si se cancela la auditoría. Paso el encargo a reservas." },
]);
const g = (checkpointer) => new StateGraph(S)
  .addNode("recepcion", async (s) => ({
    messages: [await recepcionModel.invoke([new SystemMessage("Mostrador de viajes corporativos."), ...s.messages])],
    encargo: "Reservar vuelo MAD-BOG ida 2025-05-14, vuelta 2025-05-21, pasajera Lucía Ferrer (EMP-40391).",
  }))
  .addNode("reservas", async (s, config) => {
    const out = await reservas.invoke({ messages: [human(s.encargo)] }, config);
    const last = out.messages[out.messages.length - 1];
    return { messages: [new AIMessage({ content: last.content, name: "reservas" })] };
  })
  .addEdge(START, "recepcion").addEdge("recepcion", "reservas").addEdge("reservas", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await g(saver).invoke({
    user_id: "mgarrido@ferrovia-ing.es",
    messages: [human("Hola, necesito un vuelo para Lucía Ferrer (EMP-40391), Madrid–Bogotá, ida el 14 de mayo y vuelta el 21. Presupuesto máximo 850 € ida y vuelta. Lleva equipo de medición, así que necesita maleta facturada, y la tarifa tiene que ser reembolsable porque la auditoría aún puede cancelarse.")],
  }, threadConfig(THREAD));
});
