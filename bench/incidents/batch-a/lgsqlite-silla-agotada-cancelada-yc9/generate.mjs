// Agente de atención al cliente de una tienda online de mobiliario de oficina (LangGraph.js,
// SqliteSaver, modelo de chat simulado con guion). El cliente pregunta por un pedido con dos líneas;
// el agente consulta el pedido y el stock de cada artículo y, con el visto bueno del cliente,
// cancela una línea y emite el reembolso.
//
//   node bench/incidents/batch-a/lgsqlite-silla-agotada-cancelada-yc9/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "pedido-ES-558201-c3";

const PEDIDOS = {
  "PV-558201": {
    pedido: "PV-558201",
    fecha: "2025-11-02",
    cliente: "CLI-77410",
    direccion_envio: "C/ Alfonso I 14, 3ºB, 50003 Zaragoza",
    lineas: [
      { sku: "LMP-ART-11", descripcion: "Lámpara de brazo articulado negra", cantidad: 1, precio: 49.9,
        estado: "reservado", almacen: "ZAZ-1" },
      { sku: "SIL-ERG-04", descripcion: "Silla ergonómica Lumbar Pro (gris)", cantidad: 1, precio: 289.0,
        estado: "pendiente de reserva", almacen: "ZAZ-1" },
    ],
    total: 338.9,
    metodo_pago: "tarjeta ****4417",
  },
};

// El servicio de stock responde desde su caché local cuando el ERP no contesta a tiempo; para un
// artículo que nunca se cacheó la caché devuelve su registro vacío por defecto.
const STOCK_CACHE = {
  "LMP-ART-11@ZAZ-1": { unidades_disponibles: 38, reservadas: 6, en_transito: 0,
    fecha_inventario: "2025-11-05T06:00:12Z", origen: "erp" },
};

const consultarPedido = tool(
  async ({ pedido }) => {
    const p = PEDIDOS[pedido];
    if (!p) throw new Error(`pedido ${pedido} no encontrado`);
    return JSON.stringify(p);
  },
  { name: "consultar_pedido", description: "Devuelve el detalle de un pedido.", schema: z.object({ pedido: z.string() }) },
);

const consultarStock = tool(
  async ({ sku, almacen }) => {
    const hit = STOCK_CACHE[`${sku}@${almacen}`];
    const registro = hit ?? { unidades_disponibles: 0, reservadas: 0, en_transito: 0,
      fecha_inventario: "1970-01-01T00:00:00Z", origen: "cache-local" };
    return JSON.stringify({ sku, almacen, ...registro });
  },
  {
    name: "consultar_stock",
    description: "Stock disponible de un SKU en un almacén.",
    schema: z.object({ sku: z.string(), almacen: z.string() }),
  },
);

const cancelarLinea = tool(
  async ({ pedido, sku, motivo }) => JSON.stringify({ pedido, sku, motivo, estado_linea: "cancelada",
    cancelacion: "CNL-2025-0419983" }),
  {
    name: "cancelar_linea_pedido",
    description: "Cancela una línea de un pedido.",
    schema: z.object({ pedido: z.string(), sku: z.string(), motivo: z.string() }),
  },
);

const emitirReembolso = tool(
  async ({ pedido, importe_eur, medio }) => JSON.stringify({ reembolso: "RMB-88D2-5510", pedido, importe_eur,
    medio, estado: "emitido", plazo_estimado: "3-5 días hábiles" }),
  {
    name: "emitir_reembolso",
    description: "Emite un reembolso al medio de pago original.",
    schema: z.object({ pedido: z.string(), importe_eur: z.number(), medio: z.string() }),
  },
);

const SYSTEM = "Eres el asistente de atención al cliente de Ofimueble. Responde en español, de tú. "
  + "Antes de cancelar o reembolsar, pide confirmación al cliente.";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  canal: Annotation(),
});

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tc_01HF3K9Q", "consultar_pedido", { pedido: "PV-558201" })] },
  {
    tool_calls: [
      call("tc_01HF3KA2", "consultar_stock", { sku: "LMP-ART-11", almacen: "ZAZ-1" }),
      call("tc_01HF3KA3", "consultar_stock", { sku: "SIL-ERG-04", almacen: "ZAZ-1" }),
    ],
  },
  {
    content: "He revisado tu pedido PV-558201. La lámpara está reservada y sale hoy mismo, así que te llegaría "
      + "antes del viernes. La silla Lumbar Pro, en cambio, está agotada en nuestro almacén de Zaragoza: no hay "
      + "unidades disponibles ni ninguna en tránsito, por eso sigue pendiente de reserva. Puedo enviarte la "
      + "lámpara ya y cancelar la silla con reembolso de 289,00 €, o esperar a que haya reposición (sin fecha "
      + "por ahora). ¿Qué prefieres?",
  },
  {
    tool_calls: [call("tc_01HF3MZ7", "cancelar_linea_pedido", {
      pedido: "PV-558201", sku: "SIL-ERG-04", motivo: "sin stock - cliente acepta cancelación" })],
  },
  {
    tool_calls: [call("tc_01HF3MZP", "emitir_reembolso", {
      pedido: "PV-558201", importe_eur: 289.0, medio: "tarjeta ****4417" })],
  },
  {
    content: "Listo. He cancelado la silla (cancelación CNL-2025-0419983) y te he devuelto 289,00 € a la tarjeta "
      + "acabada en 4417; lo verás en 3-5 días hábiles. La lámpara sigue su curso y te llegará antes del viernes.",
  },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("agente", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("herramientas", new ToolNode([consultarPedido, consultarStock, cancelarLinea, emitirReembolso]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "agente")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Hola, ¿cuándo me llega el pedido PV-558201? Necesito la silla antes del viernes, "
      + "que empiezo a teletrabajar el lunes.")],
    user_id: "CLI-77410",
    canal: "chat-web",
  }, threadConfig(THREAD));

  await graph.invoke({
    messages: [human("Vaya... pues si no hay, cancela la silla y devuélveme el dinero, ya buscaré otra. "
      + "La lámpara mándamela igualmente.")],
  }, threadConfig(THREAD));
});
