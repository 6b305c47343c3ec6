// Zoll-Assistent einer Spedition (LangGraph.js, SQLite-Checkpointer, geskriptetes Modell, offline).
// Ein Sachbearbeiter lässt eine Sendung aus Japan anmelden; der Knoten "uebernehmen" liest die
// Packlisten-Daten aus dem Tool-Ergebnis in den Zustand, der Agent meldet aus dem Zustand an.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "zoll-atl-0093-b";

const SENDUNGEN = {
  "DE-SND-240611-0093": {
    sendungsnr: "DE-SND-240611-0093",
    absender: "Kyōto Shikki Kōbō K.K., Kyoto, JP",
    empfaenger: "Galerie Hoffmann & Söhne, Maximilianstr. 14, 80539 München",
    warenbeschreibung: "Urushi-Lackschalen, handgefertigt, 12 Stück",
    zolltarifnummer: "4419 90 00",
    warenwert: "1.480,00 EUR",
    rechnung: "INV-KSK-2406-117",
    gewicht: "6,4 kg",
    incoterm: "DAP",
    ankunft: "2026-06-11T06:42:00+02:00 MUC",
  },
};

const sendungAbrufen = tool(
  async ({ sendungsnr }) => {
    const s = SENDUNGEN[sendungsnr];
    if (!s) throw new Error(`Sendung ${sendungsnr} unbekannt`);
    return JSON.stringify(s);
  },
  {
    name: "sendung_abrufen",
    description: "Lädt Packliste und Handelsrechnung einer Sendung aus dem Speditionssystem.",
    schema: z.object({ sendungsnr: z.string() }),
  },
);

const anmeldungErstellen = tool(
  async ({ sendungsnr, verfahren, zollwert_eur, zolltarifnummer }) => {
    const eust = Math.round(zollwert_eur * 0.19 * 100) / 100;
    const zoll = verfahren === "H7" ? 0 : Math.round(zollwert_eur * 0.04 * 100) / 100;
    return JSON.stringify({
      anmeldung_id: `ATLAS-${verfahren}-26DE9921${sendungsnr.slice(-4)}`,
      sendungsnr,
      verfahren,
      zollwert_eur,
      zolltarifnummer,
      abgaben: { zoll_eur: zoll, eust_eur: eust },
      status: "übermittelt",
    });
  },
  {
    name: "zollanmeldung_erstellen",
    description: "Übermittelt eine Einfuhranmeldung an ATLAS. verfahren: H7 (Kleinsendung bis 150 EUR) oder H1.",
    schema: z.object({
      sendungsnr: z.string(),
      verfahren: z.enum(["H1", "H7"]),
      zollwert_eur: z.number(),
      zolltarifnummer: z.string(),
    }),
  },
);

const freigabePruefen = tool(
  async ({ anmeldung_id }) => JSON.stringify({
    anmeldung_id, status: "überlassen", zeitpunkt: "2026-06-11T09:17:05+02:00", hinweis: "Zustellung freigegeben",
  }),
  {
    name: "freigabe_pruefen",
    description: "Fragt den Status einer Anmeldung bei ATLAS ab.",
    schema: z.object({ anmeldung_id: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  sendung: Annotation(),
  zollwert_eur: Annotation(),
  waehrung: Annotation(),
});

const SYSTEM = "Du bist der Zoll-Assistent der Spedition Brandl Logistik. Melde Sendungen mit einem Zollwert "
  + "bis 150 EUR als Kleinsendung (H7) an, alle anderen im Standardverfahren (H1). Verwende die erfassten "
  + "Sendungsdaten.";

// Übernimmt die Daten aus dem letzten sendung_abrufen-Ergebnis in den Zustand.
function uebernehmen(state) {
  const last = state.messages.at(-1);
  if (last?.getType() !== "tool" || last.name !== "sendung_abrufen" || last.status === "error") return {};
  const s = JSON.parse(last.content);
  const [betrag, waehrung] = String(s.warenwert).split(" ");
  return {
    sendung: { sendungsnr: s.sendungsnr, zolltarifnummer: s.zolltarifnummer, rechnung: s.rechnung },
    zollwert_eur: parseFloat(betrag.replace(",", ".")),
    waehrung,
  };
}

function zahl(prompt) {
  const m = prompt.match(/zollwert_eur=([0-9.]+)/);
  return m ? Number(m[1]) : null;
}

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tc_01HZK3", "sendung_abrufen", { sendungsnr: "DE-SND-240611-0093" })] },
  (messages) => {
    const wert = zahl(messages[0].content);
    return {
      tool_calls: [call("tc_01HZK4", "zollanmeldung_erstellen", {
        sendungsnr: "DE-SND-240611-0093",
        verfahren: wert <= 150 ? "H7" : "H1",
        zollwert_eur: wert,
        zolltarifnummer: "4419 90 00",
      })],
    };
  },
  (messages) => {
    const r = JSON.parse(messages.at(-1).content);
    return {
      content: `Die Sendung DE-SND-240611-0093 ist angemeldet (${r.anmeldung_id}, Verfahren ${r.verfahren}). `
        + `Zollwert ${String(r.zollwert_eur).replace(".", ",")} EUR, Zoll ${r.abgaben.zoll_eur.toFixed(2).replace(".", ",")} EUR, `
        + `EUSt ${r.abgaben.eust_eur.toFixed(2).replace(".", ",")} EUR. Die Überlassung sollte in Kürze erfolgen.`,
    };
  },
  { tool_calls: [call("tc_01HZM0", "freigabe_pruefen", { anmeldung_id: "ATLAS-H7-26DE99210093" })] },
  { content: "Ja, ATLAS meldet die Sendung seit 09:17 Uhr als überlassen. Der Kurier kann an die Galerie "
      + "Hoffmann & Söhne in München zustellen." },
], "mistral-large-2411");

function graph(checkpointer) {
  return new StateGraph(State)
    .addNode("agent", async (state) => {
      const daten = state.zollwert_eur == null ? ""
        : `\nErfasste Sendungsdaten: sendung=${JSON.stringify(state.sendung)} zollwert_eur=${state.zollwert_eur} waehrung=${state.waehrung}`;
      return { messages: [await model.invoke([new SystemMessage(SYSTEM + daten), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([sendungAbrufen, anmeldungErstellen, freigabePruefen]))
    .addNode("uebernehmen", uebernehmen)
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "uebernehmen")
    .addEdge("uebernehmen", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({
    messages: [human("Bitte DE-SND-240611-0093 anmelden, ist heute früh in MUC gelandet. Der Empfänger wartet.")],
    user_id: "sb.kraemer",
  }, threadConfig(THREAD));
  await g.invoke({ messages: [human("Danke. Kann der Kurier schon raus?")] }, threadConfig(THREAD));
});
