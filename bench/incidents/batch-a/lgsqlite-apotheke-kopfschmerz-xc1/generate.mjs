// Apotheken-Assistent einer Filialapotheke (Chat in der Kunden-App), LangGraph.js mit SQLite-Checkpointer.
// Besuch 1 läuft mit Release 3.8 des Graphen, Besuch 2 (zwei Tage später) mit Release 3.9.
//   node bench/incidents/batch-a/lgsqlite-apotheke-kopfschmerz-xc1/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "app-kd-40918827";

// ------------------------------------------------------------ Backend der Apotheke (Stub)

const KUNDENKARTE = {
  kundennummer: "40918827",
  name: "Hildegard Brunner",
  geburtsjahr: 1951,
  allergien: ["Penicillin"],
  stammfiliale: "F-012 Regensburg Altstadt",
};
const BONUS = { bonuspunkte: 1240, karte_gueltig_bis: "2027-12" };

const medikationVermerken = tool(
  async ({ wirkstoff, staerke, dosierung }) => JSON.stringify({
    status: "vermerkt", eintrag: "MP-2026-118734", wirkstoff, staerke, dosierung, quelle: "Kundenangabe",
  }),
  {
    name: "medikation_vermerken",
    description: "Trägt ein Dauermedikament in den Medikationsplan der Kundin ein.",
    schema: z.object({ wirkstoff: z.string(), staerke: z.string(), dosierung: z.string() }),
  },
);

const artikelReservieren = tool(
  async ({ pzn, menge, filiale }) => JSON.stringify({
    reservierung: "RSV-7T3QK", pzn, menge, filiale, abholbereit_ab: "heute 15:30", status: "reserviert",
  }),
  {
    name: "artikel_reservieren",
    description: "Reserviert einen Artikel zur Abholung in einer Filiale.",
    schema: z.object({ pzn: z.string(), menge: z.number(), filiale: z.string() }),
  },
);

const INTERAKTIONEN = { "Phenprocoumon+Ibuprofen": "schwerwiegend: erhöhtes Blutungsrisiko" };

const wechselwirkungPruefen = tool(
  async ({ wirkstoffe }) => {
    const treffer = [];
    for (let i = 0; i < wirkstoffe.length; i++) {
      for (let j = 0; j < wirkstoffe.length; j++) {
        const k = `${wirkstoffe[i]}+${wirkstoffe[j]}`;
        if (INTERAKTIONEN[k]) treffer.push({ paar: [wirkstoffe[i], wirkstoffe[j]], bewertung: INTERAKTIONEN[k] });
      }
    }
    return JSON.stringify({ geprueft: wirkstoffe, treffer, ergebnis: treffer.length ? "Interaktion" : "keine Interaktion gefunden" });
  },
  {
    name: "wechselwirkung_pruefen",
    description: "Prüft eine Liste von Wirkstoffen (Neu + Dauermedikation) auf Wechselwirkungen (ABDA).",
    schema: z.object({ wirkstoffe: z.array(z.string()) }),
  },
);

const TOOLS = [medikationVermerken, artikelReservieren, wechselwirkungPruefen];

// ------------------------------------------------------------ Graph

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  patient: Annotation(),
  besuch: Annotation(),
});

const SYSTEM = "Du bist der Beratungsassistent der Donau-Apotheke. Berate zu Selbstmedikation, prüfe vor jeder "
  + "Empfehlung die Wechselwirkungen mit der Dauermedikation aus dem Kundenprofil und verweise bei Warnzeichen "
  + "an Arzt oder Apotheker.";

function graph(checkpointer, model, release) {
  return new StateGraph(State)
    // Ältere Besuche bleiben im Medikationsplan/Profil, der Chatverlauf beginnt pro Besuch neu.
    .addNode("besuch_beginnen", async (state) => {
      const alt = state.messages.slice(0, -1);
      return {
        messages: alt.map((m) => new RemoveMessage({ id: m.id })),
      };
    })
    .addNode("profil_laden", async (state) => {
      if (release === "3.8") {
        if (state.patient) return {};
        return { patient: { ...KUNDENKARTE, dauermedikation: [] } };
      }
      // 3.9: Kundenkarte wird bei jedem Besuch aus dem CRM (API v2) synchronisiert.
      return { patient: { ...KUNDENKARTE, ...BONUS, sync: "crm-v2 2026-04-16T08:02:11Z" } };
    })
    .addNode("berater", async (state) => {
      const profil = `Kundenprofil: ${JSON.stringify(state.patient)}`;
      return { messages: [await model.invoke([new SystemMessage(`${SYSTEM}\n${profil}`), ...state.messages])] };
    })
    .addNode("werkzeuge", new ToolNode(TOOLS))
    .addNode("profil_pflegen", async (state) => {
      const last = state.messages.at(-1);
      if (last.getType() !== "tool" || last.name !== "medikation_vermerken") return {};
      const eintrag = JSON.parse(last.content);
      const liste = [...(state.patient.dauermedikation ?? []),
        { wirkstoff: eintrag.wirkstoff, staerke: eintrag.staerke, dosierung: eintrag.dosierung, eintrag: eintrag.eintrag }];
      return { patient: { ...state.patient, dauermedikation: liste } };
    })
    .addEdge(START, "besuch_beginnen")
    .addEdge("besuch_beginnen", "profil_laden")
    .addEdge("profil_laden", "berater")
    .addConditionalEdges("berater", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "profil_pflegen")
    .addEdge("profil_pflegen", "berater")
    .compile({ checkpointer });
}

// Das Modell liest die Dauermedikation aus dem Systemprompt, den der Knoten gebaut hat.
function wirkstoffeImProfil(messages) {
  const text = messages[0].content;
  const m = text.match(/Kundenprofil: (.*)$/m);
  const p = JSON.parse(m[1]);
  return (p.dauermedikation ?? []).map((d) => d.wirkstoff);
}

const model = new ScriptedChatModel(THREAD, [
  // Besuch 1
  { tool_calls: [call("toolu_01Kx7fQ2", "medikation_vermerken",
    { wirkstoff: "Phenprocoumon", staerke: "3 mg", dosierung: "nach INR-Plan, abends" })] },
  { content: "Ich habe Marcumar (Phenprocoumon 3 mg, Einnahme nach INR-Plan) in Ihrem Medikationsplan vermerkt "
      + "(Eintrag MP-2026-118734). Für die Kompressionsstrümpfe brauchen wir ein kurzes Maßnehmen in der Filiale – "
      + "am besten vormittags, wenn die Beine noch nicht geschwollen sind." },
  // Besuch 2
  (messages) => ({ tool_calls: [call("toolu_01Rm3aZ9", "wechselwirkung_pruefen",
    { wirkstoffe: ["Ibuprofen", ...wirkstoffeImProfil(messages)] })] }),
  (messages) => {
    const text = promptText(messages);
    if (text.includes("\"Interaktion\"")) {
      return { tool_calls: [call("toolu_01Pq8cW4", "artikel_reservieren",
        { pzn: "02486437", menge: 1, filiale: "F-012 Regensburg Altstadt" })] };
    }
    return { tool_calls: [call("toolu_01Pq8cW4", "artikel_reservieren",
      { pzn: "01016079", menge: 1, filiale: "F-012 Regensburg Altstadt" })] };
  },
  (messages) => {
    const text = promptText(messages);
    if (text.includes("02486437")) {
      return { content: "Ich habe Ihnen Paracetamol 500 mg (20 Tabletten) zurückgelegt, ab 15:30 abholbereit "
          + "(RSV-7T3QK). Bitte höchstens 4 Tabletten am Tag." };
    }
    return { content: "Gute Nachricht: Die Prüfung hat keine Wechselwirkungen ergeben. Ich habe Ihnen Ibuprofen 400 mg "
        + "(20 Filmtabletten) in der Filiale Altstadt zurückgelegt, abholbereit ab 15:30 (Reservierung RSV-7T3QK). "
        + "Nehmen Sie bei Bedarf 1 Tablette, höchstens 3 am Tag, möglichst zu einer Mahlzeit. Wenn die "
        + "Kopfschmerzen länger als 3 Tage anhalten, gehen Sie bitte zum Arzt." };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const v38 = graph(saver, model, "3.8");
  await v38.invoke({
    messages: [human("Guten Tag! Mein Kardiologe hat mich gestern wegen Vorhofflimmern auf Marcumar eingestellt, "
      + "3 mg, Dosis nach INR-Plan. Können Sie das bitte in meiner Kundenkarte vermerken? Und ich bräuchte noch "
      + "Kompressionsstrümpfe, Klasse 2.")],
    user_id: "kd-40918827",
    besuch: "2026-04-14",
  }, threadConfig(THREAD));

  // Deployment von Release 3.9 am 15.04.; die Kundin meldet sich am 16.04. wieder.
  const v39 = graph(saver, model, "3.9");
  await v39.invoke({
    messages: [human("Hallo, ich habe seit heute früh ziemliche Kopfschmerzen. Was kann ich da nehmen? Bitte gleich "
      + "in der Altstadt-Filiale zurücklegen, ich komme nachmittags vorbei.")],
    besuch: "2026-04-16",
  }, threadConfig(THREAD));
});
