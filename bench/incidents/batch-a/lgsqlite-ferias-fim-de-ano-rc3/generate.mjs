// Assistente de RH do portal do colaborador (pt-BR). Cada colaborador conversa no seu próprio thread;
// as preferências de férias ficam numa memória de longo prazo (BaseStore do LangGraph), fora do checkpoint.
// LangGraph JS + SqliteSaver, modelo roteirizado (sem rede, sem chaves).
// Na raiz do repositório: node bench/incidents/batch-a/lgsqlite-ferias-fim-de-ano-rc3/generate.mjs
import { randomUUID } from "node:crypto";
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const CADASTRO = {
  "40917": { matricula: "40917", nome: "Juliana Prado", centro_custo: "CC-4410", gestor: "Ricardo Lima",
    saldo_dias: 12, periodo_aquisitivo: "2024-03-04 a 2025-03-03", vence_em: "2026-03-03" },
  "40988": { matricula: "40988", nome: "Bruno Takeda", centro_custo: "CC-4410", gestor: "Ricardo Lima",
    saldo_dias: 30, periodo_aquisitivo: "2024-08-19 a 2025-08-18", vence_em: "2026-08-18" },
};

const memoria = new InMemoryStore();
// Preferências agrupadas por centro de custo (o calendário de férias da equipe é planejado por CC).
const ns = (matricula) => ["rh", "ferias", CADASTRO[matricula].centro_custo];

const consultarSaldo = tool(
  async ({ matricula }) => JSON.stringify(CADASTRO[matricula]),
  { name: "consultar_saldo_ferias", description: "Consulta no sistema de folha o saldo de férias de um colaborador.",
    schema: z.object({ matricula: z.string() }) },
);

const salvarPreferencia = tool(
  async ({ matricula, inicio, dias }) => {
    const valor = { matricula, inicio, dias, saldo_dias: CADASTRO[matricula].saldo_dias,
      gestor: CADASTRO[matricula].gestor, registrado_em: "2025-11-04T10:12:44-03:00" };
    await memoria.put(ns(matricula), "preferencia", valor);
    return JSON.stringify({ ok: true, ...valor });
  },
  { name: "salvar_preferencia_ferias", description: "Guarda na memória a preferência de férias do colaborador.",
    schema: z.object({ matricula: z.string(), inicio: z.string(), dias: z.number().int() }) },
);

const recuperarPreferencia = tool(
  async ({ matricula }) => {
    const item = await memoria.get(ns(matricula), "preferencia");
    return JSON.stringify(item ? item.value : { encontrado: false });
  },
  { name: "recuperar_preferencia_ferias", description: "Lê a preferência de férias guardada para o colaborador.",
    schema: z.object({ matricula: z.string() }) },
);

let seqSolicitacao = 3318;
const abrirSolicitacao = tool(
  async ({ matricula, inicio, dias, abono_pecuniario }) => JSON.stringify({
    solicitacao: `SOL-2025-0${seqSolicitacao++}`, status: "aguardando aprovação do gestor", matricula, inicio, dias,
    abono_pecuniario, aprovador: CADASTRO[matricula].gestor }),
  { name: "abrir_solicitacao_ferias", description: "Abre no sistema de folha uma solicitação de férias.",
    schema: z.object({ matricula: z.string(), inicio: z.string(), dias: z.number().int(), abono_pecuniario: z.boolean() }) },
);

const SISTEMA = (c) => `Você é a assistente de RH do portal Conecta. Colaborador logado: ${c.nome}, matrícula `
  + `${c.matricula}. Antes de abrir uma solicitação de férias, consulte a preferência guardada na memória.`;

const Estado = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), colaborador: Annotation() });

function grafo(saver, model) {
  return new StateGraph(Estado)
    .addNode("assistente", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SISTEMA(state.colaborador)), ...state.messages])],
    }))
    .addNode("ferramentas", new ToolNode([consultarSaldo, salvarPreferencia, recuperarPreferencia, abrirSolicitacao]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer: saver });
}

const fc = () => randomUUID();

await writeIncident(import.meta.url, async (saver) => {
  // Terça, 10h12: Juliana.
  const juliana = new ScriptedChatModel("juliana", [
    { tool_calls: [call(fc(), "consultar_saldo_ferias", { matricula: "40917" })] },
    { tool_calls: [call(fc(), "salvar_preferencia_ferias", { matricula: "40917", inicio: "2025-12-15", dias: 12 })] },
    { content: "Juliana, você tem 12 dias de saldo (período aquisitivo 04/03/2024 a 03/03/2025, vencem em "
        + "03/03/2026). Deixei anotado: 12 dias a partir de 15/12. Quando quiser, é só pedir que eu abro a solicitação." },
  ], "gemini-2.0-flash-001");
  await grafo(saver, juliana).invoke({
    messages: [human("Oi! Quanto eu tenho de saldo de férias? E deixa anotado que pretendo tirar 12 dias a partir de "
      + "15/12, pra eu não esquecer quando for abrir o pedido.")],
    user_id: "colab-40917", colaborador: { matricula: "40917", nome: "Juliana Prado" },
  }, threadConfig("conecta-rh-7c1e0a2d"));

  // Quarta, 16h40: Bruno, mesmo centro de custo, outro thread.
  const bruno = new ScriptedChatModel("bruno", [
    { tool_calls: [call(fc(), "recuperar_preferencia_ferias", { matricula: "40988" })] },
    (messages) => {
      const pref = JSON.parse(messages.at(-1).content);
      return { tool_calls: [call(fc(), "abrir_solicitacao_ferias",
        { matricula: "40988", inicio: pref.inicio, dias: pref.dias, abono_pecuniario: false })] };
    },
    (messages) => {
      const sol = JSON.parse(messages.at(-1).content);
      const [a, m, d] = sol.inicio.split("-");
      return { content: `Pronto, Bruno! Abri a solicitação ${sol.solicitacao}: ${sol.dias} dias a partir de ${d}/${m}/${a}, `
          + `sem abono, conforme a preferência que estava registrada. Agora ela segue para aprovação do ${sol.aprovador}.` };
    },
  ], "gemini-2.0-flash-001");
  await grafo(saver, bruno).invoke({
    messages: [human("Boa tarde! Quero tirar férias no fim do ano. Consegue abrir a solicitação pra mim?")],
    user_id: "colab-40988", colaborador: { matricula: "40988", nome: "Bruno Takeda" },
  }, threadConfig("conecta-rh-93b2f4e1"));
});
