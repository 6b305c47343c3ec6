// Swiss retail-banking assistant (German). The user asks to pay a craftsman's invoice written the
// Swiss way ("CHF 3'450.80"), not before the 15th. An intake node parses the amount, a front agent
// confirms, and a payments subgraph receives a work order that carries every value it needs
// (amount, currency, IBAN, QR reference, execution date); it books exactly that.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ebank-ch/sess/K7Q2-19";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  auftrag: Annotation(),
});

function erfassen(state) {
  const text = lastText(state.messages, "human");
  const betrag = /CHF\s*([\d']+\.\d{2})/.exec(text);
  const iban = /(CH\d{2}(?:\s?[\dA-Z]{4}){4}\s?[\dA-Z])/.exec(text);
  const ref = /Referenz\s+([\d ]+\d)/.exec(text);
  return {
    auftrag: {
      betrag: Number(betrag[1].replaceAll("'", "")), waehrung: "CHF",
      iban: iban[1].replaceAll(" ", ""), qr_referenz: ref[1].replaceAll(" ", ""),
      empfaenger: "Schreinerei Huber GmbH", ausfuehrung: "2026-12-15",
    },
  };
}

const pruefeEmpfaenger = tool(
  async ({ iban }) => JSON.stringify({ iban, inhaber: "Schreinerei Huber GmbH", bank: "Zürcher Kantonalbank", treffer: "exakt" }),
  { name: "empfaenger_pruefen", description: "Prüft IBAN und Kontoinhaber.", schema: z.object({ iban: z.string() }) },
);

const zahlungErfassen = tool(
  async (args) => JSON.stringify({ zahlungs_id: "PMT-CH-0075512", ...args, status: "terminiert" }),
  {
    name: "zahlung_terminieren",
    description: "Erfasst eine QR-Rechnungs-Zahlung mit Ausführungsdatum.",
    schema: z.object({
      iban: z.string(), betrag: z.number(), waehrung: z.string(), qr_referenz: z.string(), ausfuehrung: z.string(),
    }),
  },
);

const front = new ScriptedChatModel(THREAD, [
  { content: "Gerne. Ich gebe die Zahlung über CHF 3'450.80 an die Schreinerei Huber GmbH mit Ausführung am 15.12.2026 an unseren Zahlungsdienst weiter." },
  { content: "Erledigt: Die Zahlung PMT-CH-0075512 über CHF 3'450.80 an die Schreinerei Huber GmbH wird am 15. Dezember 2026 ausgeführt." },
]);

const zahlungsdienst = new ScriptedChatModel(`${THREAD}/zd`, [
  (messages) => {
    const a = JSON.parse(lastText(messages, "human").split("Auftrag: ")[1]);
    return { tool_calls: [call("tc_zd_1", "empfaenger_pruefen", { iban: a.iban })] };
  },
  (messages) => {
    const a = JSON.parse(messages.find((m) => m.getType() === "human").content.split("Auftrag: ")[1]);
    return { tool_calls: [call("tc_zd_2", "zahlung_terminieren", {
      iban: a.iban, betrag: a.betrag, waehrung: a.waehrung, qr_referenz: a.qr_referenz, ausfuehrung: a.ausfuehrung,
    })] };
  },
  { content: "Zahlung PMT-CH-0075512 terminiert: CHF 3450.80, Ausführung 2026-12-15." },
]);

const sub = new StateGraph(MessagesAnnotation)
  .addNode("zd", async (state) => ({
    messages: [await zahlungsdienst.invoke([new SystemMessage("Zahlungsdienst: führe Aufträge exakt aus."), ...state.messages])],
  }))
  .addNode("tools", new ToolNode([pruefeEmpfaenger, zahlungErfassen]))
  .addEdge(START, "zd")
  .addConditionalEdges("zd", toolsCondition, ["tools", END])
  .addEdge("tools", "zd")
  .compile();

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("erfassen", erfassen)
    .addNode("berater", async (state) => ({
      messages: [await front.invoke([new SystemMessage("Du bist der E-Banking-Assistent."), ...state.messages])],
    }))
    .addNode("uebergabe", async (state, config) => {
      const order = "Bitte QR-Zahlung ausführen, nicht vor dem Ausführungsdatum. Auftrag: " + JSON.stringify(state.auftrag);
      const out = await sub.invoke({ messages: [human(order)] }, config);
      return { messages: [out.messages[out.messages.length - 1]] };
    })
    .addNode("abschluss", async (state) => ({
      messages: [await front.invoke([new SystemMessage("Fasse das Ergebnis für den Kunden zusammen."), ...state.messages])],
    }))
    .addEdge(START, "erfassen")
    .addEdge("erfassen", "berater")
    .addEdge("berater", "uebergabe")
    .addEdge("uebergabe", "abschluss")
    .addEdge("abschluss", END)
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Grüezi, bitte die Rechnung der Schreinerei Huber über CHF 3'450.80 bezahlen, IBAN CH44 3199 9123 0008 8901 2, Referenz 21 00000 00003 13947 14300 09017. Aber erst am 15. Dezember, vorher ist mein Lohn nicht da.")],
    user_id: "kunde-CH-118-5521",
  }, threadConfig(THREAD));
});
