// HR-Self-Service-Assistent (Urlaub) in zwei Deployments auf demselben Thread.
// Tag 1 (Release 4.2): der Assistent holt die Vertragsdaten aus dem HR-System und legt sie im
// State-Kanal "vertrag" ab. Tag 2 (Release 4.3): ein neuer Knoten "kontext_bereinigen" reduziert
// "vertrag" vor jedem Turn auf eine Liste erlaubter Schlüssel (Datensparsamkeit). Die Liste kennt
// "arbeitstage_pro_woche" nicht. Der Agent von 4.3 baut seinen Prompt aus dem State und den
// letzten Nachrichten des Turns.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ess-urlaub/00471882";
const PERSONALNUMMER = "00471882";

const VERTRAG = {
  personalnummer: PERSONALNUMMER,
  name: "Katrin Oswald",
  standort: "Leipzig",
  eintritt: "2019-04-01",
  wochenstunden: 24,
  arbeitstage_pro_woche: 3,
  arbeitstage: ["Mo", "Di", "Mi"],
  urlaubsanspruch_jahr: 18,
};

const vertragsdatenAbrufen = tool(
  async ({ personalnummer }) => JSON.stringify({ ...VERTRAG, personalnummer }),
  {
    name: "vertragsdaten_abrufen",
    description: "Liest die Vertragsdaten einer Mitarbeiterin aus dem HR-System.",
    schema: z.object({ personalnummer: z.string() }),
  },
);

const urlaubskontoAbfragen = tool(
  async ({ personalnummer, jahr }) => JSON.stringify({
    personalnummer, jahr, anspruch: 18, genommen: 0, geplant: 0, rest: 18, einheit: "Arbeitstage",
  }),
  {
    name: "urlaubskonto_abfragen",
    description: "Liest das Urlaubskonto (in Arbeitstagen).",
    schema: z.object({ personalnummer: z.string(), jahr: z.number() }),
  },
);

const urlaubsantragStellen = tool(
  async ({ personalnummer, von, bis, arbeitstage }) => JSON.stringify({
    antrag: "UA-2026-08812", personalnummer, von, bis, abgezogen: arbeitstage, rest_nach_antrag: 18 - arbeitstage,
    status: "eingereicht", genehmiger: "M. Brandt",
  }),
  {
    name: "urlaubsantrag_stellen",
    description: "Reicht einen Urlaubsantrag ein; arbeitstage = Anzahl der abzuziehenden Urlaubstage.",
    schema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  vertrag: Annotation(),
});

const SYSTEM = "Du bist der Urlaubsassistent im Mitarbeiterportal. Urlaub wird in Arbeitstagen gezählt.";

function systemPrompt(state) {
  return SYSTEM + (state.vertrag ? `\nVertragsdaten: ${JSON.stringify(state.vertrag)}` : "");
}

// Das Modell rechnet mit dem, was im Prompt steht: ohne Angabe der Arbeitstage pro Woche mit 5.
const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_vd_01", "vertragsdaten_abrufen", { personalnummer: PERSONALNUMMER })] },
  { tool_calls: [call("call_uk_01", "urlaubskonto_abfragen", { personalnummer: PERSONALNUMMER, jahr: 2026 })] },
  { content: "Hallo Frau Oswald, Sie arbeiten 24 Stunden an 3 Tagen pro Woche (Mo–Mi). Ihr Anspruch 2026 "
      + "beträgt 18 Urlaubstage, davon sind noch alle 18 offen. Eine Woche Urlaub kostet Sie 3 Urlaubstage." },
  (messages) => {
    const prompt = messages[0].content;
    const m = prompt.match(/"arbeitstage_pro_woche":(\d)/);
    const proWoche = m ? Number(m[1]) : 5;
    return {
      tool_calls: [call("call_ua_01", "urlaubsantrag_stellen",
        { personalnummer: PERSONALNUMMER, von: "2026-08-03", bis: "2026-08-14", arbeitstage: 2 * proWoche })],
    };
  },
  (messages) => {
    const result = JSON.parse(messages.at(-1).content);
    return {
      content: `Erledigt: Antrag ${result.antrag} für den 03.08. bis 14.08.2026 ist bei ${result.genehmiger} `
        + `zur Genehmigung. Abgezogen werden ${result.abgezogen} Urlaubstage, danach bleiben Ihnen `
        + `${result.rest_nach_antrag} Tage für 2026.`,
    };
  },
]);

function storeContract(state) {
  const last = state.messages.at(-1);
  if (last?.getType() === "tool" && last.name === "vertragsdaten_abrufen") {
    return { vertrag: JSON.parse(last.content) };
  }
  return {};
}

function release42(checkpointer) {
  return new StateGraph(State)
    .addNode("assistent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(systemPrompt(state)), ...state.messages])],
    }))
    .addNode("werkzeuge", new ToolNode([vertragsdatenAbrufen, urlaubskontoAbfragen, urlaubsantragStellen]))
    .addNode("stammdaten_merken", async (state) => storeContract(state))
    .addEdge(START, "assistent")
    .addConditionalEdges("assistent", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "stammdaten_merken")
    .addEdge("stammdaten_merken", "assistent")
    .compile({ checkpointer });
}

const ERLAUBTE_SCHLUESSEL = ["personalnummer", "name", "standort", "eintritt", "wochenstunden", "urlaubsanspruch_jahr"];

function release43(checkpointer) {
  return new StateGraph(State)
    .addNode("kontext_bereinigen", async (state) => {
      if (!state.vertrag) return {};
      const vertrag = Object.fromEntries(ERLAUBTE_SCHLUESSEL
        .filter((k) => k in state.vertrag).map((k) => [k, state.vertrag[k]]));
      return { vertrag };
    })
    .addNode("assistent", async (state) => {
      // 4.3: Prompt = Systemnachricht mit Vertragsdaten + letzte Nachrichten des laufenden Turns.
      const start = state.messages.findLastIndex((m) => m.getType() === "human");
      return { messages: [await model.invoke([new SystemMessage(systemPrompt(state)), ...state.messages.slice(start)])] };
    })
    .addNode("werkzeuge", new ToolNode([vertragsdatenAbrufen, urlaubskontoAbfragen, urlaubsantragStellen]))
    .addNode("stammdaten_merken", async (state) => storeContract(state))
    .addEdge(START, "kontext_bereinigen")
    .addEdge("kontext_bereinigen", "assistent")
    .addConditionalEdges("assistent", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "stammdaten_merken")
    .addEdge("stammdaten_merken", "assistent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const config = threadConfig(THREAD);
  await release42(checkpointer).invoke({
    messages: [human("Hallo, wie viele Urlaubstage habe ich dieses Jahr noch? Ich plane den Sommerurlaub.")],
    user_id: "k.oswald@leipzig.example-werke.de",
  }, config);
  await release43(checkpointer).invoke({
    messages: [human("Danke. Bitte beantragen Sie für mich Urlaub vom 3. bis einschließlich 14. August.")],
  }, config);
});
