// Operador logístico: un coordinador atiende al cliente y encarga el transporte a un agente de
// contratación (subgrafo con su propio bucle de herramientas, checkpointed en su propio namespace).
//   node bench/incidents/batch-a/lgsqlite-palets-vacunas-zaragoza-xc1/generate.mjs
import {
  Annotation, END, HumanMessage, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, lastText, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "exp-2026-0419-ZGZ";

// ------------------------------------------------------------ sistemas (stubs)

const PEDIDOS = {
  "PV-88120": {
    pedido: "PV-88120", cliente: "Distribuciones Farmacéuticas del Ebro S.L.",
    origen: "Plataforma Plaza, Zaragoza (50197)", destino: "Hospital Universitario de Navarra, Pamplona (31008)",
    palets: 6, peso_kg: 1140, mercancia: "vacunas antigripales (lotes VX-2231/2232)",
    conservacion: "refrigerado 2-8 °C, registrador de temperatura obligatorio",
    entrega_antes_de: "2026-04-21T08:00",
  },
};

const consultarPedido = tool(
  async ({ pedido }) => JSON.stringify(PEDIDOS[pedido] ?? { error: `pedido ${pedido} no encontrado` }),
  { name: "consultar_pedido", description: "Datos de un pedido del cliente.", schema: z.object({ pedido: z.string() }) },
);

const OFERTAS = [
  { oferta: "OF-5521", transportista: "Transportes Moncayo", vehiculo: "camión lona 13,6 m", frigorifico: false,
    recogida: "2026-04-20T14:00", entrega_estimada: "2026-04-20T18:30", precio_eur: 410 },
  { oferta: "OF-5534", transportista: "Frío Aragón Logística", vehiculo: "semirremolque frigorífico (ATP FRC)", frigorifico: true,
    recogida: "2026-04-20T16:00", entrega_estimada: "2026-04-20T20:15", precio_eur: 695 },
  { oferta: "OF-5540", transportista: "Rutas Cierzo", vehiculo: "furgón 3,5 t", frigorifico: false,
    recogida: "2026-04-20T09:00", entrega_estimada: "2026-04-20T12:00", precio_eur: 320 },
];

const buscarTransporte = tool(
  async ({ origen_cp, destino_cp, peso_kg, palets, recogida_desde, frigorifico }) => {
    const ofertas = OFERTAS
      .filter((o) => !frigorifico || o.frigorifico)
      .filter((o) => !(o.vehiculo.startsWith("furgón") && peso_kg > 1000));
    return JSON.stringify({ consulta: { origen_cp, destino_cp, peso_kg, palets, recogida_desde, frigorifico }, ofertas });
  },
  {
    name: "buscar_transporte",
    description: "Busca ofertas de transportistas homologados para una carga completa o grupaje.",
    schema: z.object({
      origen_cp: z.string(), destino_cp: z.string(), peso_kg: z.number(), palets: z.number(),
      recogida_desde: z.string(), frigorifico: z.boolean().describe("exigir vehículo con equipo de frío"),
    }),
  },
);

const contratarTransporte = tool(
  async ({ oferta, referencia }) => {
    const o = OFERTAS.find((x) => x.oferta === oferta);
    return JSON.stringify({ contratacion: "CT-2026-04417", oferta, referencia, transportista: o.transportista,
      vehiculo: o.vehiculo, recogida: o.recogida, estado: "confirmada" });
  },
  {
    name: "contratar_transporte",
    description: "Contrata una oferta de transporte.",
    schema: z.object({ oferta: z.string(), referencia: z.string() }),
  },
);

// ------------------------------------------------------------ agente de contratación (subgrafo)

const Encargo = Annotation.Root({
  ...MessagesAnnotation.spec,
  encargo: Annotation(),
  contratacion: Annotation(),
});

function agenteTransporte(model) {
  return new StateGraph(Encargo)
    .addNode("contratador", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Eres el agente de contratación de transporte. Busca ofertas que cumplan el encargo y "
          + `contrata la más barata que llegue a tiempo.\nEncargo: ${JSON.stringify(state.encargo)}`),
        ...state.messages,
      ])],
    }))
    .addNode("herramientas", new ToolNode([buscarTransporte, contratarTransporte]))
    .addNode("cerrar", async (state) => {
      const ultimo = state.messages.filter((m) => m.getType() === "tool" && m.name === "contratar_transporte").at(-1);
      return { contratacion: ultimo ? JSON.parse(ultimo.content) : null };
    })
    .addEdge(START, "contratador")
    .addConditionalEdges("contratador", toolsCondition, { tools: "herramientas", [END]: "cerrar" })
    .addEdge("herramientas", "contratador")
    .addEdge("cerrar", END)
    .compile();
}

// ------------------------------------------------------------ coordinador

const Expedicion = Annotation.Root({
  ...MessagesAnnotation.spec,
  userId: Annotation(),
  envio: Annotation(),
  contratacion: Annotation(),
});

const CAMPOS_ENCARGO = ["pedido", "origen", "destino", "palets", "peso_kg", "entrega_antes_de"];

function grafo(checkpointer, coord, contratador) {
  const sub = agenteTransporte(contratador);
  return new StateGraph(Expedicion)
    .addNode("coordinador", async (state) => ({
      messages: [await coord.invoke([
        new SystemMessage("Eres el coordinador de expediciones de LogiEbro. Atiende al cliente, consulta el pedido y "
          + "pide al agente de contratación que reserve el transporte."),
        ...state.messages,
      ])],
    }))
    .addNode("consultas", new ToolNode([consultarPedido]))
    .addNode("registrar_envio", async (state) => {
      const r = state.messages.filter((m) => m.getType() === "tool" && m.name === "consultar_pedido").at(-1);
      return { envio: JSON.parse(r.content) };
    })
    .addNode("encargar_transporte", async (state, config) => {
      const encargo = Object.fromEntries(CAMPOS_ENCARGO.map((k) => [k, state.envio[k]]));
      const instrucciones = lastText(state.messages, "ai");
      const out = await sub.invoke({ messages: [new HumanMessage(instrucciones)], encargo }, config);
      return { contratacion: out.contratacion };
    })
    .addNode("responder", async (state) => ({
      messages: [await coord.invoke([
        new SystemMessage("Eres el coordinador de expediciones de LogiEbro. Informa al cliente del transporte contratado.\n"
          + `Contratación: ${JSON.stringify(state.contratacion)}`),
        ...state.messages,
      ])],
    }))
    .addEdge(START, "coordinador")
    .addConditionalEdges("coordinador", (s) => (s.messages.at(-1).tool_calls?.length ? "consultas"
      : (s.envio && !s.contratacion ? "encargar_transporte" : END)), ["consultas", "encargar_transporte", END])
    .addEdge("consultas", "registrar_envio")
    .addEdge("registrar_envio", "coordinador")
    .addEdge("encargar_transporte", "responder")
    .addEdge("responder", END)
    .compile({ checkpointer });
}

const coordinador = new ScriptedChatModel("coordinador", [
  { tool_calls: [call("call_q9XnB1uH", "consultar_pedido", { pedido: "PV-88120" })] },
  { content: "Encargo de transporte para el pedido PV-88120: 6 palets, 1.140 kg, de Plataforma Plaza (Zaragoza, 50197) "
      + "al Hospital Universitario de Navarra (Pamplona, 31008). Recogida a partir del 20/04 por la tarde; entrega "
      + "antes del 21/04 a las 08:00. Contratar la opción más económica que cumpla plazo." },
  (messages) => {
    const c = JSON.parse(messages[0].content.split("Contratación: ")[1]);
    return { content: `Hecho: el pedido PV-88120 viaja con ${c.transportista} (contratación ${c.contratacion}). `
        + "Recogida el 20/04 a las 14:00 en Plataforma Plaza y entrega prevista ese mismo día a las 18:30 en el "
        + "Hospital Universitario de Navarra, bastante antes del límite de las 08:00 del 21/04." };
  },
]);

const contratador = new ScriptedChatModel("contratador", [
  (messages) => {
    const texto = promptText(messages).toLowerCase();
    const frio = texto.includes("refrigerad") || texto.includes("2-8") || texto.includes("frío");
    return { tool_calls: [call("call_Lm4pT0sA", "buscar_transporte", {
      origen_cp: "50197", destino_cp: "31008", peso_kg: 1140, palets: 6, recogida_desde: "2026-04-20T12:00",
      frigorifico: frio })] };
  },
  (messages) => {
    const r = JSON.parse(lastText(messages, "tool"));
    const barata = [...r.ofertas].sort((a, b) => a.precio_eur - b.precio_eur)[0];
    return { tool_calls: [call("call_Vb7wK2eR", "contratar_transporte", { oferta: barata.oferta, referencia: "PV-88120" })] };
  },
  { content: "Contratado CT-2026-04417 con Transportes Moncayo: recogida 20/04 14:00, entrega estimada 20/04 18:30, 410 €." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = grafo(saver, coordinador, contratador);
  await g.invoke({
    messages: [human("Buenos días, necesito que organicéis el transporte del pedido PV-88120 al Hospital de Navarra. "
      + "Son las vacunas de la campaña de gripe, así que ya sabéis: cadena de frío 2-8 °C de punta a punta y con "
      + "registrador de temperatura. Tienen que estar allí antes de las 8:00 del martes 21.")],
    userId: "ops.farmaebro@distfarmaebro.es",
  }, threadConfig(THREAD));
});
