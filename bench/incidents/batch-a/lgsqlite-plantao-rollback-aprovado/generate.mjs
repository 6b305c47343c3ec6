// On-call SRE assistant (Brazilian Portuguese). The metrics query fails once with a 503 and is
// retried successfully; the rollback it proposes waits at a human-approval interrupt and is
// resumed by the on-call engineer before it runs.
//   node bench/incidents/batch-a/lgsqlite-plantao-rollback-aprovado/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "inc-2026-0311-checkout-5xx";

let prometheusFalhas = 1;
const consultarMetricas = tool(
  async ({ servico, janela }) => {
    if (prometheusFalhas-- > 0) {
      throw new Error("prometheus-query.obs.svc: 503 Service Unavailable (upstream connect error or disconnect/reset before headers)");
    }
    return JSON.stringify({
      servico, janela,
      taxa_5xx: [{ versao: "v4.18.2", pct: 0.3, ate: "14:02" }, { versao: "v4.19.0", pct: 17.8, desde: "14:06" }],
      latencia_p95_ms: { "v4.18.2": 310, "v4.19.0": 2240 },
      deploy: { versao: "v4.19.0", horario: "2026-03-11T14:05:12-03:00", autor: "pipeline/main#8812" },
    });
  },
  {
    name: "consultar_metricas",
    description: "Consulta taxa de erros 5xx e latência de um serviço no Prometheus.",
    schema: z.object({ servico: z.string(), janela: z.string() }),
  },
);

const executarRollback = tool(
  async ({ servico, para_versao }) => JSON.stringify({
    servico, para_versao, status: "concluido", replicas_prontas: "12/12", duracao_s: 94,
  }),
  {
    name: "executar_rollback",
    description: "Faz rollback de um deployment do Kubernetes para uma versão anterior.",
    schema: z.object({ servico: z.string(), para_versao: z.string(), motivo: z.string() }),
  },
);

const SYSTEM = "Você é o assistente de plantão SRE da Lojas Cerrado. Investigue com métricas antes de agir. "
  + "Ações em produção exigem aprovação do engenheiro de plantão.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("c-01HQ7", "consultar_metricas", { servico: "checkout-api", janela: "30m" })] },
    { tool_calls: [call("c-01HQ8", "consultar_metricas", { servico: "checkout-api", janela: "30m" })] },
    { tool_calls: [call("c-01HQ9", "executar_rollback", {
      servico: "checkout-api", para_versao: "v4.18.2",
      motivo: "5xx subiu de 0,3% para 17,8% e p95 de 310 ms para 2240 ms após deploy da v4.19.0 às 14:05",
    })] },
    { content: "Rollback do checkout-api para v4.18.2 concluído (12/12 réplicas prontas em 94 s). Antes do deploy "
        + "da v4.19.0 às 14:05 a taxa de 5xx era 0,3% e o p95 310 ms; depois, 17,8% e 2240 ms. Sugiro abrir "
        + "o post-mortem do pipeline/main#8812 e acompanhar as métricas pelos próximos 15 minutos." },
  ], "gpt-4o-2024-11-20");

  const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("leitura", new ToolNode([consultarMetricas]))
    .addNode("aprovacao", async (state) => {
      const pedido = state.messages.at(-1).tool_calls[0];
      const resposta = interrupt({ acao: pedido.name, argumentos: pedido.args, canal: "#plantao-sre" });
      return resposta.aprovado ? new Command({ goto: "acao" }) : new Command({ goto: END });
    }, { ends: ["acao", END] })
    .addNode("acao", new ToolNode([executarRollback]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (state) => {
      const calls = state.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls[0].name === "executar_rollback" ? "aprovacao" : "leitura";
    }, ["leitura", "aprovacao", END])
    .addEdge("leitura", "agent")
    .addEdge("acao", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Alerta CheckoutHigh5xx disparou às 14:09. O checkout-api está retornando muitos 500. "
      + "Investiga e, se for o deploy, propõe rollback.")],
    user_id: "oncall:renata.s",
  }, threadConfig(THREAD));
  // Renata approves the pending rollback from the Slack button, 3 minutes later.
  await graph.invoke(new Command({ resume: { aprovado: true, por: "renata.s" } }), threadConfig(THREAD));
});
