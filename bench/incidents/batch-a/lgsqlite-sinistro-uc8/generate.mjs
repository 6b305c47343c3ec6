// Car-insurance claims assistant (Brazilian Portuguese). Any payout goes through a human approval
// step (interrupt) before the payment tool runs; the analyst approves and the graph is resumed.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const apolice = tool(async ({ apolice_id }) => JSON.stringify({
  apolice_id, segurado: "Rafael M. Andrade", veiculo: "Onix Plus 1.0T 2023", cobertura: "compreensiva",
  franquia_brl: "2100.00", vigencia: "2025-11-02/2026-11-01", situacao: "ativa",
}), { name: "consultar_apolice", description: "Dados da apólice.", schema: z.object({ apolice_id: z.string() }) });

const pagar = tool(async ({ sinistro, valor_brl, chave_pix }) => JSON.stringify({
  sinistro, valor_brl, chave_pix, pagamento: "PIX-E60746948202605201432", status: "liquidado",
}), { name: "pagar_indenizacao", description: "Paga a indenização via PIX.",
  schema: z.object({ sinistro: z.string(), valor_brl: z.number(), chave_pix: z.string() }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, segurado_id: Annotation(), aprovacao: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("sinistros", [
    { tool_calls: [call("call_ap_k2Vd", "consultar_apolice", { apolice_id: "AUTO-88213-0" })] },
    { content: "", tool_calls: [call("call_pg_Wm8s", "pagar_indenizacao",
      { sinistro: "SIN-2026-004417", valor_brl: 5750.0, chave_pix: "rafael.andrade@exemplo.com.br" })] },
    (msgs) => {
      const r = JSON.parse(lastText(msgs, "tool"));
      return { content: `Indenização do sinistro ${r.sinistro} aprovada pela analista e paga: R$ 5.750,00 (orçamento de R$ 7.850,00 menos a franquia de R$ 2.100,00), `
        + `via PIX para ${r.chave_pix}, comprovante ${r.pagamento}.` };
    },
  ], "gpt-4.1-2025-04-14");

  const graph = new StateGraph(State)
    .addNode("agente", async (s) => ({ messages: [await model.invoke([
      new SystemMessage("Você é o assistente de sinistros. Indenização = orçamento aprovado menos a franquia."), ...s.messages])] }))
    .addNode("aprovacao_humana", async (s) => {
      const last = s.messages[s.messages.length - 1];
      const pay = last.tool_calls.find((c) => c.name === "pagar_indenizacao");
      if (!pay) return new Command({ goto: "ferramentas" });
      const decisao = interrupt({ acao: "pagar_indenizacao", sinistro: pay.args.sinistro, valor_brl: pay.args.valor_brl,
        motivo: "pagamentos acima de R$ 5.000,00 exigem aprovação de analista" });
      if (decisao.aprovado) return new Command({ goto: "ferramentas", update: { aprovacao: decisao } });
      return new Command({ goto: "agente", update: { aprovacao: decisao, messages: [new ToolMessage({
        tool_call_id: pay.id, content: `Pagamento recusado pela analista: ${decisao.comentario}`, status: "error" })] } });
    }, { ends: ["ferramentas", "agente"] })
    .addNode("ferramentas", new ToolNode([apolice, pagar]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? "aprovacao_humana" : END),
      ["aprovacao_humana", END])
    .addEdge("ferramentas", "agente")
    .compile({ checkpointer: saver });

  const cfg = threadConfig("sin-2026-BR-004417");
  await graph.invoke({ segurado_id: "SEG-88213-0", messages: [human(
    "Boa tarde. Meu carro foi atingido no estacionamento, sinistro SIN-2026-004417, apólice AUTO-88213-0. "
    + "O orçamento da oficina credenciada saiu em R$ 7.850,00. Podem pagar no PIX rafael.andrade@exemplo.com.br?")] }, cfg);
  await graph.invoke(new Command({ resume: { aprovado: true, analista: "ana.ribeiro", comentario: "orçamento conferido com laudo da vistoria VST-55102" } }), cfg);
});
