// HR self-service assistant of a logistics company (Germany). Employees ask about their November
// payslip; the payroll tool identifies the employee from the request context (configurable
// "personalnummer") and memoizes payslips to spare the slow payroll backend. Two employees, two
// threads, run one after the other in the same worker process. Offline, scripted model.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const PAYROLL = {
  "4471": { personalnummer: "4471", name: "Brandt, Jonas", monat: "2026-11", steuerklasse: "III",
    brutto: "4.980,00 EUR", netto: "3.412,57 EUR", auszahlung: "2026-11-28", iban_endung: "…6620" },
  "0932": { personalnummer: "0932", name: "Okafor, Sandra", monat: "2026-11", steuerklasse: "I",
    brutto: "3.650,00 EUR", netto: "2.318,04 EUR", auszahlung: "2026-11-28", iban_endung: "…1187" },
};

// Memo of the payroll backend's answers, kept for the life of the worker.
const memo = new Map();

const abrechnung = tool(
  async ({ monat }, config) => {
    const pnr = config.configurable.personalnummer;
    if (!memo.has(monat)) {
      memo.set(monat, { ...PAYROLL[pnr], monat });
    }
    return JSON.stringify(memo.get(monat));
  },
  { name: "gehaltsabrechnung_abrufen", description: "Ruft die Gehaltsabrechnung des angemeldeten Mitarbeiters für einen Monat ab.",
    schema: z.object({ monat: z.string().describe("JJJJ-MM") }) },
);

const SYSTEM = "Du bist der HR-Self-Service-Assistent. Beantworte Fragen zur eigenen Gehaltsabrechnung.";

function graphFor(checkpointer, model) {
  return new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([abrechnung]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const threadA = "hrss-de:ma-4471:2611-a81f";
  const modelA = new ScriptedChatModel(threadA, [
    { tool_calls: [call("toolu_01HbK3nT7", "gehaltsabrechnung_abrufen", { monat: "2026-11" })] },
    { content: "Ihre Novemberabrechnung: brutto 4.980,00 €, netto 3.412,57 € (Steuerklasse III). "
        + "Die Auszahlung erfolgte am 28.11.2026 auf Ihr Konto mit der Endung 6620." },
  ], "claude-sonnet-4-5");
  await graphFor(checkpointer, modelA).invoke({
    messages: [human("Hallo, wie hoch war mein Netto im November? Und wann wurde überwiesen?")],
    user_id: "ma-4471",
  }, threadConfig(threadA, { personalnummer: "4471" }));

  const threadB = "hrss-de:ma-0932:2611-c07e";
  const modelB = new ScriptedChatModel(threadB, [
    { tool_calls: [call("toolu_01Zq9mWc2", "gehaltsabrechnung_abrufen", { monat: "2026-11" })] },
    { content: "Gern! Laut Ihrer Abrechnung für November 2026 haben Sie 3.412,57 € netto erhalten "
        + "(brutto 4.980,00 €, Steuerklasse III). Überwiesen wurde am 28.11.2026 auf das Konto mit der Endung 6620. "
        + "Der Unterschied zu Ihrer Erwartung dürfte an der Steuerklasse liegen." },
  ], "claude-sonnet-4-5");
  await graphFor(checkpointer, modelB).invoke({
    messages: [human("Hi, ich glaube mein Novembergehalt stimmt nicht. Kannst du mir Netto und Steuerklasse sagen?")],
    user_id: "ma-0932",
  }, threadConfig(threadB, { personalnummer: "0932" }));
});
