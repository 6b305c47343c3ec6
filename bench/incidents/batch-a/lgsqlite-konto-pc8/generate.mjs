// Banking assistant (German): the core-banking API fails once, the agent retries, the account really is empty.
import {
  END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel, call, human,
  threadConfig, tool, toolsCondition, writeIncident, z, Annotation,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
let fehler = 1;
const saldo = tool(
  async ({ iban }) => {
    if (fehler-- > 0) throw new Error("HTTP 503 Service Unavailable: Kernbankensystem im Wartungsfenster, bitte erneut versuchen (x-request-id 9b1e-44c0)");
    return JSON.stringify({ iban, kontoart: "Tagesgeld", saldo: "0.00", waehrung: "EUR", stand: "2026-05-12T09:14:03+02:00", letzte_buchung: { datum: "2026-05-11", text: "Übertrag auf Girokonto DE89…3000", betrag: "-2450.00" } });
  },
  { name: "kontostand_abrufen", description: "Ruft den aktuellen Saldo eines Kontos ab.", schema: z.object({ iban: z.string() }) },
);
const umsatz = tool(
  async ({ iban, tage }) => JSON.stringify({ iban, tage, umsaetze: [{ datum: "2026-05-11", text: "Übertrag auf Girokonto DE89…3000", betrag: "-2450.00" }, { datum: "2026-05-01", text: "Zinsgutschrift April", betrag: "2.14" }] }),
  { name: "umsaetze_abrufen", description: "Umsätze der letzten Tage.", schema: z.object({ iban: z.string(), tage: z.number().int() }) },
);

const model = new ScriptedChatModel("bank", [
  { tool_calls: [call("tool_u7X1", "kontostand_abrufen", { iban: "DE02120300000000202051" })] },
  { tool_calls: [call("tool_u7X2", "kontostand_abrufen", { iban: "DE02120300000000202051" })] },
  { tool_calls: [call("tool_u7X3", "umsaetze_abrufen", { iban: "DE02120300000000202051", tage: 14 })] },
  { content: "Ihr Tagesgeldkonto (…2051) hat aktuell einen Saldo von 0,00 € (Stand heute 09:14 Uhr). Das liegt an Ihrem Übertrag von 2.450,00 € auf Ihr Girokonto am 11. Mai; davor kam zuletzt eine Zinsgutschrift von 2,14 €. Es fehlt also nichts – das Geld liegt auf dem Girokonto." },
], "gpt-4.1-2025-04-14");

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage("Du bist der Kundenassistent der Sparkasse Nordhain. Nenne nur Zahlen aus den Systemen."), ...s.messages])] }))
    .addNode("tools", new ToolNode([saldo, umsatz]))
    .addEdge(START, "agent").addConditionalEdges("agent", toolsCondition, ["tools", END]).addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  await graph.invoke({ user_id: "kd-5520418", messages: [human("Warum zeigt mir die App bei meinem Tagesgeld 0,00 € an?? Da waren doch über 2000 Euro drauf!")] },
    threadConfig("chat-20260512-kd5520418-03"));
});
