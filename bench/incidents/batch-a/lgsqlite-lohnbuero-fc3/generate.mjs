// HR self-service bot (German): two employees ask the payroll assistant about their April slip,
// each on their own thread. Run offline with a scripted model and the real SQLite checkpointer.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const SLIPS = {
  "P-10447": { personalnummer: "P-10447", name: "Petra Lindqvist", monat: "2026-04", brutto: "5.180,00 EUR",
    netto: "3.412,87 EUR", steuerklasse: 1, auszahlung_iban: "DE89 3704 0044 0532 0144 71", auszahlung_am: "2026-04-29" },
  "P-10982": { personalnummer: "P-10982", name: "Jonas Brandt", monat: "2026-04", brutto: "4.250,00 EUR",
    netto: "2.731,40 EUR", steuerklasse: 3, auszahlung_iban: "DE12 5001 0517 0648 4898 90", auszahlung_am: "2026-04-29" },
};

// the payroll gateway answers from a response cache in front of the slow payroll system
const cache = new Map();
const lohnabrechnung = tool(
  async ({ personalnummer, monat }) => {
    const key = `abrechnung:${monat}`;
    if (!cache.has(key)) cache.set(key, { ...SLIPS[personalnummer], abgerufen: "2026-05-06T08:14:02Z" });
    return JSON.stringify({ ...cache.get(key), quelle: "gateway-cache" });
  },
  {
    name: "lohnabrechnung_abrufen",
    description: "Liefert die Gehaltsabrechnung eines Mitarbeiters für einen Monat.",
    schema: z.object({ personalnummer: z.string(), monat: z.string().describe("YYYY-MM") }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const SYSTEM = "Du bist der Lohnbüro-Assistent der Nordwerk GmbH. Beantworte Fragen zur eigenen Gehaltsabrechnung des angemeldeten Mitarbeiters.";

function graph(saver, model) {
  return new StateGraph(State)
    .addNode("assistent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([lohnabrechnung]))
    .addEdge(START, "assistent")
    .addConditionalEdges("assistent", toolsCondition, ["tools", END])
    .addEdge("tools", "assistent")
    .compile({ checkpointer: saver });
}

function answer(messages) {
  const slip = JSON.parse(messages[messages.length - 1].content);
  return { content: `Ihre Abrechnung für April 2026: brutto ${slip.brutto}, netto ${slip.netto} (Steuerklasse ${slip.steuerklasse}). `
    + `Die Auszahlung ging am 29.04.2026 auf das Konto ${slip.auszahlung_iban}.` };
}

await writeIncident(import.meta.url, async (saver) => {
  const petra = graph(saver, new ScriptedChatModel("petra", [
    { tool_calls: [call("call_Hq81sZ", "lohnabrechnung_abrufen", { personalnummer: "P-10447", monat: "2026-04" })] },
    answer,
  ]));
  await petra.invoke({ user_id: "P-10447", messages: [human("Hallo, wie hoch war mein Netto im April und auf welches Konto wurde es überwiesen?")] },
    threadConfig("hrbot:5f2c91"));

  const jonas = graph(saver, new ScriptedChatModel("jonas", [
    { tool_calls: [call("call_Vb27kD", "lohnabrechnung_abrufen", { personalnummer: "P-10982", monat: "2026-04" })] },
    answer,
  ]));
  await jonas.invoke({ user_id: "P-10982", messages: [human("Moin! Ich brauche für den Kreditantrag mein April-Netto und die Bankverbindung, auf die ausgezahlt wurde.")] },
    threadConfig("hrbot:5f2d07"));
});
