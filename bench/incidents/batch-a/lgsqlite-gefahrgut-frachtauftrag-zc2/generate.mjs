// Speditions-Disposition: ein Disponenten-Agent nimmt einen Transportauftrag auf, legt die Sendung an
// und lässt die Laderaumsuche von einem Frachtbörsen-Agenten erledigen (Subgraph, eigener Namespace).
// Der Auftragstext für die Frachtbörse wird aus einer festen Vorlage gebaut.
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-gefahrgut-frachtauftrag-zc2/generate.mjs
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-hh-0312-4471";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  sendung: Annotation(),
});

const ladungErfassen = tool(
  async (a) => JSON.stringify({
    sendung_id: "SND-26-0312-4471",
    status: "angelegt",
    ...a,
  }),
  {
    name: "ladung_erfassen",
    description: "Legt eine Sendung im TMS an.",
    schema: z.object({
      abholort: z.string(),
      zielort: z.string(),
      abholdatum: z.string(),
      paletten: z.number(),
      gewicht_kg: z.number(),
      gefahrgut: z.object({ un_nr: z.string(), klasse: z.string(), verpackungsgruppe: z.string() }).nullable(),
      budget_eur_netto: z.number(),
    }),
  },
);

const ANGEBOTE = [
  { angebot_id: "FB-77310", spedition: "Kowalski Trans Sp. z o.o.", preis_eur: 1690, fahrzeug: "Planensattel 13,6 m", adr: false, abholung: "12.03. 07:00-09:00" },
  { angebot_id: "FB-77318", spedition: "Brandt Logistik GmbH", preis_eur: 1985, fahrzeug: "Planensattel 13,6 m, ADR-Ausrüstung", adr: true, abholung: "12.03. 08:00-10:00" },
  { angebot_id: "FB-77324", spedition: "Alpentrans Huber KG", preis_eur: 2090, fahrzeug: "Koffer 13,6 m, ADR/FL", adr: true, abholung: "12.03. 06:00-08:00" },
];

const angeboteSuchen = tool(
  async ({ nur_adr, max_preis_eur }) => JSON.stringify({
    treffer: ANGEBOTE.filter((x) => (!nur_adr || x.adr) && x.preis_eur <= max_preis_eur)
      .sort((x, y) => x.preis_eur - y.preis_eur),
    quelle: "frachtboerse",
  }),
  {
    name: "angebote_suchen",
    description: "Sucht Laderaumangebote in der Frachtbörse.",
    schema: z.object({
      von: z.string(), nach: z.string(), datum: z.string(), gewicht_kg: z.number(),
      nur_adr: z.boolean(), max_preis_eur: z.number(),
    }),
  },
);

const spediteurBuchen = tool(
  async ({ angebot_id, sendung_id }) => {
    const a = ANGEBOTE.find((x) => x.angebot_id === angebot_id);
    return JSON.stringify({ auftrag: "TA-550281", angebot_id, sendung_id, spedition: a.spedition, preis_eur: a.preis_eur, abholung: a.abholung, status: "bestätigt" });
  },
  {
    name: "spediteur_buchen",
    description: "Bucht ein Angebot verbindlich für eine Sendung.",
    schema: z.object({ angebot_id: z.string(), sendung_id: z.string() }),
  },
);

const USER_TEXT = "Moin, wir brauchen für Donnerstag, 12.03., einen LKW ab unserem Lager Hamburg-Billbrook "
  + "nach Linz (Empfänger Voest-Lackzentrum, Rampe 4). 14 Europaletten Industrielack, UN 1263, Klasse 3, VG III – "
  + "also bitte nur mit ADR-Fahrzeug und ADR-geschultem Fahrer. Gesamtgewicht ca. 9.800 kg. "
  + "Budget max. 2.150 € netto.";

const disponent = new ScriptedChatModel("disponent", [
  {
    tool_calls: [call("tc-7d1f-01", "ladung_erfassen", {
      abholort: "Hamburg-Billbrook", zielort: "Linz (AT)", abholdatum: "2026-03-12", paletten: 14,
      gewicht_kg: 9800, gefahrgut: { un_nr: "1263", klasse: "3", verpackungsgruppe: "III" }, budget_eur_netto: 2150,
    })],
  },
  { content: "Sendung SND-26-0312-4471 ist angelegt (14 Paletten, UN 1263 Kl. 3, 9.800 kg). Ich lasse jetzt die Frachtbörse nach passendem Laderaum suchen." },
  (messages) => {
    const ergebnis = messages.at(-1).content;
    return { content: `Erledigt. ${ergebnis} Die Abholavisierung geht Ihnen gleich per Mail zu.` };
  },
]);

const boerse = new ScriptedChatModel("frachtboerse", [
  (messages) => {
    const text = messages.map((m) => m.content).join("\n");
    const adr = /ADR|UN \d{4}|Gefahrgut/i.test(text);
    return {
      tool_calls: [call("tc-7d1f-02", "angebote_suchen", {
        von: "Hamburg", nach: "Linz", datum: "2026-03-12", gewicht_kg: 9800, nur_adr: adr, max_preis_eur: 2150,
      })],
    };
  },
  (messages) => {
    const treffer = JSON.parse(messages.at(-1).content).treffer;
    return { tool_calls: [call("tc-7d1f-03", "spediteur_buchen", { angebot_id: treffer[0].angebot_id, sendung_id: "SND-26-0312-4471" })] };
  },
  (messages) => {
    const b = JSON.parse(messages.at(-1).content);
    return { content: `Transportauftrag ${b.auftrag}: ${b.spedition}, Planensattel 13,6 m, Abholung ${b.abholung}, ${b.preis_eur.toLocaleString("de-DE")} € netto – günstigstes Angebot im Budget.` };
  },
]);

const frachtboerse = new StateGraph(MessagesAnnotation)
  .addNode("boerse_agent", async (state) => ({
    messages: [await boerse.invoke([new SystemMessage("Du suchst und buchst Laderaum in der Frachtbörse. Buche das günstigste passende Angebot."), ...state.messages])],
  }))
  .addNode("boerse_tools", new ToolNode([angeboteSuchen, spediteurBuchen]))
  .addEdge(START, "boerse_agent")
  .addConditionalEdges("boerse_agent", toolsCondition, { tools: "boerse_tools", [END]: END })
  .addEdge("boerse_tools", "boerse_agent")
  .compile();

// Auftragstext für die Frachtbörse aus der Sendung (Vorlage).
function auftragstext(s) {
  return `Frachtauftrag ${s.sendung_id}: ${s.paletten} Europaletten, ${s.gewicht_kg.toLocaleString("de-DE")} kg, `
    + `${s.abholort} → ${s.zielort}, Abholung ${s.abholdatum}. Max. ${s.budget_eur_netto.toLocaleString("de-DE")} € netto.`;
}

const graph = (checkpointer) => new StateGraph(State)
  .addNode("disponent", async (state) => ({
    messages: [await disponent.invoke([new SystemMessage("Du bist Disponent einer Spedition. Erfasse Aufträge vollständig im TMS."), ...state.messages])],
  }))
  .addNode("tms", async (state, config) => {
    const out = await new ToolNode([ladungErfassen]).invoke(state, config);
    const sendung = JSON.parse(out.messages.at(-1).content);
    return { ...out, sendung };
  })
  .addNode("laderaum", async (state, config) => {
    const result = await frachtboerse.invoke({ messages: [human(auftragstext(state.sendung))] }, config);
    return { messages: [new AIMessage({ content: result.messages.at(-1).content, name: "frachtboerse" })] };
  })
  .addNode("abschluss", async (state) => ({
    messages: [await disponent.invoke([new SystemMessage("Du bist Disponent einer Spedition."), ...state.messages])],
  }))
  .addEdge(START, "disponent")
  .addConditionalEdges("disponent", (s) => (s.messages.at(-1).tool_calls?.length ? "tms" : "laderaum"), ["tms", "laderaum"])
  .addEdge("tms", "disponent")
  .addEdge("laderaum", "abschluss")
  .addEdge("abschluss", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({ messages: [human(USER_TEXT)], user_id: "kd-20877-lackwerk-nord" }, threadConfig(THREAD));
});
