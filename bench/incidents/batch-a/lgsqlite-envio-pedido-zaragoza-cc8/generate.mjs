// Asistente de expediciones de un almacén en Zaragoza (Plaza): consulta el pedido en el SGA,
// deja la carga en el estado y pide cotización y reserva a la plataforma de transporte.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, SystemMessage,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  carga: Annotation(),
});

const consultarPedido = tool(
  async ({ pedido }) => JSON.stringify({
    pedido,
    cliente: "Distribuciones Levante Frío S.L.",
    destino: "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31, 46988 Paterna (Valencia)",
    bultos: "4 palets europeos (120x80)",
    peso_total: "1.850,0 kg",
    volumen: "5,76 m³",
    estado: "preparado en muelle 6",
  }),
  {
    name: "consultar_pedido",
    description: "Devuelve los datos de expedición de un pedido del SGA.",
    schema: z.object({ pedido: z.string() }),
  },
);

function tarifas(peso_kg, palets) {
  if (peso_kg <= 40) {
    return [
      { servicio: "Paquetería 24h", transportista: "Nacex", precio_eur: 21.4, recogida: "mañana 9:00-13:00" },
      { servicio: "Paquetería 48h", transportista: "Seur", precio_eur: 14.95, recogida: "mañana 9:00-13:00" },
    ];
  }
  return [
    { servicio: "Grupaje paletizado 24/48h", transportista: "Palletways", precio_eur: 96 * palets, recogida: "mañana 8:00-12:00" },
    { servicio: "Camión completo", transportista: "Trans. Ebro", precio_eur: 540, recogida: "mañana 7:00" },
  ];
}

const cotizarEnvio = tool(
  async ({ origen, destino_cp, peso_kg, num_bultos }) => JSON.stringify({
    origen, destino_cp, peso_kg, num_bultos, opciones: tarifas(peso_kg, num_bultos),
  }),
  {
    name: "cotizar_envio",
    description: "Cotiza un envío nacional. peso_kg es el peso total en kilogramos.",
    schema: z.object({ origen: z.string(), destino_cp: z.string(), peso_kg: z.number(), num_bultos: z.number().int() }),
  },
);

const reservarEnvio = tool(
  async ({ pedido, transportista, servicio, peso_kg, num_bultos }) => JSON.stringify({
    expedicion: "EXP-ZGZ-260514-0093", pedido, transportista, servicio, peso_kg, num_bultos,
    estado: "confirmada", etiquetas: "4 etiquetas generadas (formato 10x15)",
  }),
  {
    name: "reservar_envio",
    description: "Reserva la recogida con el transportista elegido.",
    schema: z.object({
      pedido: z.string(), transportista: z.string(), servicio: z.string(), peso_kg: z.number(), num_bultos: z.number().int(),
    }),
  },
);

const SYSTEM = "Eres el asistente de expediciones del almacén de Plaza (Zaragoza). Reserva siempre la opción "
  + "más económica que cumpla el plazo pedido.";

const model = new ScriptedChatModel("COT-2026-000418", [
  { tool_calls: [call("toolu_01JqB7", "consultar_pedido", { pedido: "PED-77120" })] },
  (messages) => {
    const carga = JSON.parse(promptText(messages).match(/Carga: (\{.*\})/)[1]);
    return { tool_calls: [call("toolu_01JqC2", "cotizar_envio", {
      origen: "50197 Zaragoza", destino_cp: "46988", peso_kg: carga.peso_kg, num_bultos: carga.num_bultos })] };
  },
  (messages) => {
    const carga = JSON.parse(promptText(messages).match(/Carga: (\{.*\})/)[1]);
    return { content: `Para PED-77120 (${carga.num_bultos} bultos, ${String(carga.peso_kg).replace(".", ",")} kg) a Paterna `
      + "la opción más económica con recogida mañana es Seur Paquetería 48h por 14,95 €; "
      + "Nacex 24h sale por 21,40 €. ¿Cuál reservo?" };
  },
  (messages) => {
    const carga = JSON.parse(promptText(messages).match(/Carga: (\{.*\})/)[1]);
    return { tool_calls: [call("toolu_01JqD9", "reservar_envio", {
      pedido: "PED-77120", transportista: "Nacex", servicio: "Paquetería 24h",
      peso_kg: carga.peso_kg, num_bultos: carga.num_bultos })] };
  },
  { content: "Reservado: expedición EXP-ZGZ-260514-0093 con Nacex Paquetería 24h, recogida mañana entre 9:00 y 13:00 "
      + "en el muelle 6. Ya tienes las 4 etiquetas para imprimir." },
]);

function toKg(texto) {
  return parseFloat(String(texto).replace(/[^\d.,]/g, ""));
}

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (state) => {
    const sys = SYSTEM + (state.carga ? `\nCarga: ${JSON.stringify(state.carga)}` : "");
    return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
  })
  .addNode("tools", new ToolNode([consultarPedido, cotizarEnvio, reservarEnvio]))
  .addNode("registrar_carga", async (state) => {
    const last = state.messages.at(-1);
    if (last.name !== "consultar_pedido") return {};
    const p = JSON.parse(last.content);
    return { carga: { pedido: p.pedido, num_bultos: parseInt(p.bultos, 10), peso_kg: toKg(p.peso_total), volumen: p.volumen } };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : END), ["tools", END])
  .addEdge("tools", "registrar_carga")
  .addEdge("registrar_carga", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (checkpointer) => {
  const g = graph(checkpointer);
  const cfg = threadConfig("COT-2026-000418");
  await g.invoke({
    messages: [human("Buenas, necesito transporte para el pedido PED-77120 a Paterna, que lo recojan mañana.")],
    user_id: "op.mlozano",
  }, cfg);
  await g.invoke({ messages: [human("La de 24h, que el cliente lo quiere el jueves sin falta.")] }, cfg);
});
