// Atendimento digital (WhatsApp) de uma operadora móvel: contestação de cobrança e parcelamento
// de fatura. O atendente principal passa a negociação para a equipe de cobrança (subgrafo com
// ferramentas próprias, checkpointado no seu namespace). LangGraph.js + SqliteSaver, modelo
// roteirizado (offline).
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, lastText, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

// ---------------------------------------------------------------- valores em reais

/** "R$ 1.289,90" -> 128990 (centavos) */
function centavos(texto) {
  const limpo = texto.replace(/R\$\s*/, "").replace(/\./g, "").replace(",", ".");
  if (!/^\d+\.\d{2}$/.test(limpo)) throw new Error(`valor em formato inesperado: ${texto}`);
  return Math.round(Number(limpo) * 100);
}

/** 128990 -> "R$ 1.289,90" */
function reais(c) {
  const [int, dec] = (c / 100).toFixed(2).split(".");
  return `R$ ${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${dec}`;
}

/** "10/04/2026" -> "2026-04-10" */
function isoData(br) {
  const [d, m, a] = br.split("/");
  return `${a}-${m}-${d}`;
}

// ---------------------------------------------------------------- ferramentas (sistemas da operadora, stub)

const consultarFatura = tool(
  async ({ codigo_cliente, competencia }) => JSON.stringify({
    codigo_cliente,
    competencia,
    fatura: "FAT-0326-884120",
    linha: "(11) 98765-4321",
    valor_total: "R$ 1.289,90",
    vencimento: "10/04/2026",
    itens: [
      { descricao: "Plano Conecta 50GB", valor: "R$ 159,90" },
      { descricao: "Pacote Roaming Internacional 7 dias (Argentina)", valor: "R$ 389,90", data: "02/03/2026" },
      { descricao: "Aparelho Galaxy A56 - parcela 3/10", valor: "R$ 249,90" },
      { descricao: "Saldo fatura 02/2026 em aberto", valor: "R$ 478,20" },
      { descricao: "Multa 2% + juros de mora (fatura 02/2026)", valor: "R$ 12,00" },
    ],
  }),
  {
    name: "consultar_fatura",
    description: "Consulta a fatura de um cliente por competência (MM/AAAA).",
    schema: z.object({ codigo_cliente: z.string(), competencia: z.string() }),
  },
);

const consultarUsoRoaming = tool(
  async ({ linha, de, ate }) => JSON.stringify({
    linha, de, ate,
    registros_dados_exterior: [],
    registros_voz_exterior: [],
    registros_no_exterior: 0,
    ultima_rede_visitada: "VIVO/CLARO/TIM (Brasil) - sem registro em rede estrangeira no período",
    ativacao_pacote: { canal: "SMS 4141 (palavra-chave ARG7)", data: "2026-03-02 23:47", confirmacao_cliente: "não localizada" },
  }),
  {
    name: "consultar_uso_roaming",
    description: "Lista os registros de uso em redes estrangeiras de uma linha num período (AAAA-MM-DD).",
    schema: z.object({ linha: z.string(), de: z.string(), ate: z.string() }),
  },
);

const abrirContestacao = tool(
  async ({ fatura, item, valor_centavos }) => JSON.stringify({
    protocolo: "2026040900731558",
    fatura, item, valor_contestado: reais(valor_centavos),
    situacao: "aberta - valor suspenso da cobrança até a análise",
    prazo_resposta: "19/04/2026",
  }),
  {
    name: "abrir_contestacao",
    description: "Abre contestação de um item da fatura; o valor contestado fica suspenso.",
    schema: z.object({
      fatura: z.string(), item: z.string(), valor_centavos: z.number().int(), motivo: z.string(),
    }),
  },
);

const TAXA_MES = 0.0099;

const simularParcelamento = tool(
  async ({ fatura, saldo_centavos, parcelas, primeiro_vencimento }) => {
    const pmt = Math.round(saldo_centavos * TAXA_MES / (1 - (1 + TAXA_MES) ** -parcelas));
    return JSON.stringify({
      fatura, saldo: reais(saldo_centavos), parcelas, primeiro_vencimento,
      taxa: "0,99% a.m.", valor_parcela: reais(pmt), valor_parcela_centavos: pmt, total: reais(pmt * parcelas),
    });
  },
  {
    name: "simular_parcelamento",
    description: "Simula o parcelamento do saldo de uma fatura (Tabela Price, 0,99% a.m.).",
    schema: z.object({
      fatura: z.string(), saldo_centavos: z.number().int(), parcelas: z.number().int().min(2).max(6),
      primeiro_vencimento: z.string(),
    }),
  },
);

const efetivarAcordo = tool(
  async ({ fatura, parcelas, valor_parcela_centavos, primeiro_vencimento }) => JSON.stringify({
    acordo: "ACD-88412-26", fatura, parcelas, valor_parcela: reais(valor_parcela_centavos),
    vencimentos: ["2026-04-10", "2026-05-10", "2026-06-10", "2026-07-10"].slice(0, parcelas),
    primeiro_vencimento,
    boleto: "enviado para o e-mail cadastrado (m***a.s***s@gmail.com)",
  }),
  {
    name: "efetivar_acordo",
    description: "Efetiva um acordo de parcelamento previamente simulado.",
    schema: z.object({
      fatura: z.string(), parcelas: z.number().int(), valor_parcela_centavos: z.number().int(),
      primeiro_vencimento: z.string(),
    }),
  },
);

// ---------------------------------------------------------------- equipe de cobrança (subgrafo)

const CobrancaState = Annotation.Root({
  ...MessagesAnnotation.spec,
  caso: Annotation(),
});

function equipeCobranca(model) {
  return new StateGraph(CobrancaState)
    .addNode("negociador", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Você é da equipe de cobrança. Proponha o parcelamento com o menor número de parcelas "
          + "que respeite o teto de parcela informado pelo cliente. Não efetive sem o aceite do cliente."),
        ...state.messages,
      ])],
    }))
    .addNode("ferramentas", new ToolNode([simularParcelamento]))
    .addEdge(START, "negociador")
    .addConditionalEdges("negociador", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "negociador")
    .compile();
}

// ---------------------------------------------------------------- grafo principal

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  fatura: Annotation(),
  contestacao: Annotation(),
  parcela_max_centavos: Annotation(),
  proposta: Annotation(),
});

function grafo(checkpointer, atendente, cobranca) {
  const equipe = equipeCobranca(cobranca);
  return new StateGraph(State)
    .addNode("atendente", async (state) => ({
      messages: [await atendente.invoke([
        new SystemMessage("Você é a atendente digital da Conecta. Use as ferramentas; para parcelamento, "
          + "registre o teto de parcela do cliente e encaminhe para a equipe de cobrança."
          + (state.proposta ? `\nProposta simulada pela equipe de cobrança: ${JSON.stringify(state.proposta)}` : "")),
        ...state.messages,
      ])],
    }))
    .addNode("sistemas", new ToolNode([consultarFatura, consultarUsoRoaming, abrirContestacao, efetivarAcordo]))
    .addNode("registrar", async (state) => {
      const m = state.messages.at(-1);
      if (m.name === "consultar_fatura") {
        const f = JSON.parse(m.content);
        return {
          fatura: {
            numero: f.fatura, linha: f.linha, competencia: f.competencia,
            total_centavos: centavos(f.valor_total), vencimento: isoData(f.vencimento),
            itens: f.itens.map((i) => ({ descricao: i.descricao, centavos: centavos(i.valor) })),
          },
        };
      }
      if (m.name === "abrir_contestacao") {
        const c = JSON.parse(m.content);
        return { contestacao: { protocolo: c.protocolo, item: c.item, centavos: centavos(c.valor_contestado) } };
      }
      return {};
    })
    .addNode("triagem", async (state) => {
      // teto de parcela dito pelo cliente ("no máximo R$ 250 por mês")
      const t = /m[aá]ximo\s+(R\$\s*[\d.]+(?:,\d{2})?)/i.exec(lastText(state.messages, "human"));
      if (!t) return {};
      const valor = t[1].includes(",") ? t[1] : `${t[1]},00`;
      return { parcela_max_centavos: centavos(valor) };
    })
    .addNode("cobranca", async (state, config) => {
      const saldo = state.fatura.total_centavos - (state.contestacao?.centavos ?? 0);
      const caso = {
        fatura: state.fatura.numero,
        codigo_cliente: state.user_id,
        total_centavos: state.fatura.total_centavos,
        contestado_centavos: state.contestacao?.centavos ?? 0,
        protocolo_contestacao: state.contestacao?.protocolo ?? null,
        saldo_centavos: saldo,
        vencimento: state.fatura.vencimento,
        parcela_max_centavos: state.parcela_max_centavos,
      };
      const out = await equipe.invoke({
        messages: [human(`Cliente ${caso.codigo_cliente} pede parcelamento da fatura ${caso.fatura}. Total `
          + `${reais(caso.total_centavos)}, dos quais ${reais(caso.contestado_centavos)} estão suspensos pela `
          + `contestação ${caso.protocolo_contestacao}; saldo a parcelar ${reais(saldo)}. Vencimento original `
          + `${caso.vencimento}. Teto de parcela pedido pelo cliente: ${reais(caso.parcela_max_centavos)}. `
          + `Dados: ${JSON.stringify(caso)}`)],
        caso,
      }, config);
      const sim = out.messages.filter((m) => m.getType() === "tool").at(-1);
      return {
        proposta: sim ? JSON.parse(sim.content) : null,
        messages: [new AIMessage({ content: `Equipe de cobrança: ${out.messages.at(-1).content}`, name: "equipe_cobranca" })],
      };
    })
    .addEdge(START, "triagem")
    .addConditionalEdges("triagem", (s) => (s.parcela_max_centavos && !s.proposta ? "cobranca" : "atendente"),
      ["cobranca", "atendente"])
    .addEdge("cobranca", "atendente")
    .addConditionalEdges("atendente", toolsCondition, { tools: "sistemas", [END]: END })
    .addEdge("sistemas", "registrar")
    .addEdge("registrar", "atendente")
    .compile({ checkpointer });
}

// ---------------------------------------------------------------- conversa

await writeIncident(import.meta.url, async (saver) => {
  const conversa = "atd-wa:5c2e19f0-0409";
  const atendente = new ScriptedChatModel(`${conversa}/atendente`, [
    // turno 1
    { tool_calls: [call("tc_fat_1", "consultar_fatura", { codigo_cliente: "cli-0048213377", competencia: "03/2026" })] },
    { tool_calls: [call("tc_roam_1", "consultar_uso_roaming", { linha: "(11) 98765-4321", de: "2026-03-01", ate: "2026-03-31" })] },
    { tool_calls: [call("tc_cont_1", "abrir_contestacao", {
      fatura: "FAT-0326-884120",
      item: "Pacote Roaming Internacional 7 dias (Argentina)",
      valor_centavos: 38990,
      motivo: "Cliente não saiu do país; nenhum registro em rede estrangeira em 03/2026; ativação por SMS sem confirmação localizada.",
    })] },
    { content: "Marina, conferi sua fatura de março (FAT-0326-884120, R$ 1.289,90, vencimento 10/04). Ela tem: "
        + "plano R$ 159,90, parcela 3/10 do Galaxy R$ 249,90, o saldo da fatura de fevereiro que ficou em aberto "
        + "(R$ 478,20) com multa e juros de R$ 12,00, e o Pacote Roaming Argentina de R$ 389,90. Não há nenhum "
        + "registro da sua linha em rede estrangeira em março, então abri a contestação do roaming: protocolo "
        + "2026040900731558, resposta até 19/04. Os R$ 389,90 ficam suspensos; o valor a pagar passa a ser R$ 900,00." },
    // turno 2 (depois da proposta da equipe de cobrança)
    (messages) => ({ content: `${/Equipe de cobrança: (.*)$/s.exec(lastText(messages, "ai"))?.[1] ?? ""} `
        + "Posso fechar assim?" }),
    // turno 3
    (messages) => {
      const p = /"valor_parcela_centavos":(\d+)/.exec(promptText(messages));
      return { tool_calls: [call("tc_acd_1", "efetivar_acordo", {
        fatura: "FAT-0326-884120", parcelas: 4, valor_parcela_centavos: Number(p?.[1] ?? 0), primeiro_vencimento: "2026-04-10",
      })] };
    },
    (messages) => {
      const a = JSON.parse(lastText(messages, "tool"));
      return { content: `Pronto! Acordo ${a.acordo}: ${a.parcelas} parcelas de ${a.valor_parcela}, vencendo todo dia 10 `
          + `de abril a julho. O boleto da 1ª parcela foi ${a.boleto}. A contestação do roaming (protocolo `
          + "2026040900731558) segue em análise e não entra no acordo." };
    },
  ]);
  const cobranca = new ScriptedChatModel(`${conversa}/cobranca`, [
    (messages) => {
      const caso = JSON.parse(/Dados: (\{.*\})/.exec(lastText(messages, "human"))[1]);
      return { tool_calls: [call("tc_sim_1", "simular_parcelamento", {
        fatura: caso.fatura, saldo_centavos: caso.saldo_centavos, parcelas: 3, primeiro_vencimento: caso.vencimento,
      })] };
    },
    (messages) => {
      const caso = JSON.parse(/Dados: (\{.*\})/.exec(promptText(messages))[1]);
      return { tool_calls: [call("tc_sim_2", "simular_parcelamento", {
        fatura: caso.fatura, saldo_centavos: caso.saldo_centavos, parcelas: 4, primeiro_vencimento: caso.vencimento,
      })] };
    },
    (messages) => {
      const [s3, s] = messages.filter((m) => m.getType() === "tool").map((m) => JSON.parse(m.content));
      return { content: `Em ${s3.parcelas} vezes a parcela ficaria ${s3.valor_parcela}, acima do teto de R$ 250,00. A proposta é `
          + `${s.parcelas}x de ${s.valor_parcela} (0,99% a.m., total ${s.total}), 1ª parcela em 10/04/2026, `
          + "sobre o saldo de R$ 900,00; os R$ 389,90 contestados ficam fora." };
    },
  ]);
  const g = grafo(saver, atendente, cobranca);
  const cfg = threadConfig(conversa);
  await g.invoke({
    messages: [human("Oi! Minha fatura de março veio R$ 1.289,90, um absurdo. Normalmente pago uns R$ 410. "
      + "Tem uma cobrança de roaming internacional de R$ 389,90 e eu não saí do Brasil em março! Marina Soares")],
    user_id: "cli-0048213377",
  }, cfg);
  await g.invoke({
    messages: [human("Ah, fevereiro eu esqueci mesmo de pagar. E o resto, dá pra parcelar? Não consigo pagar "
      + "tudo dia 10. No máximo R$ 250 por mês.")],
  }, cfg);
  await g.invoke({ messages: [human("Pode fechar, obrigada.")] }, cfg);
});
