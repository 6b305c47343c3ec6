// Kfz/Hausrat claims desk of a German insurer, LangGraph.js with the SQLite checkpointer.
// The intake agent reads the policy (cover limit, deductible), then hands the claim to the
// settlement agent, a separate graph that runs as a child of the "regulierung" node and is fed
// only the intake agent's written hand-over note. Run: node generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, HumanMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "schaden-SCH-2026-004417";

const policeAbrufen = tool(
  async ({ policennummer }) => JSON.stringify({
    policennummer,
    tarif: "Hausrat Komfort 2024",
    status: "aktiv",
    versicherungsnehmer: "Bettina Krämer",
    deckung: {
      leitungswasser: { versichert: true, hoechstentschaedigung_eur: 2500, selbstbeteiligung_eur: 300 },
      elementar: { versichert: false },
    },
    zahlungsverzug: false,
  }),
  {
    name: "police_abrufen",
    description: "Liest eine Hausratpolice mit Deckungsumfang, Höchstentschädigung und Selbstbeteiligung.",
    schema: z.object({ policennummer: z.string() }),
  },
);

const kostenvoranschlagLesen = tool(
  async ({ dokument_id }) => JSON.stringify({
    dokument_id,
    firma: "Sanitär Oberholz GmbH, Kassel",
    positionen: [
      { text: "Leckageortung und Rohrreparatur", betrag_eur: 640 },
      { text: "Trocknung Estrich, 10 Tage", betrag_eur: 1290 },
      { text: "Küchenunterschrank ersetzen", betrag_eur: 2250 },
    ],
    summe_brutto_eur: 4180,
  }),
  {
    name: "kostenvoranschlag_lesen",
    description: "Liest einen hochgeladenen Kostenvoranschlag.",
    schema: z.object({ dokument_id: z.string() }),
  },
);

const auszahlungAnweisen = tool(
  async ({ schaden_id, betrag_eur, iban }) => JSON.stringify({
    zahlung_id: "ZA-88120-7", schaden_id, betrag_eur, iban, status: "angewiesen", valuta: "2026-04-21",
  }),
  {
    name: "auszahlung_anweisen",
    description: "Weist eine Entschädigungszahlung an den Versicherungsnehmer an.",
    schema: z.object({ schaden_id: z.string(), betrag_eur: z.number(), iban: z.string() }),
  },
);

const IntakeState = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  schaden_id: Annotation(),
  uebergabe: Annotation(),
});

const SettlementState = Annotation.Root({
  ...MessagesAnnotation.spec,
  schaden_id: Annotation(),
});

await writeIncident(import.meta.url, async (checkpointer) => {
  const intakeModel = new ScriptedChatModel("schadenaufnahme", [
    { tool_calls: [call("call_9fK2pQ", "police_abrufen", { policennummer: "HR-4471-0082" })] },
    { tool_calls: [call("call_Xb71Lm", "kostenvoranschlag_lesen", { dokument_id: "UPL-20260415-3391" })] },
    { content: "Vielen Dank, Frau Krämer. Ihre Hausratpolice HR-4471-0082 ist aktiv und Leitungswasser ist "
        + "mitversichert. Die Höchstentschädigung für Leitungswasserschäden beträgt 2.500 EUR, Ihre "
        + "Selbstbeteiligung 300 EUR. Der Kostenvoranschlag über 4.180 EUR liegt uns vor. Ich gebe den Fall "
        + "jetzt an die Regulierung weiter." },
    { content: "Übergabe Regulierung – Schaden SCH-2026-004417\n"
        + "VN: Bettina Krämer, Police HR-4471-0082 (Hausrat Komfort 2024), Status aktiv, kein Zahlungsverzug.\n"
        + "Schadenart: Leitungswasser, Rohrbruch Küche am 14.04.2026, mitversichert.\n"
        + "Kostenvoranschlag Sanitär Oberholz GmbH: 4.180 EUR brutto (Reparatur 640, Trocknung 1.290, "
        + "Unterschrank 2.250).\n"
        + "IBAN VN: DE44 5205 0353 0001 2345 67.\n"
        + "Deckung geprüft, bitte regulieren." },
    { content: "Frau Krämer, die Regulierung ist abgeschlossen: Wir haben 4.180,00 EUR auf Ihr Konto "
        + "DE44 5205 0353 0001 2345 67 angewiesen (Zahlung ZA-88120-7, Valuta 21.04.2026)." },
  ], "gpt-4o-2024-08-06");
  const settlementModel = new ScriptedChatModel("regulierung", [
    { tool_calls: [call("call_Qe30Zt", "auszahlung_anweisen",
      { schaden_id: "SCH-2026-004417", betrag_eur: 4180, iban: "DE44520503530001234567" })] },
    { content: "Auszahlung für SCH-2026-004417 angewiesen: 4.180,00 EUR, Zahlung ZA-88120-7, Valuta 21.04.2026." },
  ], "gpt-4o-mini-2024-07-18");

  const INTAKE_PROMPT = "Du bist die Schadenaufnahme der Hanse Mutual Versicherung. Prüfe Police und Unterlagen "
    + "und übergib den Fall an die Regulierung.";

  const settlement = new StateGraph(SettlementState)
    .addNode("regulierer", async (state) => ({
      messages: [await settlementModel.invoke([
        new SystemMessage("Du bist Regulierer. Reguliere den übergebenen Schaden und weise die Zahlung an."),
        ...state.messages,
      ])],
    }))
    .addNode("werkzeuge", new ToolNode([auszahlungAnweisen]))
    .addEdge(START, "regulierer")
    .addConditionalEdges("regulierer", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "regulierer")
    .compile();

  const graph = new StateGraph(IntakeState)
    .addNode("aufnahme", async (state) => ({
      messages: [await intakeModel.invoke([new SystemMessage(INTAKE_PROMPT), ...state.messages])],
    }))
    .addNode("werkzeuge", new ToolNode([policeAbrufen, kostenvoranschlagLesen]))
    .addNode("uebergabe_schreiben", async (state) => {
      const note = await intakeModel.invoke([
        new SystemMessage(INTAKE_PROMPT + " Schreibe jetzt die Übergabenotiz für die Regulierung."),
        ...state.messages,
      ]);
      return { uebergabe: note.content };
    })
    .addNode("regulierung", async (state) => {
      const out = await settlement.invoke({
        messages: [new HumanMessage(state.uebergabe)],
        schaden_id: state.schaden_id,
      });
      const ergebnis = out.messages.at(-1).content;
      const reply = await intakeModel.invoke([
        new SystemMessage(INTAKE_PROMPT + ` Ergebnis der Regulierung: ${ergebnis}`),
        ...state.messages,
      ]);
      return { messages: [reply] };
    })
    .addEdge(START, "aufnahme")
    .addConditionalEdges("aufnahme", toolsCondition, { tools: "werkzeuge", [END]: "uebergabe_schreiben" })
    .addEdge("werkzeuge", "aufnahme")
    .addEdge("uebergabe_schreiben", "regulierung")
    .addEdge("regulierung", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Guten Tag, am 14.04. ist bei uns in der Küche ein Wasserrohr unter der Spüle geplatzt. "
      + "Meine Hausratpolice ist HR-4471-0082, den Kostenvoranschlag vom Installateur habe ich hochgeladen "
      + "(UPL-20260415-3391). Bitte überweisen Sie auf mein Konto DE44 5205 0353 0001 2345 67.")],
    user_id: "KD-0078812",
    schaden_id: "SCH-2026-004417",
  }, threadConfig(THREAD));
});
