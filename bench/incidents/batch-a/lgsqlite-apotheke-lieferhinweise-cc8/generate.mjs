// Versandapotheke "Linden-Apotheke": Chat-Assistent für Botendienst-Bestellungen.
// Der Knoten "hinweise_laden" holt die Kundenhinweise aus einem Prozess-Cache, der nach Filiale
// (statt nach Kundennummer) geschlüsselt ist; "hinweise_merken" legt sie am Ende eines Turns dort ab.
// Zwei Kundinnen derselben Filiale chatten kurz nacheinander, jede auf ihrem eigenen Thread.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const notizCache = new Map(); // filiale -> hinweistext

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  filiale: Annotation(),
  kundenhinweise: Annotation(),
});

const SORTIMENT = {
  "PZN-01016168": { name: "Ibuprofen 400 mg, 20 Filmtabletten", preis_eur: 3.49, rezeptfrei: true },
  "PZN-00784442": { name: "Paracetamol 500 mg, 20 Tabletten", preis_eur: 2.19, rezeptfrei: true },
  "PZN-04884527": { name: "Bepanthen Wund- und Heilsalbe 20 g", preis_eur: 5.95, rezeptfrei: true },
};

const artikelSuchen = tool(
  async ({ suchbegriff }) => {
    const q = suchbegriff.toLowerCase();
    const treffer = Object.entries(SORTIMENT)
      .filter(([, a]) => a.name.toLowerCase().includes(q))
      .map(([pzn, a]) => ({ pzn, ...a, lagerbestand: 14 }));
    return JSON.stringify({ suchbegriff, treffer });
  },
  {
    name: "artikel_suchen",
    description: "Sucht Artikel im Sortiment der Filiale.",
    schema: z.object({ suchbegriff: z.string() }),
  },
);

let lieferNr = 55210;
const botendienstBuchen = tool(
  async ({ kundennummer, pzn, menge, lieferadresse, zeitfenster }) => JSON.stringify({
    auftrag: `BD-${++lieferNr}`, kundennummer, pzn, menge, lieferadresse, zeitfenster,
    status: "eingeplant", bote: "Tour 3 (Herr Yilmaz)",
  }),
  {
    name: "botendienst_buchen",
    description: "Plant eine Lieferung durch den Botendienst der Filiale ein.",
    schema: z.object({
      kundennummer: z.string(),
      pzn: z.string(),
      menge: z.number().int(),
      lieferadresse: z.string(),
      zeitfenster: z.string(),
    }),
  },
);

const SYSTEM = "Du bist der Bestell-Assistent der Linden-Apotheke (Filiale Köln-Sülz). "
  + "Berate freundlich, weise auf Wechselwirkungen hin und plane Botendienst-Lieferungen ein.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("hinweise_laden", async (state) => ({ kundenhinweise: notizCache.get(state.filiale) ?? null }))
    .addNode("agent", async (state) => {
      const sys = SYSTEM + `\nKundennummer: ${state.user_id}`
        + (state.kundenhinweise ? `\nGespeicherte Kundenhinweise: ${state.kundenhinweise}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([artikelSuchen, botendienstBuchen]))
    .addNode("hinweise_merken", async (state) => {
      const text = state.messages.filter((m) => m.getType() === "human").map((m) => m.content).join(" ");
      const teile = [];
      const adr = text.match(/(\S+straße \d+.*?\d{5} [A-ZÄÖÜ][a-zäöüß]+)/);
      if (adr) teile.push(`Lieferadresse: ${adr[1]}`);
      if (/marcumar/i.test(text)) teile.push("nimmt Marcumar (Phenprocoumon) dauerhaft – keine NSAR empfehlen");
      if (teile.length) notizCache.set(state.filiale, teile.join("; "));
      return {};
    })
    .addEdge(START, "hinweise_laden")
    .addEdge("hinweise_laden", "agent")
    .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : "hinweise_merken"),
      ["tools", "hinweise_merken"])
    .addEdge("tools", "agent")
    .addEdge("hinweise_merken", END)
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  // Erste Kundin: Frau Brandt, Kundennummer KD-40917
  const t1 = "apo-chat-8f21c4";
  const m1 = new ScriptedChatModel(t1, [
    { tool_calls: [call("fc_7Qm2a", "artikel_suchen", { suchbegriff: "Bepanthen" })] },
    { content: "Die Bepanthen Wund- und Heilsalbe (20 g, 5,95 €) ist vorrätig. Soll unser Bote sie Ihnen "
        + "bringen? Dann bräuchte ich noch Ihre Lieferadresse." },
    { tool_calls: [call("fc_9Lx0c", "botendienst_buchen", {
      kundennummer: "KD-40917", pzn: "PZN-04884527", menge: 1,
      lieferadresse: "Lindenstraße 4, 2. OG links, 50674 Köln", zeitfenster: "heute 16–18 Uhr" })] },
    { content: "Erledigt: Auftrag BD-55211, Lieferung heute zwischen 16 und 18 Uhr an Lindenstraße 4, 2. OG links. "
        + "Da Sie Marcumar nehmen: Die Salbe ist unbedenklich, bei Schmerzmitteln fragen Sie uns bitte vorher." },
  ]);
  const g1 = graph(checkpointer, m1);
  await g1.invoke({
    messages: [human("Hallo, haben Sie Bepanthen Wundsalbe da? Ich habe mich am Knie aufgeschürft.")],
    user_id: "KD-40917", filiale: "K-SUELZ-02",
  }, threadConfig(t1));
  await g1.invoke({
    messages: [human("Ja bitte liefern, an Lindenstraße 4, 2. OG links, 50674 Köln. Klingel Brandt. "
      + "Ich nehme übrigens Marcumar, falls das wichtig ist.")],
  }, threadConfig(t1));

  // Zweite Kundin, zwanzig Minuten später: Frau Okafor, Kundennummer KD-52230
  const t2 = "apo-chat-8f2a07";
  const m2 = new ScriptedChatModel(t2, [
    { tool_calls: [call("fc_2Hd8v", "artikel_suchen", { suchbegriff: "Ibuprofen" })] },
    (messages) => {
      const p = promptText(messages);
      const marcumar = /Marcumar/.test(p);
      return {
        content: marcumar
          ? "Ibuprofen 400 mg hätten wir da, aber wegen Ihrer Marcumar-Einnahme rate ich davon ab: NSAR erhöhen "
            + "zusammen mit Phenprocoumon das Blutungsrisiko. Ich empfehle Ihnen stattdessen Paracetamol 500 mg "
            + "(20 Tabletten, 2,19 €). Soll ich das schicken?"
          : "Ibuprofen 400 mg (20 Filmtabletten, 3,49 €) ist vorrätig. Soll ich es schicken?",
      };
    },
    (messages) => {
      const p = promptText(messages);
      const adr = (p.match(/Lieferadresse: ([^;\n]+)/) ?? [])[1] ?? "unbekannt";
      return { tool_calls: [call("fc_4Rt1k", "botendienst_buchen", {
        kundennummer: "KD-52230", pzn: "PZN-00784442", menge: 1, lieferadresse: adr, zeitfenster: "heute 16–18 Uhr" })] };
    },
    (messages) => {
      const p = promptText(messages);
      const adr = (p.match(/Lieferadresse: ([^;\n]+)/) ?? [])[1] ?? "Ihre Adresse";
      return { content: `Alles klar, Auftrag BD-55212: Paracetamol 500 mg kommt heute zwischen 16 und 18 Uhr an ${adr}. `
          + "Gute Besserung!" };
    },
  ]);
  const g2 = graph(checkpointer, m2);
  await g2.invoke({
    messages: [human("Guten Tag, ich hätte gern Ibuprofen 400, ich habe seit gestern Rückenschmerzen.")],
    user_id: "KD-52230", filiale: "K-SUELZ-02",
  }, threadConfig(t2));
  await g2.invoke({
    messages: [human("Okay, dann das Paracetamol. Bitte wie immer nach Hause liefern.")],
  }, threadConfig(t2));
});
