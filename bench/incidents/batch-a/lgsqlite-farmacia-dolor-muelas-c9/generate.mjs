// Farmacia Ruzafa (Valencia): asistente de pedidos a domicilio.
// LangGraph.js con SqliteSaver; modelo de chat guionizado (sin red, sin claves).
//
// La aplicación recorta el historial tras cada turno (se quedan los 4 últimos mensajes) y guarda
// los datos duraderos del cliente en el canal `perfil`. El nodo `sincronizar_ficha` copia en
// `perfil` lo que devuelve el backend de fichas tras cada guardado.
//
//   node bench/incidents/batch-a/lgsqlite-farmacia-dolor-muelas-c9/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "wa-34611872093-20260406";

// ------------------------------------------------------------------ backend simulado

const FICHAS = {};
let siguienteFicha = 40918;

const guardarFicha = tool(
  async ({ cliente_id, nombre, direccion_entrega, alergias, telefono }) => {
    const id = cliente_id ?? `CL-${siguienteFicha++}`;
    const cambios = Object.fromEntries(Object.entries({ nombre, direccion_entrega, alergias, telefono })
      .filter(([, v]) => v !== undefined && v !== null));
    FICHAS[id] = { ...(FICHAS[id] ?? {}), ...cambios };
    // PATCH /clientes/{id}: el backend responde sólo con los campos modificados
    return JSON.stringify({ cliente_id: id, actualizado: "2026-04-0" + (cliente_id ? "8" : "6"), ...cambios });
  },
  {
    name: "guardar_ficha_cliente",
    description: "Crea o actualiza la ficha del cliente (nombre, dirección de entrega, teléfono, alergias).",
    schema: z.object({
      cliente_id: z.string().optional(),
      nombre: z.string().optional(),
      direccion_entrega: z.string().optional(),
      telefono: z.string().optional(),
      alergias: z.array(z.string()).optional(),
    }),
  },
);

const CATALOGO = [
  { cn: "712584", nombre: "Espidifen 400 mg granulado para solución oral, 20 sobres", principio_activo: "ibuprofeno (arginina)",
    grupo: "AINE", pvp_eur: 6.95, receta: false },
  { cn: "659615", nombre: "Paracetamol Kern Pharma 1 g, 20 comprimidos", principio_activo: "paracetamol",
    grupo: "analgésico", pvp_eur: 2.5, receta: false },
  { cn: "711203", nombre: "Enantyum 25 mg, 20 comprimidos", principio_activo: "dexketoprofeno",
    grupo: "AINE", pvp_eur: 4.2, receta: true },
  { cn: "686392", nombre: "Bexident Post gel bucal 75 ml", principio_activo: "clorhexidina",
    grupo: "antiséptico bucal", pvp_eur: 8.9, receta: false },
];

const buscarProducto = tool(
  async ({ consulta, excluir_grupos }) => {
    const excl = (excluir_grupos ?? []).map((g) => g.toUpperCase());
    const resultados = CATALOGO.filter((p) => !p.receta && !excl.includes(p.grupo.toUpperCase()));
    return JSON.stringify({ consulta, resultados });
  },
  {
    name: "buscar_producto",
    description: "Busca productos de venta libre en el catálogo de la farmacia.",
    schema: z.object({ consulta: z.string(), excluir_grupos: z.array(z.string()) }),
  },
);

const anadirPedido = tool(
  async ({ cliente_id, lineas }) => JSON.stringify({
    pedido: "PD-2026-118274", cliente_id, lineas, entrega: "hoy 19:00-21:00",
    direccion: FICHAS[cliente_id]?.direccion_entrega ?? null, estado: "confirmado",
  }),
  {
    name: "crear_pedido",
    description: "Crea un pedido a domicilio con los productos indicados.",
    schema: z.object({
      cliente_id: z.string(),
      lineas: z.array(z.object({ cn: z.string(), unidades: z.number().int() })),
    }),
  },
);

// ------------------------------------------------------------------ grafo

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  perfil: Annotation(),
});

const SISTEMA = "Eres el asistente de pedidos a domicilio de Farmacia Ruzafa. Sólo productos sin receta. "
  + "Antes de proponer un medicamento revisa la ficha del cliente.";

function grafo(checkpointer, model) {
  return new StateGraph(State)
    .addNode("asistente", async (state) => {
      const ficha = state.perfil ? `\nFicha del cliente: ${JSON.stringify(state.perfil)}` : "\nCliente sin ficha.";
      return { messages: [await model.invoke([new SystemMessage(SISTEMA + ficha), ...state.messages])] };
    })
    .addNode("herramientas", new ToolNode([guardarFicha, buscarProducto, anadirPedido]))
    .addNode("sincronizar_ficha", async (state) => {
      const ultimo = state.messages.at(-1);
      if (ultimo?.getType() !== "tool" || ultimo.name !== "guardar_ficha_cliente") return {};
      const { actualizado, ...ficha } = JSON.parse(ultimo.content);
      return { perfil: ficha };
    })
    .addNode("recortar", async (state) => ({
      messages: state.messages.slice(0, -4).map((m) => new RemoveMessage({ id: m.id })),
    }))
    .addEdge(START, "asistente")
    .addConditionalEdges("asistente",
      (s) => (s.messages.at(-1).tool_calls?.length ? "herramientas" : "recortar"), ["herramientas", "recortar"])
    .addEdge("herramientas", "sincronizar_ficha")
    .addEdge("sincronizar_ficha", "asistente")
    .addEdge("recortar", END)
    .compile({ checkpointer });
}

// ------------------------------------------------------------------ guion del modelo

// el modelo lee las alergias de la ficha que el nodo pone en el mensaje de sistema
const sabeAlergia = (messages) => /"alergias"/.test(messages[0].content);

const model = new ScriptedChatModel(THREAD, [
  // turno 1: alta
  { tool_calls: [call("call_q7Rk2mWd0aLx", "guardar_ficha_cliente", {
    nombre: "Lucía Ferrer Climent", direccion_entrega: "C/ de Cuba 18, 2ª, 46006 Valencia", telefono: "+34 611 872 093",
    alergias: ["ibuprofeno", "AINE (angioedema)"] })] },
  { content: "¡Hecho, Lucía! Tu ficha CL-40918 está creada con entrega en C/ de Cuba 18, 2ª. He dejado anotada "
      + "tu alergia al ibuprofeno y a los AINE, así que nunca te propondremos ese tipo de medicamentos." },
  // turno 2: cambio de domicilio
  { tool_calls: [call("call_VbT80sPz3nQe", "guardar_ficha_cliente", {
    cliente_id: "CL-40918", direccion_entrega: "Av. del Port 203, 5ª, 46023 Valencia" })] },
  { content: "Anotado: desde hoy los pedidos irán a Av. del Port 203, 5ª, 46023 Valencia." },
  // turno 3: dolor de muelas
  (messages) => ({ tool_calls: [call("call_2fHcLw9YuEo1", "buscar_producto", {
    consulta: "dolor dental intenso",
    excluir_grupos: sabeAlergia(messages) ? ["AINE"] : [] })] }),
  (messages) => ({ tool_calls: [call("call_mN4sKe61ZrTb", "crear_pedido", {
    cliente_id: "CL-40918",
    lineas: sabeAlergia(messages) ? [{ cn: "659615", unidades: 1 }, { cn: "686392", unidades: 1 }]
      : [{ cn: "712584", unidades: 1 }, { cn: "686392", unidades: 1 }] })] }),
  (messages) => ({ content: sabeAlergia(messages)
    ? "Te he preparado el pedido PD-2026-118274: Paracetamol 1 g y gel bucal Bexident Post. Llega hoy entre las "
      + "19:00 y las 21:00 a Av. del Port 203. Si el dolor sigue más de 3 días, pide cita con tu dentista."
    : "Te he preparado el pedido PD-2026-118274: Espidifen 400 mg en sobres (actúa rápido en el dolor dental; "
      + "1 sobre cada 8 horas con comida) y gel bucal Bexident Post. Llega hoy entre las 19:00 y las 21:00 a "
      + "Av. del Port 203. Si el dolor sigue más de 3 días, pide cita con tu dentista." }),
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = grafo(saver, model);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Hola, quiero darme de alta para los pedidos a domicilio. Soy Lucía Ferrer Climent, "
      + "C/ de Cuba 18, 2ª, 46006 Valencia, tel. 611 872 093. Importante: soy alérgica al ibuprofeno y en general "
      + "a los AINE, el año pasado me dio un angioedema.")],
    user_id: "34611872093",
  }, cfg);
  await g.invoke({ messages: [human("Me he mudado. A partir de ahora la dirección de entrega es Av. del Port 203, "
    + "5ª, 46023 Valencia.")] }, cfg);
  await g.invoke({ messages: [human("Tengo un dolor de muelas horrible desde anoche y no puedo salir. "
    + "¿Me mandáis algo para el dolor a casa, lo que vaya mejor?")] }, cfg);
});
