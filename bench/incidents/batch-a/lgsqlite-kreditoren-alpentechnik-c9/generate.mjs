// Kreditorenbuchhaltung der Brunner Haustechnik GmbH (Winterthur): Agent, der eingegangene
// Lieferantenrechnungen verbucht und Zahlungsaufträge anlegt.
// LangGraph.js mit SqliteSaver; Chat-Modell nach Skript (kein Netz, keine Schlüssel).
//
//   node bench/incidents/batch-a/lgsqlite-kreditoren-alpentechnik-c9/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "kred/2026-03/RE-AT-260417";

// ------------------------------------------------------------------ Werkzeuge (simuliert)

const belegAbrufen = tool(
  async ({ beleg_id }) => JSON.stringify({
    beleg_id,
    lieferant: "Alpentechnik AG, Industriestrasse 12, 6300 Zug",
    kreditor_nr: "K-20417",
    rechnungsnummer: "AT-2026-00417",
    rechnungsdatum: "13.03.2026",
    positionen: [
      { text: "Wärmepumpe WP-Luft 12 kW, inkl. Montagesatz", menge: 1, betrag: "CHF 9'870.00" },
      { text: "Inbetriebnahme und Einregulierung", menge: 1, betrag: "CHF 1'675.00" },
    ],
    netto: "CHF 11'545.00",
    mwst: "8.1 % CHF 935.15",
    total: "CHF 12'480.15",
    zahlbar_bis: "12.04.2026",
    iban: "CH44 3199 9123 0008 8901 2",
    qr_referenz: "21 00000 00003 13947 14300 09017",
  }),
  {
    name: "beleg_abrufen",
    description: "Liest einen gescannten Beleg aus dem Eingangskorb (OCR-Ergebnis als JSON).",
    schema: z.object({ beleg_id: z.string() }),
  },
);

const zahlungErfassen = tool(
  async ({ kreditor_nr, betrag, waehrung, referenz, ausfuehrung }) => {
    const limite = 5000;
    return JSON.stringify({
      zahlungsauftrag: "ZA-88121",
      kreditor_nr, betrag, waehrung, referenz, ausfuehrung,
      status: betrag < limite ? "freigegeben" : "wartet auf Zweitfreigabe",
      freigabe: betrag < limite ? "automatisch (unter Limite CHF 5'000.00)" : "Visum Leitung Finanzen erforderlich",
    });
  },
  {
    name: "zahlung_erfassen",
    description: "Legt einen Zahlungsauftrag im E-Banking an. Beträge unter CHF 5'000 werden automatisch freigegeben.",
    schema: z.object({
      kreditor_nr: z.string(),
      betrag: z.number(),
      waehrung: z.enum(["CHF", "EUR"]),
      referenz: z.string(),
      ausfuehrung: z.string().describe("Ausführungsdatum JJJJ-MM-TT"),
    }),
  },
);

// ------------------------------------------------------------------ Graph

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  zahlung: Annotation(),
});

/** "12.04.2026" -> "2026-04-12" */
function isoDatum(d) {
  const [t, m, j] = d.split(".");
  return `${j}-${m}-${t}`;
}

const SYSTEM = "Du bist der Kreditoren-Agent der Brunner Haustechnik GmbH. Verbuche Belege und lege die "
  + "Zahlung an. Verwende für zahlung_erfassen die normalisierten Zahlungsdaten aus dem System.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("agent", async (state) => {
      const daten = state.zahlung ? `\nNormalisierte Zahlungsdaten: ${JSON.stringify(state.zahlung)}` : "";
      return { messages: [await model.invoke([new SystemMessage(SYSTEM + daten), ...state.messages])] };
    })
    .addNode("werkzeuge", new ToolNode([belegAbrufen, zahlungErfassen]))
    .addNode("normalisieren", async (state) => {
      const letzte = state.messages.at(-1);
      if (letzte.name !== "beleg_abrufen") return {};
      const beleg = JSON.parse(letzte.content);
      const [waehrung, roh] = beleg.total.split(" ");
      return {
        zahlung: {
          kreditor_nr: beleg.kreditor_nr,
          betrag: Number.parseFloat(roh.replace(",", ".")),
          waehrung,
          referenz: beleg.qr_referenz.replaceAll(" ", ""),
          faellig: isoDatum(beleg.zahlbar_bis),
        },
      };
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "werkzeuge" : END), ["werkzeuge", END])
    .addEdge("werkzeuge", "normalisieren")
    .addEdge("normalisieren", "agent")
    .compile({ checkpointer });
}

// ------------------------------------------------------------------ Skript des Modells

const daten = (messages) => JSON.parse(messages[0].content.split("Normalisierte Zahlungsdaten: ")[1]);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("fc_01HQ7ZK3M9", "beleg_abrufen", { beleg_id: "EK-2026-03-0931" })] },
  (messages) => {
    const z = daten(messages);
    return { tool_calls: [call("fc_01HQ7ZM0TD", "zahlung_erfassen", {
      kreditor_nr: z.kreditor_nr, betrag: z.betrag, waehrung: z.waehrung, referenz: z.referenz, ausfuehrung: z.faellig,
    })] };
  },
  { content: "Erledigt: Die Rechnung AT-2026-00417 der Alpentechnik AG (Wärmepumpe WP-Luft 12 kW inkl. "
      + "Inbetriebnahme) ist auf Kreditor K-20417 verbucht. Zahlungsauftrag ZA-88121 mit QR-Referenz ist "
      + "automatisch freigegeben und wird am 12.04.2026 ausgeführt, also fristgerecht. Eine Zweitfreigabe ist "
      + "nicht nötig." },
]);

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver, model).invoke({
    messages: [human("Hoi, im Eingangskorb liegt die Rechnung von Alpentechnik für die Wärmepumpe beim Projekt "
      + "Seestrasse (Beleg EK-2026-03-0931). Bitte verbuchen und Zahlung auf Fälligkeit vorbereiten. Danke, Reto")],
    user_id: "reto.kaelin@brunner-haustechnik.ch",
  }, threadConfig(THREAD));
});
