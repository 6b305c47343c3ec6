// Agente de atención al cliente de una comercializadora eléctrica (español). Reclamación de
// factura: lee el contrato, las lecturas de telemedida del contador y puede emitir rectificativas.
//   node generate.mjs   -> checkpoints.sqlite
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "reclam|ES0021000004417285JN|20260422T0915";
const CUPS = "ES0021000004417285JN";

const consultarFactura = tool(
  async ({ numero_factura }) => JSON.stringify({
    numero_factura, contrato: "CT-2024-118834", cups: CUPS, periodo: { desde: "2026-02-01", hasta: "2026-03-31" },
    tarifa: "2.0TD", potencia_contratada_kw: 4.6, consumo_facturado_kwh: 1187, tipo_lectura: "real",
    importe_total: "312,40 EUR", estado_cobro: "domiciliado_pendiente",
  }),
  {
    name: "consultar_factura",
    description: "Devuelve el detalle de una factura emitida.",
    schema: z.object({ numero_factura: z.string() }),
  },
);

const leerTelemedida = tool(
  async ({ cups, desde, hasta }) => JSON.stringify({
    cups, desde, hasta, contador: "ZIV-5CTD-E2C 0881-33470", concentrador: "CT-ZGZ-0881",
    lectura_inicial_kwh: 0, lectura_final_kwh: 0, consumo_kwh: 0,
    fecha_ultima_lectura: "1970-01-01T00:00:00Z", curva_horaria: [], calidad: "SC",
  }),
  {
    name: "leer_telemedida",
    description: "Lecturas del contador inteligente de un CUPS en un periodo (vía distribuidora).",
    schema: z.object({ cups: z.string(), desde: z.string(), hasta: z.string() }),
  },
);

const rectificar = tool(
  async ({ numero_factura, consumo_kwh, motivo }) => JSON.stringify({
    rectificativa: "FR26-0004410", factura_original: numero_factura, consumo_kwh,
    importe_total: "41,87 EUR", diferencia_a_favor_cliente: "270,53 EUR", motivo, estado: "emitida",
    abono: "transferencia en 5 días hábiles",
  }),
  {
    name: "emitir_factura_rectificativa",
    description: "Anula una factura y emite una rectificativa con el consumo indicado.",
    schema: z.object({ numero_factura: z.string(), consumo_kwh: z.number(), motivo: z.string() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_fac_01", "consultar_factura", { numero_factura: "FE26-0098812" })] },
  { tool_calls: [call("call_tm_01", "leer_telemedida", { cups: CUPS, desde: "2026-02-01", hasta: "2026-03-31" })] },
  { content: "He revisado la telemedida de su contador: entre el 1 de febrero y el 31 de marzo el consumo "
      + "registrado es de 0 kWh, lo que encaja con que la vivienda estuviera vacía. La factura FE26-0098812 "
      + "le cobró 1.187 kWh, así que procede rectificarla. ¿Quiere que emita la rectificativa?" },
  { tool_calls: [call("call_rect_01", "emitir_factura_rectificativa", {
    numero_factura: "FE26-0098812", consumo_kwh: 0,
    motivo: "Consumo real nulo en el periodo según telemedida del contador",
  })] },
  { content: "Hecho. He anulado la factura FE26-0098812 y emitido la rectificativa FR26-0004410 por 41,87 € "
      + "(solo término de potencia). Le devolveremos 270,53 € por transferencia en 5 días hábiles." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, cliente: Annotation() });

const graph = new StateGraph(State)
  .addNode("agente", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Eres el agente de reclamaciones de Energía Moncayo. "
      + "Cliente autenticado: " + state.cliente + ". Verifica con datos del contador antes de rectificar."),
    ...state.messages])],
  }))
  .addNode("herramientas", new ToolNode([consultarFactura, leerTelemedida, rectificar]))
  .addEdge(START, "agente")
  .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: END })
  .addEdge("herramientas", "agente");

await writeIncident(import.meta.url, async (checkpointer) => {
  const app = graph.compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await app.invoke({
    messages: [human("Buenos días. Me ha llegado la factura FE26-0098812 de 312,40 € por febrero y marzo y es "
      + "imposible: el piso de Zaragoza ha estado cerrado casi todo ese tiempo, solo fui dos fines de semana. "
      + "¿Pueden revisarlo?")],
    cliente: "cli_58821903",
  }, cfg);
  await app.invoke({ messages: [human("Sí, por favor, emítala.")] }, cfg);
});
