// Asistente de atención al cliente de una comercializadora de luz y gas: consulta contratos y cambia
// la cuenta de domiciliación (mandato SEPA). Guarda notas del cliente en un almacén de memoria a largo
// plazo (InMemoryStore de LangGraph, que no forma parte del artefacto) y las lee al construir el prompt.
// LangGraph.js + SqliteSaver, modelo guionizado sin red. Desde la raíz del repositorio:
//   node bench/incidents/batch-a/lgsqlite-domiciliacion-recibos-h5/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, lastText, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const CONTRATOS = {
  "cli-004418": [
    { contrato: "LUZ-5530192", tipo: "electricidad", tarifa: "2.0TD", estado: "activo", domiciliado: true },
  ],
  "cli-019273": [
    { contrato: "LUZ-4410876", tipo: "electricidad", tarifa: "2.0TD", estado: "activo", domiciliado: true },
    { contrato: "GAS-7781045", tipo: "gas", tarifa: "RL.1", estado: "alta en curso", domiciliado: false },
  ],
};

const consultarContratos = tool(
  async ({ cliente }) => JSON.stringify({ cliente, contratos: CONTRATOS[cliente] ?? [] }),
  {
    name: "consultar_contratos",
    description: "Lista los contratos de suministro de un cliente.",
    schema: z.object({ cliente: z.string() }),
  },
);

let mandato = 88310;
const cambiarDomiciliacion = tool(
  async ({ contrato, iban }) => JSON.stringify({
    contrato, iban_enmascarado: `${iban.slice(0, 4)} **** **** **** ${iban.slice(-4)}`,
    mandato_sepa: `MND-${++mandato}`, estado: "aplicado",
  }),
  {
    name: "cambiar_domiciliacion",
    description: "Cambia la cuenta (IBAN) en la que se cargan los recibos de un contrato.",
    schema: z.object({ contrato: z.string(), iban: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  canal: Annotation(),
});

const BASE = "Eres el asistente de atención al cliente de Enercasa. Ayudas con contratos y domiciliaciones. "
  + "El cliente de esta conversación es {cliente}.";

// Las notas se guardan y se leen bajo el id de cliente que manda el front-end en la configuración.
const espacio = (config) => ["notas_cliente", String(config.configurable?.cliente_id)];

function grafo(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("agente", async (state, config) => {
      const notas = await config.store.search(espacio(config), { limit: 5 });
      const memoria = notas.length
        ? "\nNotas de conversaciones anteriores:\n" + notas.map((n) => `- ${n.value.texto}`).join("\n")
        : "";
      const system = BASE.replace("{cliente}", state.user_id) + memoria;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("herramientas", new ToolNode([consultarContratos, cambiarDomiciliacion]))
    .addNode("anotar", async (state, config) => {
      const iban = lastText(state.messages, "human").match(/ES\d{2}(?:\s?\d{4}){5}/);
      if (iban) {
        await config.store.put(espacio(config), `iban-${Date.now()}`, {
          texto: `Ha cambiado de banco. IBAN nuevo para sus recibos: ${iban[0].replace(/\s/g, "")}.`,
        });
      }
      return {};
    })
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: "anotar" })
    .addEdge("herramientas", "agente")
    .addEdge("anotar", END)
    .compile({ checkpointer, store });
}

// El front-end web manda el id de cliente como "clienteId".
const config = (thread, cliente) => ({ configurable: { thread_id: thread, clienteId: cliente } });

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();

  const modeloMarta = new ScriptedChatModel("ses-7Q4M2B", [
    { tool_calls: [call("call_u1Xr0aPq", "consultar_contratos", { cliente: "cli-004418" })] },
    { tool_calls: [call("call_u1Xr0aPr", "cambiar_domiciliacion",
        { contrato: "LUZ-5530192", iban: "ES7620805801101234567891" })] },
    { content: "Hecho, Marta. El recibo de la luz (LUZ-5530192) se cargará a partir de ahora en la cuenta "
        + "ES76 **** **** **** 7891, con el mandato SEPA MND-88311. No tienes que hacer nada más." },
  ], "gpt-4o-mini-2024-07-18");
  await grafo(saver, store, modeloMarta).invoke({
    messages: [human("Hola, me he cambiado de banco. El IBAN nuevo es ES76 2080 5801 1012 3456 7891. "
      + "¿Me pasáis el recibo de la luz a esa cuenta?")],
    user_id: "cli-004418", canal: "web",
  }, config("ses-7Q4M2B", "cli-004418"));

  const modeloJorge = new ScriptedChatModel("ses-9K1T8D", [
    { tool_calls: [call("call_b7Ts2mWn", "consultar_contratos", { cliente: "cli-019273" })] },
    // El modelo toma la cuenta de las notas que el nodo puso en el prompt.
    (messages) => {
      const iban = messages[0].content.match(/IBAN nuevo para sus recibos: (ES\d{22})/);
      if (!iban) throw new Error("el prompt no trae ninguna cuenta");
      return { tool_calls: [call("call_b7Ts2mWo", "cambiar_domiciliacion", { contrato: "GAS-7781045", iban: iban[1] })] };
    },
    { content: "Listo, Jorge. El gas (GAS-7781045) queda domiciliado en la misma cuenta que la luz, "
        + "ES76 **** **** **** 7891, con el mandato SEPA MND-88312." },
  ], "gpt-4o-mini-2024-07-18");
  await grafo(saver, store, modeloJorge).invoke({
    messages: [human("Buenas, acabo de dar de alta el gas con vosotros. Cargadlo en la misma cuenta que la luz, porfa.")],
    user_id: "cli-019273", canal: "web",
  }, config("ses-9K1T8D", "cli-019273"));
});
