// Assistente do app de um banco digital (LangGraph.js, checkpointer SQLite), gerado offline:
// @langchain/langgraph + SqliteSaver reais, modelo de chat roteirizado.
//   node bench/incidents/batch-a/lgsqlite-pix-aluguel-x3/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "atd-9f3c41e07b";
const CONTA = "0001/48213-7";

let falhasSaldo = 1;

const consultarSaldo = tool(
  async ({ conta }) => {
    if (falhasSaldo-- > 0) {
      throw new Error("504 Gateway Timeout: core-bancario não respondeu em 10000 ms (req 7c1d-22fa)");
    }
    return JSON.stringify({ conta, saldo_disponivel: 3482.17, moeda: "BRL", atualizado_em: "2026-04-05T10:14:03-03:00" });
  },
  { name: "consultar_saldo", description: "Consulta o saldo disponível da conta do cliente.",
    schema: z.object({ conta: z.string() }) },
);

const buscarFavorecido = tool(
  async () => JSON.stringify({ favorecido_id: "fav-2207", nome: "Célia Regina Andrade", tipo_chave: "cpf",
    chave_pix: "***.418.337-**", instituicao: "Banco do Brasil", ultimo_pix: { data: "2026-03-05", valor: 1850.0 } }),
  { name: "buscar_favorecido", description: "Busca um favorecido salvo pelo apelido.",
    schema: z.object({ apelido: z.string() }) },
);

const enviarPix = tool(
  async ({ favorecido_id, valor, descricao }) => JSON.stringify({
    e2e_id: "E18236120202604051316s0a4QzT7kPm", status: "LIQUIDADO", favorecido_id, valor, descricao,
    data_hora: "2026-04-05T10:16:41-03:00" }),
  { name: "enviar_pix", description: "Envia um Pix a um favorecido. Exige confirmação do cliente por token.",
    schema: z.object({ favorecido_id: z.string(), valor: z.number(), descricao: z.string() }) },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_s4ld0A", "consultar_saldo", { conta: CONTA })] },
  { tool_calls: [call("call_s4ld0B", "consultar_saldo", { conta: CONTA })] },
  { tool_calls: [call("call_fav01", "buscar_favorecido", { apelido: "Dona Célia" })] },
  { content: "Você tem R$ 3.482,17 disponíveis, então dá sim. Vou preparar o Pix de R$ 1.850,00 para Célia Regina "
      + "Andrade (Banco do Brasil, mesma chave do aluguel de março); confirme no app com seu token.",
    tool_calls: [call("call_pix01", "enviar_pix", { favorecido_id: "fav-2207", valor: 1850.0, descricao: "Aluguel abril/2026" })] },
  { content: "Pronto! O Pix de R$ 1.850,00 para Célia Regina Andrade foi liquidado às 10:16 (ID E18236120202604051316s0a4QzT7kPm). "
      + "Seu saldo disponível agora é de aproximadamente R$ 1.632,17." },
], "gemini-2.5-flash");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

function depoisDoAssistente(state) {
  const calls = state.messages.at(-1).tool_calls ?? [];
  if (calls.length === 0) return END;
  return calls.some((c) => c.name === "enviar_pix") ? "confirmacao" : "ferramentas";
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistente", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Você é a assistente do app do Banco Aurora. Conta do cliente: "
        + `${CONTA}. Transferências só com confirmação por token.`), ...state.messages])],
    }))
    .addNode("confirmacao", async (state) => {
      const pedido = state.messages.at(-1).tool_calls.find((c) => c.name === "enviar_pix");
      const resposta = interrupt({ acao: "enviar_pix", argumentos: pedido.args, exige: "token-app" });
      return resposta.aprovado ? new Command({ goto: "ferramentas" }) : new Command({ goto: END });
    }, { ends: ["ferramentas", END] })
    .addNode("ferramentas", new ToolNode([consultarSaldo, buscarFavorecido, enviarPix]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", depoisDoAssistente, ["confirmacao", "ferramentas", END])
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Oi! Quero pagar o aluguel de abril, R$ 1.850,00 por Pix pra Dona Célia (tá nos favoritos). "
      + "Tenho saldo pra isso?")],
    user_id: "cli-77120394",
  }, threadConfig(THREAD));
  // O cliente confirma no app com o token; o front-end retoma a execução interrompida.
  await graph.invoke(new Command({ resume: { aprovado: true, canal: "token-app", confirmado_em: "2026-04-05T10:16:38-03:00" } }),
    threadConfig(THREAD));
});
