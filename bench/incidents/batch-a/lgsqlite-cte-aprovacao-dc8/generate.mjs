// Transportadora (português do Brasil): o agente cota um frete e prepara a emissão do CT-e;
// a emissão passa por aprovação humana (interrupt) e é retomada depois que o supervisor aprova.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, interrupt, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tms-ops:coleta-CAMP-55120";

const cotarFrete = tool(
  async ({ origem, destino, peso_kg }) => JSON.stringify({
    cotacao: "COT-88213", origem, destino, peso_kg, modal: "rodoviário", prazo_dias_uteis: 4,
    valor_frete: "R$ 12.480,90", icms_incluso: true, validade: "2026-12-08",
  }),
  { name: "cotar_frete", description: "Cota um frete rodoviário.",
    schema: z.object({ origem: z.string(), destino: z.string(), peso_kg: z.number() }) },
);

const emitirCte = tool(
  async ({ cotacao, valor_centavos, moeda, tomador_cnpj }) => JSON.stringify({
    cte: "35261204331870000155570010000481121", cotacao, valor_centavos, moeda, tomador_cnpj,
    situacao: "autorizado pela SEFAZ",
  }),
  { name: "emitir_cte", description: "Emite o CT-e. Valor em centavos inteiros.",
    schema: z.object({ cotacao: z.string(), valor_centavos: z.number().int(), moeda: z.literal("BRL"),
      tomador_cnpj: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), aprovacao: Annotation() });

const model = new ScriptedChatModel("tms", [
  { tool_calls: [call("tc_cot_1", "cotar_frete", { origem: "Campinas/SP", destino: "Recife/PE", peso_kg: 8200 })] },
  { tool_calls: [call("tc_cte_1", "emitir_cte", { cotacao: "COT-88213", valor_centavos: 1248090, moeda: "BRL", tomador_cnpj: "04.331.870/0001-55" })] },
  { content: "CT-e emitido e autorizado pela SEFAZ (chave 35261204331870000155570010000481121), aprovado pela supervisão: frete rodoviário Campinas/SP → Recife/PE, 8.200 kg, R$ 12.480,90 com ICMS incluso, prazo de 4 dias úteis." },
]);

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agente", async (s) => ({ messages: [await model.invoke([
    new SystemMessage("Você é o agente de expedição. Emissão de CT-e exige aprovação da supervisão."), ...s.messages])] }))
  .addNode("supervisao", async (s) => {
    const last = s.messages[s.messages.length - 1];
    const emissao = last.tool_calls.find((c) => c.name === "emitir_cte");
    if (!emissao) return {};
    const resposta = interrupt({ acao: "emitir_cte", argumentos: emissao.args, pergunta: "Aprovar emissão do CT-e?" });
    return { aprovacao: resposta };
  })
  .addNode("ferramentas", new ToolNode([cotarFrete, emitirCte]))
  .addEdge(START, "agente")
  .addConditionalEdges("agente", (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? "supervisao" : END), ["supervisao", END])
  .addEdge("supervisao", "ferramentas")
  .addEdge("ferramentas", "agente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({ user_id: "expedicao.campinas@transvale.com.br",
    messages: [human("Preciso emitir o CT-e da coleta CAMP-55120: 8.200 kg de Campinas/SP para Recife/PE, tomador CNPJ 04.331.870/0001-55. Faz a cotação e já emite.")] }, cfg);
  await g.invoke(new Command({ resume: { aprovado: true, por: "sup.renata.lima", comentario: "ok, valor confere com a tabela 2026" } }), cfg);
});
