// Kundenservice-Assistent der Stadtwerke Nordheim (LangGraph.js, SQLite-Checkpointer, Langzeit-
// gedächtnis im Store). Zwei Chats an zwei Tagen: eine Kundin meldet ihren Auszug, einen Tag nach
// dem Übergabetermin meldet der Nachmieter seinen Einzug in dieselbe Wohnung.
//
// Das Gedächtnis (`merken` / `erinnern`) legt Notizen unter dem Namespace ["malo", <Marktlokation>]
// ab. Gelesen wird es beim nächsten Chat zur selben Marktlokation.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const MALO = "50412873905";
const LIEFERSTELLE = "Lindenstraße 14, 2. OG links, 74226 Nordheim";

// ---------------------------------------------------------------- Fachsystem (Stub)

const vertragAbrufen = tool(
  async ({ vertragskonto }) => JSON.stringify({
    vertragskonto,
    kunde: "Miriam Oberholzer",
    lieferstelle: LIEFERSTELLE,
    malo_id: MALO,
    zaehlernummer: "1ESY1160487213",
    tarif: "NordStrom Basis",
    abschlag_eur: 94,
    zahlweise: "SEPA-Lastschrift",
    iban: "DE44 6205 0000 **** **** 17",
    status: "aktiv",
  }),
  {
    name: "vertrag_abrufen",
    description: "Liest den Stromvertrag zu einem Vertragskonto.",
    schema: z.object({ vertragskonto: z.string() }),
  },
);

const auszugMelden = tool(
  async ({ malo_id, auszugsdatum, zaehlerstand_kwh }) => JSON.stringify({
    vorgang: "AZ-2026-018844",
    malo_id,
    auszugsdatum,
    zaehlerstand_kwh,
    status: "erfasst",
    schlussrechnung_bis: "2026-04-30",
  }),
  {
    name: "auszug_melden",
    description: "Meldet den Auszug an einer Lieferstelle und veranlasst die Schlussrechnung.",
    schema: z.object({
      malo_id: z.string(),
      auszugsdatum: z.string(),
      zaehlerstand_kwh: z.number(),
      rechnungsanschrift: z.string(),
      iban_guthaben: z.string(),
    }),
  },
);

const lieferstellePruefen = tool(
  async ({ malo_id }) => JSON.stringify({
    malo_id,
    lieferstelle: LIEFERSTELLE,
    zaehlernummer: "1ESY1160487213",
    letzter_stand_kwh: 48213,
    status: "frei ab 2026-04-01 (Auszug Vormieter gemeldet)",
  }),
  {
    name: "lieferstelle_pruefen",
    description: "Prüft, ob eine Marktlokation frei ist und liefert die Zählerdaten.",
    schema: z.object({ malo_id: z.string() }),
  },
);

const einzugMelden = tool(
  async ({ malo_id, einzugsdatum, abschlag_eur, iban_lastschrift }) => JSON.stringify({
    vorgang: "EZ-2026-020117",
    vertragskonto: "3100519046",
    malo_id,
    einzugsdatum,
    tarif: "NordStrom Basis",
    abschlag_eur,
    sepa_mandat: { iban: iban_lastschrift, mandatsreferenz: "SWN-M-3100519046-01", status: "aktiv" },
    erster_abschlag: "2026-05-01",
  }),
  {
    name: "einzug_melden",
    description: "Legt einen Stromliefervertrag für einen Einzug an (inkl. SEPA-Mandat für den Abschlag).",
    schema: z.object({
      malo_id: z.string(),
      einzugsdatum: z.string(),
      zaehlerstand_kwh: z.number(),
      kunde: z.string(),
      tarif: z.string(),
      abschlag_eur: z.number(),
      iban_lastschrift: z.string(),
    }),
  },
);

// ---------------------------------------------------------------- Graph

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  malo_id: Annotation(),
  bekannt: Annotation(),
});

const SYSTEM = "Du bist der Kundenservice-Assistent der Stadtwerke Nordheim. Erledige An- und Abmeldungen "
  + "vollständig über die Werkzeuge und antworte knapp auf Deutsch.";

function graph(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("erinnern", async (state, config) => {
      if (!state.malo_id) return {};
      const items = await config.store.search(["malo", state.malo_id]);
      return { bekannt: items.length ? Object.assign({}, ...items.map((i) => i.value)) : null };
    })
    .addNode("agent", async (state) => {
      const notiz = state.bekannt ? `\nBekannte Angaben zu dieser Marktlokation: ${JSON.stringify(state.bekannt)}` : "";
      return { messages: [await model.invoke([new SystemMessage(SYSTEM + notiz), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([vertragAbrufen, auszugMelden, lieferstellePruefen, einzugMelden]))
    .addNode("merken", async (state, config) => {
      // Angaben aus abgeschlossenen Meldungen für spätere Chats zur selben Marktlokation behalten.
      const ergebnisse = Object.fromEntries(state.messages.filter((m) => m.getType() === "tool")
        .map((m) => [m.tool_call_id, m.content]));
      const vertrag = state.messages.filter((m) => m.getType() === "ai").flatMap((m) => m.tool_calls ?? [])
        .filter((c) => c.name === "vertrag_abrufen").map((c) => JSON.parse(ergebnisse[c.id])).at(-1);
      for (const m of state.messages) {
        if (m.getType() !== "ai") continue;
        for (const c of m.tool_calls ?? []) {
          if (c.name === "auszug_melden") {
            await config.store.put(["malo", c.args.malo_id], "abrechnung", {
              kunde: vertrag?.kunde,
              rechnungsanschrift: c.args.rechnungsanschrift,
              iban: c.args.iban_guthaben,
              abschlag_eur: vertrag?.abschlag_eur,
              tarif: vertrag?.tarif,
            });
          }
        }
      }
      return {};
    })
    .addEdge(START, "erinnern")
    .addEdge("erinnern", "agent")
    .addConditionalEdges("agent", toolsCondition, { tools: "tools", [END]: "merken" })
    .addEdge("tools", "agent")
    .addEdge("merken", END)
    .compile({ checkpointer, store });
}

// ---------------------------------------------------------------- Chats

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();

  // 1) 28.03.: Frau Oberholzer meldet ihren Auszug.
  const t1 = "swn-chat-7f3a21c4";
  const m1 = new ScriptedChatModel(t1, [
    { tool_calls: [call("call_vk_01", "vertrag_abrufen", { vertragskonto: "3100482177" })] },
    { tool_calls: [call("call_az_01", "auszug_melden", {
      malo_id: MALO,
      auszugsdatum: "2026-03-31",
      zaehlerstand_kwh: 48213,
      rechnungsanschrift: "Am Kiesgrund 7, 74189 Weinsberg",
      iban_guthaben: "DE71 6039 0000 0402 5518 06",
    })] },
    { content: "Ihr Auszug zum 31.03.2026 ist erfasst (Vorgang AZ-2026-018844, Zählerstand 48.213 kWh). "
        + "Die Schlussrechnung kommt bis 30.04.2026 an Am Kiesgrund 7, 74189 Weinsberg; ein Guthaben "
        + "überweisen wir auf DE71 6039 0000 0402 5518 06. Der Abschlag von 94 € endet mit dem März." },
  ]);
  const g1 = graph(saver, store, m1);
  await g1.invoke({
    messages: [human("Guten Tag, ich ziehe aus der Lindenstraße 14 aus, Übergabe ist am 31.03. Zählerstand "
      + "heute 48.213 kWh. Schlussrechnung bitte an meine neue Adresse Am Kiesgrund 7, 74189 Weinsberg, "
      + "Guthaben bitte aufs neue Konto DE71 6039 0000 0402 5518 06. Vertragskonto 3100482177, Miriam Oberholzer.")],
    user_id: "vk-3100482177",
    malo_id: MALO,
  }, threadConfig(t1));

  // 2) 02.04.: der Nachmieter meldet den Einzug in dieselbe Wohnung.
  const t2 = "swn-chat-8c0e9417";
  const m2 = new ScriptedChatModel(t2, [
    { tool_calls: [call("call_ls_01", "lieferstelle_pruefen", { malo_id: MALO })] },
    (messages) => {
      const text = promptText(messages);
      const iban = /"iban":"([^"]+)"/.exec(text)?.[1];
      const abschlag = Number(/"abschlag_eur":(\d+)/.exec(text)?.[1] ?? 70);
      return { tool_calls: [call("call_ez_01", "einzug_melden", {
        malo_id: MALO,
        einzugsdatum: "2026-04-01",
        zaehlerstand_kwh: 48213,
        kunde: "Jonas Ekici",
        tarif: "NordStrom Basis",
        abschlag_eur: abschlag,
        iban_lastschrift: iban ?? "",
      })] };
    },
    { content: "Willkommen bei den Stadtwerken Nordheim, Herr Ekici! Ihr Strom in der Lindenstraße 14 läuft ab "
        + "01.04.2026 im Tarif NordStrom Basis (Vertragskonto 3100519046, Vorgang EZ-2026-020117). Der Abschlag "
        + "von 94 € wird ab 01.05.2026 per SEPA-Lastschrift vom hinterlegten Konto DE71 6039 0000 0402 5518 06 "
        + "eingezogen (Mandatsreferenz SWN-M-3100519046-01). Rechnungen senden wir wie bisher an Am Kiesgrund 7, "
        + "74189 Weinsberg." },
  ]);
  const g2 = graph(saver, store, m2);
  await g2.invoke({
    messages: [human("Hallo, ich bin zum 1. April in die Lindenstraße 14 (2. OG links) eingezogen. Zählerstand "
      + "bei der Übergabe 48.213 kWh, die Marktlokation 50412873905 steht im Übergabeprotokoll. Bitte Strom im "
      + "Basistarif anmelden. Jonas Ekici")],
    user_id: "vk-3100519046",
    malo_id: MALO,
  }, threadConfig(t2));
});
