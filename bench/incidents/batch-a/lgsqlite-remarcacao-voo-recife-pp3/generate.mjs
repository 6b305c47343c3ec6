// Assistente de atendimento de uma companhia aérea (app, pt-BR). Busca a reserva, procura voos
// alternativos, cota a remarcação e, antes de emitir, pede a confirmação do passageiro no app
// (interrupt do LangGraph, retomado com Command({ resume })).
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "app-atd/7f3c2e1a-QX7H2L";

let gdsFalhas = 1;
const consultarReserva = tool(
  async ({ localizador }) => {
    if (gdsFalhas-- > 0) throw new Error("GDS gateway 504: upstream request timed out after 15000 ms (pnr/read)");
    return JSON.stringify({
      localizador, passageiro: "SOUZA/FERNANDA MS", tarifa: "Flex (família Y)", bilhete: "957-2104418873",
      trecho: { voo: "LA3421", origem: "GRU", destino: "REC", partida: "2026-06-17T07:05-03:00" },
      situacao: "CANCELADO PELA CIA (motivo: manutenção não programada)",
    });
  },
  { name: "consultar_reserva", description: "Lê uma reserva pelo localizador.", schema: z.object({ localizador: z.string() }) },
);

const buscarVoos = tool(
  async ({ origem, destino, data }) => JSON.stringify({
    origem, destino, data,
    voos: data === "2026-06-17"
      ? []
      : [
        { voo: "LA3330", partida: "2026-06-18T21:40-03:00", chegada: "2026-06-19T00:55-03:00", assentos_y: 4 },
        { voo: "LA3336", partida: "2026-06-19T06:10-03:00", chegada: "2026-06-19T09:20-03:00", assentos_y: 9 },
      ],
  }),
  {
    name: "buscar_voos",
    description: "Voos com assento disponível numa data.",
    schema: z.object({ origem: z.string(), destino: z.string(), data: z.string() }),
  },
);

const cotarRemarcacao = tool(
  async ({ localizador, voo }) => JSON.stringify({
    localizador, voo, multa_brl: 0, diferenca_tarifaria_brl: 0, total_brl: 0,
    isencao: "Cancelamento pela companhia: remarcação sem custo para o passageiro.",
  }),
  {
    name: "cotar_remarcacao",
    description: "Cota multa e diferença tarifária de uma remarcação.",
    schema: z.object({ localizador: z.string(), voo: z.string() }),
  },
);

const remarcarVoo = tool(
  async ({ localizador, voo }) => JSON.stringify({
    localizador, voo, bilhete: "957-2104418873", situacao: "REEMITIDO", assento: "18C", cobrado_brl: 0,
  }),
  {
    name: "remarcar_voo",
    description: "Remarca e reemite o bilhete no voo indicado.",
    schema: z.object({ localizador: z.string(), voo: z.string() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tc-01", "consultar_reserva", { localizador: "QX7H2L" })] },
  { tool_calls: [call("tc-02", "consultar_reserva", { localizador: "QX7H2L" })] },
  { tool_calls: [call("tc-03", "buscar_voos", { origem: "GRU", destino: "REC", data: "2026-06-17" })] },
  { tool_calls: [call("tc-04", "buscar_voos", { origem: "GRU", destino: "REC", data: "2026-06-18" })] },
  { tool_calls: [call("tc-05", "cotar_remarcacao", { localizador: "QX7H2L", voo: "LA3330" })] },
  { content: "Fernanda, seu voo LA3421 de amanhã foi cancelado pela companhia. Amanhã não há mais assentos para "
      + "Recife, mas há o LA3330 na quinta (18/06), saindo de Guarulhos às 21h40 e chegando às 00h55 de sexta. "
      + "Como o cancelamento foi nosso, a remarcação sai por R$ 0,00 (sem multa nem diferença de tarifa). "
      + "Posso remarcar?" },
  { tool_calls: [call("tc-06", "remarcar_voo", { localizador: "QX7H2L", voo: "LA3330" })] },
  { content: "Pronto! Bilhete 957-2104418873 reemitido no LA3330 de 18/06, 21h40 GRU → 00h55 REC, assento 18C. "
      + "Nada foi cobrado." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("atendente", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Você é o assistente de atendimento. Confirme antes de emitir."),
      ...state.messages])],
  }))
  .addNode("confirmar_emissao", async (state) => {
    const pedido = state.messages.at(-1).tool_calls[0];
    const resposta = interrupt({ acao: pedido.name, argumentos: pedido.args, mensagem: "Confirma a remarcação?" });
    return new Command({ goto: resposta.confirmado ? "ferramentas" : END });
  }, { ends: ["ferramentas", END] })
  .addNode("ferramentas", new ToolNode([consultarReserva, buscarVoos, cotarRemarcacao, remarcarVoo]))
  .addEdge(START, "atendente")
  .addConditionalEdges("atendente", (state) => {
    const calls = state.messages.at(-1).tool_calls ?? [];
    if (calls.length === 0) return END;
    return calls.some((c) => c.name === "remarcar_voo") ? "confirmar_emissao" : "ferramentas";
  }, ["confirmar_emissao", "ferramentas", END])
  .addEdge("ferramentas", "atendente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (checkpointer) => {
  const g = graph(checkpointer);
  const config = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Oi, recebi aviso que meu voo de amanhã pra Recife foi cancelado (reserva QX7H2L). "
      + "Preciso estar lá na sexta de manhã. Vou ter que pagar alguma coisa pra remarcar?")],
    user_id: "cli-88104257",
  }, config);
  await g.invoke({ messages: [human("Pode remarcar no LA3330, sim.")] }, config);
  await g.invoke(new Command({ resume: { confirmado: true } }), config);
});
