// Online-Assistent einer Hausarztpraxis. Die Patientenakte wird beim ersten Kontakt in den
// State-Kanal "patient" geladen. Der Knoten für Stammdatenänderungen schreibt danach das Objekt
// aus dem Adressformular zurück – der Kanal hat keinen Reducer, also ersetzt das Formular die
// ganze Akte. Im nächsten Anliegen baut der Assistent seinen Prompt aus diesem Kanal.
//
//   node bench/incidents/batch-a/lgsqlite-praxis-stammdaten/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "praxis-hb-04/pat-0048213/2026-03-17";
const PATIENT_ID = "pat-0048213";

// Aus dem Praxisverwaltungssystem (Auszug).
const AKTE = {
  patient_id: PATIENT_ID,
  name: "Yilmaz, Derya",
  geburtsdatum: "1987-05-22",
  adresse: { strasse: "Osterstraße 41", plz: "28199", ort: "Bremen" },
  krankenkasse: "AOK Bremen/Bremerhaven",
  versichertennummer: "K204118873",
  allergien: [{ stoff: "Penicillin", reaktion: "generalisiertes Exanthem", seit: "2019" }],
  dauermedikation: ["L-Thyroxin 75 µg 1-0-0"],
  hausarzt: "Dr. med. Jansen",
};

const rezeptEntwurf = tool(
  async ({ patient_id, wirkstoff, staerke, dosierung, dauer_tage }) => JSON.stringify({
    entwurf_id: "RZ-E-77310", patient_id, wirkstoff, staerke, dosierung, dauer_tage,
    status: "wartet auf ärztliche Freigabe", freigabe_durch: "Dr. med. Jansen",
  }),
  {
    name: "rezept_entwurf_anlegen",
    description: "Legt einen Rezeptentwurf an, den die Ärztin/der Arzt freigeben muss.",
    schema: z.object({
      patient_id: z.string(),
      wirkstoff: z.string(),
      staerke: z.string(),
      dosierung: z.string(),
      dauer_tage: z.number().int(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  patient: Annotation(),
  anliegen: Annotation(),
});

function prompt(patient) {
  return "Du bist der Online-Assistent der Hausarztpraxis Dr. Jansen. Du legst Rezeptentwürfe an, die "
    + "die Ärztin/der Arzt freigibt. Beachte Allergien und Dauermedikation.\n"
    + `Patientendaten: ${JSON.stringify(patient)}`;
}

const kenntAllergie = (messages) => messages[0].content.includes("Penicillin");

const model = new ScriptedChatModel(THREAD, [
  // Anliegen 1: Adresse
  { content: "Vielen Dank, Frau Yilmaz. Ihre neue Anschrift (Am Wall 112, 28195 Bremen) ist gespeichert; "
      + "Ihre Krankenkasse bleibt unverändert." },
  // Anliegen 2: Rezept
  (messages) => (kenntAllergie(messages)
    ? { tool_calls: [call("toolu_01QmR8", "rezept_entwurf_anlegen", {
      patient_id: PATIENT_ID, wirkstoff: "Clarithromycin", staerke: "250 mg", dosierung: "1-0-1", dauer_tage: 7 })] }
    : { tool_calls: [call("toolu_01QmR8", "rezept_entwurf_anlegen", {
      patient_id: PATIENT_ID, wirkstoff: "Amoxicillin", staerke: "1000 mg", dosierung: "1-1-1", dauer_tage: 7 })] }),
  (messages) => ({
    content: `Ich habe einen Rezeptentwurf über ${lastText(messages, "tool").includes("Amoxicillin")
      ? "Amoxicillin 1000 mg (3× täglich, 7 Tage)" : "Clarithromycin 250 mg (2× täglich, 7 Tage)"} angelegt. `
      + "Dr. Jansen gibt ihn heute bis 16 Uhr frei, dann liegt das E-Rezept in Ihrer App. Gute Besserung!",
  }),
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("akte_laden", async (state) => (state.patient ? {} : { patient: structuredClone(AKTE) }))
    .addNode("anliegen_erkennen", async (state) => {
      const t = lastText(state.messages, "human").toLowerCase();
      return { anliegen: t.includes("umgezogen") || t.includes("adresse") ? "stammdaten" : "medizinisch" };
    })
    .addNode("stammdaten", async (state) => {
      // Formular "Adressänderung" -> Patient-DTO des Formulars
      const p = state.patient;
      return {
        patient: {
          patient_id: p.patient_id,
          name: p.name,
          geburtsdatum: p.geburtsdatum,
          adresse: { strasse: "Am Wall 112", plz: "28195", ort: "Bremen" },
          krankenkasse: p.krankenkasse,
          versichertennummer: p.versichertennummer,
        },
      };
    })
    .addNode("assistent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(prompt(state.patient)), ...state.messages])],
    }))
    .addNode("werkzeuge", new ToolNode([rezeptEntwurf]))
    .addEdge(START, "akte_laden")
    .addEdge("akte_laden", "anliegen_erkennen")
    .addConditionalEdges("anliegen_erkennen", (s) => (s.anliegen === "stammdaten" ? "stammdaten" : "assistent"),
      ["stammdaten", "assistent"])
    .addEdge("stammdaten", "assistent")
    .addConditionalEdges("assistent", (s) => (toolsCondition(s) === "tools" ? "werkzeuge" : END), ["werkzeuge", END])
    .addEdge("werkzeuge", "assistent")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Guten Tag, ich bin umgezogen. Neue Adresse: Am Wall 112, 28195 Bremen. Die Krankenkasse bleibt gleich.")],
    user_id: PATIENT_ID,
  }, cfg);
  await graph.invoke({
    messages: [human("Und noch etwas: Ich habe seit vier Tagen starke Halsschmerzen und 38,6 Fieber, der "
      + "Strep-A-Schnelltest aus der Apotheke war positiv. Können Sie mir ein Antibiotikum aufschreiben?")],
  }, cfg);
});
