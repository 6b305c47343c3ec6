// Banking assistant (Brazilian Portuguese). A Pix transfer waits at a human-approval interrupt
// overnight and is resumed with the approval the next morning; the fee quote is a real R$ 0,00
// (Pix between individuals is free).
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const consultarTarifa = tool(
  async ({ tipo, valor }) => JSON.stringify({ tipo, valor, tarifa_brl: 0.0, isento: true, motivo: "Pix entre pessoas físicas é gratuito (Res. BCB nº 1/2020, art. 68)" }),
  { name: "consultar_tarifa", description: "Tarifa de uma operação para a conta do cliente.",
    schema: z.object({ tipo: z.enum(["pix", "ted", "boleto"]), valor: z.number() }) },
);

const enviarPix = tool(
  async ({ chave, valor, descricao }) => JSON.stringify({ e2e_id: "E00416968202605070912aB3kP9xQ2mL", chave, valor, descricao, situacao: "LIQUIDADO", tarifa_brl: 0.0 }),
  { name: "enviar_pix", description: "Envia um Pix. Requer aprovação do titular.",
    schema: z.object({ chave: z.string(), valor: z.number(), descricao: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const SYSTEM = "Você é o assistente do Banco Cerrado. Toda transferência precisa de aprovação do titular no app.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "c7d2b0e4-31a9-4f55-9a8e-6b20f1d7c3aa";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_tar_9f1", "consultar_tarifa", { tipo: "pix", valor: 1850.0 })] },
    { tool_calls: [call("call_pix_9f2", "enviar_pix", { chave: "ana.souza.aluguel@gmail.com", valor: 1850.0, descricao: "Aluguel maio/2026" })] },
    { content: "Pix de R$ 1.850,00 para ana.souza.aluguel@gmail.com liquidado (E2E E00416968202605070912aB3kP9xQ2mL). Sem tarifa: Pix entre pessoas físicas é gratuito." },
  ], "gpt-4.1-2025-04-14");
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("aprovacao", async (s) => {
      const last = s.messages[s.messages.length - 1];
      const pix = (last.tool_calls ?? []).find((c) => c.name === "enviar_pix");
      if (pix) {
        const resposta = interrupt({ acao: "aprovar_pix", chave: pix.args.chave, valor: pix.args.valor });
        if (resposta !== "aprovado") throw new Error("Pix recusado pelo titular");
      }
      return {};
    })
    .addNode("ferramentas", new ToolNode([consultarTarifa, enviarPix]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? "aprovacao" : END), ["aprovacao", END])
    .addEdge("aprovacao", "ferramentas")
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Quero mandar R$ 1.850,00 de aluguel por Pix para a chave ana.souza.aluguel@gmail.com. Tem tarifa?")], user_id: "cpf-***.412.887-**" }, threadConfig(thread));
  await graph.invoke(new Command({ resume: "aprovado" }), threadConfig(thread));
});
