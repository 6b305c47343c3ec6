// Clínica (português): a agenda responde 429 na primeira tentativa, o agente volta a tentar e obtém
// vagas; a cobertura devolve copagamento 0 com o motivo explícito. Tudo o que é dito tem fonte.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let falhas = 1;
const agenda = tool(
  async ({ especialidade, a_partir_de }) => {
    if (falhas > 0) {
      falhas--;
      throw new Error("HTTP 429 Too Many Requests: limite de pedidos da API de agendamento excedido; tente novamente dentro de 2 s");
    }
    return JSON.stringify({
      especialidade, a_partir_de, unidade: "Porto – Boavista",
      vagas: [
        { vaga_id: "VG-88310", medico: "Dra. Inês Carvalho", inicio: "2026-12-09T10:30:00+00:00" },
        { vaga_id: "VG-88342", medico: "Dr. Rui Meireles", inicio: "2026-12-11T16:00:00+00:00" },
      ],
    });
  },
  { name: "consultar_agenda", description: "Vagas disponíveis por especialidade.", schema: z.object({ especialidade: z.string(), a_partir_de: z.string() }) },
);

const cobertura = tool(
  async ({ apolice, especialidade }) => JSON.stringify({
    apolice, plano: "Médis Base", especialidade, copagamento_eur: 0.0,
    observacao: "primeira consulta de especialidade do ano civil sem copagamento; seguintes 15,00 €",
    consultas_usadas_2026: 0,
  }),
  { name: "verificar_cobertura", description: "Copagamento do seguro para uma consulta.", schema: z.object({ apolice: z.string(), especialidade: z.string() }) },
);

const marcar = tool(
  async ({ vaga_id, utente }) => JSON.stringify({ marcacao: "MC-2026-551907", vaga_id, utente, estado: "confirmada", sms_enviado: true }),
  { name: "marcar_consulta", description: "Marca uma consulta numa vaga.", schema: z.object({ vaga_id: z.string(), utente: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

export default async function scenario(checkpointer) {
  const thread = "whatsapp-351912000417";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_ag01", "consultar_agenda", { especialidade: "dermatologia", a_partir_de: "2026-12-07" })] },
    { tool_calls: [call("call_ag02", "consultar_agenda", { especialidade: "dermatologia", a_partir_de: "2026-12-07" })] },
    { tool_calls: [call("call_cb01", "verificar_cobertura", { apolice: "MED-0042917", especialidade: "dermatologia" })] },
    { content: "Há duas vagas de dermatologia na Boavista: quarta, 9 de dezembro às 10:30 com a Dra. Inês Carvalho, ou sexta, 11 de dezembro às 16:00 com o Dr. Rui Meireles. Pelo seu plano Médis Base esta consulta não tem copagamento (é a primeira de especialidade este ano; as seguintes custam 15,00 €). Qual prefere?" },
    { tool_calls: [call("call_mc01", "marcar_consulta", { vaga_id: "VG-88310", utente: "UT-118204" })] },
    { content: "Está marcada: quarta, 9 de dezembro às 10:30, Dra. Inês Carvalho, Porto – Boavista (marcação MC-2026-551907). Vai receber a confirmação por SMS. Valor a pagar: 0,00 €." },
  ]);
  const graph = new StateGraph(State)
    .addNode("rececao", async (state) => ({
      messages: [await model.invoke([new SystemMessage("És a receção digital da Clínica Atlântico."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([agenda, cobertura, marcar]))
    .addEdge(START, "rececao")
    .addConditionalEdges("rececao", toolsCondition, ["tools", END])
    .addEdge("tools", "rececao")
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Boa tarde, queria marcar dermatologia a partir da próxima semana. Tenho Médis, apólice MED-0042917. Quanto vou pagar?")], user_id: "UT-118204" }, threadConfig(thread));
  await graph.invoke({ messages: [human("Quarta às 10:30 com a Dra. Inês, por favor.")] }, threadConfig(thread));
}

await writeIncident(import.meta.url, scenario);
