// Asistente de banca online (LangGraph.js, checkpointer SQLite, modelo guionizado, sin red).
// El nodo "extraer" lee el importe que escribe el cliente; "normalizar" lee el saldo de la
// consulta; toda transferencia pasa por la firma del cliente (interrupt) antes de ejecutarse.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "es-banca-7730912-0604a";

function importeEs(texto) {
  // "2.500,00 €" -> 2500 ; "3.912,07 EUR" -> 3912.07
  const m = String(texto).match(/(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)\s*(?:€|EUR)/);
  return m ? Number(m[1].replace(/\./g, "").replace(",", ".")) : null;
}

let caidas = 1;
const consultarSaldo = tool(
  async ({ cuenta }) => {
    if (caidas-- > 0) throw new Error("503 Servicio no disponible: core bancario en ventana de mantenimiento (ref. CB-503-771)");
    return JSON.stringify({ cuenta, titular: "L. Ortega Vidal", saldo_disponible: "3.912,07 EUR", retenciones: "0,00 EUR" });
  },
  { name: "consultar_saldo", description: "Saldo disponible de una cuenta del cliente.", schema: z.object({ cuenta: z.string() }) },
);

const ordenarTransferencia = tool(
  async ({ cuenta_origen, iban_destino, importe_eur, concepto }) => JSON.stringify({
    referencia: "TRF-20260604-0088213", cuenta_origen, iban_destino, importe_eur, concepto,
    estado: "ejecutada", fecha_valor: "2026-06-04",
  }),
  {
    name: "ordenar_transferencia",
    description: "Ordena una transferencia SEPA. Requiere firma del cliente.",
    schema: z.object({ cuenta_origen: z.string(), iban_destino: z.string(), importe_eur: z.number(), concepto: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  importe_eur: Annotation(),
  saldo_eur: Annotation(),
});

const eur = (n) => {
  const [ent, dec] = n.toFixed(2).split(".");
  return `${ent.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${dec}`;
};
const cifra = (prompt, campo) => Number((prompt.match(new RegExp(`${campo}=([0-9.]+)`)) ?? [])[1]);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tr-5c01", "consultar_saldo", { cuenta: "ES12-0081-0216-71-0007730912" })] },
  { content: "El sistema no responde ahora mismo, lo intento de nuevo.",
    tool_calls: [call("tr-5c02", "consultar_saldo", { cuenta: "ES12-0081-0216-71-0007730912" })] },
  (messages) => {
    const importe = cifra(messages[0].content, "importe_eur");
    const saldo = cifra(messages[0].content, "saldo_eur");
    if (!(saldo >= importe)) return { content: "No tiene saldo suficiente para esta transferencia." };
    return {
      tool_calls: [call("tr-5c03", "ordenar_transferencia", {
        cuenta_origen: "ES12-0081-0216-71-0007730912", iban_destino: "ES9121000418450200051332",
        importe_eur: importe, concepto: "Alquiler junio 2026",
      })],
    };
  },
  (messages) => {
    const r = JSON.parse(messages.at(-1).content);
    return {
      content: `Hecho. La transferencia de ${eur(r.importe_eur)} € `
        + "a ES91 2100 0418 4502 0005 1332 con concepto «Alquiler junio 2026» se ha ejecutado con fecha valor "
        + `4 de junio (referencia ${r.referencia}). Su saldo disponible queda en ${eur(cifra(messages[0].content, "saldo_eur") - r.importe_eur)} €.`,
    };
  },
], "gemini-2.5-flash");

function graph(checkpointer) {
  return new StateGraph(State)
    .addNode("extraer", async (state) => {
      const importe = importeEs(lastText(state.messages, "human"));
      return importe == null ? {} : { importe_eur: importe };
    })
    .addNode("agente", async (state) => {
      const sys = "Eres el asistente de banca online. Para transferencias comprueba antes el saldo. "
        + `Datos de la operación: importe_eur=${state.importe_eur} saldo_eur=${state.saldo_eur ?? "desconocido"}`;
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("firma", async (state) => {
      const peticion = state.messages.at(-1).tool_calls[0];
      const respuesta = interrupt({ accion: "firma_operacion", operacion: peticion.name, datos: peticion.args });
      return respuesta.firmada ? new Command({ goto: "herramientas" }) : new Command({ goto: END });
    }, { ends: ["herramientas", END] })
    .addNode("herramientas", new ToolNode([consultarSaldo, ordenarTransferencia]))
    .addNode("normalizar", async (state) => {
      const ultimo = state.messages.at(-1);
      if (ultimo.name !== "consultar_saldo" || ultimo.status === "error") return {};
      return { saldo_eur: importeEs(JSON.parse(ultimo.content).saldo_disponible) };
    })
    .addEdge(START, "extraer")
    .addEdge("extraer", "agente")
    .addConditionalEdges("agente", (state) => {
      const tc = state.messages.at(-1).tool_calls ?? [];
      if (tc.length === 0) return END;
      return tc.some((c) => c.name === "ordenar_transferencia") ? "firma" : "herramientas";
    }, ["firma", "herramientas", END])
    .addEdge("herramientas", "normalizar")
    .addEdge("normalizar", "agente")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Hola, quiero hacer una transferencia de 2.500,00 € a mi casero, IBAN ES91 2100 0418 4502 0005 1332, "
      + "concepto alquiler junio.")],
    user_id: "cli-7730912",
  }, cfg);
  // El cliente firma la operación en la app con el código SMS; el front reanuda el hilo.
  await g.invoke(new Command({ resume: { firmada: true, metodo: "OTP-SMS", firmado_en: "2026-06-04T10:21:33+02:00" } }), cfg);
});
