// Asistente de nómina (RR. HH.): one thread per employee. A context node prepends the "last payslip
// looked up" from a process-wide memo keyed by company tax id (CIF), so it survives across threads.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const memo = new Map(); // cif -> text

const consultarNomina = tool(async ({ empleado, periodo }) => {
  const data = {
    "E-0571": { empleado: "E-0571", periodo, bruto: "2.612,50 €", irpf: "11,2 %", neto: "1.987,40 €", jornada: "reducida 70 % (guarda legal)" },
    "E-0934": { empleado: "E-0934", periodo, bruto: "3.540,00 €", irpf: "17,9 %", neto: "2.691,12 €", jornada: "completa" },
  }[empleado];
  return JSON.stringify(data ?? { error: "empleado no encontrado" });
}, {
  name: "consultar_nomina", description: "Devuelve el recibo de salario de un empleado para un periodo.",
  schema: z.object({ empleado: z.string(), periodo: z.string() }),
});

const State = Annotation.Root({ ...MessagesAnnotation.spec, usuario: Annotation(), cif: Annotation() });

const model = new ScriptedChatModel("nomina", [
  // hilo de Lucía (E-0571)
  { content: "Entendido, Lucía: desde marzo tienes jornada reducida al 70 % por cuidado de tu hija. Consulto tu recibo de abril." },
  { tool_calls: [call("call_nom_8f2a01", "consultar_nomina", { empleado: "E-0571", periodo: "2025-04" })] },
  { content: "Tu nómina de abril: bruto 2.612,50 €, IRPF 11,2 %, neto 1.987,40 €, con la jornada reducida al 70 %." },
  // hilo de Andrés (E-0934)
  { content: "Hola Andrés. En abril cobrarás 1.987,40 € netos; el importe refleja tu jornada reducida al 70 % por guarda legal. Si quieres volver a jornada completa, avísame y abro la solicitud." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("contexto", async (s) => {
      const prev = memo.get(s.cif);
      return prev ? { messages: [new SystemMessage(`Contexto de nómina reciente: ${prev}`)] } : {};
    })
    .addNode("asistente", async (s) => ({ messages: [await model.invoke([new SystemMessage("Eres el asistente de nómina de Grupo Ibérica de Envases S.L."), ...s.messages])] }))
    .addNode("herramientas", new ToolNode([consultarNomina]))
    .addNode("recordar", async (s) => {
      const t = [...s.messages].reverse().find((m) => m.getType() === "ai" && m.content);
      memo.set(s.cif, `${s.usuario}: ${t.content}`);
      return {};
    })
    .addEdge(START, "contexto")
    .addEdge("contexto", "asistente")
    .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: "recordar" })
    .addEdge("herramientas", "asistente")
    .addEdge("recordar", END)
    .compile({ checkpointer });

  const lucia = threadConfig("rrhh-E-0571-c5d1");
  await graph.invoke({ messages: [human("Hola, desde marzo estoy con reducción de jornada al 70 % por mi hija.")], usuario: "E-0571", cif: "B-84219730" }, lucia);
  await graph.invoke({ messages: [human("¿Cuánto me queda neto en abril?")] }, lucia);

  const andres = threadConfig("rrhh-E-0934-77ae");
  await graph.invoke({ messages: [human("Buenas, ¿cuánto voy a cobrar neto este mes de abril?")], usuario: "E-0934", cif: "B-84219730" }, andres);
});
