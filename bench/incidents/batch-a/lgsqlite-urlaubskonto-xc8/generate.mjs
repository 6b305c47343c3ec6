// HR self-service assistant (German) with a history-compaction node: after each turn, when the
// history grows past six messages, a second model condenses the older messages into
// `zusammenfassung` and the compactor removes them from `messages`.
//   node generate.mjs   -> checkpoints.sqlite beside this file
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "hrportal-de-2026-0000418";

const urlaubskonto = tool(
  async ({ personalnummer, jahr }) => JSON.stringify({
    personalnummer, jahr, grundanspruch: 30, zusatzurlaub_sgb_ix: 5, uebertrag_vorjahr: 0,
    genommen: 12, genehmigt_offen: 4, rest: 19, stand: "2026-04-21",
  }),
  {
    name: "urlaubskonto_abfragen",
    description: "Liest das Urlaubskonto eines Mitarbeiters für ein Kalenderjahr.",
    schema: z.object({ personalnummer: z.string(), jahr: z.number() }),
  },
);

const arbeitstage = tool(
  async ({ von, bis, bundesland }) => JSON.stringify({ von, bis, bundesland, arbeitstage: 15, feiertage: [] }),
  {
    name: "arbeitstage_zaehlen",
    description: "Zählt die Arbeitstage (Mo–Fr ohne gesetzliche Feiertage) in einem Zeitraum.",
    schema: z.object({ von: z.string(), bis: z.string(), bundesland: z.string() }),
  },
);

let antragNr = 88410;
const antrag = tool(
  async ({ personalnummer, von, bis, tage, art }) => JSON.stringify({
    antrag: `UA-2026-${antragNr++}`, personalnummer, von, bis, tage, art, status: "eingereicht",
    genehmiger: "Teamleitung Controlling",
  }),
  {
    name: "urlaubsantrag_einreichen",
    description: "Reicht einen Abwesenheitsantrag ein. art: 'erholungsurlaub' oder 'unbezahlt'.",
    schema: z.object({
      personalnummer: z.string(), von: z.string(), bis: z.string(), tage: z.number(),
      art: z.enum(["erholungsurlaub", "unbezahlt"]),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  personalnummer: Annotation(),
  user_id: Annotation(),
  zusammenfassung: Annotation(),
});

const SYSTEM = "Du bist der Self-Service-Assistent der Personalabteilung der Rheinwerk Logistik GmbH. "
  + "Antworte auf Deutsch, knapp und korrekt. Bundesland des Standorts: NW.";

const knowsZusatz = (messages) => promptText(messages).includes("zusatzurlaub_sgb_ix")
  || promptText(messages).includes("GdB");

const agentModel = new ScriptedChatModel(THREAD, [
  // Turn 1
  { tool_calls: [call("call_k1", "urlaubskonto_abfragen", { personalnummer: "MA-004718", jahr: 2026 })] },
  { content: "Für 2026 haben Sie noch 19 Urlaubstage: 30 Tage Grundanspruch plus 5 Tage Zusatzurlaub "
      + "wegen Schwerbehinderung, abzüglich 12 genommener und 4 bereits genehmigter Tage." },
  // Turn 2
  { tool_calls: [call("call_a1", "arbeitstage_zaehlen", { von: "2026-08-03", bis: "2026-08-21", bundesland: "NW" })] },
  { content: "03.08. bis 21.08.2026 sind 15 Arbeitstage. Das passt: Danach blieben Ihnen noch 4 Tage." },
  // Turn 3 (after compaction): the answer depends on what the node put into the prompt
  (messages) => (knowsZusatz(messages)
    ? { tool_calls: [call("call_u1", "urlaubsantrag_einreichen",
        { personalnummer: "MA-004718", von: "2026-08-03", bis: "2026-08-21", tage: 15, art: "erholungsurlaub" })] }
    : { tool_calls: [
        call("call_u1", "urlaubsantrag_einreichen",
          { personalnummer: "MA-004718", von: "2026-08-03", bis: "2026-08-20", tage: 14, art: "erholungsurlaub" }),
        call("call_u2", "urlaubsantrag_einreichen",
          { personalnummer: "MA-004718", von: "2026-08-21", bis: "2026-08-21", tage: 1, art: "unbezahlt" }),
      ] }),
  (messages) => (knowsZusatz(messages)
    ? { content: "Eingereicht: Erholungsurlaub 03.08.–21.08.2026 (15 Tage). Es bleiben 4 Tage." }
    : { content: "Ihr Resturlaub 2026 beträgt nur 14 Tage (30 − 12 genommen − 4 genehmigt). Ich habe daher "
        + "03.08.–20.08.2026 als Erholungsurlaub (14 Tage, Antrag UA-2026-88410) und den 21.08.2026 als "
        + "unbezahlten Urlaub (Antrag UA-2026-88411) eingereicht. Für die Brückentage am 23. und 24.12. "
        + "bleibt leider kein Urlaub übrig; diese können nur unbezahlt genommen werden." }),
]);

const verdichter = new ScriptedChatModel(`${THREAD}/verdichter`, [
  { content: "Mitarbeiter MA-004718 (Standort NW) fragt nach seinem Resturlaub 2026. Urlaubskonto: "
      + "Grundanspruch 30 Tage, 12 Tage genommen, 4 Tage genehmigt und noch offen. Geplant ist ein "
      + "Sommerurlaub vom 03.08. bis 21.08.2026 (15 Arbeitstage)." },
  { content: "Mitarbeiter MA-004718 (Standort NW): Resturlaub 2026 laut Verlauf 14 Tage (30 − 12 − 4). "
      + "Eingereicht: Erholungsurlaub 03.08.–20.08.2026 (UA-2026-88410, 14 Tage) und unbezahlter Urlaub "
      + "21.08.2026 (UA-2026-88411). Wunsch: Brückentage 23./24.12.2026, kein Resturlaub mehr." },
], "scripted-summarizer-1");

const graph = new StateGraph(State)
  .addNode("agent", async (state) => {
    const system = SYSTEM + (state.zusammenfassung ? `\n\nBisheriger Gesprächsverlauf (verdichtet):\n${state.zusammenfassung}` : "");
    return { messages: [await agentModel.invoke([new SystemMessage(system), ...state.messages])] };
  })
  .addNode("tools", new ToolNode([urlaubskonto, arbeitstage, antrag]))
  .addNode("verdichten", async (state) => {
    if (state.messages.length <= 6) return {};
    const alt = state.messages.slice(0, -2);
    const summary = await verdichter.invoke([
      new SystemMessage("Fasse den bisherigen Verlauf für den Assistenten in wenigen Sätzen zusammen."),
      ...alt,
    ]);
    return {
      zusammenfassung: String(summary.content),
      messages: alt.map((m) => new RemoveMessage({ id: m.id })),
    };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : "verdichten"),
    ["tools", "verdichten"])
  .addEdge("tools", "agent")
  .addEdge("verdichten", END);

await writeIncident(import.meta.url, async (checkpointer) => {
  const app = graph.compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await app.invoke({
    messages: [human("Hallo, seit März bin ich mit einem GdB von 50 als schwerbehindert anerkannt, der "
      + "Bescheid liegt euch vor. Wie viele Urlaubstage habe ich 2026 noch?")],
    personalnummer: "MA-004718",
    user_id: "MA-004718",
  }, cfg);
  await app.invoke({ messages: [human("Ich würde gern vom 3. bis 21. August in den Sommerurlaub. Geht das?")] }, cfg);
  await app.invoke({ messages: [human("Super, dann bitte den Antrag für 3.–21. August einreichen. Und die "
    + "Brückentage 23. und 24. Dezember hätte ich auch gern.")] }, cfg);
});
