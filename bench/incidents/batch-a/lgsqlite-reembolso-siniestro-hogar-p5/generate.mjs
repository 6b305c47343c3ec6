// Seguro de hogar: asistente de siniestros de una oficina (Valencia). Dos asegurados, dos hilos.
// La cuenta de reembolso se guarda en la memoria a largo plazo (BaseStore) de la aplicación.
// LangGraph.js con SqliteSaver, modelo guionizado, sin red.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-reembolso-siniestro-hogar-p5/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition, tool, z,
  ScriptedChatModel, call, human, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore, getStore } from "../../harness/lgsqlite/store.mjs";

const SYSTEM = "Eres el asistente de siniestros de Hogar Seguro, oficina Valencia-Ruzafa. Consulta el expediente, "
  + "registra la cuenta de reembolso que te indique el asegurado y emite los pagos aprobados por el perito.";

const SINIESTROS = {
  "HOG-20931": {
    siniestro: "HOG-20931", asegurado: "María Ortega Ruiz", poliza: "HG-7713025",
    causa: "fuga en bajante del baño", estado: "peritado", importe_aprobado_eur: null,
    pendiente: "factura del fontanero",
  },
  "HOG-20977": {
    siniestro: "HOG-20977", asegurado: "Jorge Sancho Ibáñez", poliza: "HG-7720488",
    causa: "daños por agua en cocina, mueble bajo fregadero", estado: "aprobado", importe_aprobado_eur: 1236.4,
    pago: "pendiente de emitir",
  },
};

const consultarSiniestro = tool(
  async ({ siniestro }) => JSON.stringify(SINIESTROS[siniestro]),
  {
    name: "consultar_siniestro",
    description: "Consulta el expediente de un siniestro.",
    schema: z.object({ siniestro: z.string() }),
  },
);

// The app keeps the refund account in long-term memory so the customer does not have to repeat it;
// the namespace is the office, the key a fixed slot.
const registrarCuenta = tool(
  async ({ siniestro, iban }, config) => {
    const oficina = config?.configurable?.oficina ?? "VAL-03";
    await getStore().put(["cuentas_reembolso", oficina], "predeterminada",
      { iban, registrada: "2026-03-09T10:41:12+01:00" });
    return JSON.stringify({ siniestro, iban_enmascarado: `${iban.slice(0, 4)} **** **** **** **** ${iban.slice(-4)}`, ok: true });
  },
  {
    name: "registrar_cuenta_reembolso",
    description: "Registra la cuenta (IBAN) en la que el asegurado quiere recibir el reembolso.",
    schema: z.object({ siniestro: z.string(), iban: z.string() }),
  },
);

const emitirTransferencia = tool(
  async ({ siniestro, importe_eur, iban }) => JSON.stringify({
    transferencia: "TR-20260309-4471", siniestro, importe_eur, iban_destino: iban, estado: "emitida",
    fecha_valor: "2026-03-11",
  }),
  {
    name: "emitir_transferencia",
    description: "Emite la transferencia de un importe aprobado a una cuenta.",
    schema: z.object({ siniestro: z.string(), importe_eur: z.number(), iban: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  oficina: Annotation(),
  cuenta_reembolso: Annotation(),
});

function graph(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("cargar_memoria", async (state) => {
      const item = await getStore().get(["cuentas_reembolso", state.oficina], "predeterminada");
      return item ? { cuenta_reembolso: item.value } : {};
    })
    .addNode("agente", async (state) => {
      const cuenta = state.cuenta_reembolso
        ? `\nCuenta de reembolso registrada: ${state.cuenta_reembolso.iban}` : "";
      return { messages: [await model.invoke([new SystemMessage(SYSTEM + cuenta), ...state.messages])] };
    })
    .addNode("herramientas", new ToolNode([consultarSiniestro, registrarCuenta, emitirTransferencia]))
    .addEdge(START, "cargar_memoria")
    .addEdge("cargar_memoria", "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "agente")
    .compile({ checkpointer, store });
}

const ibanFromPrompt = (messages) => (messages[0].content.match(/Cuenta de reembolso registrada: (\S+)/) ?? [])[1];

const modelMaria = new ScriptedChatModel("exp-HOG-20931", [
  {
    tool_calls: [
      call("fc_7b1e0d52a9", "consultar_siniestro", { siniestro: "HOG-20931" }),
      call("fc_7b1e0d52b3", "registrar_cuenta_reembolso",
        { siniestro: "HOG-20931", iban: "ES7621000418450200051332" }),
    ],
  },
  {
    content: "Gracias, María. He registrado la cuenta ES76 **** 1332 para el reembolso del siniestro HOG-20931. "
      + "El perito ya ha pasado; en cuanto subas la factura del fontanero en la app, se aprueba el importe y te "
      + "lo transferimos a esa cuenta.",
  },
]);

const modelJorge = new ScriptedChatModel("exp-HOG-20977", [
  { tool_calls: [call("fc_93c4f1e807", "consultar_siniestro", { siniestro: "HOG-20977" })] },
  (messages) => ({
    tool_calls: [call("fc_93c4f1e8a1", "emitir_transferencia",
      { siniestro: "HOG-20977", importe_eur: 1236.4, iban: ibanFromPrompt(messages) })],
  }),
  {
    content: "Hola, Jorge. Tienes razón, el siniestro HOG-20977 estaba aprobado por 1.236,40 € y faltaba emitir el "
      + "pago. Ya está hecho: transferencia TR-20260309-4471 a tu cuenta terminada en 1332, con fecha valor "
      + "11 de marzo. Disculpa la espera.",
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();
  await graph(saver, store, modelMaria).invoke({
    messages: [human("Hola, soy María Ortega. El perito ya vino por la fuga del baño (siniestro HOG-20931). Para el "
      + "reembolso de la factura del fontanero usad esta cuenta, por favor: ES76 2100 0418 4502 0005 1332.")],
    user_id: "cli-118842",
    oficina: "VAL-03",
  }, threadConfig("exp-HOG-20931", { oficina: "VAL-03" }));
  await graph(saver, store, modelJorge).invoke({
    messages: [human("Buenas tardes. ¿Cuándo me pagáis lo del siniestro HOG-20977? El perito lo aprobó la semana "
      + "pasada y sigo esperando.")],
    user_id: "cli-120305",
    oficina: "VAL-03",
  }, threadConfig("exp-HOG-20977", { oficina: "VAL-03" }));
});
