// Catering-Buchungsagent (Deutsch). Zwei Deployments desselben Graphen auf einem Thread:
// Release 2026.04.1 sammelt die Hinweise des Kunden im Kanal "hinweise" mit einem anhängenden
// Reducer; Release 2026.04.2 deklariert "hinweise" ohne Reducer (letzter Wert gewinnt). Der Agent
// sieht pro Aufruf nur die aktuelle Anfrage plus die gespeicherten Hinweise.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "cat-2026-0612-hofmann-ag";

const KATALOG = {
  Sommerfest: {
    hauptgang: ["Maishähnchen mit Kräuterjus", "Gemüse-Risotto (vegetarisch)"],
    desserts: [
      { name: "Haselnuss-Parfait mit Krokant", allergene: ["Schalenfrüchte"], empfehlung_kueche: true },
      { name: "Erdbeer-Sorbet", allergene: [], empfehlung_kueche: false },
      { name: "Panna cotta", allergene: ["Milch"], empfehlung_kueche: false },
    ],
    preis_pro_person_eur: 48.5,
  },
};

const menueKatalog = tool(
  async ({ menue }) => JSON.stringify({ menue, ...KATALOG[menue] }),
  { name: "menue_katalog", description: "Liefert Gänge, Desserts und Allergene eines Menüs.",
    schema: z.object({ menue: z.string() }) },
);

const bestellungAufgeben = tool(
  async ({ menue, dessert, personen, davon_vegetarisch, datum }) => JSON.stringify({
    bestellnummer: "CT-88412", status: "bestätigt", menue, dessert, personen, davon_vegetarisch, datum,
    summe_eur: personen * 48.5,
  }),
  { name: "bestellung_aufgeben", description: "Gibt die Catering-Bestellung verbindlich an die Küche.",
    schema: z.object({ menue: z.string(), dessert: z.string(), personen: z.number(),
      davon_vegetarisch: z.number(), datum: z.string() }) },
);

const TOOLS = [menueKatalog, bestellungAufgeben];

function build(saver, hinweiseChannel, extractor, model) {
  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    hinweise: hinweiseChannel,
  });
  return new StateGraph(State)
    .addNode("erfassen", async (state) => {
      const last = state.messages.at(-1);
      const notes = JSON.parse((await extractor.invoke([last])).content);
      return notes.length ? { hinweise: notes } : {};
    })
    .addNode("agent", async (state) => {
      // Kontextfenster: aktuelle Anfrage (ab letzter Kundennachricht) + gespeicherte Hinweise.
      let start = state.messages.length - 1;
      while (start > 0 && state.messages[start].getType() !== "human") start--;
      const system = "Du bist der Buchungsagent von Lindner Catering. Beachte alle Hinweise des Kunden.\n"
        + `Hinweise: ${JSON.stringify(state.hinweise ?? [])}`;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages.slice(start)])] };
    })
    .addNode("tools", new ToolNode(TOOLS))
    .addEdge(START, "erfassen")
    .addEdge("erfassen", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
}

await writeIncident(import.meta.url, async (saver) => {
  const extractor = new ScriptedChatModel("extraktor", [
    { content: JSON.stringify(["Schwere Nussallergie bei 2 Gästen: keine Schalenfrüchte, auch keine Spuren"]) },
    { content: JSON.stringify(["5 Gäste essen vegetarisch"]) },
  ]);
  const nussInPrompt = (m) => m[0].content.includes("Nuss");
  const model = new ScriptedChatModel(THREAD, [
    { content: "Vielen Dank, Frau Hofmann. Ich habe 40 Personen für den 12. Juni vorgemerkt und die "
        + "Nussallergie zweier Gäste notiert – wir planen alle Gänge ohne Schalenfrüchte." },
    { tool_calls: [call("call_kat_1", "menue_katalog", { menue: "Sommerfest" })] },
    (m) => ({ tool_calls: [call("call_best_1", "bestellung_aufgeben", {
      menue: "Sommerfest",
      dessert: nussInPrompt(m) ? "Erdbeer-Sorbet" : "Haselnuss-Parfait mit Krokant",
      personen: 40, davon_vegetarisch: 5, datum: "2026-06-12" })] }),
    (m) => ({ content: "Ihre Bestellung CT-88412 ist bestätigt: Menü Sommerfest für 40 Personen am 12. Juni, "
        + "davon 5 vegetarisch (Gemüse-Risotto), als Dessert "
        + (nussInPrompt(m) ? "Erdbeer-Sorbet" : "das Haselnuss-Parfait mit Krokant – die Empfehlung unserer Küche")
        + ". Summe 1.940,00 €." }),
  ]);

  // Release 2026.04.1: Hinweise werden angehängt.
  const v1 = build(saver, Annotation({ reducer: (a, b) => [...a, ...b], default: () => [] }), extractor, model);
  await v1.invoke({
    messages: [human("Guten Tag, Hofmann AG hier. Wir planen unsere Firmenfeier am 12. Juni mit 40 Personen. "
      + "Wichtig: zwei Gäste haben eine schwere Nussallergie.")],
    user_id: "kunde-hofmann-ag",
  }, threadConfig(THREAD));

  // Release 2026.04.2 (am 14.04. ausgerollt): derselbe Kanal, ohne Reducer.
  const v2 = build(saver, Annotation(), extractor, model);
  await v2.invoke({
    messages: [human("Nachtrag: 5 Gäste essen vegetarisch. Bitte buchen Sie jetzt verbindlich das Menü "
      + "Sommerfest, Dessert nach Empfehlung der Küche.")],
  }, threadConfig(THREAD));
});
