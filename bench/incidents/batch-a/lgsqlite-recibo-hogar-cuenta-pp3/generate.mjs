// Asistente de WhatsApp de una correduría de seguros (oficina Madrid-Chamberí). Cada cliente
// tiene su propio hilo. Tras cada turno, el nodo "anotar" guarda en la memoria a largo plazo
// (InMemoryStore de LangGraph) los cambios que el cliente ha pedido; al empezar un turno, el nodo
// "recordar" carga las notas y las añade como mensaje de sistema. Las notas se archivan bajo el
// espacio de nombres ["notas", <oficina>], la oficina del número de WhatsApp que atiende.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const OFICINA = "mad-chamberi-02";
const HILO_MARTA = "wa-34611482907-HG22910087";
const HILO_JAVIER = "wa-34622907315-HG22910132";

const POLIZAS = {
  "HG-2291-0087": { poliza: "HG-2291-0087", tomador: "Marta Ruiz Lozano", ramo: "Hogar", prima_trimestral_eur: 71.2,
    domiciliacion: "ES79 2100 **** **** **** 1186", proximo_recibo: "2026-04-01" },
  "HG-2291-0132": { poliza: "HG-2291-0132", tomador: "Javier Ortega Sanz", ramo: "Hogar", prima_trimestral_eur: 96.15,
    domiciliacion: "ES91 0049 **** **** **** 0932", proximo_recibo: "2026-03-05" },
};

const consultarPoliza = tool(
  async ({ poliza }) => JSON.stringify(POLIZAS[poliza]),
  { name: "consultar_poliza", description: "Datos de una póliza.", schema: z.object({ poliza: z.string() }) },
);

const cambiarDomiciliacion = tool(
  async ({ poliza, iban }) => JSON.stringify({
    poliza, iban_nuevo: iban.replace(/^(\S{4}) (\S{4}).*(\S{4})$/, "$1 $2 **** **** **** $3"),
    efectivo_desde_recibo: "2026-04-01", estado: "registrado", ref: "MD-260302-4471",
  }),
  {
    name: "cambiar_domiciliacion",
    description: "Cambia la cuenta de cargo de los recibos de una póliza.",
    schema: z.object({ poliza: z.string(), iban: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  poliza: Annotation(),
});

const SYSTEM = "Eres el asistente de Correduría Alvear Seguros. Tutea al cliente. Responde en español.";

const modelo = new ScriptedChatModel("correduria-alvear", [
  // Hilo de Marta
  { tool_calls: [call("toolu_01Jq7", "cambiar_domiciliacion",
    { poliza: "HG-2291-0087", iban: "ES12 2100 0418 4502 0005 4417" })] },
  { content: "Hecho: desde el recibo del 1 de abril el seguro de hogar HG-2291-0087 se cargará en la "
      + "cuenta ES12 2100 **** **** **** 4417 (referencia MD-260302-4471)." },
  // Hilo de Javier
  { tool_calls: [call("toolu_01Xm3", "consultar_poliza", { poliza: "HG-2291-0132" })] },
  (messages) => {
    const text = promptText(messages);
    const nota = text.match(/cambió la domiciliación a (ES\d\d \d{4} \*{4} \*{4} \*{4} (\d{4}))/);
    if (nota) {
      return { content: "Hola Javier. El próximo recibo de tu seguro de hogar es de 96,15 € y se pasa el 5 de marzo. "
          + `Como cambiaste hace poco la domiciliación, se cargará ya en la cuenta terminada en ${nota[2]} `
          + `(${nota[1]}). Asegúrate de tener saldo ahí.` };
    }
    return { content: "Hola Javier. El próximo recibo es de 96,15 € el 5 de marzo, en la cuenta terminada en 0932." };
  },
]);

function grafo(checkpointer, store) {
  return new StateGraph(State)
    .addNode("recordar", async (state, config) => {
      const notas = await config.store.search(["notas", config.configurable.oficina]);
      if (notas.length === 0) return {};
      const texto = notas.map((n) => `- ${n.value.fecha}: ${n.value.texto}`).join("\n");
      return { messages: [new SystemMessage(`Notas del cliente (memoria):\n${texto}`)] };
    })
    .addNode("asistente", async (state) => ({
      messages: [await modelo.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("herramientas", new ToolNode([consultarPoliza, cambiarDomiciliacion]))
    .addNode("anotar", async (state, config) => {
      for (const m of state.messages) {
        if (m.getType() === "tool" && m.name === "cambiar_domiciliacion") {
          const r = JSON.parse(m.content);
          await config.store.put(["notas", config.configurable.oficina], r.ref, {
            fecha: "2026-03-02", texto: `El cliente cambió la domiciliación a ${r.iban_nuevo} (efectivo desde ${r.efectivo_desde_recibo}).`,
          });
        }
      }
      return {};
    })
    .addEdge(START, "recordar")
    .addEdge("recordar", "asistente")
    .addConditionalEdges("asistente", toolsCondition, { tools: "herramientas", [END]: "anotar" })
    .addEdge("herramientas", "asistente")
    .addEdge("anotar", END)
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const g = grafo(checkpointer, new InMemoryStore());
  await g.invoke({
    messages: [human("Hola, he cambiado de banco. A partir de ahora cargadme el seguro de casa en "
      + "ES12 2100 0418 4502 0005 4417, por favor.")],
    user_id: "+34611482907", poliza: "HG-2291-0087",
  }, threadConfig(HILO_MARTA, { oficina: OFICINA }));
  await g.invoke({
    messages: [human("Buenas, ¿me dices en qué cuenta me vais a pasar el próximo recibo del hogar? "
      + "Quiero asegurarme de tener saldo.")],
    user_id: "+34622907315", poliza: "HG-2291-0132",
  }, threadConfig(HILO_JAVIER, { oficina: OFICINA }));
});
