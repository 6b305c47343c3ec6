// HR-Selfservice-Bot eines Metallbetriebs: Mitarbeitende reichen Krankmeldungen ein und fragen nach
// ihrem Eingang. Zwei Threads, zwei Mitarbeitende, ein Checkpoint-Speicher.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore, getStore } from "../../harness/lgsqlite/store.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  mandant: Annotation(),
});

const SYSTEM = "Du bist der Personal-Assistent der Ferrotec Umformtechnik GmbH. Antworte auf Deutsch, knapp und freundlich.";

// Ablage der Dokumenteneingänge im Store des Portals.
const dokumentAblegen = tool(
  async ({ mandant, mitarbeiter, art, von, bis, aussteller, bemerkung }, config) => {
    const store = getStore(config);
    const eingang = {
      eingang_id: "EG-2026-118204",
      mitarbeiter, art, von, bis, aussteller, bemerkung,
      eingegangen_am: "2026-11-24T07:41:12+01:00",
    };
    await store.put(["eingaenge", mandant], "zuletzt", eingang);
    return JSON.stringify({ status: "abgelegt", ...eingang });
  },
  {
    name: "dokument_ablegen",
    description: "Legt ein eingereichtes Personaldokument in der Eingangsablage ab.",
    schema: z.object({
      mandant: z.string(), mitarbeiter: z.string(), art: z.string(),
      von: z.string(), bis: z.string(), aussteller: z.string(), bemerkung: z.string(),
    }),
  },
);

const letzterEingang = tool(
  async ({ mandant }, config) => {
    const store = getStore(config);
    const item = await store.get(["eingaenge", mandant], "zuletzt");
    if (!item) return JSON.stringify({ mandant, eingang: null });
    return JSON.stringify({ mandant, eingang: item.value });
  },
  {
    name: "letzter_eingang",
    description: "Liefert den zuletzt eingegangenen Personal-Beleg.",
    schema: z.object({ mandant: z.string() }),
  },
);

function graph(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("assistent", async (s) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])],
    }))
    .addNode("werkzeuge", new ToolNode([dokumentAblegen, letzterEingang]))
    .addEdge(START, "assistent")
    .addConditionalEdges("assistent", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "assistent")
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();

  // Thread 1: Marta Kowalski reicht ihre Krankmeldung ein.
  const m1 = new ScriptedChatModel("kowalski", [
    { tool_calls: [call("call_Kf83mQ1", "dokument_ablegen", {
      mandant: "ferrotec.de", mitarbeiter: "Marta Kowalski (PN 40217)", art: "AU-Bescheinigung Erstbescheinigung",
      von: "2026-11-23", bis: "2026-12-05", aussteller: "Dr. med. Selin Yıldız, Praxis für Orthopädie, Hagen",
      bemerkung: "Stufenweise Wiedereingliederung ab 08.12. mit 4 Std./Tag geplant",
    }) ] },
    { content: "Danke, Frau Kowalski. Ihre AU-Bescheinigung (23.11.–05.12.2026) ist unter EG-2026-118204 abgelegt. Den Plan zur Wiedereingliederung ab 08.12. mit 4 Stunden täglich habe ich vermerkt." },
  ]);
  const g1 = graph(saver, store, m1);
  await g1.invoke({
    user_id: "m.kowalski@ferrotec.de", mandant: "ferrotec.de",
    messages: [human("Hallo, ich bin seit gestern krankgeschrieben (Rücken). AU von Dr. Yıldız, 23.11. bis 5.12. Ab dem 8.12. soll ich mit 4 Stunden am Tag wieder einsteigen. Bitte an die Personalabteilung weitergeben.")],
  }, threadConfig("hr-ferrotec-7c21a0"));

  // Thread 2: Jonas Brandt fragt nach seiner eigenen Krankmeldung.
  const m2 = new ScriptedChatModel("brandt", [
    { tool_calls: [call("call_Zr2pW9d", "letzter_eingang", { mandant: "ferrotec.de" })] },
    { content: "Ja, Herr Brandt, Ihre Krankmeldung ist angekommen: Erstbescheinigung von Dr. med. Selin Yıldız (Praxis für Orthopädie, Hagen) für den 23.11. bis 05.12.2026, Eingangsnummer EG-2026-118204. Für die stufenweise Wiedereingliederung ab dem 08.12. sind 4 Stunden pro Tag eingetragen – bitte sprechen Sie die Schichtzeiten mit Ihrem Meister ab." },
  ]);
  const g2 = graph(saver, store, m2);
  await g2.invoke({
    user_id: "j.brandt@ferrotec.de", mandant: "ferrotec.de",
    messages: [human("Moin, ich hab letzte Woche meine Krankmeldung vom Hausarzt hochgeladen (Grippe, 18.–21.11.). Ist die bei euch angekommen?")],
  }, threadConfig("hr-ferrotec-91d4e7"));
});
