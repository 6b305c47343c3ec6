// Kreditorenbuchhaltung: ein Zahlungsagent holt zwei fällige Eingangsrechnungen aus dem
// Rechnungseingangsbuch, ein Prüfschritt übernimmt die Beträge in den Zustand, dann weist der
// Agent die SEPA-Überweisungen an. Echte LangGraph-Graphen, echter SqliteSaver, geskriptetes Modell.
//   node bench/incidents/batch-a/lgsqlite-rechnungslauf-tausenderpunkt-sc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "kred-lauf-2026-04-22-b";

const EINGANGSBUCH = {
  "RE-2026-0412": {
    rechnungsnr: "RE-2026-0412", lieferant: "Druckerei Albrecht KG", iban: "DE12 7015 0000 0090 1223 45",
    brutto: "845,00 €", netto: "710,08 €", ust: "134,92 €", faellig: "2026-04-24", skonto: null,
  },
  "RE-2026-0417": {
    rechnungsnr: "RE-2026-0417", lieferant: "Hoffmann Metallbau GmbH", iban: "DE44 5001 0517 5407 3249 31",
    brutto: "1.234,50 €", netto: "1.037,39 €", ust: "197,11 €", faellig: "2026-04-25", skonto: null,
  },
};

const rechnungAbrufen = tool(
  async ({ rechnungsnr }) => {
    const r = EINGANGSBUCH[rechnungsnr];
    if (!r) throw new Error(`Rechnung ${rechnungsnr} nicht im Eingangsbuch`);
    return JSON.stringify(r);
  },
  {
    name: "rechnung_abrufen",
    description: "Liest eine Eingangsrechnung aus dem Rechnungseingangsbuch.",
    schema: z.object({ rechnungsnr: z.string() }),
  },
);

let auftragNr = 731;
const zahlungAnweisen = tool(
  async ({ iban, betrag, waehrung, verwendungszweck }) => JSON.stringify({
    auftrag: `SEPA-20260422-00${auftragNr++}`,
    empfaenger_iban: iban,
    betrag: Math.round(betrag * 100) / 100,
    waehrung,
    verwendungszweck,
    status: "eingereicht",
    ausfuehrung: "2026-04-23",
  }),
  {
    name: "zahlung_anweisen",
    description: "Reicht eine SEPA-Überweisung beim Zahlungsverkehr ein. betrag in Euro.",
    schema: z.object({
      iban: z.string(),
      betrag: z.number(),
      waehrung: z.string(),
      verwendungszweck: z.string(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  zahlungen: Annotation(),
});

// Übernimmt die Bruttobeträge der abgerufenen Rechnungen als Zahlbeträge.
function betragAusText(text) {
  return parseFloat(String(text).replace("€", "").replace(",", ".").trim());
}

const SYSTEM = "Du bist der Zahlungsagent der Kreditorenbuchhaltung. Weise nur die freigegebenen "
  + "Zahlbeträge an, einmal pro Rechnung, Verwendungszweck = Rechnungsnummer.";

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [
    call("toolu_01Hq7VbX2mRkq9", "rechnung_abrufen", { rechnungsnr: "RE-2026-0412" }),
    call("toolu_01Hq7VbX2mRkqA", "rechnung_abrufen", { rechnungsnr: "RE-2026-0417" }),
  ] },
  (messages) => {
    const sys = messages[0].content;
    const freigabe = JSON.parse(sys.slice(sys.indexOf("[")));
    return {
      tool_calls: freigabe.map((z, i) => call(`toolu_01Hq7VbX2mRkq${"BC"[i]}`, "zahlung_anweisen", {
        iban: z.iban, betrag: z.betrag, waehrung: z.waehrung, verwendungszweck: z.rechnungsnr,
      })),
    };
  },
  { content: "Beide Rechnungen sind zur Zahlung eingereicht, Ausführung am 23.04.2026:\n"
      + "- RE-2026-0412 Druckerei Albrecht KG: Auftrag SEPA-20260422-00731\n"
      + "- RE-2026-0417 Hoffmann Metallbau GmbH: Auftrag SEPA-20260422-00732\n"
      + "Damit sind keine offenen Posten mit Fälligkeit in dieser Woche mehr vorhanden." },
], "gpt-4.1-2025-04-14");

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (state) => {
    const freigabe = state.zahlungen ? `\nFreigegebene Zahlbeträge: ${JSON.stringify(state.zahlungen)}` : "";
    return { messages: [await model.invoke([new SystemMessage(SYSTEM + freigabe), ...state.messages])] };
  })
  .addNode("tools", new ToolNode([rechnungAbrufen, zahlungAnweisen]))
  .addNode("pruefung", async (state) => {
    const rechnungen = state.messages.filter((m) => m.getType() === "tool" && m.name === "rechnung_abrufen"
      && m.status !== "error").map((m) => JSON.parse(m.content));
    if (rechnungen.length === 0 || state.zahlungen) return {};
    return {
      zahlungen: rechnungen.map((r) => ({
        rechnungsnr: r.rechnungsnr, iban: r.iban, betrag: betragAusText(r.brutto), waehrung: "EUR",
      })),
    };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : END), ["tools", END])
  .addEdge("tools", "pruefung")
  .addEdge("pruefung", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    messages: [human("Bitte heute die zwei Rechnungen mit Fälligkeit diese Woche bezahlen: RE-2026-0412 und "
      + "RE-2026-0417. Beide sind sachlich und rechnerisch freigegeben.")],
    user_id: "kb.schneider",
  }, threadConfig(THREAD));
});
