// Export-customs assistant (Spanish). After each tool round a "registrar" node folds the tool
// results into the case file "expediente"; the agent prompts the model with that case file.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "adu-2026-000417";

const clasificar = tool(
  async ({ descripcion }) => JSON.stringify({
    consulta: descripcion,
    codigo_hs: "0406.90",
    capitulo: "04 — Leche y productos lácteos; huevos; miel",
    descripcion_arancel: "Los demás quesos",
    unidad_suplementaria: "kg",
  }),
  {
    name: "clasificar_mercancia",
    description: "Devuelve la subpartida del Sistema Armonizado (HS) de una mercancía.",
    schema: z.object({ descripcion: z.string() }),
  },
);

const presentarDua = tool(
  async ({ codigo_hs, peso_neto_kg, valor_eur, pais_destino, factura }) => JSON.stringify({
    dua: "26ES00281140017733",
    estado: "ADMITIDO",
    codigo_hs, peso_neto_kg, valor_eur, pais_destino, factura,
    levante: "autorizado",
  }),
  {
    name: "presentar_dua",
    description: "Presenta la declaración de exportación (DUA) ante la AEAT. codigo_hs: subpartida HS tal como la devuelve clasificar_mercancia.",
    schema: z.object({
      codigo_hs: z.string(),
      peso_neto_kg: z.number(),
      valor_eur: z.number(),
      pais_destino: z.string().length(2),
      factura: z.string(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  expediente: Annotation(),
});

function build(checkpointer, model) {
  return new StateGraph(State)
    .addNode("agente", async (state) => {
      const sys = "Eres el asistente de despacho aduanero de Lácteos La Mancha S.L. Usa siempre los datos del expediente.\n"
        + `Expediente: ${JSON.stringify(state.expediente ?? {})}`;
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("herramientas", new ToolNode([clasificar, presentarDua]))
    .addNode("registrar", async (state) => {
      const last = state.messages.at(-1);
      if (last.name !== "clasificar_mercancia") return {};
      const r = JSON.parse(last.content);
      return {
        expediente: {
          ...(state.expediente ?? {}),
          codigo_hs: Number.parseFloat(r.codigo_hs),
          descripcion_arancel: r.descripcion_arancel,
        },
      };
    })
    .addEdge(START, "agente")
    .addConditionalEdges("agente", (s) => (s.messages.at(-1).tool_calls?.length ? "herramientas" : END), ["herramientas", END])
    .addEdge("herramientas", "registrar")
    .addEdge("registrar", "agente")
    .compile({ checkpointer });
}

const exp = (m) => JSON.parse(m[0].content.split("Expediente: ")[1]);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_01HsQz7", "clasificar_mercancia", { descripcion: "queso manchego curado, piezas de 3 kg" })] },
  (m) => {
    const e = exp(m);
    return {
      tool_calls: [call("toolu_02DuaK3", "presentar_dua", {
        codigo_hs: String(e.codigo_hs), peso_neto_kg: e.peso_neto_kg, valor_eur: e.valor_eur,
        pais_destino: e.pais_destino, factura: e.factura,
      })],
    };
  },
  (m) => {
    const r = JSON.parse(m.at(-1).content);
    return {
      content: `Listo. El DUA ${r.dua} ha sido admitido con levante autorizado: ${r.peso_neto_kg} kg de queso manchego `
        + `(HS ${r.codigo_hs}), valor ${r.valor_eur.toLocaleString("es-ES")} €, destino Colombia, factura ${r.factura}. `
        + "Ya puede entregar la mercancía al transitario.",
    };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = build(saver, model);
  await graph.invoke({
    messages: [human("Buenos días. Necesito declarar la exportación de 240 kg de queso manchego curado a Colombia, factura FV-88213, valor 3.960 €.")],
    user_id: "op-lamancha-07",
    expediente: { factura: "FV-88213", peso_neto_kg: 240, valor_eur: 3960, pais_destino: "CO" },
  }, threadConfig(THREAD));
});
