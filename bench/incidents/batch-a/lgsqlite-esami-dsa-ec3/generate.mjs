// University exam-office assistant (Italian). After several turns a trimming node deletes the old
// messages with RemoveMessage and keeps a running summary in state; the booking later relies on the
// summary. Scripted model, real SQLite checkpointer.
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, SystemMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "segreteria-unibo-mat0001987654";
const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), riassunto: Annotation() });

const appelli = tool(
  async ({ insegnamento }) => JSON.stringify({ insegnamento, appelli: [
    { id: "APP-72210-3", data: "2026-06-16", ora: "09:00", aula: "Aula III, Via Zamboni 33" },
    { id: "APP-72210-4", data: "2026-07-08", ora: "14:30", aula: "Aula Magna, Via Belmeloro 14" },
  ] }),
  { name: "cerca_appelli", description: "Elenca gli appelli d'esame.", schema: z.object({ insegnamento: z.string() }) },
);
const prenota = tool(
  async ({ appello, matricola, tempo_aggiuntivo_pct, strumenti }) => JSON.stringify({
    prenotazione: "PR-2026-118843", appello, matricola, tempo_aggiuntivo_pct, strumenti, durata_min: 120 * (1 + tempo_aggiuntivo_pct / 100), esito: "confermata",
  }),
  {
    name: "prenota_appello",
    description: "Prenota un appello, con eventuali misure compensative.",
    schema: z.object({ appello: z.string(), matricola: z.string(), tempo_aggiuntivo_pct: z.number(), strumenti: z.array(z.string()) }),
  },
);

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    { content: "Ricevuto: ho annotato la certificazione DSA (dislessia) con il 30% di tempo aggiuntivo e la calcolatrice. Per quale esame vuoi prenotarti?" },
    { tool_calls: [call("cerca-0001", "cerca_appelli", { insegnamento: "Analisi Matematica II (72210)" })] },
    { content: "Per Analisi Matematica II ci sono due appelli: 16 giugno ore 9:00 (Aula III) e 8 luglio ore 14:30 (Aula Magna). Quale preferisci?" },
    (msgs) => {
      const sys = msgs[0].content;
      const dsa = sys.includes("30%");
      return { tool_calls: [call("prenota-0002", "prenota_appello", {
        appello: "APP-72210-4", matricola: "0001987654",
        tempo_aggiuntivo_pct: dsa ? 30 : 0, strumenti: dsa ? ["calcolatrice non programmabile"] : [],
      })] };
    },
    { content: "Fatto! Sei prenotato all'appello dell'8 luglio alle 14:30 in Aula Magna (PR-2026-118843), con il 30% di tempo in più (156 minuti invece di 120) e la calcolatrice non programmabile." },
  ]);
  const graph = new StateGraph(State)
    .addNode("compatta", async (s) => {
      if (s.messages.length <= 4) return {};
      const vecchi = s.messages.slice(0, -1);
      return {
        riassunto: "Studente matr. 0001987654, Ingegneria Meccanica. Certificazione DSA (dislessia) registrata: "
          + "30% di tempo aggiuntivo e calcolatrice non programmabile. Interessato ad Analisi Matematica II (72210); "
          + "appelli proposti: APP-72210-3 (16/06 9:00), APP-72210-4 (08/07 14:30).",
        messages: vecchi.map((m) => new RemoveMessage({ id: m.id })),
      };
    })
    .addNode("segreteria", async (s) => ({
      messages: [await model.invoke([new SystemMessage(`Sei l'assistente della segreteria studenti. ${s.riassunto ? `Riassunto: ${s.riassunto}` : ""}`), ...s.messages])],
    }))
    .addNode("strumenti", new ToolNode([appelli, prenota]))
    .addEdge(START, "compatta")
    .addEdge("compatta", "segreteria")
    .addConditionalEdges("segreteria", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "segreteria")
    .compile({ checkpointer: saver });
  const cfg = threadConfig(THREAD);
  await graph.invoke({ messages: [human("Ciao, sono Giulia Bassi, matricola 0001987654. Ho la certificazione DSA per dislessia: mi spettano il 30% di tempo in più e la calcolatrice.")], user_id: "0001987654" }, cfg);
  await graph.invoke({ messages: [human("Vorrei prenotare Analisi Matematica II, quali appelli ci sono?")] }, cfg);
  await graph.invoke({ messages: [human("Prendo quello dell'8 luglio, grazie.")] }, cfg);
});
