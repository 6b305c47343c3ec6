// Asistente de cuentas a pagar de una ferretería (LangGraph.js, checkpointer SQLite, modelo guionizado).
// Tras leer una factura, el nodo "normalizar_importe" convierte el total impreso en un número y lo
// guarda en el estado; el agente programa la transferencia con el importe que el nodo le pasa.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "cxp-levante-fv24-0318";

const leerFactura = tool(
  async ({ numero }) => JSON.stringify({
    numero, proveedor: "Aceros del Turia S.L.", nif: "B46123456", fecha_emision: "14/03/2026",
    vencimiento: "13/04/2026", base_imponible: "10.314,05 €", iva_21: "2.165,95 €", total: "12.480,00 €",
    iban: "ES91 2100 0418 4502 0005 1332", pedido: "PC-26-0871",
  }),
  {
    name: "leer_factura",
    description: "Devuelve los datos de una factura de proveedor registrada en el buzón de facturas.",
    schema: z.object({ numero: z.string() }),
  },
);

const programarTransferencia = tool(
  async ({ iban, importe, concepto, fecha_ejecucion }) => JSON.stringify({
    referencia: "TRF-0091-55812", estado: "programada", iban, importe, divisa: "EUR", concepto, fecha_ejecucion,
    cuenta_cargo: "ES76 0081 0216 7300 0112 4455",
  }),
  {
    name: "programar_transferencia",
    description: "Programa una transferencia SEPA desde la cuenta de la empresa.",
    schema: z.object({
      iban: z.string(), importe: z.number().describe("importe en euros"), concepto: z.string(),
      fecha_ejecucion: z.string().describe("AAAA-MM-DD"),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  userId: Annotation(),
  factura: Annotation(),
  importe_eur: Annotation(),
});

// Convierte "12.480,00 €" en número para el banco.
function aNumero(texto) {
  return parseFloat(texto.replace("€", "").trim().replace(",", "."));
}

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_01Xk8rWq2fJm", "leer_factura", { numero: "FV24-0318" })] },
  (messages) => {
    const sys = messages[0].content;
    const importe = Number(/Importe a pagar: ([\d.]+) EUR/.exec(sys)[1]);
    return {
      tool_calls: [call("toolu_01Pd4nZs7hVb", "programar_transferencia", {
        iban: "ES91 2100 0418 4502 0005 1332", importe, concepto: "Factura FV24-0318 Aceros del Turia",
        fecha_ejecucion: "2026-04-13" })],
    };
  },
  { content: "Hecho. La factura FV24-0318 de Aceros del Turia S.L. queda programada para el 13/04/2026, "
      + "fecha de vencimiento, con la referencia TRF-0091-55812. Te aviso si el banco la rechaza." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("agente", async (state) => {
      let system = "Eres el asistente de cuentas a pagar de Ferretería Levante. Paga solo facturas registradas.";
      if (state.importe_eur != null) {
        system += `\nFactura ${state.factura.numero}: Importe a pagar: ${state.importe_eur} EUR`;
      }
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("herramientas", new ToolNode([leerFactura, programarTransferencia]))
    .addNode("normalizar_importe", async (state) => {
      const ultimo = state.messages.at(-1);
      if (ultimo.name !== "leer_factura") return {};
      const factura = JSON.parse(ultimo.content);
      return { factura, importe_eur: aNumero(factura.total) };
    })
    .addEdge(START, "agente")
    .addConditionalEdges("agente", (s) => (s.messages.at(-1).tool_calls?.length ? "herramientas" : END),
      ["herramientas", END])
    .addEdge("herramientas", "normalizar_importe")
    .addEdge("normalizar_importe", "agente")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Buenos días, ¿puedes dejar programado el pago de la factura FV24-0318 de Aceros del Turia "
      + "para su vencimiento? Ya está conformada por almacén.")],
    userId: "carmen.ruiz@ferreterialevante.es",
  }, threadConfig(THREAD));
});
