// Asistente de pedidos de catering de empresa (Càtering Sant Martí, Barcelona).
// LangGraph JS + SqliteSaver, modelo de chat con guion (sin red, sin claves).
// Ejecutar desde la raíz del repo: node bench/incidents/batch-a/lgsqlite-catering-poblenou-rc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "wa-34612558019-20251106";

const MENUS = {
  "MN-MED": {
    menu_id: "MN-MED", nombre: "Mediterráneo", precio_pp_eur: 21.4,
    platos: ["ensalada de garbanzos y bacalao", "arroz de verduras", "pollo al limón", "fruta de temporada"],
    alergenos: ["pescado"], variante_sg: { id: "SG-MED", suplemento_pp_eur: 0 },
  },
  "MN-BRASA": {
    menu_id: "MN-BRASA", nombre: "Brasa", precio_pp_eur: 23.9,
    platos: ["coca de recapte", "costillas a la barbacoa", "patatas al caliu con all i oli", "brownie"],
    alergenos: ["gluten", "huevo", "sulfitos", "frutos de cáscara"],
    variante_sg: { id: "SG-BRASA", suplemento_pp_eur: 3.5 },
  },
  "MN-VEG": {
    menu_id: "MN-VEG", nombre: "Verde", precio_pp_eur: 19.8,
    platos: ["hummus y crudités", "lasaña de berenjena", "tarta de zanahoria"],
    alergenos: ["gluten", "sésamo", "lácteos"], variante_sg: null,
  },
};

const buscarMenus = tool(
  async ({ personas, fecha }) => JSON.stringify({
    fecha, personas, disponibles: Object.values(MENUS).map((m) => ({
      menu_id: m.menu_id, nombre: m.nombre, precio_pp_eur: m.precio_pp_eur, alergenos: m.alergenos,
      variante_sin_gluten: m.variante_sg ? m.variante_sg.id : "no disponible",
    })),
  }),
  {
    name: "buscar_menus",
    description: "Lista los menús de empresa disponibles para una fecha y número de comensales.",
    schema: z.object({ personas: z.number().int(), fecha: z.string() }),
  },
);

function presupuesto(menu_id, personas, variantes_sg, bebidas) {
  const m = MENUS[menu_id];
  const base = m.precio_pp_eur * personas;
  const sg = variantes_sg * (m.variante_sg?.suplemento_pp_eur ?? 0);
  const beb = bebidas ? 3.5 * personas : 0;
  const total = Math.round((base + sg + beb) * 100) / 100;
  return { menu_id, nombre: m.nombre, personas, variantes_sin_gluten: variantes_sg, bebidas, platos: m.platos,
    alergenos: m.alergenos, total_eur_iva_incl: total };
}

const presupuestar = tool(
  async ({ menu_id, personas, variantes_sin_gluten, bebidas }) =>
    JSON.stringify(presupuesto(menu_id, personas, variantes_sin_gluten, bebidas)),
  {
    name: "presupuestar",
    description: "Calcula el presupuesto de un menú. variantes_sin_gluten: cuántos comensales reciben la variante sin gluten.",
    schema: z.object({
      menu_id: z.string(), personas: z.number().int(), variantes_sin_gluten: z.number().int(), bebidas: z.boolean(),
    }),
  },
);

const franjasEntrega = tool(
  async ({ fecha, cp }) => JSON.stringify({ fecha, cp, franjas: [
    { franja: "12:30-13:00", libre: false }, { franja: "13:00-13:30", libre: true }, { franja: "13:30-14:00", libre: true },
  ] }),
  {
    name: "franjas_entrega",
    description: "Franjas de entrega libres para una fecha y código postal.",
    schema: z.object({ fecha: z.string(), cp: z.string() }),
  },
);

const confirmarPedido = tool(
  async (args) => JSON.stringify({ pedido: "PC-25-11873", estado: "confirmado",
    ...presupuesto(args.menu_id, args.personas, args.variantes_sin_gluten, args.bebidas),
    fecha: args.fecha, franja: args.franja, direccion: args.direccion }),
  {
    name: "confirmar_pedido",
    description: "Confirma en firme un pedido de catering (se envía a cocina).",
    schema: z.object({
      menu_id: z.string(), personas: z.number().int(), variantes_sin_gluten: z.number().int(), bebidas: z.boolean(),
      fecha: z.string(), franja: z.string(), direccion: z.string(),
    }),
  },
);

const SISTEMA = "Eres el asistente de pedidos de Càtering Sant Martí. Respeta siempre las alergias e intolerancias "
  + "que indique el cliente. No confirmes un pedido sin el visto bueno explícito del cliente.";

// Ventana de contexto: se guardan los últimos 6 mensajes del hilo (se añadió para bajar el coste por
// conversación en WhatsApp). Nunca se empieza la ventana por un resultado de herramienta.
const VENTANA = 6;

function recortar(state) {
  const msgs = state.messages;
  if (msgs.length <= VENTANA) return {};
  let corte = msgs.length - VENTANA;
  while (corte < msgs.length && msgs[corte].getType() === "tool") corte++;
  return { messages: msgs.slice(0, corte).map((m) => new RemoveMessage({ id: m.id })) };
}

const celiacos = (messages) => /cel[ií]ac|sin gluten/i.test(promptText(messages.filter((m) => m.getType() !== "system")));

function cid() {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let s = "call_";
  for (let i = 0; i < 24; i++) s += abc[Math.floor(Math.random() * abc.length)];
  return s;
}

const model = new ScriptedChatModel(THREAD, [
  // turno 1
  { tool_calls: [call(cid(), "buscar_menus", { personas: 14, fecha: "2025-11-13" })] },
  { content: "¡Hola, Marta! Para el jueves 13 tengo tres menús: Mediterráneo (21,40 €/persona), Brasa (23,90 €) "
      + "y Verde (19,80 €). Para vuestros dos compañeros celíacos, el Mediterráneo tiene variante sin gluten sin "
      + "suplemento y el Brasa con +3,50 €; el Verde no tiene variante sin gluten. ¿Cuál os encaja?" },
  // turno 2
  (messages) => ({ tool_calls: [call(cid(), "presupuestar",
    { menu_id: "MN-MED", personas: 14, variantes_sin_gluten: celiacos(messages) ? 2 : 0, bebidas: true })] }),
  { content: "El Mediterráneo para 14 con bebidas (agua, refrescos y vino) sale a 348,60 € IVA incluido." },
  // turno 3
  { tool_calls: [call(cid(), "franjas_entrega", { fecha: "2025-11-13", cp: "08005" })] },
  { content: "En el 08005 el jueves 13 quedan libres las franjas 13:00-13:30 y 13:30-14:00. La de 12:30 ya está completa." },
  // turno 4: el cliente cambia de menú
  (messages) => ({ tool_calls: [call(cid(), "presupuestar",
    { menu_id: "MN-BRASA", personas: 14, variantes_sin_gluten: celiacos(messages) ? 2 : 0, bebidas: true })] }),
  (messages) => ({ content: celiacos(messages)
    ? "El Brasa para 14 con bebidas y 2 variantes sin gluten sale a 390,60 € IVA incluido."
    : "El Brasa para 14 con bebidas sale a 383,60 € IVA incluido: coca de recapte, costillas a la barbacoa, "
      + "patatas al caliu con all i oli y brownie. ¿Lo dejo confirmado para las 13:00-13:30?" }),
  // turno 5: confirmación
  (messages) => ({ tool_calls: [call(cid(), "confirmar_pedido", {
    menu_id: "MN-BRASA", personas: 14, variantes_sin_gluten: celiacos(messages) ? 2 : 0, bebidas: true,
    fecha: "2025-11-13", franja: "13:00-13:30", direccion: "C/ de Pujades 77, 3ª planta, 08005 Barcelona" })] }),
  { content: "¡Hecho! Pedido PC-25-11873 confirmado: menú Brasa para 14 con bebidas, jueves 13 de noviembre, "
      + "entrega 13:00-13:30 en C/ de Pujades 77, 3ª planta. Total 383,60 € IVA incluido. ¡Que aproveche!" },
], "gpt-4.1-mini-2025-04-14");

const Estado = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(Estado)
    .addNode("recortar_historial", recortar)
    .addNode("agente", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SISTEMA), ...state.messages])],
    }))
    .addNode("herramientas", new ToolNode([buscarMenus, presupuestar, franjasEntrega, confirmarPedido]))
    .addEdge(START, "recortar_historial")
    .addEdge("recortar_historial", "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "herramientas", [END]: END })
    .addEdge("herramientas", "agente")
    .compile({ checkpointer: saver });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Hola, soy Marta, de Logística Ibérica. Queremos pedir comida para el equipo el jueves 13 "
      + "de noviembre, somos 14 personas, en la oficina de Pujades 77 (3ª planta). Ojo: dos compañeros son "
      + "celíacos, así que para ellos tiene que ser todo sin gluten.")],
    user_id: "wa:+34612558019",
  }, cfg);
  await graph.invoke({ messages: [human("¿Y el Mediterráneo con bebidas cuánto sería en total?")] }, cfg);
  await graph.invoke({ messages: [human("Vale. ¿Qué horas de entrega tenéis ese día?")] }, cfg);
  await graph.invoke({ messages: [human("Pensándolo mejor, la última vez el Brasa gustó mucho. ¿Cuánto sale el Brasa, "
    + "también con bebidas?")] }, cfg);
  await graph.invoke({ messages: [human("Perfecto, confírmalo para las 13:00-13:30.")] }, cfg);
});
