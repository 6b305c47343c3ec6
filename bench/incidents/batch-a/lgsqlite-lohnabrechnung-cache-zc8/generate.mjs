// Payroll self-service assistant (German). Two employees ask about their last payslip, each on
// their own thread. The payslip service answers from a cache keyed by cost centre, so the second
// employee is served the first employee's cached payslip, and the agent reads it out to them.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const PAYSLIPS = {
  "P-4471": { personalnummer: "P-4471", name: "Katrin Vogel", kostenstelle: "KST-2130", monat: "2026-11",
    brutto_eur: 5840.00, netto_eur: 3412.57, steuerklasse: 4, iban_ende: "…7731", auszahlung: "2026-11-28" },
  "P-5102": { personalnummer: "P-5102", name: "Jonas Albrecht", kostenstelle: "KST-2130", monat: "2026-11",
    brutto_eur: 4290.00, netto_eur: 2718.04, steuerklasse: 1, iban_ende: "…0294", auszahlung: "2026-11-28" },
};
const cache = new Map();
const EMPLOYEE_CC = { "P-4471": "KST-2130", "P-5102": "KST-2130" };

const abrechnungAbrufen = tool(
  async ({ personalnummer, monat }) => {
    const key = `${EMPLOYEE_CC[personalnummer]}:${monat}`;
    if (!cache.has(key)) cache.set(key, { ...PAYSLIPS[personalnummer], quelle: "lohnbuero-api", cache: "miss" });
    else cache.set(key, { ...cache.get(key), cache: "hit" });
    return JSON.stringify(cache.get(key));
  },
  {
    name: "abrechnung_abrufen",
    description: "Ruft die Entgeltabrechnung eines Mitarbeiters für einen Monat ab.",
    schema: z.object({ personalnummer: z.string(), monat: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), personalnummer: Annotation() });
const SYSTEM = "Du bist der Lohn-Assistent der Nordhafen Logistik GmbH. Beantworte Fragen zur eigenen Abrechnung.";

function graph(saver, model) {
  return new StateGraph(State)
    .addNode("assistent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([abrechnungAbrufen]))
    .addEdge(START, "assistent")
    .addConditionalEdges("assistent", toolsCondition, ["tools", END])
    .addEdge("tools", "assistent")
    .compile({ checkpointer: saver });
}

await writeIncident(import.meta.url, async (saver) => {
  const t1 = "lohn-P-4471-20261203-a81f";
  const m1 = new ScriptedChatModel(t1, [
    { tool_calls: [call("call_9fa1c2", "abrechnung_abrufen", { personalnummer: "P-4471", monat: "2026-11" })] },
    { content: "Ihre Abrechnung für November 2026: brutto 5.840,00 €, netto 3.412,57 €, Steuerklasse 4. "
        + "Die Auszahlung erfolgte am 28.11.2026 auf Ihr Konto mit der Endung 7731." },
    { content: "Gern geschehen, Frau Vogel. Schönen Abend!" },
  ]);
  const g1 = graph(saver, m1);
  await g1.invoke({ messages: [human("Hallo, wie hoch war mein Nettogehalt im November?")], user_id: "P-4471",
    personalnummer: "P-4471" }, threadConfig(t1));
  await g1.invoke({ messages: [human("Danke, passt.")] }, threadConfig(t1));

  const t2 = "lohn-P-5102-20261203-c07d";
  const m2 = new ScriptedChatModel(t2, [
    { tool_calls: [call("call_b3e806", "abrechnung_abrufen", { personalnummer: "P-5102", monat: "2026-11" })] },
    { content: "Ihre Abrechnung für November 2026: brutto 5.840,00 €, netto 3.412,57 €, Steuerklasse 4. "
        + "Die Auszahlung erfolgte am 28.11.2026 auf Ihr Konto mit der Endung 7731." },
    { content: "Laut Abrechnung wurde Steuerklasse 4 angewendet. Wenn Sie eine Änderung melden möchten, "
        + "wenden Sie sich bitte an lohn@nordhafen-logistik.de." },
  ]);
  const g2 = graph(saver, m2);
  await g2.invoke({ messages: [human("Moin, was habe ich im November netto bekommen?")], user_id: "P-5102",
    personalnummer: "P-5102" }, threadConfig(t2));
  await g2.invoke({ messages: [human("Komisch, ich bin doch Steuerklasse 1? Welche wurde da angewendet?")] },
    threadConfig(t2));
});
