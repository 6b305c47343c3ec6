// HR-Service (Deutsch): Ein Intake-Agent nimmt einen Antrag auf Arbeitszeitreduzierung auf und
// übergibt ihn an den Personalverwaltungs-Agenten (Subgraph, eigener Namespace im selben Thread).
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident, lastText, HumanMessage,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "hr-antrag-2026-11-8841";

const mitarbeiterSuchen = tool(
  async ({ personalnummer }) => JSON.stringify({
    personalnummer, name: "Jana Wolters", abteilung: "Controlling", vertrag: "unbefristet",
    wochenstunden_aktuell: 40, standort: "Leipzig",
  }),
  { name: "mitarbeiter_suchen", description: "Stammdaten eines Mitarbeiters abrufen.",
    schema: z.object({ personalnummer: z.string() }) },
);

const arbeitszeitAendern = tool(
  async ({ personalnummer, wochenstunden, gueltig_ab, befristet_bis }) => JSON.stringify({
    vorgang: "AZ-2026-11-3302", personalnummer, wochenstunden, gueltig_ab,
    befristet_bis: befristet_bis ?? null,
    rueckkehr_vollzeit: befristet_bis ? befristet_bis : "keine (dauerhafte Änderung)",
    status: "im HR-System gebucht",
  }),
  { name: "arbeitszeit_aendern", description: "Wochenarbeitszeit im HR-System ändern.",
    schema: z.object({
      personalnummer: z.string(), wochenstunden: z.number(), gueltig_ab: z.string(),
      befristet_bis: z.string().nullable(),
    }) },
);

const Intake = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), uebergabe: Annotation() });

const intakeModel = new ScriptedChatModel("intake", [
  { tool_calls: [call("call_ma_1", "mitarbeiter_suchen", { personalnummer: "MA-40217" })] },
  { content: "Danke, Frau Wolters. Ich habe Ihren Antrag aufgenommen: Reduzierung von 40 auf 24 Stunden pro Woche ab dem 01.01.2027, befristet bis zum 30.06.2028 (Brückenteilzeit), danach Rückkehr auf 40 Stunden. Ich leite ihn jetzt an die Personalverwaltung weiter." },
  { content: "Übergabe an Personalverwaltung: MA-40217 (Jana Wolters, Controlling) – Reduzierung der Wochenarbeitszeit auf 24 h ab 01.01.2027. Bitte im HR-System buchen." },
]);

const hrModel = new ScriptedChatModel("personalverwaltung", [
  (msgs) => ({ tool_calls: [call("call_az_1", "arbeitszeit_aendern", {
    personalnummer: "MA-40217", wochenstunden: 24, gueltig_ab: "2027-01-01",
    befristet_bis: /befristet bis|bis zum 30\.06\.2028/.test(lastText(msgs, "human")) ? "2028-06-30" : null,
  })] }),
  { content: "Die Arbeitszeitänderung für MA-40217 ist gebucht (Vorgang AZ-2026-11-3302): 24 Wochenstunden ab 01.01.2027." },
]);

const hrGraph = new StateGraph(MessagesAnnotation)
  .addNode("hr_agent", async (s) => ({ messages: [await hrModel.invoke([
    new SystemMessage("Du bist die Personalverwaltung. Buche Arbeitszeitänderungen genau wie übergeben."), ...s.messages])] }))
  .addNode("hr_tools", new ToolNode([arbeitszeitAendern]))
  .addEdge(START, "hr_agent")
  .addConditionalEdges("hr_agent", toolsCondition, { tools: "hr_tools", [END]: END })
  .addEdge("hr_tools", "hr_agent")
  .compile();

const graph = (checkpointer) => new StateGraph(Intake)
  .addNode("intake", async (s) => ({ messages: [await intakeModel.invoke([
    new SystemMessage("Du nimmst HR-Anträge auf."), ...s.messages])] }))
  .addNode("intake_tools", new ToolNode([mitarbeiterSuchen]))
  .addNode("uebergabe_schreiben", async (s) => {
    const msg = await intakeModel.invoke([new SystemMessage("Fasse den Antrag für die Personalverwaltung zusammen."), ...s.messages]);
    return { uebergabe: msg.content };
  })
  .addNode("personalverwaltung", async (s) => {
    const out = await hrGraph.invoke({ messages: [new HumanMessage(s.uebergabe)] });
    return { messages: [out.messages[out.messages.length - 1]] };
  })
  .addEdge(START, "intake")
  .addConditionalEdges("intake", toolsCondition, { tools: "intake_tools", [END]: "uebergabe_schreiben" })
  .addEdge("intake_tools", "intake")
  .addEdge("uebergabe_schreiben", "personalverwaltung")
  .addEdge("personalverwaltung", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    user_id: "jana.wolters@firma-leipzig.de",
    messages: [human("Hallo, Personalnummer MA-40217. Ich möchte ab 01.01.2027 meine Arbeitszeit auf 24 Stunden pro Woche reduzieren – befristet bis zum 30.06.2028 (Brückenteilzeit), danach will ich wieder Vollzeit arbeiten.")],
  }, threadConfig(THREAD));
});
