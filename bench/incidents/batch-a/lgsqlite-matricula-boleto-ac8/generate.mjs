// Secretaria virtual de uma escola (português do Brasil). A mensalidade vem formatada em reais
// ("R$ 1.250,00"); um nó converte para centavos antes de gerar o boleto. Gerar boleto exige a
// aprovação de uma pessoa da secretaria (interrupt), retomada no dia seguinte.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "mat-2026-SP-0931-lf";

const consultarMensalidade = tool(
  async ({ aluno_id, serie }) => JSON.stringify({
    aluno_id, serie, ano_letivo: 2026, mensalidade: "R$ 1.250,00", desconto_irmaos: "10%",
    irmao_matriculado: "A-2024-0417 (8º ano)", vencimento_padrao: "dia 10",
  }),
  { name: "consultar_mensalidade", description: "Consulta a mensalidade e descontos de um aluno.",
    schema: z.object({ aluno_id: z.string(), serie: z.string() }) },
);

const gerarBoleto = tool(
  async ({ aluno_id, valor_centavos, vencimento, referencia }) => {
    const reais = (valor_centavos / 100).toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return JSON.stringify({ boleto: "23793.38128 60082.671289 43000.063305 1 99870112500",
      nosso_numero: "BL-0931-2026-03", aluno_id, valor_centavos, valor_formatado: `R$ ${reais}`, vencimento, referencia,
      status: "emitido" });
  },
  { name: "gerar_boleto", description: "Emite um boleto bancário. Valor em centavos (inteiro).",
    schema: z.object({ aluno_id: z.string(), valor_centavos: z.number().int(), vencimento: z.string(),
      referencia: z.string() }) },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  cobranca: Annotation(),
});

function centavos(texto) {
  // "R$ 1.250,00" -> 125000 (ponto = milhar, vírgula = decimal)
  const limpo = texto.replace(/[^\d,]/g, "").replace(",", ".");
  return Math.round(Number(limpo) * 100);
}

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_mens_01", "consultar_mensalidade", { aluno_id: "A-2026-0931", serie: "6º ano" })] },
    (m) => {
      const c = JSON.parse(m[0].content.split("Cobrança: ")[1]);
      return { tool_calls: [call("call_bol_01", "gerar_boleto", { aluno_id: "A-2026-0931",
        valor_centavos: c.valor_com_desconto_centavos, vencimento: "2026-03-10", referencia: "Mensalidade março/2026" })] };
    },
    { content: "Pronto, Sra. Fernandes! O boleto de março da Luísa (6º ano) foi emitido: R$ 1.125,00, já com 10% "
        + "de desconto de irmãos, vencimento em 10/03/2026. Linha digitável: 23793.38128 60082.671289 43000.063305 "
        + "1 99870112500." },
  ]);
  const graph = new StateGraph(State)
    .addNode("secretaria", async (state) => {
      const system = "Você é a secretaria virtual do Colégio Ipê Amarelo. Boletos sempre em centavos.\n"
        + `Cobrança: ${JSON.stringify(state.cobranca ?? null)}`;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("aprovacao", async (state) => {
      const pedido = state.messages.at(-1).tool_calls[0];
      if (pedido.name !== "gerar_boleto") return new Command({ goto: "ferramentas" });
      const decisao = interrupt({ acao: pedido.name, args: pedido.args, motivo: "emissão de boleto exige conferência" });
      return new Command({ goto: decisao.aprovado ? "ferramentas" : END });
    }, { ends: ["ferramentas", END] })
    .addNode("ferramentas", new ToolNode([consultarMensalidade, gerarBoleto]))
    .addNode("converter", async (state) => {
      const ultima = state.messages.at(-1);
      if (ultima.name !== "consultar_mensalidade") return {};
      const d = JSON.parse(ultima.content);
      const base = centavos(d.mensalidade);
      const pct = Number(d.desconto_irmaos.replace("%", ""));
      return { cobranca: { mensalidade_texto: d.mensalidade, mensalidade_centavos: base, desconto_pct: pct,
        valor_com_desconto_centavos: Math.round(base * (100 - pct) / 100) } };
    })
    .addEdge(START, "secretaria")
    .addConditionalEdges("secretaria", (s) => (s.messages.at(-1).tool_calls?.length ? "aprovacao" : END),
      ["aprovacao", END])
    .addEdge("ferramentas", "converter")
    .addEdge("converter", "secretaria")
    .compile({ checkpointer: saver });

  await graph.invoke({
    messages: [human("Boa tarde! Sou a Patrícia Fernandes, mãe da Luísa, que entrou agora no 6º ano (matrícula "
      + "A-2026-0931). Podem me mandar o boleto de março? O irmão dela, o Caio, já estuda aí.")],
    user_id: "resp-pfernandes",
  }, threadConfig(THREAD));
  await graph.invoke(new Command({ resume: { aprovado: true, por: "secretaria.ana.ribeiro" } }), threadConfig(THREAD));
});
