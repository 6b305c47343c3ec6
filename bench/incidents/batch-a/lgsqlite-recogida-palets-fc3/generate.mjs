// Freight-booking assistant (Spanish): a shipper asks to book a pickup for pallets that will be
// ready on Friday 3 April. The carrier's window API answers in Spanish day/month format; a graph
// node copies the window into state before the booking call. Offline, scripted model, real SQLite saver.
process.env.TZ = "Europe/Madrid";
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const consultarVentana = tool(
  async ({ codigo_postal_origen, palets }) => JSON.stringify({
    transportista: "Transportes Ebro Norte", cp_origen: codigo_postal_origen, palets,
    ventana: { inicio: "03/04/2026 08:00", fin: "03/04/2026 12:00" }, vehiculo: "rígido 12 t con trampilla", tarifa: "186,00 EUR",
  }),
  {
    name: "consultar_ventana_recogida",
    description: "Consulta la primera ventana de recogida libre del transportista para la fecha de disponibilidad.",
    schema: z.object({ codigo_postal_origen: z.string(), palets: z.number().int(), disponible_desde: z.string().describe("YYYY-MM-DD") }),
  },
);

let seq = 4410;
const reservarTransporte = tool(
  async ({ fecha, hora_inicio, hora_fin, palets }) => JSON.stringify({
    reserva: `RT-2026-${seq++}`, estado: "confirmada", fecha, franja: `${hora_inicio}-${hora_fin}`, palets, matricula: "4821 LKZ",
  }),
  {
    name: "reservar_transporte",
    description: "Reserva la recogida en firme.",
    schema: z.object({ fecha: z.string().describe("YYYY-MM-DD"), hora_inicio: z.string(), hora_fin: z.string(), palets: z.number().int() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), recogida: Annotation() });
const pad = (n) => String(n).padStart(2, "0");
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const hhmm = (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("logistica", [
    { tool_calls: [call("tc-01HV3K9", "consultar_ventana_recogida", { codigo_postal_origen: "50197", palets: 14, disponible_desde: "2026-04-03" })] },
    (messages) => {
      const r = JSON.parse(messages[0].content.split("RECOGIDA_ACTUAL=")[1]);
      return { tool_calls: [call("tc-01HV3KB", "reservar_transporte", { fecha: r.fecha, hora_inicio: r.desde, hora_fin: r.hasta, palets: 14 })] };
    },
    (messages) => {
      const res = JSON.parse(messages[messages.length - 1].content);
      const [y, m, d] = res.fecha.split("-");
      const meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
      return { content: `Hecho. Recogida confirmada (${res.reserva}) el ${Number(d)} de ${meses[Number(m) - 1]} de ${y}, franja ${res.franja}, `
        + `14 palets en Plaza (CP 50197), camión ${res.matricula}. Tarifa 186,00 EUR.` };
    },
  ]);
  const app = new StateGraph(State)
    .addNode("agente", async (s) => ({
      messages: [await model.invoke([
        new SystemMessage(`Eres el asistente de reservas de carga. RECOGIDA_ACTUAL=${JSON.stringify(s.recogida ?? null)}`),
        ...s.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([consultarVentana, reservarTransporte]))
    .addNode("registrar_ventana", async (s) => {
      const last = s.messages[s.messages.length - 1];
      if (last.name !== "consultar_ventana_recogida") return {};
      const v = JSON.parse(last.content).ventana;
      const inicio = new Date(v.inicio);
      const fin = new Date(v.fin);
      return { recogida: { fecha: iso(inicio), desde: hhmm(inicio), hasta: hhmm(fin), transportista: "Transportes Ebro Norte" } };
    })
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, ["tools", END])
    .addEdge("tools", "registrar_ventana")
    .addEdge("registrar_ventana", "agente")
    .compile({ checkpointer: saver });
  await app.invoke({
    user_id: "cli-ARAGON-0877",
    messages: [human("Buenas. Tengo 14 palets de azulejo listos el viernes 3 de abril en nuestra nave de Plaza (CP 50197). Resérvame la primera recogida de ese día, por favor.")],
  }, threadConfig("ES-LOG-20260330-0042"));
});
