// Meal-kit planning assistant (German). The household profile lives in the state channel
// "haushalt"; the extractor node rewrites it from the latest user message on every turn and the
// planner prompts the model with that profile plus the current turn only.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "kochbox-hh-5f3a91";

const MENU_KW50 = {
  kw: 50,
  rezepte: [
    { id: "R-5012", titel: "Ofengemüse mit Feta und Linsen", allergene: ["Milch"] },
    { id: "R-5019", titel: "Satay-Hähnchen mit Erdnusssauce und Jasminreis", allergene: ["Erdnuss", "Soja"] },
    { id: "R-5023", titel: "Kürbis-Risotto mit Salbei", allergene: ["Milch"] },
    { id: "R-5031", titel: "Thai-Curry mit Cashews", allergene: ["Schalenfrüchte", "Soja"] },
    { id: "R-5040", titel: "Hackbällchen in Tomatensauce mit Spaghetti", allergene: ["Gluten", "Ei"] },
  ],
};

const wochenmenue = tool(async ({ kw }) => JSON.stringify(kw === 50 ? MENU_KW50 : { kw, rezepte: [] }), {
  name: "wochenmenue_abrufen",
  description: "Rezepte der Kalenderwoche abrufen.",
  schema: z.object({ kw: z.number().int() }),
});

const boxBestellen = tool(
  async ({ kw, rezepte, personen, liefertag }) =>
    JSON.stringify({ bestellung: "KB-2026-50-77310", kw, rezepte, personen, liefertag, status: "bestätigt" }),
  {
    name: "box_bestellen",
    description: "Kochbox für eine Kalenderwoche verbindlich bestellen.",
    schema: z.object({
      kw: z.number().int(),
      rezepte: z.array(z.string()).length(3),
      personen: z.number().int(),
      liefertag: z.string(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  haushalt: Annotation(),
});

function extract(text) {
  const h = {};
  const p = text.match(/(\w+) Personen/i);
  if (p) h.personen = { zwei: 2, drei: 3, vier: 4 }[p[1].toLowerCase()] ?? Number(p[1]);
  if (/erdnuss/i.test(text)) h.allergene = ["Erdnuss"];
  if (/samstag/i.test(text)) h.liefertag = "Samstag";
  if (/nächste[rn]? Woche/i.test(text)) h.start_kw = 50;
  return h;
}

function currentTurn(messages) {
  let i = messages.length - 1;
  while (i >= 0 && messages[i].getType() !== "human") i--;
  return messages.slice(Math.max(i, 0));
}

function build(checkpointer, model) {
  return new StateGraph(State)
    .addNode("erfassen", async (state) => {
      const last = state.messages[state.messages.length - 1];
      const h = extract(String(last.content));
      return Object.keys(h).length ? { haushalt: h } : {};
    })
    .addNode("planer", async (state) => {
      const sys = "Du bist der Wochenplaner von FrischKiste. Wähle genau drei Rezepte pro Woche.\n"
        + `Haushaltsprofil: ${JSON.stringify(state.haushalt ?? {})}`;
      return { messages: [await model.invoke([new SystemMessage(sys), ...currentTurn(state.messages)])] };
    })
    .addNode("tools", new ToolNode([wochenmenue, boxBestellen]))
    .addEdge(START, "erfassen")
    .addEdge("erfassen", "planer")
    .addConditionalEdges("planer", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : END), ["tools", END])
    .addEdge("tools", "planer")
    .compile({ checkpointer });
}

// The model only knows what the planner put into the prompt: the profile and the current turn.
function pick(messages) {
  const profile = JSON.parse(messages[0].content.split("Haushaltsprofil: ")[1]);
  const avoid = profile.allergene ?? [];
  const menu = JSON.parse(messages.at(-1).content);
  const ok = menu.rezepte.filter((r) => !r.allergene.some((a) => avoid.includes(a)));
  return { profile, chosen: ok.slice(1, 4).map((r) => r.id) };
}

const model = new ScriptedChatModel(THREAD, [
  { content: "Gern! Ich habe notiert: drei Personen, alles ohne Erdnuss. Ab wann und an welchem Tag sollen wir liefern?" },
  (m) => {
    const profile = JSON.parse(m[0].content.split("Haushaltsprofil: ")[1]);
    return { tool_calls: [call("call_kw50_menue", "wochenmenue_abrufen", { kw: profile.start_kw ?? 50 })] };
  },
  (m) => {
    const { profile, chosen } = pick(m);
    return {
      tool_calls: [call("call_kw50_bestellung", "box_bestellen", {
        kw: 50, rezepte: chosen, personen: profile.personen ?? 2, liefertag: profile.liefertag ?? "Dienstag",
      })],
    };
  },
  (m) => {
    const r = JSON.parse(m.at(-1).content);
    const titles = r.rezepte.map((id) => MENU_KW50.rezepte.find((x) => x.id === id).titel);
    return {
      content: `Erledigt! Bestellung ${r.bestellung}: Ihre Box für KW 50 kommt am ${r.liefertag} mit `
        + `${titles.join(", ")} – für ${r.personen} Personen. Guten Appetit!`,
    };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = build(saver, model);
  await graph.invoke({
    messages: [human("Hallo! Wir sind drei Personen, und mein Sohn hat eine Erdnussallergie – bitte nichts mit Erdnüssen.")],
    user_id: "kunde-104482",
  }, threadConfig(THREAD));
  await graph.invoke({
    messages: [human("Super. Bitte ab nächster Woche starten und immer samstags liefern.")],
  }, threadConfig(THREAD));
});
