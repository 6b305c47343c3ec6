// Online-Apotheke "Rezeptfrei-Assistent": LangGraph.js + SqliteSaver, scripted model.
// Turn 1 runs on release 2026.03 of the graph, turn 2 (the same thread, the next day) on 2026.04.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "apo-chat-7f3c91e2";
const KUNDE = "kd-0048213";

const STAMMDATEN = {
  "kd-0048213": {
    kundennr: "kd-0048213",
    name: "Renate Vogt",
    geburtsjahr: 1961,
    unvertraeglichkeiten: ["Acetylsalicylsäure", "Ibuprofen", "Diclofenac"],
    hinweis: "Analgetika-Asthma (NSAR-Intoleranz), ärztlich bestätigt 2019",
  },
};

const ladeKundenprofil = (id) => STAMMDATEN[id];

const sucheArtikel = tool(
  async ({ suchbegriff }) => JSON.stringify({
    suchbegriff,
    treffer: [
      { pzn: "01016182", name: "Ibuprofen AL 400 mg, 20 Filmtabletten", preis_eur: 3.49, wirkstoff: "Ibuprofen" },
      { pzn: "03290386", name: "Paracetamol-ratiopharm 500 mg, 20 Tabletten", preis_eur: 2.29, wirkstoff: "Paracetamol" },
      { pzn: "10019621", name: "Thomapyrin Classic, 20 Tabletten", preis_eur: 5.95, wirkstoff: "ASS + Paracetamol + Coffein" },
    ],
  }),
  { name: "artikel_suchen", description: "Sucht rezeptfreie Artikel im Sortiment.", schema: z.object({ suchbegriff: z.string() }) },
);

const reservieren = tool(
  async ({ pzn, menge, filiale }) => JSON.stringify({ reservierung: "RSV-26-118734", pzn, menge, filiale, abholbereit_ab: "2026-04-09T14:00" }),
  {
    name: "abholung_reservieren",
    description: "Reserviert einen Artikel zur Abholung in einer Filiale.",
    schema: z.object({ pzn: z.string(), menge: z.number(), filiale: z.string() }),
  },
);

const SYSTEM = "Du bist der Beratungsassistent der Adler-Apotheke. Berücksichtige immer das Kundenprofil.";

function graph(checkpointer, model, profilFeld) {
  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    [profilFeld]: Annotation(),
  });
  return new StateGraph(State)
    .addNode("profil_laden", async (state) => {
      const humans = state.messages.filter((m) => m.getType() === "human").length;
      if (humans > 1) return {}; // Profil wird einmal pro Unterhaltung geladen
      return { [profilFeld]: ladeKundenprofil(state.user_id) };
    })
    .addNode("berater", async (state) => {
      const profil = state[profilFeld];
      const system = SYSTEM + (profil ? `\nKundenprofil: ${JSON.stringify(profil)}` : "");
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([sucheArtikel, reservieren]))
    .addEdge(START, "profil_laden")
    .addEdge("profil_laden", "berater")
    .addConditionalEdges("berater", toolsCondition, ["tools", END])
    .addEdge("tools", "berater")
    .compile({ checkpointer });
}

const kenntIntoleranz = (messages) => messages[0].content.includes("Ibuprofen");

await writeIncident(import.meta.url, async (saver) => {
  // Release 2026.03: state field "kundenprofil"
  const m1 = new ScriptedChatModel(THREAD, [
    { content: "Guten Tag Frau Vogt, ich sehe Ihr Profil. Womit kann ich Ihnen helfen?" },
  ], "gpt-4o-2024-08-06");
  await graph(saver, m1, "kundenprofil").invoke(
    { messages: [human("Hallo, ich bin Stammkundin und brauche gleich etwas, melde mich morgen nochmal.")], user_id: KUNDE },
    threadConfig(THREAD),
  );

  // Release 2026.04: the field is now called "profil" — the thread is resumed with the new graph
  const m2 = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_Qm2v8xTz", "artikel_suchen", { suchbegriff: "Kopfschmerztabletten" })] },
    (messages) => kenntIntoleranz(messages)
      ? { tool_calls: [call("call_R7kdP0aa", "abholung_reservieren", { pzn: "03290386", menge: 1, filiale: "Köln-Ehrenfeld" })] }
      : { tool_calls: [call("call_R7kdP0aa", "abholung_reservieren", { pzn: "01016182", menge: 1, filiale: "Köln-Ehrenfeld" })] },
    (messages) => kenntIntoleranz(messages)
      ? { content: "Ich habe Paracetamol-ratiopharm 500 mg (PZN 03290386) für Sie in Köln-Ehrenfeld reserviert, abholbereit ab 14 Uhr (RSV-26-118734)." }
      : { content: "Ich habe Ibuprofen AL 400 mg (PZN 01016182) für Sie in Köln-Ehrenfeld reserviert, abholbereit ab 14 Uhr (RSV-26-118734). Nehmen Sie bei Bedarf 1 Tablette, höchstens 3 pro Tag." },
  ], "gpt-4o-2024-08-06");
  await graph(saver, m2, "profil").invoke(
    { messages: [human("Ich habe seit heute früh starke Kopfschmerzen. Bitte reservieren Sie mir etwas Passendes zur Abholung in Köln-Ehrenfeld.")] },
    threadConfig(THREAD),
  );
});
